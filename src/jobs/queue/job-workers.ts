// The queue consumers of one process (`marsad worker`, or `marsad serve --role all` with Redis): poll and
// fetch-article jobs run with the given concurrency; group jobs run only in the process holding the writer lease,
// one at a time, with the queue's global concurrency also set to 1.
import { Worker, type Job } from 'bullmq';
import type { Fetcher } from '../../ingest/types.ts';
import type { Store } from '../../store/types.ts';
import type { MarsadMetrics } from '../../ops/metrics.ts';
import { FetchError } from '../../ingest/types.ts';
import { extractHtml } from '../../extract/index.ts';
import { MeasuredPipeline } from '../../ops/instrumented.ts';
import { connectRedis } from './redis-connection.ts';
import type { JobQueues } from './job-queues.ts';
import { QUEUE_NAMES, fromWireItem, toWireItem, type FetchArticleJob, type GroupJob, type PollJob } from './job-payloads.ts';
import { pollFeed } from './poll-feed.ts';
import { GroupWriter } from './group-writer.ts';
import { writerLease } from './writer-lease.ts';

export interface JobWorkerOptions {
  redisUrl: string;
  queues: JobQueues;
  store: Store;
  fetcher: Fetcher;
  metrics: MarsadMetrics;
  /** Poll and fetch-article jobs at once in this process. */
  concurrency?: number;
  /** Job lock and writer lease time, ms: how long a dead worker's jobs and lease wait before others take them. */
  lockMs?: number;
  minIntervalSec?: number;
  maxIntervalSec?: number;
  log?: (msg: string, fields?: Record<string, unknown>) => void;
  /** Whether this process may become the group writer (default true). */
  group?: boolean;
}

export interface JobWorkers {
  /** True while this process is the story writer. */
  isWriter(): boolean;
  /** Stop taking jobs; wait up to graceMs for running ones, then hand them back (they are retried elsewhere). */
  close(graceMs?: number): Promise<void>;
}

function describe(e: unknown): string {
  if (e instanceof FetchError) return `${e.code}${e.status ? ` ${e.status}` : ''}: ${e.message}`;
  return e instanceof Error ? e.message : String(e);
}

