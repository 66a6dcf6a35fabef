// The store boundary: every stage talks to this interface; SQL lives only in store/sqlite and store/postgres.
import type { EntityMention, QuoteMention } from '../text/types.ts';
import type { BoilerplateSegment } from '../extract/types.ts';
import type { StoryDecision } from '../stories/types.ts';

export interface SourceRow {
  id: number;
  url: string;
  name: string;
  kind: 'feed' | 'page' | 'file';
  category: string | null;
  siteUrl: string | null;
  etag: string | null;
  lastModified: string | null;
  /** Seconds between polls, adapted to how often the source publishes. */
  intervalSec: number;
  nextPollAt: string | null;
  lastPolledAt: string | null;
  lastSuccessAt: string | null;
  lastError: string | null;
  lastErrorAt: string | null;
  consecutiveFailures: number;
  articlesPerDay: number;
  /** Show full text (true) or only the lead and a link (false) in the reader. */
  fullText: boolean;
  /** Demo fixture source (so the first-run screen knows no real source is configured). */
  demo: boolean;
  createdAt: string;
}

export interface NewSource {
  url: string;
  name?: string | null;
  kind?: SourceRow['kind'];
  category?: string | null;
  siteUrl?: string | null;
  fullText?: boolean;
  demo?: boolean;
}

export interface FetchLogEntry {
  sourceId: number | null;
  url: string;
  startedAt: string;
  finishedAt: string;
  status: 'ok' | 'not-modified' | 'error';
  httpStatus: number | null;
  bytes: number | null;
  newArticles: number;
  error: string | null;
}

export interface NewArticle {
  url: string;
  canonicalUrl: string;
  sourceId: number;
  title: string;
  byline: string | null;
  publishedAt: string | null;
  fetchedAt: string;
  lang: string;
  text: string;
  html: string;
  lead: string;
  image: string | null;
  section: string | null;
  /** Content fingerprint (hex) for duplicates at the door. */
  fingerprint: string;
  /** Space-joined analyzer terms for the search index. */
  titleSurface: string;
  titleStems: string;
  bodySurface: string;
  bodyStems: string;
  /** Analyzer terms of the lead, indexed as their own field so a lead match weighs more than a body match. */
  leadSurface?: string;
  leadStems?: string;
  entities: EntityMention[];
  quotes: QuoteMention[];
  boilerplate: BoilerplateSegment[];
}

export interface ArticleRow {
  id: number;
  url: string;
  canonicalUrl: string;
  sourceId: number;
  sourceName: string;
  title: string;
  byline: string | null;
  publishedAt: string | null;
  fetchedAt: string;
  lang: string;
  text: string;
  html: string;
  lead: string;
  image: string | null;
  section: string | null;
  fingerprint: string;
  duplicateOf: number | null;
  storyId: number | null;
  boilerplate: BoilerplateSegment[];
}

/** What the story engine needs to rebuild its state from stored articles. */
export interface StoredStoryDocRow {
  articleId: number;
  sourceId: number;
  /** The deduplication key: with `time`, the order pending articles are decided in (src/pipeline/pending-stories.ts). */
  canonicalUrl: string;
  time: string;
  title: string;
  /** Tells a signed column from a report (src/stories/article-kind.ts). */
  byline: string | null;
  lead: string;
  text: string;
  titleStems: string;
  bodyStems: string;
  entityIds: string[];
  /** Null while the article waits for its story decision (stored by a poll, grouped once the round settles). */
  storyId: number | null;
  duplicateOf: number | null;
}

export interface StoryArticleRef {
  id: number;
  url: string;
  sourceId: number;
  source: string;
  title: string;
  publishedAt: string | null;
  duplicateOf: number | null;
  /**
   * Other addresses of this article: the same outlet's same text reached under another URL, stored once (absent when
   * there are none). Objects with a url, so a reader of the JSON that collects article URLs finds them too.
   */
  alsoAt?: { url: string }[];
}

export interface StorySummary {
  id: number;
  headline: string;
  headlineArticleId: number;
  firstSeenAt: string;
  lastSeenAt: string;
  size: number;
  outlets: string[];
  image: string | null;
  lead: string;
  articles: StoryArticleRef[];
}

