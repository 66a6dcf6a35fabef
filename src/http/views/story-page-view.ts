// One story: who reported it, when, and who merely republished the same copy.
import { html } from 'hono/html';
import type { StoryArticleEntry, StoryView } from '../read/story-read.ts';
import { layout, type Html } from './layout.ts';
import { safeExternalUrl, safeImageUrl } from '../safe-url.ts';
import { joinArabic, outletCountArabic, reportCountArabic, timeAgo, type ViewContext } from './view-context.ts';

function coverageItem(ctx: ViewContext, a: StoryArticleEntry): Html {
  const original = safeExternalUrl(a.url);
  return html`<li class="coverage-item">
  <p class="meta"><span class="source" dir="auto">${a.source}</span> · ${timeAgo(ctx, a.publishedAt)}${a.firstReporter ? html` <span class="badge">أول من نشر</span>` : ''}</p>
  <h3 dir="auto"><a href="/articles/${a.id}">${a.title}</a></h3>
  ${original ? html`<p class="original"><a href="${original}" rel="noopener nofollow">رابط الخبر الأصلي</a></p>` : ''}
  ${a.alsoPublishedIn.length
    ? html`<p class="also">نُشر أيضاً في: ${joinArabic(a.alsoPublishedIn.map((c) => html`<a href="/articles/${c.id}" dir="auto">${c.source}</a>`))}</p>`
    : ''}
</li>`;
}

export function storyPageView(ctx: ViewContext, story: StoryView): Html {
  const image = safeImageUrl(story.image);
  const body = html`<article class="story" aria-labelledby="story-title">
<header class="story-header">
  <h1 id="story-title" dir="auto">${story.headline}</h1>
  ${story.lead ? html`<p class="lead" dir="auto">${story.lead}</p>` : ''}
  <p class="meta">${outletCountArabic(story.outletCount)} · ${reportCountArabic(story.size)} · آخر تحديث ${timeAgo(ctx, story.lastSeenAt)}</p>
</header>
${image ? html`<img class="story-image" src="${image}" alt="" decoding="async" referrerpolicy="no-referrer">` : ''}
<section class="coverage" aria-labelledby="coverage-title">
  <h2 id="coverage-title">التغطية حسب المصدر</h2>
  <ol class="coverage-list">${story.articles.map((a) => coverageItem(ctx, a))}</ol>
</section>
${story.entities.length
  ? html`<section class="entities" aria-labelledby="entities-title">
  <h2 id="entities-title">أبرز الأسماء</h2>
  <ul class="chips">${story.entities.map((e) => html`<li dir="auto">${e.name}</li>`)}</ul>
</section>`
  : ''}
${story.quotes.length
  ? html`<section class="quotes" aria-labelledby="quotes-title">
  <h2 id="quotes-title">أقوال بارزة</h2>
  ${story.quotes.map(
    (q) => html`<figure class="quote">
    <blockquote dir="auto"><p>${q.text}</p></blockquote>
    ${q.speaker ? html`<figcaption dir="auto">— ${q.speaker} (<a href="/articles/${q.articleId}">المصدر</a>)</figcaption>` : html`<figcaption><a href="/articles/${q.articleId}">المصدر</a></figcaption>`}
  </figure>`,
  )}
</section>`
  : ''}
</article>`;
  return layout(
    {
      title: story.headline,
      siteTitle: ctx.siteTitle,
      description: story.lead,
      feeds: [{ title: `تحديثات: ${story.headline}`, href: `/stories/${story.id}/feed.atom` }],
    },
    body,
  );
}
