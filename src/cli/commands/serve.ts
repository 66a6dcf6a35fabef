import type { Command } from 'commander';
import type { ServerRole } from '../../serve/marsad-server.ts';
import { configFrom, UsageError, withCommonOptions } from '../common.ts';

export function registerServe(program: Command): void {
  withCommonOptions(program.command('serve').description('web reader + JSON API + scheduler polling the sources'))
    .option('--port <port>', 'HTTP port (env PORT; default 8080)')
    .option('--host <host>', 'address to listen on (default 127.0.0.1)')
    .option('--no-demo', 'do not start the offline demo outlets (env MARSAD_DEMO=0)')
    .option('--demo-port <port>', 'loopback port of the demo outlets (default 8089)')
    .option('--role <role>', 'all, web or scheduler', 'all')
    .action(async (opts) => {
      if (!['all', 'web', 'scheduler'].includes(opts.role)) throw new UsageError('--role must be all, web or scheduler');
      // commander sets demo=true unless --no-demo: only an explicit --no-demo should override the environment.
      const config = configFrom({ ...opts, demo: opts.demo === false ? false : undefined });
      const log = (line: string) => process.stderr.write(`${new Date().toISOString()} ${line}\n`);
      const { startMarsadServer } = await import('../../serve/marsad-server.ts');
      const server = await startMarsadServer(config, { role: opts.role as ServerRole, log });
      await new Promise<void>((resolve) => {
        const stop = (signal: string) => {
          log(`${signal}: shutting down`);
          server.close().then(resolve, resolve);
        };
        process.once('SIGINT', () => stop('SIGINT'));
        process.once('SIGTERM', () => stop('SIGTERM'));
      });
    });
}
