import type { Command } from 'commander';
import type { SearchIndexOptimizeResult } from '../../store/types.ts';
import { positiveInt, UsageError, withCommonOptions, withContext } from '../common.ts';
import { printJson } from '../output.ts';

/** One line for import, reindex, doctor and optimize alike. */
export function describeOptimize(r: SearchIndexOptimizeResult): string {
  const seconds = r.seconds.toFixed(1);
  if (r.segmentsBefore === null) return `search index: pending entries merged in ${seconds} s`;
  if (r.steps === 0) return `search index: ${r.segmentsAfter} segment${r.segmentsAfter === 1 ? '' : 's'}, nothing to merge`;
  return `search index: ${r.segmentsBefore} segments merged into ${r.segmentsAfter} in ${r.steps} steps, ${seconds} s`;
}

/** `marsad search optimize`: a subcommand of `search` (a search for the bare word "optimize" needs quotes). Safe while serving. */
export function registerSearchOptimize(search: Command): void {
  withCommonOptions(search.command('optimize').description('merge the search index into one segment (faster searches), in short write transactions; import, reindex and doctor --repair do it too'))
    .option('--pages <n>', 'SQLite: index pages merged per write transaction', '1000')
    .option('--json', 'JSON summary')
    .action(async (opts) =>
      withContext(opts, async ({ store }) => {
        const pagesPerStep = positiveInt(opts.pages, '--pages');
        if (pagesPerStep < 16) throw new UsageError('--pages must be at least 16');
        const r = await store.optimizeSearchIndex({ pagesPerStep });
        if (opts.json) return printJson({ ...r, seconds: Number(r.seconds.toFixed(2)) });
        process.stdout.write(`${describeOptimize(r)}\n`);
      }),
    );
}
