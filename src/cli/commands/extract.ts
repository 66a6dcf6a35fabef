import type { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { configFrom, UsageError, withCommonOptions } from '../common.ts';
import { printJson } from '../output.ts';
import type { ExtractedArticle } from '../../extract/types.ts';

async function load(target: string, opts: { db?: string; config?: string }): Promise<{ body: string; url: string | null; contentType: string | null; fileName?: string }> {
  if (/^https?:\/\//i.test(target)) {
    const { createConfiguredFetcher } = await import('../../jobs/configured-fetcher.ts');
    const fetcher = createConfiguredFetcher(configFrom(opts));
    try {
      const res = await fetcher.fetch(target, { purpose: 'article' });
      return { body: res.text, url: res.url, contentType: res.contentType };
    } finally {
      await fetcher.close();
    }
  }
  try {
    const bytes = await readFile(target);
    const text = new TextDecoder('utf-8').decode(bytes);
    return { body: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, url: null, contentType: null, fileName: target };
  } catch (e) {
    throw new UsageError(`cannot read ${target}: ${(e as Error).message}`);
  }
}

export function extractJson(a: ExtractedArticle) {
  return {
    url: a.url,
    canonicalUrl: a.canonicalUrl,
    title: a.title,
    byline: a.byline,
    published: a.publishedAt,
    updated: a.updatedAt,
    source: a.sourceName,
    lang: a.lang,
    section: a.section,
    image: a.image,
    lead: a.lead,
    paragraphs: a.paragraphs,
    text: a.text,
    boilerplate: a.boilerplate,
  };
}

export function registerExtract(program: Command): void {
  withCommonOptions(program.command('extract <fileOrUrl>').description('extract one page: title, byline, date, source, language, paragraphs and labelled boilerplate'))
    .option('--json', 'JSON output')
    .option('--html', 'include the sanitized HTML in the JSON')
    .action(async (target: string, opts) => {
      const page = await load(target, opts);
      const { extractPage } = await import('../../extract/index.ts');
      const a = extractPage(page.body, { url: page.url, contentType: page.contentType, fileName: page.fileName ?? (extname(target) ? target : undefined) });
      if (opts.json) return printJson(opts.html ? { ...extractJson(a), html: a.html } : extractJson(a));
      const out = [
        `title:     ${a.title}`,
        `byline:    ${a.byline ?? '-'}`,
        `published: ${a.publishedAt ?? '-'}`,
        `source:    ${a.sourceName ?? '-'}`,
        `language:  ${a.lang}`,
        '',
        ...a.paragraphs.flatMap((p) => [p, '']),
        ...a.boilerplate.map((b) => `[${b.kind}]${b.label ? ` ${b.label}` : ''} ${b.title ?? b.source ?? (b.items ? `${b.items.length} items` : b.text.slice(0, 80))}`),
      ];
      process.stdout.write(out.join('\n') + '\n');
    });
}
