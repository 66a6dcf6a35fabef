import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import type { ImportProgress } from '../../jobs/import-files.ts';
import { UsageError, withCommonOptions, withContext } from '../common.ts';
import { printJson } from '../output.ts';
import { describeOptimize } from './search-optimize.ts';

/** A progress bar on a terminal; silence elsewhere (logs, pipes, CI). */
function progressBar(): ImportProgress | undefined {
  if (!process.stderr.isTTY) return undefined;
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: 'importing [{bar}] {percentage}% {value}/{total} · new {new} · dup {dup} · rejected {rej} · {rate}/s', hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let n = 0, dup = 0, rej = 0;
  const t0 = Date.now();
  return {
    start: (total) => bar.start(total, 0, { new: 0, dup: 0, rej: 0, rate: 0 }),
    tick: (o) => {
      if (o.status === 'new') n++;
      else if (o.status === 'duplicate') dup++;
      else rej++;
      bar.increment(1, { new: n, dup, rej, rate: Math.round((n + dup + rej) / Math.max(0.001, (Date.now() - t0) / 1000)) });
    },
    stop: () => bar.stop(),
    grouped: (decided) => process.stderr.write(`stories decided for ${decided} articles\n`),
  };
}

export function registerImport(program: Command): void {
  withCommonOptions(program.command('import <paths...>').description('ingest local files: .html, .txt scraped pages, .json/.jsonl article records, .zip archives of these, or folders'))
    .option('--json', 'JSON summary')
    .option('--story-batch <n>', 'stories are decided once every record is stored, in time order, this many articles per transaction (default 5000)')
    .action(async (paths: string[], opts) =>
      withContext(opts, async (ctx) => {
        if (!paths.length) throw new UsageError('nothing to import');
        const storyBatch = opts.storyBatch === undefined ? undefined : Number(opts.storyBatch);
        if (storyBatch !== undefined && (!Number.isInteger(storyBatch) || storyBatch < 1)) throw new UsageError(`--story-batch must be a positive integer, got ${opts.storyBatch}`);
        const t0 = process.hrtime.bigint();
        const { ArticlePipeline } = await import('../../pipeline/article-pipeline.ts');
        const { importFiles } = await import('../../jobs/import-files.ts');
        // No engine up front: each batch of story decisions restores its own from the store.
        const pipeline = new ArticlePipeline(ctx.store, null);
        const summary = await importFiles(paths, ctx.store, pipeline, { progress: progressBar(), storyBatch });
        const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
        if (opts.json) return printJson({ ...summary, seconds: Number(seconds.toFixed(2)) });
        for (const [reason, count] of Object.entries(summary.reasons)) process.stdout.write(`  rejected ${count}× ${reason}\n`);
        process.stdout.write(
          `import: read ${summary.read}, new ${summary.new}, duplicate ${summary.duplicate}, rejected ${summary.rejected}, grouped into stories ${summary.grouped} in ${seconds.toFixed(1)} s (${Math.round(summary.read / Math.max(seconds, 0.001))} docs/s)\n`,
        );
        if (summary.searchIndex) process.stdout.write(`${describeOptimize(summary.searchIndex)}\n`);
      }),
    );
}
