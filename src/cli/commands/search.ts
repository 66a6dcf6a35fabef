import type { Command } from 'commander';
import { positiveInt, UsageError, withCommonOptions, withContext } from '../common.ts';
import { printJson } from '../output.ts';
import { registerSearchOptimize } from './search-optimize.ts';
import { registerSearchReindex } from './search-reindex.ts';

function stripMarks(html: string): string {
  return html.replace(/<mark>/g, '[').replace(/<\/mark>/g, ']').replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

export function registerSearch(program: Command): void {
  const search = withCommonOptions(program.command('search <query>').description('Arabic-aware full-text search, grouped by story (words, "phrases", OR, -word, source:, entity:, from:, to:, lang:)'))
    // Options after `reindex` are the subcommand's; no implicit `help` subcommand, so "help" stays a searchable word.
    .enablePositionalOptions()
    .helpCommand(false)
    .option('--json', 'JSON output')
    .option('--limit <n>', 'how many stories', '10')
    .option('--cursor <cursor>', 'next page (from a previous --json result)')
    .action(async (query: string, opts) =>
      withContext(opts, async ({ store }) => {
        const limit = positiveInt(opts.limit, '--limit');
        const { search } = await import('../../search/search.ts');
        const results = await search(store, query, { limit, cursor: opts.cursor ?? null });
        const { parsed: _parsed, ...out } = results;
        if (results.error) {
          if (opts.json) printJson(out);
          throw new UsageError(`${results.error.message} [${results.error.code}]`);
        }
        if (opts.json) return printJson(out);
        for (const n of results.notices) process.stderr.write(`note: ${n}\n`);
        if (!results.hits.length) return void process.stdout.write('no results\n');
        for (const h of results.hits) {
          process.stdout.write(`${h.title} — ${h.source}${h.publishedAt ? ` · ${h.publishedAt.slice(0, 10)}` : ''}\n  ${stripMarks(h.snippetHtml)}\n  ${h.url}${h.moreFromStory ? `\n  +${h.moreFromStory} more from this story` : ''}\n\n`);
        }
        process.stdout.write(`${results.totalArticles} matching articles in ${results.totalGroups} stories\n`);
      }),
    );
  registerSearchReindex(search);
  registerSearchOptimize(search);
}
