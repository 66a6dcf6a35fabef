// Search: a query box, results grouped by story, matches highlighted.
import { html, raw } from 'hono/html';
import type { SearchGroup, SearchView } from '../read/search-read.ts';
import { layout, type Html } from './layout.ts';
import { safeExternalUrl } from '../safe-url.ts';
import { tightenSnippetHtml } from './snippet-html.ts';
import { reportCountArabic, resultCountArabic, timeAgo, type ViewContext } from './view-context.ts';

function resultItem(ctx: ViewContext, g: SearchGroup): Html {
  const original = safeExternalUrl(g.hit.url);
  return html`<li class="result">
  <h2 dir="auto"><a href="/articles/${g.hit.articleId}">${g.hit.titleHtml ? raw(tightenSnippetHtml(g.hit.titleHtml)) : g.hit.title}</a></h2>
  <p class="meta"><span dir="auto">${g.hit.source}</span> · ${timeAgo(ctx, g.hit.publishedAt)}${original ? html` · <a href="${original}" rel="noopener nofollow">الأصل</a>` : ''}</p>
  ${g.hit.snippet ? html`<p class="snippet" dir="auto">${raw(tightenSnippetHtml(g.hit.snippet))}</p>` : ''}
  ${g.story
    ? html`<p class="in-story">ضمن قصة: <a href="/stories/${g.story.id}" dir="auto">${g.story.headline}</a>${g.more > 0 ? html` (و${reportCountArabic(g.more)} أخرى)` : ''}</p>`
    : ''}
</li>`;
}

const SEARCH_HELP = html`<details class="search-help">
  <summary>كيف أبحث؟</summary>
  <ul>
    <li>اكتب كلمات الخبر كما تكتبها عادة؛ لا فرق بين الهمزات ولا بين التاء المربوطة والهاء.</li>
    <li>ضع العبارة بين علامتي تنصيص للبحث عنها كما هي: "وقف إطلاق النار".</li>
    <li>استخدم علامة الناقص لاستبعاد كلمة: غزة -مباراة.</li>
  </ul>
</details>`;

export interface SearchPageState {
  query: string;
  view: SearchView | null;
  /** A problem with the request itself (empty, too long) or an unavailable search. */
  problem: string | null;
}

export function searchPageView(ctx: ViewContext, state: SearchPageState): Html {
  const { query, view, problem } = state;
  const feedHref = query ? `/search/feed.atom?q=${encodeURIComponent(query)}` : null;
  const body = html`<h1>البحث</h1>
<form class="search-form" role="search" action="/search" method="get">
  <label for="q">كلمات البحث</label>
  <div class="search-row">
    <input id="q" name="q" type="search" dir="auto" value="${query}" required maxlength="500" autocomplete="off" enterkeyhint="search">
    <button type="submit">ابحث</button>
  </div>
</form>
${SEARCH_HELP}
${problem ? html`<p class="notice" role="status">${problem}</p>` : ''}
${view?.error
  ? html`<div class="notice" role="status"><p>لم نفهم الاستعلام كاملاً: <span dir="auto">${view.error}</span></p><p>جرّب كلمات أبسط، أو أغلق علامات التنصيص والأقواس.</p></div>`
  : ''}
${view?.notices.length ? html`<ul class="notices">${view.notices.map((n) => html`<li dir="auto">${n}</li>`)}</ul>` : ''}
${view
  ? html`<p class="result-count" role="status">${resultCountArabic(view.total)}${query ? html` عن «<span dir="auto">${query}</span>»` : ''}</p>
${view.groups.length ? html`<ol class="results">${view.groups.map((g) => resultItem(ctx, g))}</ol>` : ''}
${view.groups.length === 0 && !view.error ? html`<p class="empty">لم نجد ما يطابق بحثك. جرّب كلمة أعم أو صيغة أخرى للاسم.</p>` : ''}
${view.nextCursor
  ? html`<nav class="pager" aria-label="صفحات النتائج"><a rel="next" href="/search?q=${encodeURIComponent(query)}&amp;cursor=${encodeURIComponent(view.nextCursor)}">نتائج أخرى</a></nav>`
  : ''}`
  : ''}`;
  return layout(
    {
      title: query ? `بحث: ${query}` : 'البحث',
      siteTitle: ctx.siteTitle,
      section: 'search',
      query,
      noindex: true,
      feeds: feedHref ? [{ title: `نتائج البحث عن ${query}`, href: feedHref }] : [],
    },
    body,
  );
}
