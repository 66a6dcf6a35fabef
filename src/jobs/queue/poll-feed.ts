// The feed half of a poll when jobs are distributed: conditional fetch, parse, source health, fetch log; every new
// item goes to the fetch-article queue instead of being fetched here. Mirrors pollSource (src/jobs/poll-sources.ts)
// so one source behaves the same in-process and distributed.
import type { FeedItem, Fetcher } from '../../ingest/types.ts';
import type { SourceRow, Store } from '../../store/types.ts';
import type { SourcePollResult } from '../poll-sources.ts';
import { FetchError } from '../../ingest/types.ts';
import { parseFeed } from '../../ingest/feed-parser.ts';
import { canonicalizeUrl } from '../../ingest/canonical-url.ts';
import { estimateItemsPerDay, nextInterval } from '../../ingest/poll-schedule.ts';

export interface PollFeedDeps {
  store: Store;
  fetcher: Fetcher;
  enqueueItem(sourceId: number, canonicalUrl: string, item: FeedItem): Promise<void>;
  now?: () => Date;
  maxItemsPerPoll?: number;
  minIntervalSec?: number;
  maxIntervalSec?: number;
}

function describeError(e: unknown): string {
  if (e instanceof FetchError) return `${e.code}${e.status ? ` ${e.status}` : ''}: ${e.message}`;
  return e instanceof Error ? e.message : String(e);
}

/** `new` counts items handed to the fetch-article queue. */
export async function pollFeed(source: SourceRow, deps: PollFeedDeps): Promise<SourcePollResult> {
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
  for (const item of feed.items) {
    let key: string;
    try {
      key = canonicalizeUrl(item.url);
    } catch {
      result.rejected++;
      continue;
    }
    if (seen.has(key)) continue;
    seen.add(key);
    if ((await deps.store.findArticleIdByCanonicalUrl(key)) !== null) {
      result.duplicate++;
      continue;
    }
    if (result.new >= (deps.maxItemsPerPoll ?? 100)) break;
    await deps.enqueueItem(source.id, key, item);
    result.new++;
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
