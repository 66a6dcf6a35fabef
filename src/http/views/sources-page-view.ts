// Sources and how well each is being fetched.
import { html } from 'hono/html';
import type { SourceView } from '../read/sources-read.ts';
import { layout, type Html } from './layout.ts';
import { safeExternalUrl } from '../safe-url.ts';
import { SOURCE_HEALTH_LABEL } from './source-health-label.ts';
import { timeAgo, type ViewContext } from './view-context.ts';


function sourceItem(ctx: ViewContext, s: SourceView): Html {
  const site = safeExternalUrl(s.siteUrl) ?? safeExternalUrl(s.url);
  return html`<li class="source-item health-${s.health}">
  <h2 dir="auto">${site ? html`<a href="${site}" rel="noopener nofollow">${s.name}</a>` : s.name}</h2>
  <p class="meta">
    <span class="health">الحالة: ${SOURCE_HEALTH_LABEL[s.health]}</span>
    ${s.lastSuccessAt ? html` · آخر جلب ناجح ${timeAgo(ctx, s.lastSuccessAt)}` : ''}
    · المعدل اليومي: ${s.articlesPerDay.toFixed(1)}
    ${s.category ? html` · <span dir="auto">${s.category}</span>` : ''}
    ${s.demo ? html` · <span class="badge">تجريبي</span>` : ''}
  </p>
  ${s.health !== 'ok' && s.lastError ? html`<p class="error-line" dir="auto">${s.lastError}</p>` : ''}
  <p class="links"><a href="/sources/${s.id}/feed.atom">موجز Atom</a></p>
</li>`;
}

export function sourcesPageView(ctx: ViewContext, sources: SourceView[]): Html {
  const body = html`<h1>المصادر</h1>
${sources.length
  ? html`<p>عدد المصادر: ${sources.length}، منها ${sources.filter((s) => s.health === 'ok').length} تعمل بلا أخطاء.</p>
<ul class="source-list">${sources.map((s) => sourceItem(ctx, s))}</ul>`
  : html`<p class="empty">لم تُضف أي مصادر بعد.</p>`}`;
  return layout(
    {
      title: 'المصادر',
      siteTitle: ctx.siteTitle,
      section: 'sources',
      feeds: [{ title: 'أبرز القصص', href: '/feeds/stories.atom' }],
    },
    body,
  );
}
