// Hostile-input suite: every case is served by a real HTTP server on 127.0.0.1, fetched by the real fetcher and (when
// the fetch succeeds) parsed by the real feed parser; each asserts its expected outcome. No packet leaves loopback:
// every name is resolved by an injected lookup hook and every connection passes a connect hook that refuses anything
// but 127.0.0.1.
import { after, before, describe, test } from 'node:test';
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

const NOW = new Date('2024-10-01T00:00:00Z');

let server: FixtureServer;
let other: FixtureServer;
const attempts: ConnectAttempt[] = [];

/** Names the tests use, mapped to what a hostile DNS would answer. */
const DNS: Record<string, string[]> = {
  'feeds.wahat.test': ['127.0.0.1'],
  'intranet.wahat.test': ['10.0.0.1'],
  'router.wahat.test': ['192.168.1.1'],
  'metadata.wahat.test': ['169.254.169.254'],
  'split.wahat.test': ['127.0.0.1', '10.0.0.1'],
};
const lookup = async (hostname: string): Promise<ResolvedAddress[]> => {
  const answers = DNS[hostname];
  if (!answers) throw new Error(`test resolver has no answer for ${hostname}`);
  return answers.map((address) => ({ address, family: 4 as const }));
};
const connectHook = (a: ConnectAttempt) => {
  attempts.push(a);
  if (a.address !== '127.0.0.1' && a.address !== '::1') throw new Error(`test connect hook refuses ${a.address}`);
};

function fetcherFor(extra: Partial<FetcherOptions> = {}) {
  return createFetcher({ allowlist: [server.hostPort], perHostDelayMs: 0, lookup, connectHook, ...extra });
}

type Outcome =
  | { kind: 'fetch-error'; error: FetchError }
  | { kind: 'parse-error'; error: FeedParseError; result: FetchResult }
  | { kind: 'feed'; feed: ParsedFeed; result: FetchResult };

async function run(path: string, opts: { fetcher?: Partial<FetcherOptions>; fetch?: FetchOptions; url?: string } = {}): Promise<Outcome> {
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

function expectFetchError(o: Outcome, code: FetchError['code']): FetchError {
  assert.equal(o.kind, 'fetch-error', `expected fetch error ${code}, got ${o.kind}`);
  const e = (o as { error: FetchError }).error;
  assert.equal(e.code, code, e.message);
  return e;
}

function expectParseError(o: Outcome, pattern: RegExp): void {
  assert.equal(o.kind, 'parse-error', `expected a parse error, got ${o.kind}`);
  assert.match((o as { error: Error }).error.message, pattern);
}

function expectFeed(o: Outcome): { feed: ParsedFeed; result: FetchResult } {
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
    '/gzip-bomb': serve(zlib.gzipSync(Buffer.alloc(16 * 1024 * 1024, 0x20), { level: 9 }), { 'content-type': 'text/xml', 'content-encoding': 'gzip' }),
    '/br-bomb': serve(
      zlib.brotliCompressSync(Buffer.alloc(16 * 1024 * 1024, 0x20), { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } }),
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
    '/robots.txt': serve('User-agent: *\nDisallow: /private/\n', { 'content-type': 'text/plain' }),
    '/private/article': serve(F.HTML_PAGE, { 'content-type': 'text/html; charset=utf-8' }),
    '/private/feed': serve(F.SIMPLE_RSS),
  });
  for (let i = 1; i <= 6; i++) server.route(`/hop/${i}`, redirect(`/hop/${i - 1}`));
  server.route('/hop/0', serve(F.SIMPLE_RSS));
});

after(async () => {
  await server.close();
  await other.close();
});

