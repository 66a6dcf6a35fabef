// The composition root of `marsad serve`: store, story engine, fetcher, scheduler, web app, and (by default on a
// database with no real sources) the offline demo outlets on a loopback fixture server.
import type { MarsadConfig } from '../config/config.ts';
import type { Store } from '../store/types.ts';
import type { StoryEngine } from '../stories/types.ts';
import type { Scheduler } from '../jobs/scheduler.ts';
import type { SourcePollResult } from '../jobs/poll-sources.ts';
import { openStore } from '../store/open-store.ts';
import { loadStoryEngine } from '../pipeline/story-state.ts';
import { ArticlePipeline } from '../pipeline/article-pipeline.ts';
import { createConfiguredFetcher } from '../jobs/configured-fetcher.ts';
import { startScheduler } from '../jobs/scheduler.ts';
import { createApp } from '../http/app.ts';
import { startHttpServer } from '../http/server.ts';
import { search } from '../search/search.ts';
import { demoSources, startFixtureServer } from '../demo/fixture-server.ts';
import { Hono } from 'hono';
import { createMetrics, type MarsadMetrics } from '../ops/metrics.ts';
import { createOpsApp, type ReadinessCheck } from '../ops/ops-app.ts';
import { MeasuredPipeline, measuredFetcher } from '../ops/instrumented.ts';
import type { JobQueues } from '../jobs/queue/job-queues.ts';
import type { JobWorkers } from '../jobs/queue/job-workers.ts';
import type { QueueScheduler } from '../jobs/queue/queue-scheduler.ts';

export type ServerRole = 'all' | 'web' | 'scheduler';

export interface MarsadServer {
  /** http://host:port of the web reader ('' for the scheduler role). */
  url: string;
  port: number;
  demoOrigin: string | null;
  store: Store;
  engine: StoryEngine;
  scheduler: Scheduler | null;
  /** With Redis: the scheduler that enqueues polls instead of running them. */
  queueScheduler: QueueScheduler | null;
  /** With Redis and role 'all': this process's own queue workers. */
  workers: JobWorkers | null;
  queues: JobQueues | null;
  metrics: MarsadMetrics;
  close(): Promise<void>;
}

export interface ServeOptions {
  role?: ServerRole;
  log?: (line: string, fields?: Record<string, unknown>) => void;
  onPoll?: (r: SourcePollResult) => void;
  /** Scheduler tick, ms (tests use a short one). */
  tickMs?: number;
}

async function startDemo(config: MarsadConfig, store: Store, log: (l: string) => void) {
  let fixture;
  try {
    fixture = await startFixtureServer({ port: config.demoPort, host: '127.0.0.1' });
  } catch (e) {
    log(`demo: port ${config.demoPort} unavailable (${(e as Error).message}); using an ephemeral port`);
    fixture = await startFixtureServer({ port: 0, host: '127.0.0.1' });
  }
  const known = new Set((await store.listSources()).map((s) => s.url));
  let added = 0;
  for (const s of demoSources(fixture.origin)) {
    if (known.has(s.url)) continue;
    await store.addSource({ url: s.url, name: s.name, category: s.category, kind: 'feed', demo: true });
    added++;
  }
  log(`demo: ${fixture.feeds.length} fictional outlets served at ${fixture.origin}${added ? `, ${added} subscribed` : ''} (MARSAD_DEMO=0 or --no-demo turns this off)`);
  return fixture;
}

/** Demo outlets stay subscribed once the demo is off (their articles stay readable) but are no longer polled. */
async function logIdleDemo(store: Store, demo: unknown, log: (l: string) => void): Promise<void> {
  const idle = demo === null ? (await store.listSources()).filter((s) => s.demo).length : 0;
  if (idle) log(`demo: off; its ${idle} outlets stay subscribed but are not polled (marsad sources remove <id> drops them)`);
}

