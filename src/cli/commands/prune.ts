import type { Command } from 'commander';
import { positiveInt, UsageError, withCommonOptions, withContext } from '../common.ts';
import { printJson } from '../output.ts';

export function registerPrune(program: Command): void {
  withCommonOptions(program.command('prune').description('delete articles older than N days (default: retentionDays from the configuration); stories stay consistent'))
    .option('--days <n>', 'keep this many days')
    .option('--json', 'JSON summary')
    .action(async (opts) =>
      withContext(opts, async ({ store, config }) => {
        const days = opts.days !== undefined ? positiveInt(opts.days, '--days') : config.retentionDays;
        if (days == null) throw new UsageError('prune needs --days N (or retentionDays in the configuration)');
        const { pruneOlderThan } = await import('../../jobs/retention.ts');
        const r = await pruneOlderThan(store, days);
        if (opts.json) return printJson({ days, ...r });
        process.stdout.write(`prune: deleted ${r.articles} articles published before ${r.before} and ${r.stories} stories left empty\n`);
      }),
    );
}