describe('feed formats', () => {
  test('RSS 2.0 in Arabic: items, guid, link, date with numeric zone', async () => {
    const { feed } = expectFeed(await run('/simple'));
    assert.equal(feed.format, 'rss');
    assert.equal(feed.title, F.OUTLET);
    assert.equal(feed.language, 'ar');
    assert.equal(feed.items.length, 2);
    assert.equal(feed.items[0]!.guid, 'wahat-1');
    assert.equal(feed.items[0]!.title, F.TITLE_1);
    assert.equal(feed.items[0]!.summary, F.BODY_1);
    assert.equal(feed.items[0]!.published?.toISOString(), '2024-03-03T07:30:00.000Z');
  });

  test('RSS 0.91 with the Netscape DOCTYPE (no internal subset, never fetched)', async () => {
    const { feed } = expectFeed(await run('/rss091'));
    assert.equal(feed.format, 'rss');
    assert.equal(feed.items.length, 1);
    assert.equal(feed.items[0]!.url, 'https://old-oasis.example/wells');
    assert.equal(feed.items[0]!.guid, 'https://old-oasis.example/wells');
  });

  test('RSS 1.0 (RDF) with dc:date and dc:creator', async () => {
    const { feed } = expectFeed(await run('/rss10'));
    assert.equal(feed.format, 'rdf');
    assert.equal(feed.items[0]!.title, 'موسم التمور يبدأ مبكراً هذا العام');
    assert.equal(feed.items[0]!.published?.toISOString(), '2024-09-14T05:15:00.000Z');
    assert.equal(feed.items[0]!.author, 'سلمى الراوي');
  });

  test('Atom: alternate link resolved, html title flattened, updated used when published is missing', async () => {
    const { feed } = expectFeed(await run('/atom'));
    assert.equal(feed.format, 'atom');
    assert.equal(feed.language, 'ar');
    const [first, second] = feed.items;
    assert.equal(first!.url, 'https://nakheel.example/posts/book');
    assert.equal(first!.title, 'قراءة في كتاب متخيل');
    assert.equal(first!.published?.toISOString(), '2024-01-31T19:00:00.000Z');
    assert.equal(first!.contentHtml, '<p>فقرة أولى من العرض.</p>');
    assert.deepEqual(first!.categories, ['ثقافة']);
    assert.equal(second!.published?.toISOString(), '2024-01-20T09:00:00.000Z');
  });

  test('JSON Feed: content_html, relative url and image resolved against home_page_url', async () => {
    const { feed } = expectFeed(await run('/json'));
    assert.equal(feed.format, 'json');
    const item = feed.items[0]!;
    assert.equal(item.url, 'https://mawjaz.example/brief/1');
    assert.equal(item.image, 'https://mawjaz.example/img/power.jpg');
    assert.equal(item.contentHtml, '<p>أعلنت شركة متخيلة عن صيانة مجدولة.</p>');
    assert.equal(item.author, 'هالة النجار');
    assert.equal(item.published?.toISOString(), '2024-05-10T06:00:00.000Z');
  });

  test('dc:date stands in for a missing pubDate', async () => {
    const { feed } = expectFeed(await run('/dc-date'));
    assert.equal(feed.items[0]!.published?.toISOString(), '2024-06-01T04:45:00.000Z');
    assert.equal(feed.items[0]!.author, 'عادل الصحراوي');
  });

  test('content:encoded becomes contentHtml, description the summary', async () => {
    const { feed } = expectFeed(await run('/content-encoded'));
    assert.equal(feed.items[0]!.contentHtml, `<p>${F.BODY_1}</p><p>فقرة ثانية كاملة.</p>`);
    assert.equal(feed.items[0]!.summary, 'ملخص قصير للخبر.');
  });

  test('media:content image resolved to an absolute URL', async () => {
    const { feed } = expectFeed(await run('/media'));
    assert.equal(feed.items[0]!.image, 'https://wahat.example/media/library.jpg');
  });
});

