// The queue consumers of one process (`marsad worker`, or `marsad serve --role all` with Redis): poll and
// fetch-article jobs run with the given concurrency, and a fetch-article job stores its article at once (searchable,
// story pending). The process holding the writer lease also decides stories, once the queues have drained
// (group-writer.ts).
import { Worker, type Job } from 'bullmq';
import type { Fetcher } from '../../ingest/types.ts';
import type { Store } from '../../store/types.ts';
import type { MarsadMetrics } from '../../ops/metrics.ts';
import { FetchError } from '../../ingest/types.ts';
import { MeasuredPipeline } from '../../ops/instrumented.ts';
import { articleFor, describeError, pollFeed } from '../feed-poll.ts';
import { MAX_SETTLE_WAIT_MS } from '../../pipeline/pending-stories.ts';
import { connectRedis } from './redis-connection.ts';
import type { JobQueues } from './job-queues.ts';
import { QUEUE_NAMES, fromWireItem, toWireItem, type FetchArticleJob, type PollJob } from './job-payloads.ts';
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
  /** Whether this process may become the story writer (default true). */
  group?: boolean;
  /** How often the story writer looks for a settled round, ms. */
  settleCheckMs?: number;
}

export interface JobWorkers {
  /** True while this process is the story writer. */
  isWriter(): boolean;
  /** Stop taking jobs; wait up to graceMs for running ones, then hand them back (they are retried elsewhere). */
  close(graceMs?: number): Promise<void>;
}

export async function startJobWorkers(o: JobWorkerOptions): Promise<JobWorkers> {
  const log = o.log ?? (() => undefined);
  const lockMs = o.lockMs ?? 30000;
  const concurrency = o.concurrency ?? 4;
  const base = { prefix: o.queues.prefix, lockDuration: lockMs, stalledInterval: Math.max(1000, Math.round(lockMs / 2)), maxStalledCount: 3 };
  const connections = [connectRedis(o.redisUrl), connectRedis(o.redisUrl), connectRedis(o.redisUrl)];
  for (const c of connections) c.on('error', () => undefined);
  const [pollConn, fetchConn, leaseConn] = connections as [typeof connections[0], typeof connections[0], typeof connections[0]];

  const onPoll = async (job: Job<PollJob>) => {
    const source = await o.store.getSource(job.data.sourceId);
    // Removed, not a feed, or already polled for this due time by an earlier delivery of this job.
    if (!source || source.kind !== 'feed' || (source.nextPollAt ?? '') !== job.data.due) return { skipped: true };
    const r = await pollFeed(source, { store: o.store, fetcher: o.fetcher, minIntervalSec: o.minIntervalSec, maxIntervalSec: o.maxIntervalSec }, async (canonicalUrl, item) => {
      await o.queues.addFetchArticle({ sourceId: source.id, canonicalUrl, item: toWireItem(item) });
      return 'new';
    });
    o.metrics.polls.inc({ status: r.status });
    log(`poll ${r.name}: ${r.status === 'failed' ? `FAILED ${r.error}` : `${r.new} queued, ${r.duplicate} known`}`, { sourceId: r.sourceId, status: r.status, queued: r.new });
    return r;
  };

  // Stores only: the story is decided by the writer once the round has settled.
  const storer = new MeasuredPipeline(o.store, null, o.metrics);
  const onFetch = async (job: Job<FetchArticleJob>) => {
    const { sourceId, canonicalUrl } = job.data;
    if ((await o.store.findArticleIdByCanonicalUrl(canonicalUrl)) !== null) return { known: true };
    const item = fromWireItem(job.data.item);
    let extracted;
    try {
      extracted = await articleFor(item, o.fetcher);
    } catch (e) {
      if (job.attemptsMade + 1 < (job.opts.attempts ?? 1)) throw e;
      const at = new Date().toISOString();
      await o.store.recordFetch({ sourceId, url: item.url, startedAt: at, finishedAt: at, status: 'error', httpStatus: e instanceof FetchError ? (e.status ?? null) : null, bytes: null, newArticles: 0, error: describeError(e) });
      return { failed: describeError(e) };
    }
    return storer.storePending({ sourceId, url: item.url, extracted, fetchedAt: new Date(), feedItem: item });
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

  const writer = new GroupWriter(o.store, (s, e) => new MeasuredPipeline(s, e, o.metrics));
  const lease = writerLease(leaseConn, `${o.queues.prefix}:story-writer`, lockMs);
  let writing = false;
  let closing = false;
  let grouping: Promise<void> | null = null;
  let lastGroupedAt = Date.now();
  let leaseTimer: NodeJS.Timeout | null = null;
  let settleTimer: NodeJS.Timeout | null = null;
  const mayDecide = () => writing && lease.held() && !closing;

  // The writer decides once nothing of the round is left in the queues (or the round has run too long).
  const settle = async () => {
    if (grouping || !mayDecide()) return;
    const run = (async () => {
      if ((await o.store.countArticles({ state: 'pending' })) === 0) return;
      const overdue = Date.now() - lastGroupedAt > MAX_SETTLE_WAIT_MS;
      if (!overdue && !(await o.queues.settled())) return;
      const t0 = Date.now();
      const decided = await writer.groupPending(mayDecide);
      lastGroupedAt = Date.now();
      if (decided) log(`story writer: ${decided} articles grouped in ${Date.now() - t0} ms`, { decided, ms: Date.now() - t0 });
    })();
    grouping = run
      .catch((e: Error) => log(`story writer: grouping failed: ${e.message}`, { error: e.message }))
      .finally(() => {
        grouping = null;
      });
    await grouping;
  };

  if (o.group !== false) {
    let busy = false;
    const check = async () => {
      if (busy || closing) return;
      busy = true;
      try {
        const held = await lease.tryAcquire().catch(() => false);
        if (held && !writing && !closing) {
          writer.invalidate();
          writing = true;
          lastGroupedAt = Date.now();
          log('story writer: this process decides stories now', { lease: lease.token });
        } else if (!held && writing) {
          writing = false;
          log('story writer: lease lost, no more story decisions here', { lease: lease.token });
          await grouping;
        }
      } finally {
        busy = false;
      }
    };
    await check();
    leaseTimer = setInterval(() => void check(), Math.max(250, Math.round(lockMs / 3)));
    settleTimer = setInterval(() => void settle(), o.settleCheckMs ?? 500);
  }

  return {
    isWriter: () => writing && lease.held(),
    async close(graceMs = 20000) {
      closing = true;
      if (leaseTimer) clearInterval(leaseTimer);
      if (settleTimer) clearInterval(settleTimer);
      await grouping;
      const workers = [pollWorker, fetchWorker];
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
