// One poll of one source in this process: the shared feed half (src/jobs/feed-poll.ts), then each new item's page
// fetched, extracted and stored with its story pending. Stories are decided once the round has settled — after all
// polls of `pollSources`, or by the scheduler when nothing is in flight — in the order src/pipeline/pending-stories.ts
// fixes, so the stories do not depend on which poll finished first. A broken feed, page or item is recorded and
// skipped: it never stops the poll of other sources.
import type { SourceRow } from '../store/types.ts';
import type { ArticlePipeline } from '../pipeline/article-pipeline.ts';
import { FetchError } from '../ingest/types.ts';
import { articleFor, describeError, pollFeed, type FeedPollDeps, type SourcePollResult } from './feed-poll.ts';

export type { SourcePollResult } from './feed-poll.ts';

export interface PollDeps extends FeedPollDeps {
  pipeline: ArticlePipeline;
}

export async function pollSource(source: SourceRow, deps: PollDeps): Promise<SourcePollResult> {
  const now = deps.now ?? (() => new Date());
  return pollFeed(source, deps, async (_key, item) => {
    try {
      const extracted = await articleFor(item, deps.fetcher, deps.now?.());
      const outcome = await deps.pipeline.storePending({ sourceId: source.id, url: item.url, extracted, fetchedAt: now(), feedItem: item });
      return outcome.status;
    } catch (e) {
      await deps.store.recordFetch({ sourceId: source.id, url: item.url, startedAt: now().toISOString(), finishedAt: now().toISOString(), status: 'error', httpStatus: e instanceof FetchError ? (e.status ?? null) : null, bytes: null, newArticles: 0, error: describeError(e) });
      return 'failed';
    }
  });
}

/** Polls many sources with bounded concurrency, then decides the stories of what they stored; results in the sources' order. */
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
  await deps.pipeline.groupPending();
  return results;
}