describe('links, identities and dates', () => {
  test('relative links resolve against the channel link', async () => {
    const { feed } = expectFeed(await run('/relative/feed.xml'));
    assert.deepEqual(
      feed.items.map((i) => i.url),
      ['https://wahat.example/news/relative', 'https://wahat.example/sports/match?id=3'],
    );
  });

  test('relative links resolve against the feed URL when the channel has no link', async () => {
    const { feed } = expectFeed(await run('/relative-nosite/feeds/main.xml'));
    assert.equal(feed.items[0]!.url, `${server.origin}/relative-nosite/feeds/article-9.html`);
  });

  test('duplicate GUIDs: the first item wins, the repeat is dropped', async () => {
    const { feed } = expectFeed(await run('/duplicates'));
    assert.deepEqual(
      feed.items.map((i) => [i.guid, i.url]),
      [
        ['same-guid', 'https://wahat.example/news/dup-a'],
        ['other-guid', 'https://wahat.example/news/other'],
      ],
    );
  });

  test('missing, future, odd-zone, Arabic and unreadable dates', async () => {
    const { feed } = expectFeed(await run('/dates'));
    const byUrl = new Map(feed.items.map((i) => [i.url.split('/').pop(), i.published?.toISOString() ?? null]));
    assert.equal(byUrl.get('none'), null);
    assert.equal(byUrl.get('future'), null, 'a date in 2100 is not trusted');
    assert.equal(byUrl.get('eest'), '2024-07-02T06:00:00.000Z');
    assert.equal(byUrl.get('arabic'), '2024-03-03T10:30:00.000Z');
    assert.equal(byUrl.get('garbage'), null);
    assert.equal(feed.items.length, 5, 'items without a usable date are kept');
  });
});

