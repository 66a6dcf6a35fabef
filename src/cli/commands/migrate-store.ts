import type { Command } from 'commander';
import { configFrom, UsageError } from '../common.ts';
import { printJson } from '../output.ts';

/** "sqlite:PATH" or a plain path. */
function sqlitePathOf(from: string): string {
  const path = from.replace(/^sqlite:(\/\/)?/i, '');
  if (!path || /^[a-z][a-z0-9+.-]*:\/\//i.test(path)) throw new UsageError(`--from must be sqlite:PATH (a SQLite file), got ${JSON.stringify(from)}`);
  return path;
}

export function registerMigrateStore(program: Command): void {
  program
    .command('migrate-store')
    .description('copy a SQLite database (sources, articles, stories) into PostgreSQL, keeping ids')
    .requiredOption('--from <sqlite:path>', 'the SQLite database to copy, as sqlite:PATH')
    .option('--to <url>', 'postgres://… target (default: MARSAD_DATABASE_URL / databaseUrl)')
    .option('--force', 'replace whatever the target already holds')
    .option('--config <file>', 'configuration file (JSON; env MARSAD_CONFIG)')
    .option('--json', 'JSON output')
    .action(async (opts) => {
      const from = sqlitePathOf(String(opts.from));
      const to = String(opts.to ?? configFrom({ config: opts.config }).databaseUrl ?? '');
      const { isPostgresUrl, parsePostgresUrl } = await import('../../store/postgres/connection-url.ts');
      if (!isPostgresUrl(to)) throw new UsageError('--to must be a postgres://… URL (or set MARSAD_DATABASE_URL)');
      const target = parsePostgresUrl(to);
      const { existsSync } = await import('node:fs');
      if (!existsSync(from)) throw new UsageError(`no SQLite database at ${from}`);
      const { copySqliteToPostgres, TargetNotEmptyError } = await import('../../store/postgres/copy-from-sqlite.ts');
      const t0 = process.hrtime.bigint();
      let counts;
      try {
        counts = await copySqliteToPostgres(from, to, { force: !!opts.force });
      } catch (e) {
        if (e instanceof TargetNotEmptyError) throw new UsageError(`${target.display}: ${e.message}`);
        throw e;
      }
      const seconds = Number((Number(process.hrtime.bigint() - t0) / 1e9).toFixed(2));
      if (opts.json) return printJson({ from: `sqlite:${from}`, to: target.display, counts, seconds });
      process.stdout.write(
        `copied sqlite:${from} → ${target.display} in ${seconds} s\n` +
          `  ${counts.sources} sources, ${counts.fetches} fetches, ${counts.articles} articles, ${counts.entities} entities ` +
          `(${counts.articleEntities} mentions), ${counts.quotes} quotes, ${counts.stories} stories (${counts.storyMembers} memberships)\n`,
      );
    });
}
