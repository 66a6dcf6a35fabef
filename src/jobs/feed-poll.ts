// The feed half of a poll, shared by the in-process poller (src/jobs/poll-sources.ts: each item fetched and stored
// there and then) and the queue workers (src/jobs/queue/job-workers.ts: each item becomes a fetch-article job), so
// one source behaves the same either way: conditional fetch, parse, items not stored yet, health and fetch log.
import type { ExtractedArticle } from '../extract/types.ts';
import type { FeedItem, Fetcher } from '../ingest/types.ts';
import type { SourceRow, Store } from '../store/types.ts';
import { FetchError } from '../ingest/types.ts';
import { parseFeed } from '../ingest/feed-parser.ts';
import { canonicalizeUrl } from '../ingest/canonical-url.ts';
import { nextInterval, estimateItemsPerDay } from '../ingest/poll-schedule.ts';
import { extractHtml } from '../extract/index.ts';

/**
 * A source the schedulers poll: a feed, due by `now`; the demo's fictional outlets only while their fixture server
 * runs (`demoRunning`), or every poll would fail.
 */
export function isPollDue(s: SourceRow, now: Date, demoRunning: boolean): boolean {
  return s.kind === 'feed' && (!s.demo || demoRunning) && (!s.nextPollAt || Date.parse(s.nextPollAt) <= now.getTime());
}

export interface SourcePollResult {
  sourceId: number;
  name: string;
  url: string;
  status: 'ok' | 'unchanged' | 'failed';
  items: number;
  /** Items stored (in-process) or handed to the fetch-article queue (workers). */
  new: number;
  duplicate: number;
  rejected: number;
  failedItems: number;
  error: string | null;
}

export interface FeedPollDeps {
  store: Store;
  fetcher: Fetcher;
  now?: () => Date;
  /** At most this many new items are taken per poll (the rest wait for the next one). */
  maxItemsPerPoll?: number;
  minIntervalSec?: number;
  maxIntervalSec?: number;
}

/** What became of one new item. */
export type ItemOutcome = 'new' | 'duplicate' | 'rejected' | 'failed';

export function describeError(e: unknown): string {
  if (e instanceof FetchError) return `${e.code}${e.status ? ` ${e.status}` : ''}: ${e.message}`;
  return e instanceof Error ? e.message : String(e);
}

/** The article page of a feed item, extracted; the feed's own content when the page cannot be had (robots, 404, timeout). */
export async function articleFor(item: FeedItem, fetcher: Fetcher, now?: Date): Promise<ExtractedArticle> {
  try {
    const page = await fetcher.fetch(item.url, { purpose: 'article' });
    return extractHtml(page.text, { url: page.url, now });
  } catch (e) {
    if (item.contentHtml) return extractHtml(`<article>${item.contentHtml}</article>`, { url: item.url, now });
    throw e;
  }
}

/** One poll of one feed: every item not stored yet goes to `onItem` (with its canonical URL). Never throws for a bad feed. */
export async function pollFeed(source: SourceRow, deps: FeedPollDeps, onItem: (canonicalUrl: string, item: FeedItem) => Promise<ItemOutcome>): Promise<SourcePollResult> {
  const now = deps.now ?? (() => new Date());
  const clamp = (sec: number) => Math.min(deps.maxIntervalSec ?? 86400, Math.max(deps.minIntervalSec ?? 300, Math.round(sec)));
  const startedAt = now();
  const result: SourcePollResult = { sourceId: source.id, name: source.name, url: source.url, status: 'ok', items: 0, new: 0, duplicate: 0, rejected: 0, failedItems: 0, error: null };
  const fail = async (error: string, retryAfterMs: number | null, httpStatus: number | null) => {
    const failures = source.consecutiveFailures + 1;
    const interval = clamp(nextInterval({ itemsPerDay: source.articlesPerDay, consecutiveFailures: failures, retryAfterMs }));
    await deps.store.updateSource(source.id, { lastPolledAt: startedAt.toISOString(), lastError: error, lastErrorAt: now().toISOString(), consecutiveFailures: failures, nextPollAt: new Date(now().getTime() + interval * 1000).toISOString() });
    await deps.store.recordFetch({ sourceId: source.id, url: source.url, startedAt: startedAt.toISOString(), finishedAt: now().toISOString(), status: 'error', httpStatus, bytes: null, newArticles: 0, error });
    return { ...result, status: 'failed' as const, error };
  };

  let res;
  try {
    res = await deps.fetcher.fetch(source.url, { purpose: 'feed', etag: source.etag, lastModified: source.lastModified });
  } catch (e) {
    return fail(describeError(e), e instanceof FetchError ? (e.retryAfterMs ?? null) : null, e instanceof FetchError ? (e.status ?? null) : null);
  }
  if (res.notModified) {
    const interval = clamp(nextInterval({ itemsPerDay: source.articlesPerDay, consecutiveFailures: 0, retryAfterMs: null }));
    await deps.store.updateSource(source.id, { lastPolledAt: startedAt.toISOString(), lastSuccessAt: now().toISOString(), consecutiveFailures: 0, nextPollAt: new Date(now().getTime() + interval * 1000).toISOString() });
    await deps.store.recordFetch({ sourceId: source.id, url: source.url, startedAt: startedAt.toISOString(), finishedAt: now().toISOString(), status: 'not-modified', httpStatus: 304, bytes: 0, newArticles: 0, error: null });
    return { ...result, status: 'unchanged' };
  }

  let feed;
  try {
    feed = parseFeed(res.text, res.url);
  } catch (e) {
    return fail(`feed: ${describeError(e)}`, null, 200);
  }
  result.items = feed.items.length;
  const seen = new Set<string>();
  let taken = 0;
  for (const item of feed.items) {
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
    if (taken >= (deps.maxItemsPerPoll ?? 100)) break;
    taken++;
    const outcome = await onItem(key, item);
    if (outcome === 'new') result.new++;
    else if (outcome === 'duplicate') result.duplicate++;
    else if (outcome === 'rejected') result.rejected++;
    else result.failedItems++;
  }

  const itemsPerDay = estimateItemsPerDay(feed.items.map((i) => i.published).filter((d): d is Date => d instanceof Date));
  const interval = clamp(nextInterval({ itemsPerDay, consecutiveFailures: 0, retryAfterMs: null }));
  await deps.store.updateSource(source.id, {
    etag: res.etag,
    lastModified: res.lastModified,
    siteUrl: source.siteUrl ?? feed.siteUrl,
    name: source.name === source.url && feed.title ? feed.title : source.name,
    lastPolledAt: startedAt.toISOString(),
    lastSuccessAt: now().toISOString(),
    consecutiveFailures: 0,
    articlesPerDay: itemsPerDay,
    nextPollAt: new Date(now().getTime() + interval * 1000).toISOString(),
  });
  await deps.store.recordFetch({ sourceId: source.id, url: source.url, startedAt: startedAt.toISOString(), finishedAt: now().toISOString(), status: 'ok', httpStatus: 200, bytes: res.body.length, newArticles: result.new, error: null });
  return result;
}
