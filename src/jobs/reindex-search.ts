// `marsad search reindex`: the current analyzer run again over every stored article, its search terms (both indexes on
// SQLite, the generated vectors on PostgreSQL), entity mentions and quotes rewritten where they changed. Batches in id
// order, each one store transaction that also records how far the run got, so a killed run leaves every article with
// its old terms or its new ones and the next run continues where it stopped. Needed after an analyzer change on a
// database built before it (src/text/analyzer-version.ts).
import type { SearchIndexOptimizeResult, Store } from '../store/types.ts';
import { ANALYZER_VERSION } from '../text/analyzer-version.ts';
import { articleSearchTerms, sameSearchTerms } from '../search/article-search-terms.ts';

export interface ReindexProgress {
  start(total: number, done: number): void;
  tick(articles: number): void;
  stop(): void;
}

export interface ReindexOptions {
  /** Articles per transaction (default 200). */
  batchSize?: number;
  /** Start from the first article even when an interrupted run left its progress. */
  restart?: boolean;
  progress?: ReindexProgress;
}

export interface ReindexResult {
  /** Articles analyzed by this run. */
  articles: number;
  /** Of those, articles whose terms, entity mentions or quotes differed and were rewritten. */
  changed: number;
  /** Set when this run continued an interrupted one: the last article id that run had finished. */
  resumedAfter: number | null;
  /** True when the SQLite index lacked rows of stored articles or held rows of deleted ones, and was rebuilt first. */
  repairedIndex: boolean;
  /** Analyzer version recorded before the run (null: the database predates recorded versions). */
  previousAnalyzer: string | null;
  analyzer: string;
  /** The search index compacted after rewriting (null when nothing was rewritten or rebuilt). */
  searchIndex: SearchIndexOptimizeResult | null;
  seconds: number;
}

export interface ReindexMarker {
  analyzer: string;
  afterId: number;
  done: number;
}

/** The progress an interrupted run left (null when none, or unreadable). */
export function readMarker(value: string | null): ReindexMarker | null {
  if (!value) return null;
  try {
    const m = JSON.parse(value) as ReindexMarker;
    return typeof m.analyzer === 'string' && Number.isInteger(m.afterId) && Number.isInteger(m.done) ? m : null;
  } catch {
    return null;
  }
}

export async function reindexSearch(store: Store, options: ReindexOptions = {}): Promise<ReindexResult> {
  const t0 = process.hrtime.bigint();
  const batchSize = Math.max(1, options.batchSize ?? 200);
  const previousAnalyzer = await store.getMeta('search_analyzer');
  const marker = readMarker(await store.getMeta('search_reindex'));
  // Progress left by a run of another analyzer version says nothing about this one's terms.
  const resume = !options.restart && marker !== null && marker.analyzer === ANALYZER_VERSION ? marker : null;
  const repairedIndex = await store.prepareSearchRewrite();
  const total = await store.countArticles();
  let afterId = resume?.afterId ?? 0;
  let done = resume?.done ?? 0;
  let articles = 0;
  let changed = 0;
  options.progress?.start(Math.max(total, done), Math.min(done, total));
  try {
    for (;;) {
      const batch = await store.listArticlesForReindex(afterId, batchSize);
      if (!batch.length) break;
      const rewrites = [];
      for (const a of batch) {
        const fresh = articleSearchTerms(a);
        if (!sameSearchTerms(a, fresh)) rewrites.push(fresh);
      }
      afterId = batch[batch.length - 1]!.id;
      done += batch.length;
      changed += await store.rewriteSearchTerms(rewrites, { search_reindex: JSON.stringify({ analyzer: ANALYZER_VERSION, afterId, done } satisfies ReindexMarker) });
      articles += batch.length;
      options.progress?.tick(batch.length);
    }
  } finally {
    options.progress?.stop();
  }
  await store.setMeta({ search_reindex: null, search_analyzer: ANALYZER_VERSION });
  // Each rewritten batch left a segment of its own.
  const searchIndex = changed > 0 || repairedIndex ? await store.optimizeSearchIndex() : null;
  return {
    articles, changed, resumedAfter: resume?.afterId ?? null, repairedIndex, previousAnalyzer, analyzer: ANALYZER_VERSION, searchIndex,
    seconds: Number(process.hrtime.bigint() - t0) / 1e9,
  };
}
