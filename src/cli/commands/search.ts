import type { Command } from 'commander';
import { search } from '../../search/search.ts';
import { positiveInt, UsageError, withCommonOptions, withContext } from '../common.ts';
import { printJson } from '../output.ts';

function stripMarks(html: string): string {
  return html.replace(/<mark>/g, '[').replace(/<\/mark>/g, ']').replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

export function registerSearch(program: Command): void {
  withCommonOptions(program.command('search <query>').description('Arabic-aware full-text search, grouped by story (words, "phrases", OR, -word, source:, entity:, from:, to:, lang:)'))
    .option('--json', 'JSON output')
    .option('--limit <n>', 'how many stories', '10')
    .option('--cursor <cursor>', 'next page (from a previous --json result)')
    .action(async (query: string, opts) =>
      withContext(opts, async ({ store }) => {
        const limit = positiveInt(opts.limit, '--limit');
        const results = await search(store, query, { limit, cursor: opts.cursor ?? null });
        if (results.error) {
          if (opts.json) printJson(results);
          throw new UsageError(results.error);
        }
        if (opts.json) return printJson(results);
        if (!results.groups.length) return void process.stdout.write('no results\n');
        for (const g of results.groups) {
          process.stdout.write(`${g.hit.title} — ${g.hit.source}${g.hit.publishedAt ? ` · ${g.hit.publishedAt.slice(0, 10)}` : ''}\n  ${stripMarks(g.hit.snippet)}\n  ${g.hit.url}${g.more ? `\n  +${g.more} more from this story` : ''}\n\n`);
        }
        process.stdout.write(`${results.total} matching articles\n`);
      }),
    );
}