export interface StoryListOptions {
  limit: number;
  cursor?: string | null;
  since?: string | null;
  until?: string | null;
  minArticles?: number;
  /** 'rank' (outlets, then recency) for the front page, 'recent' for feeds. */
  order?: 'rank' | 'recent';
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface EntityRow {
  id: string;
  kind: string;
  name: string;
  mentions: number;
}

export interface InsertArticleResult {
  articleId: number;
  decision: StoryDecision;
  /**
   * True when an article with the same canonical URL was already stored: nothing was written, `decide` was not called,
   * and `decision` describes the stored membership (merged/moved empty).
   */
  existing: boolean;
}

export interface InsertPendingResult {
  articleId: number;
  /**
   * Null when stored now (waiting for its story decision). Otherwise nothing was written: 'url' when the canonical URL
   * was stored already, 'fingerprint' when the same source already has an article with this content fingerprint
   * (checked inside the write, so concurrent writers cannot both store one article reached under two URLs).
   */
  existing: 'url' | 'fingerprint' | null;
}

export interface FetchLogRow extends FetchLogEntry {
  id: number;
}

/** One query word after analysis: matches if any surface form or any stem matches (a phrase when several terms). */
export interface SearchTerm {
  surface: string[];
  stems: string[];
  /** Exact phrase: surface forms only, in order, adjacent (stopwords were dropped on both sides). */
  exact: boolean;
}

export interface SearchPlan {
  /** AND of groups; each group is an OR of terms. Empty = no text condition (filters only, newest first). */
  must: SearchTerm[][];
  /** Articles matching any of these are excluded. */
  not: SearchTerm[];
  /** Source ids, names or URLs/hosts; an article matches if its source matches any. */
  sources: string[];
  /** Entity ids ("place:russia") or names; an article must mention every one. */
  entities: string[];
  /** Inclusive ISO bounds on published (else fetched) time. */
  from: string | null;
  to: string | null;
  lang: string | null;
  /** One hit per story (the best-scoring article), with the story's number of matching articles. */
  groupByStory: boolean;
  limit: number;
  offset: number;
  /** Multiplies relevance by 1 + weight / (1 + ageDays / halfLifeDays), ageDays counted back from `now`. */
  recency: { weight: number; halfLifeDays: number; now: string } | null;
  facets: boolean;
  /** Match count above which ranking is tiered (title/lead matches first); backend default when absent. */
  tierAbove?: number;
  /** Estimated articles holding the query's phrases above which candidates come newest first, not by BM25; backend default when absent. */
  bm25Budget?: number;
  /**
   * Whether a filter on few articles may list the candidates (default true: when estimated cheaper); off, the words'
   * matches are walked; 'always' lists them whenever the filter is few enough (tests of that path).
   */
  driveFilters?: boolean | 'always';
  /**
   * Whether a walk over the words' matches checks source and entity filters against their article lists read into memory
   * (SQLite; default: when estimated cheaper than checking each match); true always, false never. The same rows either way.
   */
  filterLists?: boolean;
  /** Max entities/outlets/days per facet list. */
  facetLimit?: number;
}

export interface SearchHitRow {
  articleId: number;
  storyId: number | null;
  /** Higher is better. */
  score: number;
  /** Matching articles in the same story (1 when ungrouped or alone). */
  groupHits: number;
  /** What the results page shows of the article, when the backend read it with the hit (else search reads it). */
  doc?: SearchDoc;
}

export interface SearchDoc {
  url: string;
  title: string;
  /** What the snippet is taken from: the text, or the lead when there is no text. */
  body: string;
  sourceId: number;
  sourceName: string;
  publishedAt: string | null;
}

export interface SearchFacets {
  outlets: { sourceId: number; name: string; count: number }[];
  days: { day: string; count: number }[];
  entities: { id: string; kind: string; name: string; count: number }[];
}

export interface SearchArticlesResult {
  hits: SearchHitRow[];
  /** Matching articles. */
  totalArticles: number;
  /** Matching groups (stories, plus articles without a story) when grouped, else = totalArticles. */
  totalGroups: number;
  facets: SearchFacets | null;
  /** Filter values that named nothing known (so the caller can say so instead of returning silence). */
  unknownSources: string[];
  unknownEntities: string[];
  /**
   * True when totals and facets are estimated: a very common query is ranked in tiers (query words in the title or
   * lead first) and the first pages only look at that tier. Hits and their order are exact either way.
   */
  approximate: boolean;
}

export interface Store extends StoreMaintenance, SearchIndexMaintenance {
  readonly dialect: 'sqlite' | 'postgres';
  migrate(): Promise<void>;
  close(): Promise<void>;

