// One article with what to read next: similar articles from other stories, one "read also", the rest of its story.
import type { ArticleRow } from '../../store/types.ts';
import { recommendArticle } from '../../pipeline/article-recommendations.ts';
import type { HttpDeps } from '../deps.ts';
import { safeImageUrl } from '../safe-url.ts';
import { cardFromArticleRow, cardFromStoryRef, type ArticleCard } from './article-card.ts';

export interface ArticleDetail extends ArticleCard {
  byline: string | null;
  fetchedAt: string;
  lead: string;
  image: string | null;
  section: string | null;
  /** False when the source asks us to show only the lead and a link. */
  fullText: boolean;
  /** Plain-text paragraphs; empty when fullText is false. */
  paragraphs: string[];
  sourceSiteUrl: string | null;
}

export interface ArticleView {
  article: ArticleDetail;
  story: { id: number; headline: string; size: number } | null;
  similar: ArticleCard[];
  readAlso: ArticleCard | null;
  sameStory: ArticleCard[];
}

const SIMILAR_LIMIT = 5;
const SAME_STORY_LIMIT = 10;

// Feeds mix offsets (+02:00, Z), so order by instant, never by string.
function timeValue(iso: string | null): number {
  const t = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(t) ? 0 : t;
}

export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0);
}

export async function readArticle(deps: HttpDeps, id: number): Promise<ArticleView | null> {
  const row = await deps.store.getArticle(id);
  if (!row) return null;
  const [source, story] = await Promise.all([
    deps.store.getSource(row.sourceId),
    row.storyId != null ? deps.store.getStory(row.storyId) : Promise.resolve(null),
  ]);
  const fullText = source ? source.fullText : true;
  const article: ArticleDetail = {
    ...cardFromArticleRow(row),
    byline: row.byline,
    fetchedAt: row.fetchedAt,
    lead: row.lead,
    image: safeImageUrl(row.image),
    section: row.section,
    fullText,
    paragraphs: fullText ? paragraphsOf(row.text) : [],
    sourceSiteUrl: source?.siteUrl ?? null,
  };

  // The engine for articles in its window, the search index for older ones; the store's story for "more from it".
  const rec = await recommendArticle(deps.store, deps.engine ?? null, row, SIMILAR_LIMIT);
  const fromEngine = !rec.unknown;
  const wanted = new Set<number>();
  for (const s of rec.similar) wanted.add(s.articleId);
  if (rec.readAlso) wanted.add(rec.readAlso.articleId);
  if (fromEngine) for (const a of rec.sameStory.slice(0, SAME_STORY_LIMIT)) wanted.add(a);
  wanted.delete(id);
  const rows = wanted.size ? await deps.store.getArticles([...wanted]) : [];
  const byId = new Map<number, ArticleRow>(rows.map((r) => [r.id, r]));
  const card = (aid: number): ArticleCard | null => {
    const r = byId.get(aid);
    return r ? cardFromArticleRow(r) : null;
  };

  const readAlso = rec.readAlso ? card(rec.readAlso.articleId) : null;
  // One article should not be offered twice: the "اقرأ أيضاً" pick leaves the similar list.
  const similar = rec.similar
    .map((s) => card(s.articleId))
    .filter((c): c is ArticleCard => c !== null && c.id !== readAlso?.id);

  let sameStory: ArticleCard[];
  if (fromEngine) {
    sameStory = rec.sameStory
      .slice(0, SAME_STORY_LIMIT)
      .map(card)
      .filter((c): c is ArticleCard => c !== null && c.id !== id);
  } else if (story) {
    // Without the engine (or beyond its window), the store's membership is enough for "more from this story".
    sameStory = story.articles
      .filter((a) => a.id !== id)
      .map((a) => cardFromStoryRef(a, story.id))
      .sort((a, b) => timeValue(b.publishedAt) - timeValue(a.publishedAt))
      .slice(0, SAME_STORY_LIMIT);
  } else sameStory = [];
  // A wire copy of something already listed (or of this very article) adds nothing to read.
  const listed = new Set([id, ...sameStory.map((c) => c.id)]);
  sameStory = sameStory.filter((c) => c.duplicateOf == null || !listed.has(c.duplicateOf));

  return {
    article,
    story: story ? { id: story.id, headline: story.headline, size: story.size } : null,
    similar,
    readAlso,
    sameStory,
  };
}
