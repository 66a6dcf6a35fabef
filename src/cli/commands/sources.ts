import type { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { UsageError, positiveInt, withCommonOptions, withContext } from '../common.ts';
import { printJson, sourceJson } from '../output.ts';
import type { SourceCheck } from '../../jobs/check-sources.ts';
import { PRESET_NAMES, presetFile } from '../../jobs/source-presets.ts';

function checkFeedUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new UsageError(`not a URL: ${url}`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new UsageError(`only http and https sources are supported, got ${u.protocol}`);
  return u.href;
}

function ago(iso: string | null): string {
  if (!iso) return 'never';
  const s = Math.round((Date.now() - Date.parse(iso)) / 1000);
  if (s < 120) return `${s}s ago`;
  if (s < 7200) return `${Math.round(s / 60)}m ago`;
  if (s < 172800) return `${Math.round(s / 3600)}h ago`;
  return `${Math.round(s / 86400)}d ago`;
}

export function registerSources(program: Command): void {
  const sources = program.command('sources').description('the outlets marsad follows');

  withCommonOptions(sources.command('add <url>').description('subscribe to a feed (RSS, Atom, RDF or JSON Feed)'))
    .option('--name <name>', 'display name (default: the feed title after the first poll)')
    .option('--category <category>', 'category, e.g. a region')
    .option('--json', 'JSON output')
    .action(async (url: string, opts) =>
      withContext(opts, async ({ store }) => {
        const href = checkFeedUrl(url);
        if (await store.getSource(href)) throw new UsageError(`already subscribed: ${href}`);
        const row = await store.addSource({ url: href, name: opts.name ?? null, category: opts.category ?? null, kind: 'feed' });
        if (opts.json) printJson(sourceJson(row));
        else process.stdout.write(`added source ${row.id}: ${row.name} <${row.url}>\n`);
      }),
    );

  withCommonOptions(sources.command('list').description('sources with their health'))
    .option('--json', 'JSON output')
    .action(async (opts) =>
      withContext(opts, async ({ store }) => {
        const rows = await store.listSources();
        if (opts.json) return printJson({ sources: rows.map(sourceJson) });
        if (!rows.length) return void process.stdout.write('no sources yet: marsad sources add <feed-url>\n');
        for (const s of rows) {
          const health = s.lastError && s.consecutiveFailures > 0 ? `FAILING x${s.consecutiveFailures}: ${s.lastError}` : s.lastSuccessAt ? 'ok' : 'not polled yet';
          process.stdout.write(
            `${String(s.id).padStart(4)}  ${s.name}  <${s.url}>\n      ${s.kind}${s.category ? ` · ${s.category}` : ''} · last success ${ago(s.lastSuccessAt)} · ${s.articlesPerDay.toFixed(1)}/day · ${health}\n`,
          );
        }
      }),
    );

  withCommonOptions(sources.command('remove <idOrUrl>').description('unsubscribe (stored articles stay)'))
    .option('--json', 'JSON output')
    .action(async (idOrUrl: string, opts) =>
      withContext(opts, async ({ store }) => {
        const key = /^\d+$/.test(idOrUrl) ? Number(idOrUrl) : idOrUrl;
        const ok = await store.removeSource(key);
        if (!ok) throw new UsageError(`no such source: ${idOrUrl}`);
        if (opts.json) printJson({ removed: key });
        else process.stdout.write(`removed ${idOrUrl}\n`);
      }),
    );

  withCommonOptions(
    sources
      .command('import [file]')
      .description('subscribe to every feed of an OPML file, or of a bundled list with --preset (nested outlines become categories)'),
  )
    .option('--preset <name>', `a subscription list shipped with marsad: ${PRESET_NAMES.join(', ')}`)
    .option('--json', 'JSON output')
    .action(async (fileArg: string | undefined, opts) => {
      if (fileArg && opts.preset) throw new UsageError('give either an OPML file or --preset, not both');
      if (!fileArg && !opts.preset) throw new UsageError(`give an OPML file or --preset (${PRESET_NAMES.join(', ')})`);
      let file = fileArg ?? '';
      if (opts.preset) {
        const preset = presetFile(String(opts.preset));
        if (!preset) throw new UsageError(`no preset named ${JSON.stringify(opts.preset)}; known: ${PRESET_NAMES.join(', ')}`);
        file = preset;
      }
      return withContext(opts, async ({ store }) => {
        const { parseOpml } = await import('../../ingest/opml.ts');
        const { subscribeOutlines } = await import('../../jobs/subscribe-outlines.ts');
        let outlines;
        try {
          outlines = parseOpml(await readFile(file, 'utf8'));
        } catch (e) {
          throw new UsageError(`cannot import ${file}: ${(e as Error).message}`);
        }
        const { added, skipped } = await subscribeOutlines(store, outlines);
        if (opts.json) return printJson({ added: added.length, skipped });
        process.stdout.write(`imported ${added.length} sources, skipped ${skipped.length}\n`);
        for (const s of skipped) process.stdout.write(`  skipped ${s.url}: ${s.reason}\n`);
      });
    });

  withCommonOptions(
    sources
      .command('check [idOrUrl]')
      .description('dry run: fetch each feed, parse it, fetch and extract its newest article, and report what works (stores nothing)'),
  )
    .option('--concurrency <n>', 'hosts checked side by side (one source at a time per host)', '4')
    .option('--json', 'JSON output')
    .action(async (idOrUrl: string | undefined, opts) =>
      withContext(opts, async ({ store, config }) => {
        const concurrency = Math.max(1, positiveInt(opts.concurrency, '--concurrency'));
        const targets: { id: number | null; name: string | null; url: string }[] = [];
        if (idOrUrl === undefined) {
          for (const s of await store.listSources()) if (s.kind === 'feed') targets.push({ id: s.id, name: s.name, url: s.url });
          if (!targets.length) throw new UsageError('no feed sources to check: marsad sources add <feed-url>, or give a URL');
        } else if (/^\d+$/.test(idOrUrl)) {
          const row = await store.getSource(Number(idOrUrl));
          if (!row) throw new UsageError(`no such source: ${idOrUrl}`);
          targets.push({ id: row.id, name: row.name, url: row.url });
        } else {
          const href = checkFeedUrl(idOrUrl);
          const row = await store.getSource(href);
          targets.push({ id: row?.id ?? null, name: row?.name ?? null, url: href });
        }
        const { checkSources } = await import('../../jobs/check-sources.ts');
        const { createConfiguredFetcher } = await import('../../jobs/configured-fetcher.ts');
        const fetcher = createConfiguredFetcher(config);
        try {
          const results = await checkSources(
            targets.map((t) => t.url),
            { fetcher },
            { concurrency, onResult: opts.json ? undefined : (r, i) => process.stdout.write(checkBlock(targets[i]!, r)) },
          );
          if (opts.json) return printJson({ sources: results.map((r, i) => ({ id: targets[i]!.id, name: targets[i]!.name, ...r })) });
          const failing = results.filter((r) => !r.ok).length;
          process.stdout.write(`checked ${results.length} source${results.length === 1 ? '' : 's'}: ${results.length - failing} working, ${failing} not\n`);
        } finally {
          await fetcher.close();
        }
      }),
    );

  withCommonOptions(sources.command('export').description('print the sources as OPML'))
    .action(async (opts) =>
      withContext(opts, async ({ store }) => {
        const { renderOpml } = await import('../../ingest/opml.ts');
        const rows = (await store.listSources()).filter((s) => s.kind === 'feed');
        process.stdout.write(
          renderOpml(
            rows.map((s) => ({ title: s.name, xmlUrl: s.url, htmlUrl: s.siteUrl, category: s.category ? s.category.split(' / ') : [] })),
            'marsad sources',
          ),
        );
      }),
    );
}

function checkBlock(target: { id: number | null; name: string | null }, r: SourceCheck): string {
  const who = target.id !== null ? ` (source ${target.id}${target.name ? `, ${target.name}` : ''})` : ' (not subscribed)';
  const lines = [`${r.ok ? 'OK  ' : 'FAIL'} ${r.url}${who}`];
  const status = r.httpStatus !== null ? `HTTP ${r.httpStatus}` : 'no response';
  if (r.feedFormat) {
    const newest = r.newestItem ? `; newest ${r.newestItem.published ?? 'undated'} «${r.newestItem.title ?? r.newestItem.url}»` : '';
    lines.push(`     feed: ${status}, ${r.feedFormat}, ${r.items} item${r.items === 1 ? '' : 's'}${newest}`);
  } else {
    lines.push(`     feed: ${status}, not usable`);
  }
  if (r.article) {
    const a = r.article;
    const astatus = a.httpStatus !== null ? `HTTP ${a.httpStatus}` : 'no response';
    const detail = a.quality === 'failed' ? '' : ` (${a.words} words, ${a.paragraphs} paragraphs, lang ${a.lang ?? '?'})${a.title ? ` «${a.title}»` : ''}`;
    lines.push(`     article: ${astatus}, ${a.quality}${detail} <${a.url}>`);
  }
  for (const p of r.problems) lines.push(`     - ${p}`);
  return lines.join('\n') + '\n\n';
}
