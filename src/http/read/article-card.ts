// The small article shape every page and API response shares; it always carries the original `url`.
import type { ArticleRow, StoryArticleRef } from '../../store/types.ts';

export interface ArticleCard {
  id: number;
  /** The original article on the outlet's site. */
  url: string;
  title: string;
  source: string;
  sourceId: number;
  publishedAt: string | null;
  storyId: number | null;
  duplicateOf: number | null;
}

export function cardFromArticleRow(row: ArticleRow): ArticleCard {
  return {
    id: row.id,
    url: row.url,
    title: row.title,
    source: row.sourceName,
    sourceId: row.sourceId,
    publishedAt: row.publishedAt ?? row.fetchedAt,
    storyId: row.storyId,
    duplicateOf: row.duplicateOf,
  };
}

export function cardFromStoryRef(ref: StoryArticleRef, storyId: number): ArticleCard {
  return {
    id: ref.id,
    url: ref.url,
    title: ref.title,
    source: ref.source,
    sourceId: ref.sourceId,
    publishedAt: ref.publishedAt,
    storyId,
    duplicateOf: ref.duplicateOf,
  };
}
