// Harness of the hostile-input suite (hostile-documents.test.ts, hostile-network.test.ts): every case is served by a real HTTP server on 127.0.0.1, fetched by the real fetcher and (when
// the fetch succeeds) parsed by the real feed parser; each asserts its expected outcome. No packet leaves loopback:
// every name is resolved by an injected lookup hook and every connection passes a connect hook that refuses anything
// but 127.0.0.1.
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import zlib from 'node:zlib';
import iconv from 'iconv-lite';
import { createFetcher } from '../../src/ingest/fetcher.ts';
import { FeedParseError, parseFeed } from '../../src/ingest/feed-parser.ts';
import { FetchError } from '../../src/ingest/types.ts';
import type { ConnectAttempt, FetchOptions, FetchResult, FetcherOptions, ParsedFeed, ResolvedAddress } from '../../src/ingest/types.ts';
import { dripForever, floodForever, startFixtureServer } from './fixture-server.ts';
import type { FixtureServer, Handler } from './fixture-server.ts';
import * as F from './hostile-feeds.ts';

export const NOW = new Date('2024-10-01T00:00:00Z');

export let server: FixtureServer;
export let other: FixtureServer;
export const attempts: ConnectAttempt[] = [];

/** Names the tests use, mapped to what a hostile DNS would answer. */
const DNS: Record<string, string[]> = {
  'feeds.wahat.test': ['127.0.0.1'],
  'intranet.wahat.test': ['10.0.0.1'],
  'router.wahat.test': ['192.168.1.1'],
  'metadata.wahat.test': ['169.254.169.254'],
  'split.wahat.test': ['127.0.0.1', '10.0.0.1'],
};
export const lookup = async (hostname: string): Promise<ResolvedAddress[]> => {
  const answers = DNS[hostname];
  if (!answers) throw new Error(`test resolver has no answer for ${hostname}`);
  return answers.map((address) => ({ address, family: 4 as const }));
};
export const connectHook = (a: ConnectAttempt) => {
  attempts.push(a);
  if (a.address !== '127.0.0.1' && a.address !== '::1') throw new Error(`test connect hook refuses ${a.address}`);
};

export function fetcherFor(extra: Partial<FetcherOptions> = {}) {
  return createFetcher({ allowlist: [server.hostPort], perHostDelayMs: 0, lookup, connectHook, ...extra });
}

export type Outcome =
  | { kind: 'fetch-error'; error: FetchError }
  | { kind: 'parse-error'; error: FeedParseError; result: FetchResult }
  | { kind: 'feed'; feed: ParsedFeed; result: FetchResult };

export async function run(path: string, opts: { fetcher?: Partial<FetcherOptions>; fetch?: FetchOptions; url?: string } = {}): Promise<Outcome> {
  const fetcher = fetcherFor(opts.fetcher);
  const url = opts.url ?? `${server.origin}${path}`;
  try {
    let result: FetchResult;
    try {
      result = await fetcher.fetch(url, opts.fetch);
    } catch (error) {
      if (error instanceof FetchError) return { kind: 'fetch-error', error };
      throw error;
    }
    try {
      return { kind: 'feed', feed: parseFeed(result.text, result.url, { now: NOW }), result };
    } catch (error) {
      if (error instanceof FeedParseError) return { kind: 'parse-error', error, result };
      throw error;
    }
  } finally {
    await fetcher.close();
  }
}

export function expectFetchError(o: Outcome, code: FetchError['code']): FetchError {
  assert.equal(o.kind, 'fetch-error', `expected fetch error ${code}, got ${o.kind}`);
  const e = (o as { error: FetchError }).error;
  assert.equal(e.code, code, e.message);
  return e;
}

export function expectParseError(o: Outcome, pattern: RegExp): void {
  assert.equal(o.kind, 'parse-error', `expected a parse error, got ${o.kind}`);
  assert.match((o as { error: Error }).error.message, pattern);
}

export function expectFeed(o: Outcome): { feed: ParsedFeed; result: FetchResult } {
  if (o.kind !== 'feed') assert.fail(`expected a feed, got ${o.kind}: ${(o as { error: Error }).error.message}`);
  return o;
}