export async function startJobWorkers(o: JobWorkerOptions): Promise<JobWorkers> {
  const log = o.log ?? (() => undefined);
  const lockMs = o.lockMs ?? 30000;
  const concurrency = o.concurrency ?? 4;
  const base = { prefix: o.queues.prefix, lockDuration: lockMs, stalledInterval: Math.max(1000, Math.round(lockMs / 2)), maxStalledCount: 3 };
  const connections = [connectRedis(o.redisUrl), connectRedis(o.redisUrl), connectRedis(o.redisUrl), connectRedis(o.redisUrl)];
  for (const c of connections) c.on('error', () => undefined);
  const [pollConn, fetchConn, groupConn, leaseConn] = connections as [typeof connections[0], typeof connections[0], typeof connections[0], typeof connections[0]];

  const onPoll = async (job: Job<PollJob>) => {
    const source = await o.store.getSource(job.data.sourceId);
    // Removed, not a feed, or already polled for this due time by an earlier delivery of this job.
    if (!source || source.kind !== 'feed' || (source.nextPollAt ?? '') !== job.data.due) return { skipped: true };
    const r = await pollFeed(source, {
      store: o.store,
      fetcher: o.fetcher,
      minIntervalSec: o.minIntervalSec,
      maxIntervalSec: o.maxIntervalSec,
      enqueueItem: (sourceId, canonicalUrl, item) => o.queues.addFetchArticle({ sourceId, canonicalUrl, item: toWireItem(item) }),
    });
    o.metrics.polls.inc({ status: r.status });
    log(`poll ${r.name}: ${r.status === 'failed' ? `FAILED ${r.error}` : `${r.new} queued, ${r.duplicate} known`}`, { sourceId: r.sourceId, status: r.status, queued: r.new });
    return r;
  };

  const onFetch = async (job: Job<FetchArticleJob>) => {
    const { sourceId, canonicalUrl } = job.data;
    if ((await o.store.findArticleIdByCanonicalUrl(canonicalUrl)) !== null) return { known: true };
    const item = fromWireItem(job.data.item);
    let extracted;
    try {
      const page = await o.fetcher.fetch(item.url, { purpose: 'article' });
      extracted = extractHtml(page.text, { url: page.url });
    } catch (e) {
      // The feed's own content is the fallback when the page cannot be had, as in pollSource.
      if (item.contentHtml) extracted = extractHtml(`<article>${item.contentHtml}</article>`, { url: item.url });
      else {
        if (job.attemptsMade + 1 < (job.opts.attempts ?? 1)) throw e;
        const at = new Date().toISOString();
        await o.store.recordFetch({ sourceId, url: item.url, startedAt: at, finishedAt: at, status: 'error', httpStatus: e instanceof FetchError ? (e.status ?? null) : null, bytes: null, newArticles: 0, error: describe(e) });
        return { failed: describe(e) };
      }
    }
    await o.queues.addGroup({ sourceId, url: item.url, canonicalUrl, extracted, fetchedAt: new Date().toISOString(), item: job.data.item });
    return { queued: true };
  };

  const writer = new GroupWriter(o.store, (s, e) => new MeasuredPipeline(s, e, o.metrics));
  const onGroup = async (job: Job<GroupJob>) => {
    const d = job.data;
    const out = await writer.ingest({ sourceId: d.sourceId, url: d.url, extracted: d.extracted, fetchedAt: new Date(d.fetchedAt), feedItem: d.item ? fromWireItem(d.item) : null });
    return out;
  };

  const count = (queue: string, w: Worker) => {
    w.on('completed', () => o.metrics.jobs.inc({ queue, result: 'completed' }));
    w.on('failed', (job, err) => {
      o.metrics.jobs.inc({ queue, result: 'failed' });
      log(`job ${queue} ${job?.id ?? '?'} failed: ${err.message}`, { queue, jobId: job?.id, attempt: job?.attemptsMade });
    });
    w.on('error', (err) => log(`worker ${queue}: ${err.message}`, { queue }));
    return w;
  };
  const pollWorker = count(QUEUE_NAMES.poll, new Worker<PollJob>(QUEUE_NAMES.poll, onPoll, { ...base, connection: pollConn, concurrency }));
  const fetchWorker = count(QUEUE_NAMES.fetchArticle, new Worker<FetchArticleJob>(QUEUE_NAMES.fetchArticle, onFetch, { ...base, connection: fetchConn, concurrency }));

  let groupWorker: Worker<GroupJob> | null = null;
  let leaseTimer: NodeJS.Timeout | null = null;
  const lease = writerLease(leaseConn, `${o.queues.prefix}:story-writer`, lockMs);
  let closing = false;
  if (o.group !== false) {
    await o.queues.group.setGlobalConcurrency(1);
    let busy = false;
    const check = async () => {
      if (busy || closing) return;
      busy = true;
      try {
        const held = await lease.tryAcquire().catch(() => false);
        if (held && !groupWorker && !closing) {
          writer.invalidate();
          groupWorker = count(QUEUE_NAMES.group, new Worker<GroupJob>(QUEUE_NAMES.group, onGroup, { ...base, connection: groupConn, concurrency: 1 }));
          log('story writer: this process decides stories now', { lease: lease.token });
        } else if (!held && groupWorker) {
          const w = groupWorker;
          groupWorker = null;
          log('story writer: lease lost, stopping group jobs', { lease: lease.token });
          await w.close();
        }
      } finally {
        busy = false;
      }
    };
    await check();
    leaseTimer = setInterval(() => void check(), Math.max(250, Math.round(lockMs / 3)));
  }

  return {
    isWriter: () => groupWorker !== null && lease.held(),
    async close(graceMs = 20000) {
      closing = true;
      if (leaseTimer) clearInterval(leaseTimer);
      const workers = [pollWorker, fetchWorker, ...(groupWorker ? [groupWorker] : [])];
      // Finish running jobs within the grace time; past it, hand them back: their locks lapse and others retry them.
      let timer: NodeJS.Timeout | undefined;
      const graceful = Promise.all(workers.map((w) => w.close())).then(() => true);
      const late = new Promise<boolean>((r) => {
        timer = setTimeout(() => r(false), graceMs);
      });
      const finished = await Promise.race([graceful, late]);
      clearTimeout(timer);
      if (!finished) await Promise.allSettled(workers.map((w) => w.close(true)));
      if (lease.held()) await lease.release().catch(() => undefined);
      for (const c of connections) c.disconnect();
    },
  };
}
