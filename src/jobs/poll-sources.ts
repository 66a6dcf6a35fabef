// One poll of one source: conditional feed fetch → items → article pages → pipeline; health kept on the source.
// A broken feed, page or item is recorded and skipped: it never stops the poll of other sources.
import type { ExtractedArticle } from '../extract/types.ts';
import type { FeedItem, Fetcher } from '../ingest/types.ts';
import type { SourceRow, Store } from '../store/types.ts';
import type { ArticlePipeline } from '../pipeline/article-pipeline.ts';
import { FetchError } from '../ingest/types.ts';
import { parseFeed } from '../ingest/feed-parser.ts';
import { canonicalizeUrl } from '../ingest/canonical-url.ts';
import { nextInterval, estimateItemsPerDay } from '../ingest/poll-schedule.ts';
import { extractHtml } from '../extract/index.ts';

export interface SourcePollResult {
  sourceId: number;
  name: string;
  url: string;
  status: 'ok' | 'unchanged' | 'failed';
  items: number;
  new: number;
  duplicate: number;
  rejected: number;
  failedItems: number;
  error: string | null;
}

export interface PollDeps {
  store: Store;
  fetcher: Fetcher;
  pipeline: ArticlePipeline;
  now?: () => Date;
  /** At most this many new items are fetched per poll (the rest wait for the next one). */
  maxItemsPerPoll?: number;
  minIntervalSec?: number;
  maxIntervalSec?: number;
}

function describeError(e: unknown): string {
  if (e instanceof FetchError) return `${e.code}${e.status ? ` ${e.status}` : ''}: ${e.message}`;
  return e instanceof Error ? e.message : String(e);
}

function clampInterval(sec: number, deps: PollDeps): number {
  return Math.min(deps.maxIntervalSec ?? 86400, Math.max(deps.minIntervalSec ?? 300, Math.round(sec)));
}

async function articleFor(item: FeedItem, deps: PollDeps): Promise<ExtractedArticle> {
  try {
    const page = await deps.fetcher.fetch(item.url, { purpose: 'article' });
    return extractHtml(page.text, { url: page.url, now: deps.now?.() });
  } catch (e) {
    // The feed's own content is the fallback when the page cannot be had (robots, 404, timeout).
    if (item.contentHtml) return extractHtml(`<article>${item.contentHtml}</article>`, { url: item.url, now: deps.now?.() });
    throw e;
  }
}