describe('hostile documents', () => {
  test('script and event-handler injection: contentHtml left untouched for the sanitizer, text fields carry no markup', async () => {
    const { feed } = expectFeed(await run('/injection'));
    assert.equal(feed.items.length, 1, 'the javascript: link item is dropped');
    const item = feed.items[0]!;
    assert.equal(item.url, 'https://wahat.example/news/inject');
    // Untrusted HTML is passed on as-is: the extractor's sanitizer is the one place that cleans it.
    assert.match(item.contentHtml!, /<script>fetch\('https:\/\/evil\.example/);
    assert.match(item.contentHtml!, /onclick="steal\(\)"/);
    assert.ok(!/[<>]/.test(item.title!), `title carries markup: ${item.title}`);
    assert.ok(item.title!.endsWith(F.TITLE_1));
    assert.equal(item.summary, F.BODY_1, 'summary is plain text without the script body');
  });

  test('billion laughs is refused at once with a clear error', async () => {
    const o = await run('/billion-laughs');
    expectParseError(o, /DOCTYPE.*internal subset/);
  });

  test('external entity (file:///etc/passwd) is refused and nothing is read from disk', async () => {
    const o = await run('/xxe');
    expectParseError(o, /DOCTYPE.*internal subset/);
    assert.ok(!/root:/.test((o as { error: Error }).error.message));
  });

  test('malformed XML gives a FeedParseError naming the problem', async () => {
    expectParseError(await run('/malformed'), /^malformed feed: .+/);
  });

  test('XML truncated mid-element', async () => {
    expectParseError(await run('/truncated'), /malformed|truncated/);
  });

  test('XML truncated after a complete item (the root never closes)', async () => {
    expectParseError(await run('/truncated-after-item'), /truncated rss feed/);
  });

  test('an HTML page served as a feed', async () => {
    expectParseError(await run('/html'), /not a feed: the document is an HTML page/);
  });

  test('an empty body', async () => {
    const o = await run('/empty');
    expectParseError(o, /empty document/);
    assert.equal((o as { result: FetchResult }).result.body.length, 0);
  });
});

describe('character sets', () => {
  test('windows-1256 without any declaration is recognised as Arabic', async () => {
    const { feed, result } = expectFeed(await run('/cp1256-undeclared'));
    assert.equal(result.charset, 'windows-1256');
    assert.equal(feed.items[0]!.title, F.TITLE_1);
  });

  test('declared UTF-8 that is really windows-1256 (wrong declared charset)', async () => {
    const { feed, result } = expectFeed(await run('/cp1256-says-utf8'));
    assert.equal(result.charset, 'windows-1256');
    assert.equal(feed.items[0]!.summary, F.BODY_1);
  });

  test('a Latin-1 header over UTF-8 bytes is read as UTF-8', async () => {
    const { feed, result } = expectFeed(await run('/utf8-says-latin1'));
    assert.equal(result.charset, 'utf-8');
    assert.equal(feed.items[0]!.title, F.TITLE_1);
  });

  test('ISO-8859-6 declared in the XML declaration', async () => {
    const { feed, result } = expectFeed(await run('/iso-8859-6-decl'));
    assert.equal(result.charset, 'iso-8859-6');
    assert.equal(feed.items[0]!.title, F.TITLE_1);
    assert.equal(feed.items[0]!.summary, F.BODY_1);
  });

  test('ISO-8859-6 declared in the Content-Type header', async () => {
    const { feed, result } = expectFeed(await run('/iso-8859-6-header'));
    assert.equal(result.charset, 'iso-8859-6');
    assert.equal(feed.items[0]!.title, F.TITLE_1);
  });

  test('a UTF-8 BOM beats a windows-1256 header', async () => {
    const { feed, result } = expectFeed(await run('/bom-beats-header'));
    assert.equal(result.charset, 'utf-8');
    assert.equal(feed.items[0]!.title, F.TITLE_1);
  });

  test('UTF-16LE with a BOM', async () => {
    const { feed, result } = expectFeed(await run('/utf16le-bom'));
    assert.equal(result.charset, 'utf-16le');
    assert.equal(feed.items[0]!.title, F.TITLE_1);
  });

  test('HTML <meta charset=windows-1256> decides when the header says nothing', async () => {
    const fetcher = fetcherFor();
    try {
      const r = await fetcher.fetch(`${server.origin}/html-meta-1256`, { purpose: 'check' });
      assert.equal(r.charset, 'windows-1256');
      assert.ok(r.text.includes(`<title>${F.TITLE_1}</title>`));
    } finally {
      await fetcher.close();
    }
  });

  test('HTML <meta http-equiv> with ISO-8859-6', async () => {
    const fetcher = fetcherFor();
    try {
      const r = await fetcher.fetch(`${server.origin}/html-http-equiv-8859-6`, { purpose: 'check' });
      assert.equal(r.charset, 'iso-8859-6');
      assert.ok(r.text.includes(F.BODY_1));
    } finally {
      await fetcher.close();
    }
  });
});

describe('compression and size limits', () => {
  for (const [path, name] of [['/gzip-feed', 'gzip'], ['/deflate-feed', 'deflate'], ['/br-feed', 'brotli']] as const) {
    test(`a ${name}-encoded feed is decompressed`, async () => {
      const { feed } = expectFeed(await run(path));
      assert.equal(feed.items[0]!.title, F.TITLE_1);
    });
  }

  test('gzip bomb: refused once the decompressed size passes the limit', async () => {
    const e = expectFetchError(await run('/gzip-bomb', { fetcher: { maxDecompressedBytes: 2 * 1024 * 1024 } }), 'decompression-bomb');
    assert.match(e.message, /decompressed body exceeds 2097152 bytes/);
  });

  test('brotli bomb: refused the same way', async () => {
    expectFetchError(await run('/br-bomb', { fetcher: { maxDecompressedBytes: 2 * 1024 * 1024 } }), 'decompression-bomb');
  });

  test('a corrupt gzip body is a clear network error', async () => {
    const e = expectFetchError(await run('/corrupt-gzip'), 'network');
    assert.match(e.message, /corrupt gzip body/);
  });

  test('an unsupported content-encoding is refused', async () => {
    const e = expectFetchError(await run('/unknown-encoding'), 'network');
    assert.match(e.message, /unsupported content-encoding "zstd"/);
  });

  test('an endless body stops at the size limit', async () => {
    const e = expectFetchError(await run('/endless', { fetcher: { maxBodyBytes: 1024 * 1024 } }), 'too-large');
    assert.match(e.message, /larger than 1048576 bytes/);
  });

  test('a 20 MB body with Content-Length is refused before reading (default 10 MB limit)', async () => {
    const e = expectFetchError(await run('/twenty-mb-declared'), 'too-large');
    assert.match(e.message, /declared body of 20971520 bytes/);
  });

  test('a 20 MB chunked body is cut at the default 10 MB limit', async () => {
    const e = expectFetchError(await run('/twenty-mb-chunked'), 'too-large');
    assert.match(e.message, /larger than 10485760 bytes/);
  });
});

describe('timeouts', () => {
  test('a slow drip (a byte now and then, never idle long enough) hits the total deadline', async () => {
    const e = expectFetchError(await run('/slow-drip', { fetcher: { totalTimeoutMs: 400, bodyTimeoutMs: 5_000 } }), 'timeout');
    assert.match(e.message, /exceeded 400 ms/);
  });

  test('a body that stalls hits the body timeout', async () => {
    const e = expectFetchError(await run('/stall', { fetcher: { bodyTimeoutMs: 250 } }), 'timeout');
    assert.match(e.message, /stalled/);
  });

  test('a server that never sends headers hits the headers timeout', async () => {
    const e = expectFetchError(await run('/no-headers', { fetcher: { headersTimeoutMs: 250 } }), 'timeout');
    assert.match(e.message, /no response headers/);
  });
});

describe('redirects and the SSRF guard', () => {
  test('five redirects are followed', async () => {
    const { result } = expectFeed(await run('/hop/5'));
    assert.equal(result.url, `${server.origin}/hop/0`);
    assert.equal(result.requestedUrl, `${server.origin}/hop/5`);
  });

  test('six redirects are refused', async () => {
    expectFetchError(await run('/hop/6'), 'too-many-redirects');
  });

  test('a redirect loop is detected', async () => {
    const e = expectFetchError(await run('/loop-a'), 'redirect-loop');
    assert.match(e.message, /loop-b → .*loop-a/);
  });

  test('a redirect from the allowed port to another loopback port is refused (not in the allowlist)', async () => {
    const before = other.requests.length;
    attempts.length = 0;
    expectFetchError(await run('/to-other-port'), 'ssrf-blocked');
    assert.equal(other.requests.length, before, 'the other server saw no request');
    assert.ok(!attempts.some((a) => a.port === other.port), 'no connection was attempted to the other port');
  });

  for (const [path, address] of [['/to-10', '10.0.0.1'], ['/to-192', '192.168.1.1'], ['/to-metadata', '169.254.169.254']] as const) {
    test(`a redirect to ${address} is refused before connecting`, async () => {
      attempts.length = 0;
      const e = expectFetchError(await run(path), 'ssrf-blocked');
      assert.match(e.message, new RegExp(address.replace(/\./g, '\\.')));
      assert.ok(!attempts.some((a) => a.address === address), `connect hook saw ${address}`);
      assert.ok(attempts.every((a) => a.address === '127.0.0.1'));
    });
  }

  test('a redirect to a name that resolves to 10.0.0.1 is refused before connecting', async () => {
    attempts.length = 0;
    expectFetchError(await run('/to-intranet-name'), 'ssrf-blocked');
    assert.ok(!attempts.some((a) => a.host === 'intranet.wahat.test' || a.address === '10.0.0.1'));
  });

  for (const [host, address] of [
    ['intranet.wahat.test', '10.0.0.1'],
    ['router.wahat.test', '192.168.1.1'],
    ['metadata.wahat.test', '169.254.169.254'],
  ] as const) {
    test(`a feed URL whose DNS answer is ${address} is refused before connecting`, async () => {
      attempts.length = 0;
      expectFetchError(await run('', { url: `http://${host}:${server.port}/simple` }), 'ssrf-blocked');
      assert.equal(attempts.length, 0, 'no connection attempted at all');
    });
  }

  test('a name with one loopback-allowed and one private answer is refused as a whole', async () => {
    attempts.length = 0;
    expectFetchError(await run('', { url: `http://split.wahat.test:${server.port}/simple` }), 'ssrf-blocked');
    assert.equal(attempts.length, 0);
  });

  test('a name resolving to the allowlisted address is fetched through the hooks', async () => {
    attempts.length = 0;
    const { feed } = expectFeed(await run('', { url: `http://feeds.wahat.test:${server.port}/simple` }));
    assert.equal(feed.items.length, 2);
    assert.deepEqual(attempts, [{ host: 'feeds.wahat.test', port: server.port, address: '127.0.0.1' }]);
  });

  test('a redirect to file:// is refused', async () => {
    const e = expectFetchError(await run('/to-file'), 'bad-url');
    assert.match(e.message, /scheme file: refused/);
  });

  test('URLs with credentials are refused', async () => {
    expectFetchError(await run('', { url: `http://user:secret@127.0.0.1:${server.port}/simple` }), 'bad-url');
  });

  test('a connect hook that throws refuses even an allowlisted connection', async () => {
    const fetcher = createFetcher({
      allowlist: [server.hostPort],
      perHostDelayMs: 0,
      lookup,
      connectHook: () => {
        throw new Error('refused by test');
      },
    });
    try {
      await assert.rejects(fetcher.fetch(`${server.origin}/simple`), (e: unknown) => e instanceof FetchError && e.code === 'network');
    } finally {
      await fetcher.close();
    }
  });
});

describe('HTTP semantics', () => {
  test('conditional GET: validators are sent and a 304 comes back as notModified with an empty body', async () => {
    const first = expectFeed(await run('/conditional'));
    assert.equal(first.result.etag, '"v1"');
    assert.equal(first.result.lastModified, 'Sun, 03 Mar 2024 12:00:00 GMT');
    const fetcher = fetcherFor();
    try {
      const r = await fetcher.fetch(`${server.origin}/conditional`, { etag: first.result.etag, lastModified: first.result.lastModified });
      assert.equal(r.status, 304);
      assert.equal(r.notModified, true);
      assert.equal(r.body.length, 0);
      assert.equal(r.text, '');
      const seen = server.requests.filter((q) => q.path === '/conditional').pop()!;
      assert.equal(seen.headers['if-none-match'], '"v1"');
      assert.equal(seen.headers['if-modified-since'], 'Sun, 03 Mar 2024 12:00:00 GMT');
      assert.equal(seen.headers['user-agent'], 'marsad/0.1 (+https://github.com/marsad-news/marsad)');
    } finally {
      await fetcher.close();
    }
  });

  test('429 with Retry-After in seconds reports retryAfterMs', async () => {
    const e = expectFetchError(await run('/429'), 'http-status');
    assert.equal(e.status, 429);
    assert.equal(e.retryAfterMs, 120_000);
  });

  test('503 with Retry-After as an HTTP date reports the remaining time', async () => {
    const e = expectFetchError(await run('/503-date'), 'http-status');
    assert.equal(e.status, 503);
    assert.ok(e.retryAfterMs! > 0 && e.retryAfterMs! <= 91_000, String(e.retryAfterMs));
  });

  test('500 is an http-status error without retryAfterMs', async () => {
    const e = expectFetchError(await run('/500'), 'http-status');
    assert.equal(e.status, 500);
    assert.equal(e.retryAfterMs, undefined);
  });

  test('robots.txt is honoured for articles and not for feeds', async () => {
    const e = expectFetchError(await run('/private/article', { fetch: { purpose: 'article' } }), 'robots-disallowed');
    assert.match(e.message, /disallows \/private\/article/);
    assert.ok(!server.requests.some((q) => q.path === '/private/article'), 'the disallowed page was never requested');
    expectFeed(await run('/private/feed', { fetch: { purpose: 'feed' } }));
  });
});
