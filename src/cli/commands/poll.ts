import type { Command } from 'commander';
import { withCommonOptions, withContext } from '../common.ts';
import { printJson } from '../output.ts';

export function registerPoll(program: Command): void {
  withCommonOptions(program.command('poll').description('fetch every source once now; report new, unchanged and failed per source'))
    .option('--json', 'JSON output')
    .action(async (opts) =>
      withContext(opts, async (ctx) => {
        const feeds = (await ctx.store.listSources()).filter((s) => s.kind === 'feed');
        // The demo's fictional outlets live only while `marsad serve` runs their fixture server.
        const sources = feeds.filter((s) => !s.demo);
        const demoSkipped = feeds.length - sources.length;
        const { pollSources } = await import('../../jobs/poll-sources.ts');
        const { createConfiguredFetcher } = await import('../../jobs/configured-fetcher.ts');
        const fetcher = createConfiguredFetcher(ctx.config);
        try {
          const results = await pollSources(sources, { store: ctx.store, fetcher, pipeline: await ctx.pipeline(), minIntervalSec: ctx.config.poll.minIntervalSec, maxIntervalSec: ctx.config.poll.maxIntervalSec }, ctx.config.poll.concurrency);
          if (opts.json) return printJson({ sources: results.map((r) => ({ id: r.sourceId, name: r.name, url: r.url, status: r.status, items: r.items, new: r.new, duplicate: r.duplicate, rejected: r.rejected, failedItems: r.failedItems, error: r.error })) });
          if (!results.length) process.stdout.write(demoSkipped ? '' : 'no sources: marsad sources add <feed-url>\n');
          if (demoSkipped) process.stdout.write(`${demoSkipped} demo outlets skipped (they are served only while marsad serve runs the demo)\n`);
          for (const r of results) {
            const what = r.status === 'failed' ? `FAILED: ${r.error}` : r.status === 'unchanged' ? 'unchanged (304)' : `${r.new} new, ${r.duplicate} already known${r.rejected ? `, ${r.rejected} rejected` : ''}${r.failedItems ? `, ${r.failedItems} items failed` : ''}`;
            process.stdout.write(`${r.name}: ${what}\n`);
          }
          const total = results.reduce((a, r) => a + r.new, 0);
          process.stdout.write(`poll: ${results.length} sources, ${total} new articles, ${results.filter((r) => r.status === 'failed').length} failed\n`);
        } finally {
          await fetcher.close();
        }
      }),
    );
}
