import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import type { ReindexProgress } from '../../jobs/reindex-search.ts';
import { positiveInt, UsageError, withCommonOptions, withContext } from '../common.ts';
import { printJson } from '../output.ts';
import { describeOptimize } from './search-optimize.ts';

/** A progress bar on a terminal; silence elsewhere (logs, pipes, CI). */
function progressBar(): ReindexProgress | undefined {
  if (!process.stderr.isTTY) return undefined;
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: 'reindexing [{bar}] {percentage}% {value}/{total} articles · {rate}/s', hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let seen = 0;
  const t0 = Date.now();
  return {
    start: (total, done) => bar.start(total, done, { rate: 0 }),
    tick: (n) => {
      seen += n;
      bar.increment(n, { rate: Math.round(seen / Math.max(0.001, (Date.now() - t0) / 1000)) });
    },
    stop: () => bar.stop(),
  };
}

/** `marsad search reindex`: a subcommand of `search` (so a search for the bare word "reindex" needs quotes: '"reindex"'). */
export function registerSearchReindex(search: Command): void {
  withCommonOptions(search.command('reindex').description('re-analyze every stored article and rewrite the search index (after an analyzer upgrade); resumes an interrupted run'))
    .option('--batch <n>', 'articles per transaction', '200')
    .option('--restart', 'start from the first article even if an interrupted run left its progress')
    .option('--json', 'JSON summary')
    .action(async (opts) =>
      withContext(opts, async ({ store }) => {
        const batchSize = positiveInt(opts.batch, '--batch');
        if (batchSize === 0) throw new UsageError('--batch must be at least 1');
        const { reindexSearch } = await import('../../jobs/reindex-search.ts');
        const r = await reindexSearch(store, { batchSize, restart: Boolean(opts.restart), progress: progressBar() });
        const seconds = Number(r.seconds.toFixed(2));
        if (opts.json) return printJson({ ...r, seconds });
        if (r.repairedIndex) process.stdout.write('the search index lacked rows of stored articles or held rows of deleted ones: rebuilt it from the stored terms first\n');
        if (r.resumedAfter !== null) process.stdout.write(`resumed an interrupted reindex after article ${r.resumedAfter}\n`);
        process.stdout.write(
          `search reindex: ${r.articles} articles reindexed, ${r.changed} changed, in ${seconds.toFixed(1)} s (analyzer ${r.analyzer}, was ${r.previousAnalyzer ?? 'unrecorded'})\n`,
        );
        if (r.searchIndex) process.stdout.write(`${describeOptimize(r.searchIndex)}\n`);
      }),
    );
}
