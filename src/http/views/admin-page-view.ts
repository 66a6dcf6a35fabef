// Admin pages: sign-in, sources with add/remove, the bundled list, OPML import and export. Forms carry the session's CSRF token.
import { html } from 'hono/html';
import type { SourceView } from '../read/sources-read.ts';
import { layout, type Html } from './layout.ts';
import { SOURCE_HEALTH_LABEL } from './source-health-label.ts';
import { outletCountArabic } from './view-context.ts';

function csrfField(token: string): Html {
  return html`<input type="hidden" name="_csrf" value="${token}">`;
}

export function adminLoginView(siteTitle: string, problem: string | null): Html {
  return layout(
    { title: 'دخول الإدارة', siteTitle, section: 'admin', noindex: true },
    html`<h1>دخول الإدارة</h1>
${problem ? html`<p class="notice" role="alert">${problem}</p>` : ''}
<form class="admin-form" method="post" action="/admin/login">
  <label for="token">رمز الإدارة</label>
  <input id="token" name="token" type="password" required autocomplete="current-password" dir="ltr">
  <button type="submit">دخول</button>
</form>`,
  );
}

export interface AdminState {
  sources: SourceView[];
  csrf: string;
  message: string | null;
  problem: string | null;
  /** The bundled list offered with one button (`marsad sources import --preset NAME`). */
  preset: { name: string; outlets: number | null };
}

function presetSection(csrf: string, preset: AdminState['preset'], realSources: boolean): Html {
  return html`<section id="preset"${realSources ? '' : html` class="first-run"`} aria-labelledby="preset-title">
  <h2 id="preset-title">القائمة العربية المرفقة</h2>
  <p>${realSources ? '' : 'لا يتابع مرصد أي مصدر حقيقي بعد. '}يأتي مرصد مع قائمة ${preset.outlets ? html`تضم ${outletCountArabic(preset.outlets)} ` : ''}من المصادر الإخبارية العربية مصنّفة حسب المنطقة. تُتخطّى المصادر المضافة من قبل. الزر يعادل الأمر:</p>
  <pre class="command" dir="ltr"><code>marsad sources import --preset ${preset.name}</code></pre>
  <form class="admin-form" method="post" action="/admin/sources/preset">
    ${csrfField(csrf)}
    <input type="hidden" name="preset" value="${preset.name}">
    <button type="submit">أضف مصادر القائمة العربية</button>
  </form>
</section>`;
}

export function adminSourcesView(siteTitle: string, state: AdminState): Html {
  const { sources, csrf, message, problem, preset } = state;
  const realSources = sources.some((s) => !s.demo);
  return layout(
    { title: 'إدارة المصادر', siteTitle, section: 'admin', noindex: true },
    html`<h1>إدارة المصادر</h1>
${message ? html`<p class="notice" role="status">${message}</p>` : ''}
${problem ? html`<p class="notice" role="alert">${problem}</p>` : ''}
${realSources ? '' : presetSection(csrf, preset, false)}
<section aria-labelledby="add-title">
  <h2 id="add-title">إضافة مصدر</h2>
  <form class="admin-form" method="post" action="/admin/sources">
    ${csrfField(csrf)}
    <label for="src-url">رابط الموجز (RSS أو Atom أو JSON Feed)</label>
    <input id="src-url" name="url" type="url" required dir="ltr" inputmode="url" placeholder="https://example.com/feed">
    <label for="src-name">الاسم (اختياري)</label>
    <input id="src-name" name="name" type="text" dir="auto" maxlength="200">
    <label for="src-category">التصنيف (اختياري)</label>
    <input id="src-category" name="category" type="text" dir="auto" maxlength="200">
    <label><input name="fullText" type="checkbox" value="1" checked> عرض النص الكامل (ألغِ التحديد لعرض المقدمة ورابط فقط)</label>
    <button type="submit">إضافة</button>
  </form>
</section>
<section aria-labelledby="list-title">
  <h2 id="list-title">المصادر الحالية (${sources.length})</h2>
  ${sources.length
    ? html`<div class="table-scroll"><table class="admin-table">
    <thead><tr><th scope="col">الاسم</th><th scope="col">الرابط</th><th scope="col">الحالة</th><th scope="col"><span class="visually-hidden">إجراء</span></th></tr></thead>
    <tbody>${sources.map(
      (s) => html`<tr>
      <td dir="auto">${s.name}</td>
      <td dir="ltr">${s.url}</td>
      <td>${SOURCE_HEALTH_LABEL[s.health]}${s.lastError ? html` — <span dir="auto">${s.lastError}</span>` : ''}</td>
      <td><form method="post" action="/admin/sources/${s.id}/delete">${csrfField(csrf)}<button type="submit" aria-label="حذف ${s.name}">حذف</button></form></td>
    </tr>`,
    )}</tbody>
  </table></div>`
    : html`<p class="empty">لا مصادر بعد.</p>`}
</section>
<section aria-labelledby="opml-title">
  <h2 id="opml-title">OPML</h2>
  <p><a href="/admin/opml">تنزيل المصادر بصيغة OPML</a></p>
  <form class="admin-form" method="post" action="/admin/opml" enctype="multipart/form-data">
    ${csrfField(csrf)}
    <label for="opml-file">استيراد ملف OPML</label>
    <input id="opml-file" name="file" type="file" accept=".opml,.xml,text/xml,application/xml">
    <label for="opml-text">أو الصق نص OPML</label>
    <textarea id="opml-text" name="opml" rows="5" dir="ltr"></textarea>
    <button type="submit">استيراد</button>
  </form>
</section>
${realSources ? presetSection(csrf, preset, true) : ''}
<form method="post" action="/admin/logout">${csrfField(csrf)}<button type="submit">خروج</button></form>`,
  );
}
