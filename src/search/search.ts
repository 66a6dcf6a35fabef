// Search: query language → analyzed plan → store backend → story-grouped hits with highlighted snippets and facets.
// Never throws for bad input: a malformed query or cursor comes back as `error` with a message for the reader.
import { decodeCursor, encodeCursor, InvalidCursorError } from '../store/cursor.ts';
import type { SearchDoc, SearchFacets, Store } from '../store/types.ts';
import { highlightAll, snippet } from './highlight.ts';
import { parseQuery, queryError, type ParsedQuery, type QueryError } from './query-parser.ts';
import { searchNotice, type SearchNotice } from './search-messages.ts';
import { buildPlan } from './query-plan.ts';
import { fnv1a } from '../text/fnv1a.ts';

export interface SearchOptions {
  /** Hits per page (default 20, at most 100). */
  limit?: number;
  cursor?: string | null;
  /** One hit per story (default true). */
  groupByStory?: boolean;
  /** Favour recent articles: true for the default boost, or tune it. Off by default. */
  recency?: boolean | { weight?: number; halfLifeDays?: number };
  /** Reference time for the recency boost (default: now). */
  now?: Date;
  /** Facet counts (outlets, days, entities); default: on the first page only. */
  facets?: boolean;
  /** Snippet length in characters (default 220). */
  snippetChars?: number;
  /** Match count above which ranking is tiered (title/lead matches first); the backend's default when absent. */
  tierAbove?: number;
  /** Estimated articles holding the query's phrases above which candidates come newest first; the backend's default when absent. */
  bm25Budget?: number;
  /** Whether a filter on few articles may list the candidates (default true); false walks the words' matches; 'always' lists them. */
  driveFilters?: boolean | 'always';
  /** Whether walks check source/entity filters against their article lists (SQLite; default: when cheaper). */
  filterLists?: boolean;
}

export interface SearchHit {
  articleId: number;
  storyId: number | null;
  url: string;
  title: string;
  /** Title as HTML: escaped, matches in <mark>. */
  titleHtml: string;
  /** Passage of the original text as HTML: escaped, matches in <mark>, "…" where cut. */
  snippetHtml: string;
  sourceId: number;
  source: string;
  publishedAt: string | null;
  /** Higher is better; only comparable within one result list. */
  score: number;
  /** Other matching articles of the same story ("N more from this story"); 0 when ungrouped. */
  moreFromStory: number;
}

export interface SearchResults {
  query: string;
  /** Set when the query (or cursor) cannot be used; hits are then empty. */
  error: QueryError | null;
  parsed: ParsedQuery | null;
  hits: SearchHit[];
  totalArticles: number;
  /** Stories (and story-less articles) matching; equals totalArticles when not grouped. */
  totalGroups: number;
  nextCursor: string | null;
  facets: SearchFacets | null;
  /** Totals and facets are estimates (a very common query; see SearchArticlesResult.approximate): show "about N". */
  approximate: boolean;
  /** Things the reader should know (in Arabic): dropped common words, unknown sources/entities. */
  notices: string[];
  /** The same notices with their stable codes, for clients that word them themselves. */
  noticeDetails: SearchNotice[];
}

export const DEFAULT_RECENCY = { weight: 0.5, halfLifeDays: 7 };

function queryKey(query: string, grouped: boolean): string {
  // A cursor only continues the query it came from.
  return fnv1a(`${grouped ? 1 : 0}|${query}`).toString(36);
}

function failed(query: string, error: QueryError, parsed: ParsedQuery | null = null): SearchResults {
  return { query, error, parsed, hits: [], totalArticles: 0, totalGroups: 0, nextCursor: null, facets: null, approximate: false, notices: [], noticeDetails: [] };
}

export async function search(store: Store, query: string, options: SearchOptions = {}): Promise<SearchResults> {
  const q = typeof query === 'string' ? query.trim() : '';
  const parsed = parseQuery(q);
  if (!parsed.ok) return failed(q, parsed);
  const grouped = options.groupByStory ?? true;
  const limit = Math.max(1, Math.min(100, Math.floor(options.limit ?? 20) || 20));
  const key = queryKey(q, grouped);
  let offset = 0;
  if (options.cursor) {
    try {
      const c = decodeCursor(options.cursor, { o: 'number', k: 'string' });
      if (c.k !== key || c.o < 0 || !Number.isInteger(c.o)) throw new InvalidCursorError();
      offset = c.o;
    } catch {
      return failed(q, queryError('cursor_invalid'), parsed);
    }
  }

  const built = buildPlan(parsed);
  const notices: SearchNotice[] = [];
  if (built.dropped.length) notices.push(searchNotice('common_words_ignored', { words: built.dropped.join('، ') }));
  const hasFilter = parsed.sources.length > 0 || parsed.entities.length > 0 || parsed.from !== null || parsed.to !== null || parsed.lang !== null;
  if (built.plan.must.length === 0 && !hasFilter) {
    return failed(q, queryError('all_words_common'), parsed);
  }

  const recency = options.recency
    ? { ...DEFAULT_RECENCY, ...(typeof options.recency === 'object' ? options.recency : {}), now: (options.now ?? new Date()).toISOString() }
    : null;
  const result = await store.searchArticles({
    ...built.plan,
    groupByStory: grouped,
    limit,
    offset,
    recency: recency && { weight: recency.weight, halfLifeDays: recency.halfLifeDays, now: recency.now },
    facets: options.facets ?? !options.cursor,
    tierAbove: options.tierAbove,
    bm25Budget: options.bm25Budget,
    driveFilters: options.driveFilters,
    filterLists: options.filterLists,
  });
  for (const s of result.unknownSources) notices.push(searchNotice('unknown_source', { value: s }));
  for (const e of result.unknownEntities) notices.push(searchNotice('unknown_entity', { value: e }));

  const unread = result.hits.filter((h) => !h.doc).map((h) => h.articleId);
  const byId = new Map<number, SearchDoc>((unread.length ? await store.getArticles(unread) : []).map((a) => [a.id, { ...a, body: a.text || a.lead }]));
  const hits: SearchHit[] = [];
  for (const h of result.hits) {
    const a = h.doc ?? byId.get(h.articleId);
    if (!a) continue; // removed between the two reads
    hits.push({
      articleId: h.articleId,
      storyId: h.storyId,
      url: a.url,
      title: a.title,
      titleHtml: highlightAll(a.title, built.keys),
      snippetHtml: a.body ? snippet(a.body, built.keys, options.snippetChars ?? 220).html : '',
      sourceId: a.sourceId,
      source: a.sourceName,
      publishedAt: a.publishedAt,
      score: h.score,
      moreFromStory: grouped && h.storyId != null ? h.groupHits - 1 : 0,
    });
  }
  const next = offset + limit;
  return {
    query: q,
    error: null,
    parsed,
    hits,
    totalArticles: result.totalArticles,
    totalGroups: result.totalGroups,
    // Estimated totals may undercount: while they are estimates, a full page always offers the next one.
    nextCursor: next < result.totalGroups || (result.approximate && result.hits.length === limit) ? encodeCursor({ o: next, k: key }) : null,
    facets: result.facets,
    approximate: result.approximate,
    notices: notices.map((n) => n.message),
    noticeDetails: notices,
  };
}
