// The two queues and how jobs are added to them. Every id is deterministic (see job-payloads.ts), so a job added
// twice while the first is still known to Redis is added once: delivery is at-least-once, storage is exactly-once
// because the store is idempotent on canonical URL. Story decisions are not jobs: the story writer decides what is
// stored once both queues have drained (`settled`), see group-writer.ts.
import { Queue, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import { connectRedis } from './redis-connection.ts';
import { QUEUE_NAMES, articleJobId, pollJobId, type FetchArticleJob, type PollJob } from './job-payloads.ts';

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
  addPoll(job: PollJob): Promise<void>;
  /** One scheduler round at once (one pipelined write), so no worker can see the round half-enqueued. */
  addPolls(jobs: PollJob[]): Promise<void>;
  addFetchArticle(job: FetchArticleJob): Promise<void>;
  depth(): Promise<QueueDepth[]>;
  /**
   * True when no poll or fetch-article job is waiting, delayed (a retry) or running: every article of the round has
   * been stored. The poll queue is read first: a poll adds its fetch jobs before it completes, so an idle poll queue
   * means every fetch job of the round exists, and an idle fetch queue read after it means they have all run.
   */
  settled(): Promise<boolean>;
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
  for (const q of [poll, fetchArticle]) q.on('error', () => undefined);
  const pollOptions = (job: PollJob): JobsOptions => ({ ...KEEP, jobId: pollJobId(job.sourceId, job.due), attempts: 2, backoff: { type: 'exponential', delay: 2000 } });
  const busy = async (q: Queue) => {
    const c = await q.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children', 'paused');
    return Object.values(c).some((n) => n > 0);
  };
  return {
    prefix,
    connection,
    poll,
    fetchArticle,
    async addPoll(job) {
      await poll.add('poll', job, pollOptions(job));
    },
    async addPolls(jobs) {
      if (jobs.length) await poll.addBulk(jobs.map((data) => ({ name: 'poll', data, opts: pollOptions(data) })));
    },
    async addFetchArticle(job) {
      await fetchArticle.add('fetch', job, { ...KEEP, jobId: articleJobId(job.canonicalUrl), attempts: 3, backoff: { type: 'exponential', delay: 1000 } });
    },
    async depth() {
      const out: QueueDepth[] = [];
      for (const q of [poll, fetchArticle]) {
        const c = await q.getJobCounts('waiting', 'active', 'delayed', 'failed', 'prioritized', 'waiting-children');
        out.push({ queue: q.name, waiting: (c.waiting ?? 0) + (c.prioritized ?? 0), active: c.active ?? 0, delayed: c.delayed ?? 0, failed: c.failed ?? 0 });
      }
      return out;
    },
    async settled() {
      if (await busy(poll)) return false;
      return !(await busy(fetchArticle));
    },
    async close() {
      await Promise.allSettled([poll.close(), fetchArticle.close()]);
      connection.disconnect();
    },
  };
}

/** Deletes every queue under the prefix (tests, and `worker --obliterate` is deliberately not offered). */
export async function obliterateQueues(queues: JobQueues): Promise<void> {
  for (const q of [queues.poll, queues.fetchArticle]) await q.obliterate({ force: true });
}