  addSource(source: NewSource): Promise<SourceRow>;
  listSources(): Promise<SourceRow[]>;
  getSource(idOrUrl: number | string): Promise<SourceRow | null>;
  removeSource(idOrUrl: number | string): Promise<boolean>;
  updateSource(id: number, patch: Partial<Omit<SourceRow, 'id' | 'createdAt'>>): Promise<void>;
  recordFetch(entry: FetchLogEntry): Promise<void>;
  /** Newest first. */
  listFetches(options?: { sourceId?: number | null; limit?: number }): Promise<FetchLogRow[]>;

  findArticleIdByCanonicalUrl(canonicalUrl: string): Promise<number | null>;
  findArticleIdByFingerprint(fingerprint: string): Promise<number | null>;
  /** Records another URL of a stored article (the same outlet's same text reached twice); a known URL is left as it is. */
  addArticleAlias(articleId: number, url: string): Promise<void>;
  /**
   * Stores one article with its terms, entities, quotes and story membership in one transaction.
   * `decide` runs inside the transaction once the article id is known.
   */
  insertArticle(article: NewArticle, decide: (articleId: number) => StoryDecision): Promise<InsertArticleResult>;
  /**
   * Stores one article with its terms, entities and quotes in one transaction, searchable at once, in no story yet:
   * its story is decided later by `decidePendingArticle` (polls store first and group once the round settles).
   */
  insertPendingArticle(article: NewArticle): Promise<InsertPendingResult>;
  /**
   * Decides the story of a stored article that has none, in one transaction: `decide` runs inside it. Null, without
   * calling `decide`, when the article is gone or already in a story (another writer decided it).
   */
  decidePendingArticle(articleId: number, decide: (articleId: number) => StoryDecision): Promise<StoryDecision | null>;
  /**
   * Story decisions already made for a batch of pending articles, applied in the given order in ONE transaction
   * (`marsad import` decides its articles in batches). False, with nothing written, when any of them is gone or
   * already in a story (another writer decided it): the engine that decided the batch is then behind the store.
   */
  applyStoryDecisions(decisions: { articleId: number; decision: StoryDecision }[]): Promise<boolean>;
  getArticle(id: number): Promise<ArticleRow | null>;
  getArticleByUrl(url: string): Promise<ArticleRow | null>;
  getArticles(ids: number[]): Promise<ArticleRow[]>;
  /** In time order, for rebuilding the story engine; `pending` keeps only the articles in no story. */
  listStoryDocs(options?: { since?: string | null; until?: string | null; pending?: boolean }): Promise<StoredStoryDocRow[]>;
  /** Articles waiting for their story, keys only (time and canonical URL: their decision order), in no given order. */
  listPendingStoryKeys(): Promise<{ articleId: number; time: string; canonicalUrl: string }[]>;
  /**
   * The newest publication time (sort time) of an article in a story, and the highest story id holding one: what the
   * story engine's restore needs to know before reading only the articles of its window.
   */
  storyExtent(): Promise<{ latestGrouped: string | null; maxStoryId: number }>;
  /** All articles; 'pending' those waiting for a story decision, 'grouped' those in a story. */
  countArticles(options?: { state?: 'pending' | 'grouped' }): Promise<number>;

  listStories(options: StoryListOptions): Promise<Page<StorySummary>>;
  getStory(id: number): Promise<StorySummary | null>;
  /** Entities of a story or an article, most mentioned first. */
  storyEntities(storyId: number, limit: number): Promise<EntityRow[]>;
  storyQuotes(storyId: number, limit: number): Promise<(QuoteMention & { articleId: number })[]>;
  /** Rewrites story membership for a range from scratch (stories rebuild). */
  replaceStoryAssignments(assignments: { articleId: number; storyId: number; duplicateOf: number | null; score: number }[]): Promise<void>;
  /** Pins a story's headline article (the engine knows the most central one); it must be a member. */
  setStoryHeadline(storyId: number, articleId: number): Promise<void>;

