// Error pages say what happened in plain Arabic and never show internals.
import { html } from 'hono/html';
import { layout, type Html } from './layout.ts';

export function errorPageView(siteTitle: string, status: number, message?: string): Html {
  const title =
    status === 404
      ? 'الصفحة غير موجودة'
      : status === 403
        ? 'غير مسموح'
        : status === 413
          ? 'الطلب أكبر من المسموح'
          : status === 429
            ? 'طلبات كثيرة'
            : status === 400
              ? 'طلب غير صالح'
              : 'حدث خطأ';
  const text =
    message ??
    (status === 404
      ? 'لم نجد ما تبحث عنه. ربما حُذف أو تغيّر رابطه.'
      : status === 403
        ? 'لا تملك صلاحية هذا الطلب، أو انتهت الجلسة. سجّل الدخول ثم أعد المحاولة من الصفحة نفسها.'
        : status >= 500
          ? 'تعذّر عرض هذه الصفحة الآن. حاول بعد قليل.'
          : 'تعذّر فهم الطلب.');
  return layout(
    { title, siteTitle },
    html`<h1>${title}</h1>
<p>${text}</p>
<p><a href="/">العودة إلى أبرز القصص</a></p>`,
  );
}
