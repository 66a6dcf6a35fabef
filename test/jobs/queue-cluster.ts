// A scheduler and N workers as child processes through bin/marsad.js, sharing one PostgreSQL schema and one queue prefix.
import { startCli, type LongRunning } from '../support/run-cli.ts';
import { REDIS_TEST_URL } from './queue-harness.ts';

export interface Cluster {
  scheduler: LongRunning;
  workers: LongRunning[];
  startWorker(): LongRunning;
  logs(): string;
  /** SIGTERM to every process; their exit codes, scheduler first. */
  stop(): Promise<(number | null)[]>;
}

export function startCluster(o: { databaseUrl: string; prefix: string; fixtureHost: string; workers: number; lockMs?: number }): Cluster {
  const env = {
    MARSAD_DATABASE_URL: o.databaseUrl,
    MARSAD_REDIS_URL: REDIS_TEST_URL,
    MARSAD_QUEUE_PREFIX: o.prefix,
    MARSAD_ALLOW_HOSTS: o.fixtureHost,
    MARSAD_HOST_DELAY_MS: '0',
    MARSAD_JOB_LOCK_MS: String(o.lockMs ?? 3000),
    MARSAD_DEMO: '0',
  };
  const scheduler = startCli(['serve', '--role', 'scheduler', '--no-demo'], { env });
  const workers: LongRunning[] = [];
  const startWorker = () => {
    const w = startCli(['worker', '--concurrency', '3'], { env });
    workers.push(w);
    return w;
  };
  for (let i = 0; i < o.workers; i++) startWorker();
  return {
    scheduler,
    workers,
    startWorker,
    logs: () => [scheduler, ...workers].map((p, i) => `--- process ${i}\n${p.output().slice(-1500)}`).join('\n'),
    stop: () => Promise.all([scheduler, ...workers].map((p) => p.stop('SIGTERM'))),
  };
}
