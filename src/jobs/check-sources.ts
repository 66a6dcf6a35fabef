// A dry run of one source: fetch the feed, parse it, fetch and extract its newest article, and say what works and what
// does not. Nothing is stored: this answers "would polling this source give us articles?" before or after subscribing.
import { extractPage } from '../extract/index.ts';
import type { ExtractedArticle } from '../extract/types.ts';
import { parseFeed } from '../ingest/feed-parser.ts';
import { FetchError, type FeedItem, type Fetcher, type FetchResult, type ParsedFeed } from '../ingest/types.ts';

export type ArticleQuality = 'good' | 'thin' | 'failed';

export interface ArticleCheck {
  url: string;
  ok: boolean;
  /** Status of the last response, null when none came (refused, timed out, network error). */
  httpStatus: number | null;
  title: string | null;
  words: number;
  paragraphs: number;
  /** ISO 639-1 as the extractor decided, null when nothing was extracted. */
  lang: string | null;
  quality: ArticleQuality;
}

export interface NewestItem {
  url: string;
  title: string | null;
  /** ISO 8601, null when the feed gives no usable date. */
  published: string | null;
}

export interface SourceCheck {
  url: string;
  /** The feed parses, has items, and its newest article yields text (good or thin). */
  ok: boolean;
  httpStatus: number | null;
  feedFormat: ParsedFeed['format'] | null;
  items: number;
  newestItem: NewestItem | null;
  /** Null when no article could be tried (the feed failed or has no items). */
  article: ArticleCheck | null;
  /** Everything a person should look at, most important first; empty when all is well. */
  problems: string[];
}

export interface CheckDeps {
  fetcher: Fetcher;
  now?: () => Date;
}

/** Below these an extracted article is "thin": a teaser, a paywall stub or a video page rather than a report. */
export const THIN_WORDS = 120;
export const THIN_PARAGRAPHS = 2;