export async function pollSource(source: SourceRow, deps: PollDeps): Promise<SourcePollResult> {
  const now = deps.now ?? (() => new Date());
  const startedAt = now();
  const result: SourcePollResult = { sourceId: source.id, name: source.name, url: source.url, status: 'ok', items: 0, new: 0, duplicate: 0, rejected: 0, failedItems: 0, error: null };
  const fail = async (error: string, retryAfterMs?: number, httpStatus: number | null = null) => {
    const failures = source.consecutiveFailures + 1;
    const interval = clampInterval(nextInterval({ itemsPerDay: source.articlesPerDay, consecutiveFailures: failures, retryAfterMs: retryAfterMs ?? null }), deps);
    await deps.store.updateSource(source.id, {
      lastPolledAt: startedAt.toISOString(),
      lastError: error,
      lastErrorAt: now().toISOString(),
      consecutiveFailures: failures,
      nextPollAt: new Date(now().getTime() + interval * 1000).toISOString(),
    });
    await deps.store.recordFetch({ sourceId: source.id, url: source.url, startedAt: startedAt.toISOString(), finishedAt: now().toISOString(), status: 'error', httpStatus, bytes: null, newArticles: 0, error });
    result.status = 'failed';
    result.error = error;
    return result;
  };

  let feedText: string;
  let feedUrl: string;
  let etag: string | null;
  let lastModified: string | null;
  let bytes: number;
  try {
    const res = await deps.fetcher.fetch(source.url, { purpose: 'feed', etag: source.etag, lastModified: source.lastModified });
    if (res.notModified) {
      const interval = clampInterval(nextInterval({ itemsPerDay: source.articlesPerDay, consecutiveFailures: 0, retryAfterMs: null }), deps);
      await deps.store.updateSource(source.id, {
        lastPolledAt: startedAt.toISOString(),
        lastSuccessAt: now().toISOString(),
        consecutiveFailures: 0,
        nextPollAt: new Date(now().getTime() + interval * 1000).toISOString(),
      });
      await deps.store.recordFetch({ sourceId: source.id, url: source.url, startedAt: startedAt.toISOString(), finishedAt: now().toISOString(), status: 'not-modified', httpStatus: 304, bytes: 0, newArticles: 0, error: null });
      result.status = 'unchanged';
      return result;
    }
    feedText = res.text;
    feedUrl = res.url;
    etag = res.etag;
    lastModified = res.lastModified;
    bytes = res.body.length;
  } catch (e) {
    return fail(describeError(e), e instanceof FetchError ? e.retryAfterMs : undefined, e instanceof FetchError ? (e.status ?? null) : null);
  }

  let items: FeedItem[];
  let siteUrl: string | null = null;
  let feedTitle: string | null = null;
  try {
    const feed = parseFeed(feedText, feedUrl);
    items = feed.items;
    siteUrl = feed.siteUrl;
    feedTitle = feed.title;
  } catch (e) {
    return fail(`feed: ${describeError(e)}`, undefined, 200);
  }
  result.items = items.length;

  const seen = new Set<string>();
  let fetched = 0;
  for (const item of items) {
    let key: string;
    try {
      key = canonicalizeUrl(item.url);
    } catch {
      result.rejected++;
      continue;
    }
    if (seen.has(key)) continue; // duplicate GUIDs / links inside one feed
    seen.add(key);
    if ((await deps.store.findArticleIdByCanonicalUrl(key)) !== null) {
      result.duplicate++;
      continue;
    }
    if (fetched >= (deps.maxItemsPerPoll ?? 100)) break;
    fetched++;
    try {
      const extracted = await articleFor(item, deps);
      const outcome = await deps.pipeline.ingest({ sourceId: source.id, url: item.url, extracted, fetchedAt: now(), feedItem: item });
      if (outcome.status === 'new') result.new++;
      else if (outcome.status === 'duplicate') result.duplicate++;
      else result.rejected++;
    } catch (e) {
      result.failedItems++;
      await deps.store.recordFetch({ sourceId: source.id, url: item.url, startedAt: now().toISOString(), finishedAt: now().toISOString(), status: 'error', httpStatus: e instanceof FetchError ? (e.status ?? null) : null, bytes: null, newArticles: 0, error: describeError(e) });
    }
  }

  const itemsPerDay = estimateItemsPerDay(items.map((i) => i.published).filter((d): d is Date => d instanceof Date));
  const interval = clampInterval(nextInterval({ itemsPerDay, consecutiveFailures: 0, retryAfterMs: null }), deps);
  await deps.store.updateSource(source.id, {
    etag,
    lastModified,
    siteUrl: source.siteUrl ?? siteUrl,
    name: source.name === source.url && feedTitle ? feedTitle : source.name,
    lastPolledAt: startedAt.toISOString(),
    lastSuccessAt: now().toISOString(),
    consecutiveFailures: 0,
    articlesPerDay: itemsPerDay,
    nextPollAt: new Date(now().getTime() + interval * 1000).toISOString(),
  });
  await deps.store.recordFetch({ sourceId: source.id, url: source.url, startedAt: startedAt.toISOString(), finishedAt: now().toISOString(), status: 'ok', httpStatus: 200, bytes, newArticles: result.new, error: null });
  return result;
}

/** Polls many sources with bounded concurrency; results in the sources' order. */
export async function pollSources(sources: SourceRow[], deps: PollDeps, concurrency = 4): Promise<SourcePollResult[]> {
  const results: SourcePollResult[] = new Array(sources.length);
  let next = 0;
  const worker = async () => {
    while (next < sources.length) {
      const i = next++;
      const s = sources[i]!;
      try {
        results[i] = await pollSource(s, deps);
      } catch (e) {
        results[i] = { sourceId: s.id, name: s.name, url: s.url, status: 'failed', items: 0, new: 0, duplicate: 0, rejected: 0, failedItems: 0, error: describeError(e) };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, sources.length)) }, worker));
  return results;
}
