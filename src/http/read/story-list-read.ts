// Front page and /api/v1/stories: ranked stories with their outlets.
import type { StorySummary } from '../../store/types.ts';
import type { HttpDeps } from '../deps.ts';
import { safeImageUrl } from '../safe-url.ts';
import { cardFromStoryRef, type ArticleCard } from './article-card.ts';

export interface StoryCard {
  id: number;
  headline: string;
  lead: string;
  image: string | null;
  size: number;
  outletCount: number;
  outlets: string[];
  firstSeenAt: string;
  lastSeenAt: string;
  articles: ArticleCard[];
}

export interface StoryListQuery {
  limit: number;
  cursor?: string | null;
  since?: string | null;
  minArticles?: number;
  order?: 'rank' | 'recent';
}

export interface StoryListPage {
  items: StoryCard[];
  nextCursor: string | null;
}

export function distinctOutlets(story: StorySummary): string[] {
  const names = story.outlets.length ? story.outlets : story.articles.map((a) => a.source);
  return [...new Set(names.filter((n) => n && n.trim()))];
}

/**
 * A list card names at most this many reports, the earliest first; `size` and `outlets` still count them all and the
 * story itself lists every one. Without the bound a page of 20 big stories carried thousands of article cards (over a
 * megabyte of JSON on the SaudiNewsNet month) that no list view shows.
 */
export const CARD_ARTICLES = 10;

export function storyCard(story: StorySummary, articleLimit = Number.POSITIVE_INFINITY): StoryCard {
  const outlets = distinctOutlets(story);
  return {
    id: story.id,
    headline: story.headline,
    lead: story.lead,
    image: safeImageUrl(story.image),
    size: story.size,
    outletCount: outlets.length,
    outlets,
    firstSeenAt: story.firstSeenAt,
    lastSeenAt: story.lastSeenAt,
    articles: story.articles.slice(0, articleLimit).map((a) => cardFromStoryRef(a, story.id)),
  };
}

export async function readStoryList(deps: HttpDeps, query: StoryListQuery): Promise<StoryListPage> {
  const page = await deps.store.listStories({
    limit: query.limit,
    cursor: query.cursor ?? null,
    since: query.since ?? null,
    minArticles: query.minArticles,
    order: query.order ?? 'rank',
  });
  return { items: page.items.map((s) => storyCard(s, CARD_ARTICLES)), nextCursor: page.nextCursor };
}