export async function startMarsadServer(config: MarsadConfig, options: ServeOptions = {}): Promise<MarsadServer> {
  const role = options.role ?? 'all';
  const log = options.log ?? (() => undefined);
  const store = await openStore(config.databaseUrl ? { url: config.databaseUrl } : { db: config.db });
  const closers: (() => Promise<void>)[] = [];
  let shuttingDown = false;
  let queues: JobQueues | null = null;
  try {
    if (config.redisUrl) {
      const { openJobQueues } = await import('../jobs/queue/job-queues.ts');
      queues = openJobQueues({ redisUrl: config.redisUrl, prefix: config.queuePrefix });
      const q = queues;
      closers.push(() => q.close());
    }
    const metrics = createMetrics({ queueDepth: queues ? queues.depth : undefined, storedArticles: () => store.countArticles() });
    const engine = await loadStoryEngine(store);
    let demo: Awaited<ReturnType<typeof startFixtureServer>> | null = null;
    let scheduler: Scheduler | null = null;
    let queueScheduler: QueueScheduler | null = null;
    let workers: JobWorkers | null = null;
    const redisUrl = config.redisUrl;
    if (role !== 'web' && queues && redisUrl) {
      const realSources = (await store.listSources()).filter((s) => !s.demo);
      if (config.demo && realSources.length === 0) {
        demo = await startDemo(config, store, log);
        const d = demo;
        closers.push(() => d.close());
      }
      const { startQueueScheduler } = await import('../jobs/queue/queue-scheduler.ts');
      await logIdleDemo(store, demo, log);
      queueScheduler = startQueueScheduler({ store, queues, tickMs: options.tickMs, pollDemo: demo !== null, onError: (e) => log(`scheduler: ${e.message}`) });
      const qs = queueScheduler;
      closers.unshift(() => qs.stop());
      log(`scheduler: enqueueing due polls on ${redisUrl.replace(/\/\/[^@/]*@/, '//')} (prefix ${queues.prefix})`);
      if (role === 'all') {
        // 'all' stays self-sufficient with Redis: it works the queues too; `marsad worker` processes add capacity.
        const { startJobWorkers } = await import('../jobs/queue/job-workers.ts');
        const fetcher = measuredFetcher(createConfiguredFetcher(config, demo ? [new URL(demo.origin).host] : []), metrics);
        closers.push(() => fetcher.close());
        workers = await startJobWorkers({ redisUrl, queues, store, fetcher, metrics, concurrency: config.poll.concurrency, lockMs: config.jobLockMs, minIntervalSec: config.poll.minIntervalSec, maxIntervalSec: config.poll.maxIntervalSec, log });
        const w = workers;
        closers.splice(1, 0, () => w.close());
      }
    } else if (role !== 'web') {
      const realSources = (await store.listSources()).filter((s) => !s.demo);
      if (config.demo && realSources.length === 0) {
        demo = await startDemo(config, store, log);
        const d = demo;
        closers.push(() => d.close());
      }
      await logIdleDemo(store, demo, log);
      const ownHosts = demo ? [new URL(demo.origin).host] : [];
      const fetcher = measuredFetcher(createConfiguredFetcher(config, ownHosts), metrics);
      closers.push(() => fetcher.close());
      const pipeline: ArticlePipeline = new MeasuredPipeline(store, engine, metrics);
      scheduler = startScheduler({
        store,
        fetcher,
        pipeline,
        concurrency: config.poll.concurrency,
        minIntervalSec: config.poll.minIntervalSec,
        maxIntervalSec: config.poll.maxIntervalSec,
        tickMs: options.tickMs,
        retentionDays: config.retentionDays,
        pollDemo: demo !== null,
        onPrune: (r) => log(`prune: ${r.articles} articles before ${r.before}, ${r.stories} stories removed`, { pruned: r.articles }),
        onGrouped: (r) => {
          if ('error' in r) log(`stories: grouping failed: ${r.error.message}`, { error: r.error.message });
          else if (r.decided) log(`stories: ${r.decided} articles grouped`, { decided: r.decided });
        },
        onResult: (r) => {
          options.onPoll?.(r);
          metrics.polls.inc({ status: r.status });
          log(`poll ${r.name}: ${r.status === 'failed' ? `FAILED ${r.error}` : `${r.new} new, ${r.duplicate} known`}`, { sourceId: r.sourceId, status: r.status, new: r.new });
        },
      });
      const s = scheduler;
      closers.unshift(() => s.stop());
    }
    let url = '';
    let port = 0;
    let readEngine: StoryEngine = engine;
    if (role === 'web' || (role === 'all' && queues)) {
      // Stories are decided by other processes (a scheduler, queue workers): the reader follows the store instead of
      // its start-up snapshot.
      const { followStoreEngine } = await import('../jobs/queue/following-engine.ts');
      const following = followStoreEngine(store, engine);
      closers.push(async () => following.stop());
      readEngine = following.engine;
    }
    if (role !== 'scheduler') {
      const app = createApp({ store, engine: readEngine, search: (q, o) => search(store, q, o), config: { adminToken: config.adminToken, siteTitle: 'مرصد', timeZone: config.timeZone, publicUrl: config.publicUrl ?? undefined } });
      const checks: ReadinessCheck[] = [{ name: 'store', check: async () => (await store.countArticles(), null) }];
      if (queues) {
        const q = queues;
        checks.push({ name: 'redis', check: async () => ((await q.connection.ping()) === 'PONG' ? null : 'no PONG') });
      }
      // Operations endpoints first; everything else is the reader's (with its own 404 page).
      const root = new Hono();
      root.route('/', createOpsApp({ checks, metrics, isShuttingDown: () => shuttingDown }));
      root.all('*', (c) => app.fetch(c.req.raw, c.env));
      const http = await startHttpServer(root, { port: config.port, host: config.host });
      closers.unshift(() => http.close());
      port = http.port;
      url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
      log(`marsad: web reader at ${url}`);
    }
    let closed = false;
    return {
      url,
      port,
      demoOrigin: demo?.origin ?? null,
      store,
      engine,
      scheduler,
      queueScheduler,
      workers,
      queues,
      metrics,
      async close() {
        if (closed) return;
        closed = true;
        shuttingDown = true;
        for (const c of closers) await c().catch(() => undefined);
        await store.close();
      },
    };
  } catch (e) {
    for (const c of closers) await c().catch(() => undefined);
    await store.close();
    throw e;
  }
}
