// Hostile-input suite, network side: compression, size limits, timeouts, redirects, the SSRF guard and HTTP
// semantics, against a real loopback server. Harness and routes: hostile-harness.ts.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createFetcher } from '../../src/ingest/fetcher.ts';
import { FetchError } from '../../src/ingest/types.ts';
import * as F from './hostile-feeds.ts';
import { attempts, expectFeed, expectFetchError, fetcherFor, lookup, other, run, server, useHostileServers } from './hostile-harness.ts';

useHostileServers();

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

  test('a Location with raw UTF-8 (an Arabic slug) is followed as UTF-8', async () => {
    const { result } = expectFeed(await run('/to-arabic-slug'));
    assert.equal(decodeURIComponent(new URL(result.url).pathname), '/أخبار/مكتبة');
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

  test('a robots.txt Crawl-delay holds the next article request to that host back (capped, abortable)', async () => {
    const fetcher = fetcherFor({ maxCrawlDelayMs: 60_000 });
    try {
      const first = await fetcher.fetch(`${server.origin}/public/article-1`, { purpose: 'article' });
      assert.equal(first.status, 200);
      const controller = new AbortController();
      const second = fetcher.fetch(`${server.origin}/public/article-2`, { purpose: 'article', signal: controller.signal });
      await new Promise((r) => setTimeout(r, 200));
      assert.ok(!server.requests.some((q) => q.path === '/public/article-2'), 'second request held back by the crawl delay');
      controller.abort();
      await assert.rejects(second, (e: unknown) => e instanceof FetchError && e.code === 'network' && /aborted by caller/.test(e.message));
    } finally {
      await fetcher.close();
    }
  });
});
