// The first-run panel on the front page: no real source yet, so say so and offer the bundled Arabic outlets.
import { html } from 'hono/html';
import type { FirstRunView } from '../read/first-run-read.ts';
import type { Html } from './layout.ts';
import { outletCountArabic } from './view-context.ts';

export const PRESET_COMMAND = 'marsad sources import --preset arabic';

export function firstRunView(view: FirstRunView): Html {
  const list = view.presetOutlets ? html`قائمةٍ جاهزة تضم ${outletCountArabic(view.presetOutlets)} من المصادر الإخبارية العربية` : html`قائمةٍ جاهزة من المصادر الإخبارية العربية`;
  return html`<section class="first-run" aria-labelledby="first-run-title">
  <h2 id="first-run-title">لم تُضَف مصادر أخبار حقيقية بعد</h2>
  ${view.demoOnly
    ? html`<p>القصص المعروضة هنا من منافذ تجريبية متخيَّلة تعمل على هذا الجهاز للعرض فقط، وليست أخباراً حقيقية.</p>`
    : html`<p>لا يتابع مرصد أي مصدر حتى الآن، لذلك لا توجد أخبار يعرضها.</p>`}
  <p>يأتي مرصد مع ${list}: صحف ووكالات وقنوات من الخليج والشام ومصر والمغرب العربي، والخدمات العربية للإذاعات الدولية. لإضافتها كلها نفّذ في الطرفية:</p>
  <pre class="command" dir="ltr"><code>${PRESET_COMMAND}</code></pre>
  ${view.adminEnabled
    ? html`<p>أو أضفها بزر واحد من <a href="/admin#preset">صفحة الإدارة</a> (تحتاج إلى رمز الإدارة).</p>`
    : html`<p>ولإضافتها من المتصفح، شغّل مرصد برمز إدارة (<code dir="ltr">MARSAD_ADMIN_TOKEN</code>) ثم افتح صفحة الإدارة.</p>`}
  <p class="meta">لم يُتحقَّق من روابط هذه القائمة من داخل مرصد؛ افحصها بعد الإضافة بالأمر <code dir="ltr">marsad sources check</code>.</p>
</section>`;
}
