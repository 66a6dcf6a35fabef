import type { Command } from 'commander';
import { configFrom, UsageError, withCommonOptions } from '../common.ts';
import { printJson } from '../output.ts';

export function registerRestore(program: Command): void {
  withCommonOptions(program.command('restore <path>').description('restore a backup into the configured database (--db); stop marsad serve first'))
    .option('--force', 'replace a database that already holds sources or articles')
    .option('--json', 'JSON summary')
    .action(async (path: string, opts) => {
      const config = configFrom(opts);
      if (config.databaseUrl) throw new UsageError('restore writes a SQLite database; for PostgreSQL use pg_restore');
      const { sqliteRestore } = await import('../../store/sqlite/maintenance.ts');
      let r;
      try {
        r = await sqliteRestore(path, config.db, { force: Boolean(opts.force) });
      } catch (e) {
        throw new UsageError((e as Error).message);
      }
      // Opening migrates a backup taken by an older marsad up to the current schema.
      const { openStore } = await import('../../store/open-store.ts');
      await (await openStore({ db: config.db })).close();
      if (opts.json) return printJson({ db: config.db, ...r });
      process.stdout.write(`restore: ${config.db} now holds ${r.articles} articles and ${r.stories} stories from ${path}\n`);
    });
}
