// "Similar articles" and "read also": neighbours from OTHER stories, one per story, other outlets first, never a copy.
import type { Recommendations, SimilarArticle } from './types.ts';

/** What recommendations need from the engine's working state. */
export interface RecommendSource {
  has(articleId: number): boolean;
  storyOf(articleId: number): number | undefined;
  sourceOf(articleId: number): number | undefined;
  timeOf(articleId: number): number | undefined;
  /** Articles sharing rare terms or entities with this one, best first (from the candidate index, not a scan). */
  neighbours(articleId: number): number[];
  /** Content similarity in [0, 1]. */
  similarity(a: number, b: number): number;
  isNearDuplicate(a: number, b: number): boolean;
  membersOf(storyId: number): number[];
}

/**
 * Within one story, an article from another outlet wins over a slightly better one from the reader's own outlet:
 * the point of a recommendation is another view.
 */
export const OTHER_OUTLET_PREFERENCE = 0.85;
/** Below this, a "similar" article is noise rather than related reading. */
const MIN_SIMILARITY = 0.08;

export function recommendFor(src: RecommendSource, articleId: number, limit = 5): Recommendations {
  if (!src.has(articleId)) return { similar: [], readAlso: null, sameStory: [], unknown: true };
  const story = src.storyOf(articleId)!;
  const source = src.sourceOf(articleId);

  const sameStory = src.membersOf(story)
    .filter((id) => id !== articleId && src.has(id))
    .sort((a, b) => (src.timeOf(b)! - src.timeOf(a)!) || b - a);

  const bestPerStory = new Map<number, { pick: SimilarArticle; rank: number }>();
  for (const id of src.neighbours(articleId)) {
    const s = src.storyOf(id);
    if (s === undefined || s === story || id === articleId) continue;
    if (src.isNearDuplicate(articleId, id)) continue;
    const score = src.similarity(articleId, id);
    if (score < MIN_SIMILARITY) continue;
    const rank = src.sourceOf(id) === source ? score * OTHER_OUTLET_PREFERENCE : score;
    const cur = bestPerStory.get(s);
    if (!cur || rank > cur.rank || (rank === cur.rank && id < cur.pick.articleId)) {
      bestPerStory.set(s, { pick: { articleId: id, storyId: s, score }, rank });
    }
  }
  const ranked = [...bestPerStory.values()].sort((a, b) => (b.rank - a.rank) || (a.pick.articleId - b.pick.articleId));
  const similar = ranked.slice(0, Math.max(0, limit)).map((r) => r.pick);
  const readAlso = ranked.find((r) => src.sourceOf(r.pick.articleId) !== source)?.pick ?? ranked[0]?.pick ?? null;
  return { similar, readAlso, sameStory };
}
