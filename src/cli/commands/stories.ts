import type { Command } from 'commander';
import { positiveInt, UsageError, withCommonOptions, withContext } from '../common.ts';
import { printJson, storyJson } from '../output.ts';

function isoOrThrow(v: string | undefined, name: string): string | null {
  if (!v) return null;
  const ms = Date.parse(v);
  if (!Number.isFinite(ms)) throw new UsageError(`${name} must be an ISO date, got ${JSON.stringify(v)}`);
  return new Date(ms).toISOString();
}

export function registerStories(program: Command): void {
  const stories = withCommonOptions(program.command('stories').description('stories: the reports of one event from every outlet').enablePositionalOptions())
    .option('--json', 'JSON output')
    .option('--limit <n>', 'how many stories', '50')
    .option('--since <iso>', 'stories seen since this time')
    .option('--min-articles <n>', 'only stories with at least this many articles', '1')
    .option('--order <order>', 'rank (outlets, then recency) or recent', 'rank')
    .action(async (opts) =>
      withContext(opts, async ({ store }) => {
        const limit = positiveInt(opts.limit, '--limit');
        const minArticles = positiveInt(opts.minArticles, '--min-articles');
        if (opts.order !== 'rank' && opts.order !== 'recent') throw new UsageError('--order must be rank or recent');
        const items = [];
        let cursor: string | null = null;
        // Pages of at most 500 so a large --limit does not build one huge query.
        while (items.length < limit) {
          const page = await store.listStories({ limit: Math.min(500, limit - items.length), cursor, since: isoOrThrow(opts.since, '--since'), minArticles, order: opts.order });
          items.push(...page.items);
          cursor = page.nextCursor;
          if (!cursor) break;
        }
        if (opts.json) return printJson({ stories: items.map(storyJson), nextCursor: cursor });
        for (const s of items) {
          process.stdout.write(`#${s.id}  ${s.headline}\n     ${s.size} articles · ${s.outlets.length} outlets: ${s.outlets.join('، ')}\n`);
        }
        if (!items.length) process.stdout.write('no stories yet\n');
      }),
    );

  withCommonOptions(stories.command('rebuild').description('regroup a range of articles into stories from scratch'))
    .option('--since <iso>', 'from this time')
    .option('--until <iso>', 'up to this time')
    .option('--json', 'JSON output')
    .action(async (opts) =>
      withContext(opts, async ({ store }) => {
        const { rebuildStoryRange } = await import('../../jobs/rebuild-stories.ts');
        const r = await rebuildStoryRange(store, { since: isoOrThrow(opts.since, '--since'), until: isoOrThrow(opts.until, '--until') });
        if (opts.json) return printJson(r);
        process.stdout.write(`rebuilt ${r.articles} articles into ${r.stories} stories\n`);
      }),
    );
}
