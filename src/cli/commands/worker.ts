import type { Command } from 'commander';
import { configFrom, positiveInt, UsageError, withCommonOptions } from '../common.ts';

export function registerWorker(program: Command): void {
  withCommonOptions(program.command('worker').description('work the job queues (poll, fetch-article) in Redis and, while holding the writer lease, decide stories once a round has settled; run as many as you like'))
    .option('--concurrency <n>', 'poll and fetch-article jobs at once in this process', '4')
    .option('--port <port>', 'serve /healthz, /readyz and /metrics on this port (default: none)')
    .option('--host <host>', 'address for --port (default 127.0.0.1)')
    .option('--no-group', 'never become the story writer (poll, fetch and store only)')
    .action(async (opts) => {
      const concurrency = positiveInt(opts.concurrency, '--concurrency');
      if (concurrency < 1) throw new UsageError('--concurrency must be at least 1');
      const config = configFrom({ db: opts.db, config: opts.config, host: opts.host, port: opts.port });
      if (!config.redisUrl) throw new UsageError('marsad worker needs MARSAD_REDIS_URL (redis://host:port): without Redis, `marsad serve` does all the work in-process');
      const { runWorker } = await import('../../jobs/queue/run-worker.ts');
      await runWorker(config, { concurrency, group: opts.group !== false, port: opts.port !== undefined ? config.port : null });
    });
}
