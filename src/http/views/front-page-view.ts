// The front page: top stories by number of outlets and recency.
import { html } from 'hono/html';
import type { FirstRunView } from '../read/first-run-read.ts';
import type { StoryCard, StoryListPage } from '../read/story-list-read.ts';
import { firstRunView } from './first-run-view.ts';
import { layout, type Html } from './layout.ts';
import { safeImageUrl } from '../safe-url.ts';
import { joinArabic, outletCountArabic, timeAgo, type ViewContext } from './view-context.ts';

const OUTLETS_SHOWN = 6;

export function storyCardView(ctx: ViewContext, story: StoryCard): Html {
  const image = safeImageUrl(story.image);
  const shown = story.outlets.slice(0, OUTLETS_SHOWN).map((name) => html`<span class="outlet" dir="auto">${name}</span>`);
  const hidden = story.outlets.length - shown.length;
  return html`<article class="story-card" aria-labelledby="story-${story.id}">
  ${image ? html`<img class="story-image" src="${image}" alt="" loading="lazy" decoding="async" referrerpolicy="no-referrer">` : ''}
  <h2 id="story-${story.id}" dir="auto"><a href="/stories/${story.id}">${story.headline}</a></h2>
  ${story.lead ? html`<p class="lead" dir="auto">${story.lead}</p>` : ''}
  <p class="meta"><span class="count">${outletCountArabic(story.outletCount)}</span>: ${joinArabic(shown)}${hidden > 0 ? html` وغيرها (${hidden})` : ''} · ${timeAgo(ctx, story.lastSeenAt)}</p>
</article>`;
}

export function frontPageView(ctx: ViewContext, page: StoryListPage, opts: { isFirstPage: boolean; firstRun?: FirstRunView | null }): Html {
  const body = html`<h1>${opts.isFirstPage ? 'أبرز القصص' : 'قصص أقدم'}</h1>
${opts.firstRun ? firstRunView(opts.firstRun) : ''}
${page.items.length === 0
  ? html`<p class="empty">لا توجد قصص بعد. أضف مصادر ثم انتظر أول جلب للأخبار.</p>`
  : html`<div class="story-list">${page.items.map((s) => storyCardView(ctx, s))}</div>`}
${page.nextCursor || !opts.isFirstPage
  ? html`<nav class="pager" aria-label="تصفح القصص">
  ${!opts.isFirstPage ? html`<a href="/">الأحدث</a>` : ''}
  ${page.nextCursor ? html`<a rel="next" href="/?cursor=${encodeURIComponent(page.nextCursor)}">قصص أقدم</a>` : ''}
</nav>`
  : ''}`;
  return layout(
    {
      title: ctx.siteTitle,
      siteTitle: ctx.siteTitle,
      section: 'home',
      description: 'أبرز الأخبار العربية مجمّعة في قصص من مصادر متعددة',
      feeds: [{ title: 'أبرز القصص', href: '/feeds/stories.atom' }],
    },
    body,
  );
}
