// Shapes the search stage's results into what the web layer's search read model expects.
import type { Store } from '../store/types.ts';
import { search } from '../search/search.ts';

export function searchForHttp(store: Store) {
  return async (q: string, opts: { limit: number; cursor?: string | null }) => {
    const r = await search(store, q, { limit: opts.limit, cursor: opts.cursor ?? null });
    return {
      groups: r.hits.map((h) => ({
        story: h.storyId !== null ? { id: h.storyId, headline: h.title } : null,
        hit: { articleId: h.articleId, url: h.url, title: h.title, source: h.source, publishedAt: h.publishedAt, snippet: h.snippetHtml },
        more: h.moreFromStory,
      })),
      total: r.totalArticles,
      nextCursor: r.nextCursor,
      error: r.error?.message ?? null,
    };
  };
}