function countWords(text: string): number {
  const m = text.match(/[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu);
  return m ? m.length : 0;
}

function fetchProblem(what: string, e: unknown): string {
  if (e instanceof FetchError) {
    switch (e.code) {
      case 'http-status':
        return `${what}: the server answered HTTP ${e.status}`;
      case 'timeout':
        return `${what}: timed out (${e.message})`;
      case 'ssrf-blocked':
        return `${what}: refused by the SSRF guard (${e.message})`;
      case 'robots-disallowed':
        return `${what}: robots.txt disallows it (${e.message})`;
      default:
        return `${what}: ${e.code}: ${e.message}`;
    }
  }
  return `${what}: ${e instanceof Error ? e.message : String(e)}`;
}

function statusOf(e: unknown): number | null {
  return e instanceof FetchError ? (e.status ?? null) : null;
}

function isHtmlType(contentType: string | null): boolean {
  return !!contentType && /text\/html|application\/xhtml/i.test(contentType);
}

/** The most recently published item; feed order when no item is dated. */
function newestOf(items: FeedItem[]): FeedItem {
  let best = items[0]!;
  for (const item of items) {
    if (item.published && (!best.published || item.published.getTime() > best.published.getTime())) best = item;
  }
  return best;
}

function grade(article: ExtractedArticle): { quality: ArticleQuality; words: number; paragraphs: number } {
  const words = countWords(article.text);
  const paragraphs = article.paragraphs.filter((p) => p.trim()).length;
  if (words === 0) return { quality: 'failed', words, paragraphs };
  if (words < THIN_WORDS || paragraphs < THIN_PARAGRAPHS) return { quality: 'thin', words, paragraphs };
  return { quality: 'good', words, paragraphs };
}

async function checkArticle(item: FeedItem, deps: CheckDeps, problems: string[]): Promise<ArticleCheck> {
  const failed: ArticleCheck = { url: item.url, ok: false, httpStatus: null, title: null, words: 0, paragraphs: 0, lang: null, quality: 'failed' };
  let page: FetchResult;
  try {
    page = await deps.fetcher.fetch(item.url, { purpose: 'article' });
  } catch (e) {
    problems.push(fetchProblem('article page', e));
    return { ...failed, httpStatus: statusOf(e) };
  }
  const checked: ArticleCheck = { ...failed, url: page.url, httpStatus: page.status };
  if (!page.text.trim()) {
    problems.push(`article page: empty body (HTTP ${page.status})`);
    return checked;
  }
  let article: ExtractedArticle;
  try {
    article = extractPage(page.text, { url: page.url, contentType: page.contentType, now: deps.now?.() });
  } catch (e) {
    problems.push(`article page: extraction failed: ${e instanceof Error ? e.message : String(e)}`);
    return checked;
  }
  const { quality, words, paragraphs } = grade(article);
  const result: ArticleCheck = {
    ...checked,
    ok: quality !== 'failed',
    title: article.title?.trim() || item.title || null,
    words,
    paragraphs,
    lang: words ? article.lang : null,
    quality,
  };
  if (quality === 'failed') problems.push('article page: no article text could be extracted');
  else if (quality === 'thin') problems.push(`article page: thin text (${words} words in ${paragraphs} paragraph${paragraphs === 1 ? '' : 's'})`);
  if (words && article.lang !== 'ar' && article.lang !== 'und') problems.push(`article page: language is ${article.lang}, not Arabic`);
  return result;
}

/** Checks one feed URL end to end without storing anything. Never throws for a bad source: it reports. */
export async function checkSource(url: string, deps: CheckDeps): Promise<SourceCheck> {
  const problems: string[] = [];
  const check: SourceCheck = { url, ok: false, httpStatus: null, feedFormat: null, items: 0, newestItem: null, article: null, problems };

  let res: FetchResult;
  try {
    res = await deps.fetcher.fetch(url, { purpose: 'feed' });
  } catch (e) {
    check.httpStatus = statusOf(e);
    problems.push(fetchProblem('feed', e));
    return check;
  }
  check.httpStatus = res.status;
  if (res.url !== new URL(url).href) problems.push(`feed: redirected to ${res.url} (subscribe to that URL instead)`);

  let feed: ParsedFeed;
  try {
    feed = parseFeed(res.text, res.url, { now: deps.now?.() });
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    problems.unshift(`feed: does not parse: ${why}${isHtmlType(res.contentType) ? ` (served as ${res.contentType})` : ''}`);
    return check;
  }
  check.feedFormat = feed.format;
  check.items = feed.items.length;
  if (!feed.items.length) {
    problems.unshift('feed: parses but has no items');
    return check;
  }
  const newest = newestOf(feed.items);
  check.newestItem = { url: newest.url, title: newest.title, published: newest.published ? newest.published.toISOString() : null };
  if (!feed.items.some((i) => i.published)) problems.push('feed: no item carries a usable publication date');

  check.article = await checkArticle(newest, deps, problems);
  check.ok = check.article.ok;
  return check;
}

function hostKey(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return url;
  }
}

/**
 * Checks many feeds. Sources on one host are checked one after another (politeness on top of the fetcher's per-host
 * delay); different hosts run side by side, at most `concurrency` at a time. Results come back in input order.
 */
export async function checkSources(urls: string[], deps: CheckDeps, options: { concurrency?: number; onResult?: (r: SourceCheck, index: number) => void } = {}): Promise<SourceCheck[]> {
  const results: SourceCheck[] = new Array(urls.length);
  const byHost = new Map<string, number[]>();
  urls.forEach((u, i) => {
    const key = hostKey(u);
    const list = byHost.get(key) ?? [];
    list.push(i);
    byHost.set(key, list);
  });
  const queues = [...byHost.values()];
  const workers = Math.max(1, Math.min(options.concurrency ?? 4, queues.length));
  let next = 0;
  await Promise.all(
    Array.from({ length: workers }, async () => {
      for (;;) {
        const queue = queues[next++];
        if (!queue) return;
        for (const i of queue) {
          results[i] = await checkSource(urls[i]!, deps);
          options.onResult?.(results[i]!, i);
        }
      }
    }),
  );
  return results;
}
