// Recommendations for any stored article. The story engine holds only its time window (the last days); an older
// article still deserves "similar articles", so for it they come from the search index: its headline's words as an
// OR query over the days around it, one hit per story, as the engine would pick them.
import { search } from '../search/search.ts';
import type { ArticleRow, Store } from '../store/types.ts';
import { OTHER_OUTLET_PREFERENCE } from '../stories/recommend.ts';
import { DEFAULT_STORY_CONFIG } from '../stories/story-engine.ts';
import type { Recommendations, SimilarArticle, StoryEngine } from '../stories/types.ts';

/** Headline words asked for: enough to find the neighbours, few enough to keep the query cheap. */
const QUERY_WORDS = 10;
const OR_WORDS = new Set(['or', 'أو', 'او']);
const DAY = 86_400_000;

export async function recommendArticle(store: Store, engine: StoryEngine | null, article: ArticleRow, limit = 5): Promise<Recommendations> {
  let rec: Recommendations | null = null;
  if (engine) {
    try {
      rec = engine.recommend(article.id, limit);
    } catch {
      // A stand-in engine may refuse an article it does not know; the index still can answer.
      rec = null;
    }
  }
  if (rec && !rec.unknown) return rec;
  return fromIndex(store, article, limit);
}

const empty = (): Recommendations => ({ similar: [], readAlso: null, sameStory: [], unknown: true });

async function fromIndex(store: Store, article: ArticleRow, limit: number): Promise<Recommendations> {
  if (limit <= 0) return empty();
  const words = [...new Set(article.title.match(/[\p{L}\p{N}]+/gu) ?? [])]
    .filter((w) => w.length >= 3 && !OR_WORDS.has(w.toLowerCase()))
    .slice(0, QUERY_WORDS);
  const time = Date.parse(article.publishedAt ?? article.fetchedAt);
  if (words.length === 0 || Number.isNaN(time)) return empty();
  const window = DEFAULT_STORY_CONFIG.windowDays * DAY;
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const res = await search(store, `${words.join(' OR ')} from:${day(time - window)} to:${day(time + window)}`, {
    limit: Math.min(100, 4 * limit + 4), facets: false, groupByStory: true,
  });
  if (res.error) return empty();
  // Hits not yet in a story (still pending) are left out: "similar" means from another story.
  const hits = res.hits.filter((h) => h.articleId !== article.id && h.storyId !== null && h.storyId !== article.storyId);
  // Copies of this article (or of the same original) are the same text: never a recommendation.
  const rows = new Map((await store.getArticles(hits.map((h) => h.articleId))).map((r) => [r.id, r]));
  const best = hits[0]?.score ?? 0;
  const ranked = hits
    .filter((h) => {
      const r = rows.get(h.articleId);
      if (!r) return false;
      if (r.id === article.duplicateOf || r.duplicateOf === article.id) return false;
      return !(r.duplicateOf !== null && r.duplicateOf === article.duplicateOf);
    })
    .map((h) => {
      // Scores are relative to the best match: comparable within one list, like the engine's.
      const score = best > 0 ? Math.max(0, Math.min(1, h.score / best)) : 0;
      const pick: SimilarArticle = { articleId: h.articleId, storyId: h.storyId!, score };
      return { pick, sourceId: h.sourceId, rank: h.sourceId === article.sourceId ? score * OTHER_OUTLET_PREFERENCE : score };
    })
    .sort((a, b) => (b.rank - a.rank) || (a.pick.articleId - b.pick.articleId));
  const similar = ranked.slice(0, limit).map((r) => r.pick);
  const readAlso = ranked.find((r) => r.sourceId !== article.sourceId)?.pick ?? ranked[0]?.pick ?? null;
  return { similar, readAlso, sameStory: [], unknown: true };
}