function serve(body: string | Buffer, headers: Record<string, string> = { 'content-type': 'application/rss+xml; charset=utf-8' }, status = 200): Handler {
  return (_req, res) => {
    res.writeHead(status, headers);
    res.end(body);
  };
}

function redirect(location: string, status = 302): Handler {
  return (_req, res) => {
    res.writeHead(status, { location });
    res.end();
  };
}

/** Registers the servers for the calling test file. */
export function useHostileServers(): void {
before(async () => {
  other = await startFixtureServer({ '/simple': serve(F.SIMPLE_RSS) });
  const xml = { 'content-type': 'application/rss+xml' };
  server = await startFixtureServer({
    '/simple': serve(F.SIMPLE_RSS),
    '/rss091': serve(F.RSS_091, { 'content-type': 'text/xml' }),
    '/rss10': serve(F.RSS_10, { 'content-type': 'application/rdf+xml' }),
    '/atom': serve(F.ATOM, { 'content-type': 'application/atom+xml' }),
    '/json': serve(F.JSON_FEED, { 'content-type': 'application/feed+json' }),
    '/dc-date': serve(F.DC_DATE_RSS),
    '/content-encoded': serve(F.CONTENT_ENCODED_RSS),
    '/media': serve(F.MEDIA_RSS),
    '/relative/feed.xml': serve(F.RELATIVE_LINKS_RSS),
    '/relative-nosite/feeds/main.xml': serve(F.RELATIVE_NO_SITE_RSS),
    '/duplicates': serve(F.DUPLICATE_GUID_RSS),
    '/dates': serve(F.DATES_RSS),
    '/injection': serve(F.INJECTION_RSS),
    '/billion-laughs': serve(F.BILLION_LAUGHS),
    '/xxe': serve(F.EXTERNAL_ENTITY),
    '/malformed': serve(F.MALFORMED_XML),
    '/truncated': serve(F.TRUNCATED_XML),
    '/truncated-after-item': serve(F.TRUNCATED_AFTER_ITEM),
    '/html': serve(F.HTML_PAGE, { 'content-type': 'text/html; charset=utf-8' }),
    '/empty': serve(''),
    '/cp1256-undeclared': serve(iconv.encode(F.rssDeclaring(null), 'windows-1256'), xml),
    '/cp1256-says-utf8': serve(iconv.encode(F.rssDeclaring(null), 'windows-1256'), { 'content-type': 'text/xml; charset=utf-8' }),
    '/utf8-says-latin1': serve(Buffer.from(F.rssDeclaring(null)), { 'content-type': 'text/xml; charset=ISO-8859-1' }),
    '/iso-8859-6-decl': serve(iconv.encode(F.rssDeclaring('ISO-8859-6'), 'iso-8859-6'), xml),
    '/iso-8859-6-header': serve(iconv.encode(F.rssDeclaring(null), 'iso-8859-6'), { 'content-type': 'text/xml; charset=iso-8859-6' }),
    '/bom-beats-header': serve(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(F.rssDeclaring(null))]), {
      'content-type': 'text/xml; charset=windows-1256',
    }),
    '/utf16le-bom': serve(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(F.rssDeclaring('UTF-16'), 'utf16le')]), xml),
    '/html-meta-1256': serve(iconv.encode(F.htmlWithMeta('<meta charset="windows-1256">'), 'windows-1256'), { 'content-type': 'text/html' }),
    '/html-http-equiv-8859-6': serve(
      iconv.encode(F.htmlWithMeta('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-6">'), 'iso-8859-6'),
      { 'content-type': 'text/html' },
    ),
    '/gzip-feed': serve(zlib.gzipSync(F.SIMPLE_RSS), { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' }),
    '/deflate-feed': serve(zlib.deflateSync(F.SIMPLE_RSS), { 'content-type': 'application/rss+xml', 'content-encoding': 'deflate' }),
    '/br-feed': serve(zlib.brotliCompressSync(F.SIMPLE_RSS), { 'content-type': 'application/rss+xml', 'content-encoding': 'br' }),
    // 16 gzip members of 1 MB of spaces each (a valid multi-member stream): 16 MB out of about 16 KB.
    '/gzip-bomb': serve(Buffer.concat(Array(16).fill(zlib.gzipSync(Buffer.alloc(1024 * 1024, 0x20), { level: 9 }))), {
      'content-type': 'text/xml',
      'content-encoding': 'gzip',
    }),
    '/br-bomb': serve(
      zlib.brotliCompressSync(Buffer.alloc(6 * 1024 * 1024, 0x20), { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 1 } }),
      { 'content-type': 'text/xml', 'content-encoding': 'br' },
    ),
    '/corrupt-gzip': serve(Buffer.from('this is not gzip at all, just words'), { 'content-type': 'text/xml', 'content-encoding': 'gzip' }),
    '/unknown-encoding': serve(Buffer.from('x'), { 'content-type': 'text/xml', 'content-encoding': 'zstd' }),
    '/endless': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/xml' });
      floodForever(res, Buffer.alloc(64 * 1024, 0x61));
    },
    '/twenty-mb-declared': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/xml', 'content-length': String(20 * 1024 * 1024) });
      res.end(Buffer.alloc(20 * 1024 * 1024, 0x61));
    },
    '/twenty-mb-chunked': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/xml' });
      const chunk = Buffer.alloc(1024 * 1024, 0x61);
      let sent = 0;
      const pump = () => {
        while (sent < 20 && !res.destroyed) {
          sent++;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        if (!res.destroyed) res.end();
      };
      pump();
    },
    '/slow-drip': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/xml' });
      res.write('<?xml version="1.0"?><rss version="2.0">');
      dripForever(res, ' ', 40);
    },
    '/stall': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/xml' });
      res.write('<?xml version="1.0"?><rss version="2.0">');
    },
    '/no-headers': () => {
      // Never answers.
    },
    '/loop-a': redirect('/loop-b'),
    '/loop-b': redirect('/loop-a', 301),
    '/to-other-port': (_req, res) => redirect(`http://127.0.0.1:${other.port}/simple`)(_req, res),
    '/to-10': redirect('http://10.0.0.1/feed.xml'),
    '/to-192': redirect('http://192.168.1.1/feed.xml', 307),
    '/to-metadata': redirect('http://169.254.169.254/latest/meta-data/', 308),
    '/to-intranet-name': redirect('http://intranet.wahat.test/feed.xml'),
    '/to-file': redirect('file:///etc/passwd'),
    // Raw UTF-8 bytes in Location, as some Arabic sites send it (Node writes header strings as latin1).
    '/to-arabic-slug': redirect(Buffer.from('/أخبار/مكتبة', 'utf8').toString('latin1'), 301),
    '/conditional': (req, res) => {
      if (req.headers['if-none-match'] === '"v1"' || req.headers['if-modified-since'] === 'Sun, 03 Mar 2024 12:00:00 GMT') {
        res.writeHead(304, { etag: '"v1"' });
        return void res.end();
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"', 'last-modified': 'Sun, 03 Mar 2024 12:00:00 GMT' });
      res.end(F.SIMPLE_RSS);
    },
    '/429': serve('slow down', { 'content-type': 'text/plain', 'retry-after': '120' }, 429),
    '/503-date': (_req, res) => {
      res.writeHead(503, { 'content-type': 'text/plain', 'retry-after': new Date(Date.now() + 90_000).toUTCString() });
      res.end('maintenance');
    },
    '/500': serve('boom', { 'content-type': 'text/plain' }, 500),
    '/robots.txt': serve('User-agent: *\nDisallow: /private/\nCrawl-delay: 120\n', { 'content-type': 'text/plain' }),
    '/public/article-1': serve(F.HTML_PAGE, { 'content-type': 'text/html; charset=utf-8' }),
    '/public/article-2': serve(F.HTML_PAGE, { 'content-type': 'text/html; charset=utf-8' }),
    '/private/article': serve(F.HTML_PAGE, { 'content-type': 'text/html; charset=utf-8' }),
    '/private/feed': serve(F.SIMPLE_RSS),
  });
  for (let i = 1; i <= 6; i++) server.route(`/hop/${i}`, redirect(`/hop/${i - 1}`));
  server.route('/hop/0', serve(F.SIMPLE_RSS));
  server.route(`/${encodeURIComponent('أخبار')}/${encodeURIComponent('مكتبة')}`, serve(F.SIMPLE_RSS));
});

after(async () => {
  await server.close();
  await other.close();
});
}
