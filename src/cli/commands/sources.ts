import type { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { UsageError, withCommonOptions, withContext } from '../common.ts';
import { printJson, sourceJson } from '../output.ts';

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

  withCommonOptions(sources.command('import <file>').description('subscribe to every feed of an OPML file (nested outlines become categories)'))
    .option('--json', 'JSON output')
    .action(async (file: string, opts) =>
      withContext(opts, async ({ store }) => {
        const { parseOpml } = await import('../../ingest/opml.ts');
        let outlines;
        try {
          outlines = parseOpml(await readFile(file, 'utf8'));
        } catch (e) {
          throw new UsageError(`cannot import ${file}: ${(e as Error).message}`);
        }
        const added: number[] = [];
        const skipped: { url: string; reason: string }[] = [];
        for (const o of outlines) {
          try {
            const href = checkFeedUrl(o.xmlUrl);
            if (await store.getSource(href)) {
              skipped.push({ url: href, reason: 'already subscribed' });
              continue;
            }
            const row = await store.addSource({ url: href, name: o.title || null, siteUrl: o.htmlUrl, category: o.category.join(' / ') || null, kind: 'feed' });
            added.push(row.id);
          } catch (e) {
            skipped.push({ url: o.xmlUrl, reason: (e as Error).message });
          }
        }
        if (opts.json) return printJson({ added: added.length, skipped });
        process.stdout.write(`imported ${added.length} sources, skipped ${skipped.length}\n`);
        for (const s of skipped) process.stdout.write(`  skipped ${s.url}: ${s.reason}\n`);
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