  /** Full-text search backend: executes an analyzed plan (see src/search for the query language). */
  searchArticles(plan: SearchPlan): Promise<SearchArticlesResult>;
}

// ---- maintenance (marsad doctor / backup / prune) -------------------------------------------------------------------

/** One consistency check: how many problems were found, repaired, and remain (with a few example ids). */
export interface DoctorCheck {
  /** Stable identifier, e.g. "articles_fts-missing", "story-counters". */
  name: string;
  description: string;
  found: number;
  repaired: number;
  remaining: number;
  examples: (number | string)[];
  /** Whether `doctor --repair` can fix what remains. */
  repairable: boolean;
  /**
   * Work the pipeline still has to do rather than an inconsistency (articles waiting for their story decision):
   * reported, repaired by `--repair`, but not counted against `ok`.
   */
  pending?: boolean;
}

export interface DoctorReport {
  /** True when no check has problems left (pending work does not count). */
  ok: boolean;
  repair: boolean;
  counts: {
    sources: number; articles: number; stories: number; storyMembers: number; entities: number; articleEntities: number;
    quotes: number; indexRows: number;
  };
  checks: DoctorCheck[];
}

export interface BackupResult {
  path: string;
  bytes: number;
  articles: number;
  stories: number;
}

export interface PruneResult {
  /** Articles deleted (with their index rows, entities links, quotes and memberships). */
  articles: number;
  /** Stories deleted because no member was left (shrunk ones are recomputed). */
  stories: number;
}

/** Maintenance part of the store (split out so backends implement it in one place). */
export interface StoreMaintenance {
  /** Consistency checks over the whole database; with `repair`, fixes what can be fixed and checks again. */
  doctor(options: { repair: boolean }): Promise<DoctorReport>;
  /** A consistent copy of the database at `path`, safe while others write (SQLite backup API), verified before it is kept. */
  backup(path: string): Promise<BackupResult>;
  /** Deletes articles whose time (published, else fetched) is before `before` (ISO), keeping stories consistent. */
  pruneArticles(before: string): Promise<PruneResult>;
}

// ---- search index rebuild (marsad search reindex) -------------------------------------------------------------------

/** The six analyzer term columns the search index is built from (space-joined terms). */
export interface StoredSearchTerms {
  titleSurface: string;
  titleStems: string;
  leadSurface: string;
  leadStems: string;
  bodySurface: string;
  bodyStems: string;
}

/** A stored article as the analyzer sees it again, with what is stored for search now (to tell what changed). */
export interface ReindexArticleRow extends StoredSearchTerms {
  id: number;
  title: string;
  lead: string;
  text: string;
  /** Stored entity mentions (the `entity:` filter and facet read them), in no particular order. */
  entities: { id: string; count: number }[];
  /** Stored quotes, in the order they were found. */
  quotes: QuoteMention[];
}

/** An article's terms, entity mentions and quotes as the current analyzer computes them. */
export interface SearchTermsRewrite extends StoredSearchTerms {
  articleId: number;
  entities: EntityMention[];
  quotes: QuoteMention[];
}

/** Meta values kept beside the data: `search_analyzer` (ANALYZER_VERSION of the stored terms), `search_reindex` (progress). */
export type MetaKey = 'search_analyzer' | 'search_reindex';

export interface SearchIndexMaintenance {
  getMeta(key: MetaKey): Promise<string | null>;
  /** Sets (null: removes) meta values in one transaction. */
  setMeta(entries: Partial<Record<MetaKey, string | null>>): Promise<void>;
  /**
   * Makes sure every article, and only those, has its index rows before rows are replaced one at a time (SQLite's
   * external-content FTS5 removes a row only given the terms it was indexed with); rebuilds the index from the stored
   * terms when not, and says so. Cheap: it does not compare the indexed terms themselves (doctor does).
   */
  prepareSearchRewrite(): Promise<boolean>;
  /** Up to `limit` articles with an id above `afterId`, in id order. */
  listArticlesForReindex(afterId: number, limit: number): Promise<ReindexArticleRow[]>;
  /**
   * Replaces the articles' search terms (index rows included), entity mentions and quotes, and writes `meta`, all in one
   * transaction: each article ends with either its old rows or its new ones. Articles deleted meanwhile are skipped;
   * returns how many were rewritten.
   */
  rewriteSearchTerms(rows: SearchTermsRewrite[], meta?: Partial<Record<MetaKey, string | null>>): Promise<number>;
  /**
   * Compacts the search index (SQLite: merges each FTS5 index's segments into one, in steps of about `pagesPerStep`
   * pages, each its own short write transaction, so a serving process keeps writing between them; PostgreSQL: moves the
   * GIN indexes' pending entries into the main trees). Same rows, same answers; only faster lookups.
   */
  optimizeSearchIndex(options?: SearchIndexOptimizeOptions): Promise<SearchIndexOptimizeResult>;
}

export interface SearchIndexOptimizeOptions {
  /** SQLite: index pages merged per write transaction (default 1,000). */
  pagesPerStep?: number;
}

export interface SearchIndexOptimizeResult {
  /** Write transactions that did some merging (0: nothing to merge). */
  steps: number;
  /** SQLite: segments of the article index before and after (null on PostgreSQL, whose GIN indexes have none). */
  segmentsBefore: number | null;
  segmentsAfter: number | null;
  seconds: number;
}
