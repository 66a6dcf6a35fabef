// The three queues and how jobs are added to them. Every id is deterministic (see job-payloads.ts), so a job added
// twice while the first is still known to Redis is added once: delivery is at-least-once, storage is exactly-once
// because the store is idempotent on canonical URL.
import { Queue, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import { connectRedis } from './redis-connection.ts';
import { QUEUE_NAMES, articleJobId, pollJobId, type FetchArticleJob, type GroupJob, type PollJob } from './job-payloads.ts';

export interface QueueSettings {
  redisUrl: string;
  /** Key prefix in Redis: several installations (or test runs) can share one server. */
  prefix?: string;
}

export const DEFAULT_QUEUE_PREFIX = 'marsad';

export interface QueueDepth {
  queue: string;
  waiting: number;
  active: number;
  delayed: number;
  failed: number;
}

export interface JobQueues {
  readonly prefix: string;
  readonly connection: Redis;
  poll: Queue<PollJob>;
  fetchArticle: Queue<FetchArticleJob>;
  group: Queue<GroupJob>;
  addPoll(job: PollJob): Promise<void>;
  addFetchArticle(job: FetchArticleJob): Promise<void>;
  addGroup(job: GroupJob): Promise<void>;
  depth(): Promise<QueueDepth[]>;
  close(): Promise<void>;
}

// Completed jobs are kept a while so their ids keep deduplicating re-announced items; failed ones are dropped
// so the next scheduler tick (or poll) can add them again.
const KEEP: JobsOptions = { removeOnComplete: { age: 3600, count: 20000 }, removeOnFail: true };

export function openJobQueues(settings: QueueSettings): JobQueues {
  const prefix = settings.prefix ?? DEFAULT_QUEUE_PREFIX;
  const connection = connectRedis(settings.redisUrl);
  connection.on('error', () => undefined); // surfaced by /readyz and by failing calls, not as an unhandled event
  const opts = { connection, prefix };
  const poll = new Queue<PollJob>(QUEUE_NAMES.poll, opts);
  const fetchArticle = new Queue<FetchArticleJob>(QUEUE_NAMES.fetchArticle, opts);
  const group = new Queue<GroupJob>(QUEUE_NAMES.group, opts);
  for (const q of [poll, fetchArticle, group]) q.on('error', () => undefined);
  return {
    prefix,
    connection,
    poll,
    fetchArticle,
    group,
    async addPoll(job) {
      await poll.add('poll', job, { ...KEEP, jobId: pollJobId(job.sourceId, job.due), attempts: 2, backoff: { type: 'exponential', delay: 2000 } });
    },
    async addFetchArticle(job) {
      await fetchArticle.add('fetch', job, { ...KEEP, jobId: articleJobId(job.canonicalUrl), attempts: 3, backoff: { type: 'exponential', delay: 1000 } });
    },
    async addGroup(job) {
      await group.add('group', job, { ...KEEP, jobId: articleJobId(job.canonicalUrl), attempts: 5, backoff: { type: 'exponential', delay: 1000 } });
    },
    async depth() {
      const out: QueueDepth[] = [];
      for (const q of [poll, fetchArticle, group]) {
        const c = await q.getJobCounts('waiting', 'active', 'delayed', 'failed', 'prioritized', 'waiting-children');
        out.push({ queue: q.name, waiting: (c.waiting ?? 0) + (c.prioritized ?? 0), active: c.active ?? 0, delayed: c.delayed ?? 0, failed: c.failed ?? 0 });
      }
      return out;
    },
    async close() {
      await Promise.allSettled([poll.close(), fetchArticle.close(), group.close()]);
      connection.disconnect();
    },
  };
}

/** Deletes every queue under the prefix (tests, and `worker --obliterate` is deliberately not offered). */
export async function obliterateQueues(queues: JobQueues): Promise<void> {
  for (const q of [queues.poll, queues.fetchArticle, queues.group]) await q.obliterate({ force: true });
}
