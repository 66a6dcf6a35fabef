// One story: every report by outlet and time, wire copies folded under their original, the first reporter marked.
import type { EntityRow } from '../../store/types.ts';
import type { QuoteMention } from '../../text/types.ts';
import type { HttpDeps } from '../deps.ts';
import type { ArticleCard } from './article-card.ts';
import { storyCard, type StoryCard } from './story-list-read.ts';

export interface StoryArticleEntry extends ArticleCard {
  firstReporter: boolean;
  /** Near-identical copies (wire copy republished) folded under this report. */
  alsoPublishedIn: ArticleCard[];
}

export interface StoryQuote {
  text: string;
  speaker: string | null;
  articleId: number;
}

export interface StoryView extends Omit<StoryCard, 'articles'> {
  articles: StoryArticleEntry[];
  entities: EntityRow[];
  quotes: StoryQuote[];
}

function timeOf(card: ArticleCard): number {
  const t = card.publishedAt ? Date.parse(card.publishedAt) : NaN;
  return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
}

/** Folds duplicates under the article they copy (when it is in the story) and orders by time, earliest first. */
export function foldStoryArticles(cards: ArticleCard[]): StoryArticleEntry[] {
  const byId = new Map(cards.map((c) => [c.id, c]));
  const entries = new Map<number, StoryArticleEntry>();
  const copies: ArticleCard[] = [];
  for (const card of cards) {
    if (card.duplicateOf != null && byId.has(card.duplicateOf) && card.duplicateOf !== card.id) copies.push(card);
    else entries.set(card.id, { ...card, firstReporter: false, alsoPublishedIn: [] });
  }
  for (const copy of copies) {
    // Follow chains of copies to the root that is shown.
    let root = copy.duplicateOf as number;
    const seen = new Set<number>([copy.id]);
    while (!entries.has(root)) {
      const next = byId.get(root);
      if (!next || next.duplicateOf == null || seen.has(root)) break;
      seen.add(root);
      root = next.duplicateOf;
    }
    const host = entries.get(root);
    if (host) host.alsoPublishedIn.push(copy);
    else entries.set(copy.id, { ...copy, firstReporter: false, alsoPublishedIn: [] });
  }
  const list = [...entries.values()].sort((a, b) => timeOf(a) - timeOf(b) || a.id - b.id);
  for (const e of list) e.alsoPublishedIn.sort((a, b) => timeOf(a) - timeOf(b) || a.id - b.id);
  if (list.length > 0 && list.length + copies.length > 1) list[0].firstReporter = true;
  return list;
}

async function optional<T>(load: () => Promise<T>, fallback: T): Promise<T> {
  try {
    return await load();
  } catch {
    return fallback;
  }
}

export async function readStory(deps: HttpDeps, id: number): Promise<StoryView | null> {
  const story = await deps.store.getStory(id);
  if (!story) return null;
  const card = storyCard(story);
  const [entities, quotes] = await Promise.all([
    optional(() => deps.store.storyEntities(id, 10), [] as EntityRow[]),
    optional(() => deps.store.storyQuotes(id, 5), [] as (QuoteMention & { articleId: number })[]),
  ]);
  return {
    ...card,
    articles: foldStoryArticles(card.articles),
    entities,
    quotes: quotes.map((q) => ({ text: q.text, speaker: q.speaker, articleId: q.articleId })),
  };
}
