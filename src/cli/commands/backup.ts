import type { Command } from 'commander';
import { withCommonOptions, withContext } from '../common.ts';
import { printJson } from '../output.ts';

export function registerBackup(program: Command): void {
  withCommonOptions(program.command('backup <path>').description('copy the database to PATH (online: safe while marsad serve is running), verified; PostgreSQL: a pg_dump archive'))
    .option('--json', 'JSON summary')
    .action(async (path: string, opts) =>
      withContext(opts, async ({ store }) => {
        const t0 = process.hrtime.bigint();
        const r = await store.backup(path);
        const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
        if (opts.json) return printJson({ ...r, seconds: Number(seconds.toFixed(2)) });
        process.stdout.write(`backup: ${r.path} (${(r.bytes / 1048576).toFixed(1)} MB, ${r.articles} articles, ${r.stories} stories) in ${seconds.toFixed(1)} s\n`);
      }),
    );
}
