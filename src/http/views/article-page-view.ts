// One article in clean text, linked to its original, with what to read next.
import { html } from 'hono/html';
import type { ArticleCard } from '../read/article-card.ts';
import type { ArticleView } from '../read/article-read.ts';
import { formatGregorianArabic, formatHijriArabic, parseTime } from './arabic-time.ts';
import { layout, type Html } from './layout.ts';
import { safeExternalUrl, safeImageUrl } from '../safe-url.ts';
import { timeAgo, type ViewContext } from './view-context.ts';

function cardItem(ctx: ViewContext, c: ArticleCard): Html {
  return html`<li><a href="/articles/${c.id}" dir="auto">${c.title}</a> <span class="meta"><span dir="auto">${c.source}</span> · ${timeAgo(ctx, c.publishedAt)}</span></li>`;
}

function cardList(ctx: ViewContext, id: string, title: string, cards: ArticleCard[]): Html | '' {
  if (!cards.length) return '';
  return html`<section class="related" aria-labelledby="${id}">
  <h2 id="${id}">${title}</h2>
  <ul class="card-list">${cards.map((c) => cardItem(ctx, c))}</ul>
</section>`;
}

export function articlePageView(ctx: ViewContext, view: ArticleView): Html {
  const a = view.article;
  const original = safeExternalUrl(a.url);
  const image = safeImageUrl(a.image);
  const date = parseTime(a.publishedAt);
  const body = html`<article class="article" aria-labelledby="article-title">
<header class="article-header">
  ${view.story ? html`<p class="kicker">ضمن قصة: <a href="/stories/${view.story.id}" dir="auto">${view.story.headline}</a></p>` : ''}
  <h1 id="article-title" dir="auto">${a.title}</h1>
  <p class="meta">
    ${original ? html`<a class="source" href="${original}" rel="noopener nofollow" dir="auto">${a.source}</a>` : html`<span class="source" dir="auto">${a.source}</span>`}
    ${a.byline ? html` · <span class="byline" dir="auto">${a.byline}</span>` : ''}
    ${date
      ? html` · <time datetime="${date.toISOString()}">${formatGregorianArabic(date, ctx.timeZone, true)}</time> <span class="hijri">(${formatHijriArabic(date, ctx.timeZone)})</span>`
      : ''}
  </p>
</header>
${image ? html`<img class="article-image" src="${image}" alt="${a.title}" decoding="async" referrerpolicy="no-referrer">` : ''}
${a.fullText && a.paragraphs.length
  ? html`<div class="article-body" dir="auto">${a.paragraphs.map((p) => html`<p>${p}</p>`)}</div>`
  : html`<div class="article-body" dir="auto">${a.lead ? html`<p>${a.lead}</p>` : ''}</div>
<p class="notice">يعرض ${ctx.siteTitle} مقدمة هذا الخبر فقط بطلب من ناشره.</p>`}
${original ? html`<p class="original"><a href="${original}" rel="noopener nofollow">اقرأ الخبر في مصدره الأصلي: <span dir="auto">${a.source}</span></a></p>` : ''}
</article>
${view.readAlso
  ? html`<aside class="read-also" aria-labelledby="read-also-title">
  <h2 id="read-also-title">اقرأ أيضاً</h2>
  <p><a href="/articles/${view.readAlso.id}" dir="auto">${view.readAlso.title}</a> <span class="meta"><span dir="auto">${view.readAlso.source}</span></span></p>
</aside>`
  : ''}
${cardList(ctx, 'similar-title', 'مقالات مشابهة', view.similar)}
${cardList(ctx, 'same-story-title', 'المزيد من هذه القصة', view.sameStory)}`;
  return layout(
    {
      title: a.title,
      siteTitle: ctx.siteTitle,
      description: a.lead,
      feeds: [
        ...(view.story ? [{ title: `تحديثات: ${view.story.headline}`, href: `/stories/${view.story.id}/feed.atom` }] : []),
        { title: `آخر أخبار ${a.source}`, href: `/sources/${a.sourceId}/feed.atom` },
      ],
    },
    body,
  );
}
