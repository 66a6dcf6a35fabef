import type { Command } from 'commander';
import type { ServerRole } from '../../serve/marsad-server.ts';
import { configFrom, UsageError, withCommonOptions } from '../common.ts';

export function registerServe(program: Command): void {
  withCommonOptions(program.command('serve').description('web reader + JSON API + scheduler polling the sources'))
    .option('--port <port>', 'HTTP port (env PORT; default 8080)')
    .option('--host <host>', 'address to listen on (default 127.0.0.1)')
    .option('--no-demo', 'do not start the offline demo outlets (env MARSAD_DEMO=0)')
    .option('--demo-port <port>', 'loopback port of the demo outlets (default 8089)')
    .option('--role <role>', 'all, web or scheduler (with MARSAD_REDIS_URL the scheduler enqueues polls for `marsad worker`)', 'all')
    .action(async (opts) => {
      if (!['all', 'web', 'scheduler'].includes(opts.role)) throw new UsageError('--role must be all, web or scheduler');
      // commander sets demo=true unless --no-demo: only an explicit --no-demo should override the environment.
      const config = configFrom({ ...opts, demo: opts.demo === false ? false : undefined });
      const { createLogger, lineLogger } = await import('../../ops/logger.ts');
      const { onShutdownSignal } = await import('../../ops/shutdown.ts');
      const logger = createLogger({ role: `serve:${opts.role}`, level: config.logLevel });
      const log = lineLogger(logger);
      const { startMarsadServer } = await import('../../serve/marsad-server.ts');
      const starting = startMarsadServer(config, { role: opts.role as ServerRole, log });
      // Listening before start-up ends: a SIGTERM sent as soon as "web reader at" shows must still shut down cleanly.
      const stopped = onShutdownSignal(async () => (await starting).close(), { log, deadlineMs: 60000 });
      await starting;
      await stopped;
      log('stopped');
    });
}
