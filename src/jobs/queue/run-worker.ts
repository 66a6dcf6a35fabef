// The composition root of `marsad worker`: store, queues, fetcher, metrics, the queue consumers, and optionally the
// operations endpoints; SIGTERM stops taking jobs, lets running ones finish (or hands them back) and closes everything.
import type { MarsadConfig } from '../../config/config.ts';
import { openStore } from '../../store/open-store.ts';
import { createConfiguredFetcher } from '../configured-fetcher.ts';
import { startHttpServer } from '../../http/server.ts';
import { createMetrics } from '../../ops/metrics.ts';
import { measuredFetcher } from '../../ops/instrumented.ts';
import { createOpsApp } from '../../ops/ops-app.ts';
import { createLogger, lineLogger } from '../../ops/logger.ts';
import { onShutdownSignal } from '../../ops/shutdown.ts';
import { openJobQueues } from './job-queues.ts';
import { startJobWorkers } from './job-workers.ts';

export async function runWorker(config: MarsadConfig, options: { concurrency: number; group: boolean; port: number | null }): Promise<void> {
  if (!config.redisUrl) throw new Error('marsad worker needs a Redis URL');
  const logger = createLogger({ role: 'worker', level: config.logLevel });
  const log = lineLogger(logger);
  const store = await openStore(config.databaseUrl ? { url: config.databaseUrl } : { db: config.db });
  const queues = openJobQueues({ redisUrl: config.redisUrl, prefix: config.queuePrefix });
  const metrics = createMetrics({ queueDepth: queues.depth });
  const fetcher = measuredFetcher(createConfiguredFetcher(config), metrics);
  let shuttingDown = false;
  const workers = await startJobWorkers({
    redisUrl: config.redisUrl,
    queues,
    store,
    fetcher,
    metrics,
    concurrency: options.concurrency,
    lockMs: config.jobLockMs,
    minIntervalSec: config.poll.minIntervalSec,
    maxIntervalSec: config.poll.maxIntervalSec,
    group: options.group,
    log,
  });
  let http: Awaited<ReturnType<typeof startHttpServer>> | null = null;
  if (options.port !== null) {
    const app = createOpsApp({
      metrics,
      isShuttingDown: () => shuttingDown,
      checks: [
        { name: 'store', check: async () => (await store.countArticles(), null) },
        { name: 'redis', check: async () => ((await queues.connection.ping()) === 'PONG' ? null : 'no PONG') },
      ],
    });
    http = await startHttpServer(app, { port: options.port, host: config.host });
    log(`worker: operations endpoints at http://${config.host}:${http.port}`, { port: http.port });
  }
  log(`worker: ready (concurrency ${options.concurrency}, queue prefix ${queues.prefix}${options.group ? '' : ', never the story writer'})`, { concurrency: options.concurrency });
  await onShutdownSignal(
    async () => {
      shuttingDown = true;
      await workers.close(Math.max(5000, config.jobLockMs - 2000));
      await http?.close();
      await queues.close();
      await fetcher.close();
      await store.close();
    },
    { log, deadlineMs: config.jobLockMs + 30000 },
  );
  log('worker: stopped');
}
