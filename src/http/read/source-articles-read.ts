// Recent articles of one outlet. The store has no per-source listing yet, so this walks recent stories
// (bounded) and keeps that outlet's reports.
import type { HttpDeps } from '../deps.ts';
import { cardFromStoryRef, type ArticleCard } from './article-card.ts';

const STORY_PAGE = 100;
const MAX_PAGES = 5;

// Feeds mix offsets (+02:00, Z), so order by instant, never by string.
function instant(iso: string | null): number {
  const t = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(t) ? 0 : t;
}

export async function readSourceArticles(deps: HttpDeps, sourceId: number, limit: number): Promise<ArticleCard[]> {
  const found = new Map<number, ArticleCard>();
  let cursor: string | null = null;
  for (let i = 0; i < MAX_PAGES && found.size < limit; i++) {
    const page = await deps.store.listStories({ limit: STORY_PAGE, cursor, order: 'recent' });
    for (const story of page.items) {
      for (const ref of story.articles) {
        if (ref.sourceId === sourceId && !found.has(ref.id)) found.set(ref.id, cardFromStoryRef(ref, story.id));
      }
    }
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  return [...found.values()]
    .sort((a, b) => instant(b.publishedAt) - instant(a.publishedAt) || b.id - a.id)
    .slice(0, limit);
}
