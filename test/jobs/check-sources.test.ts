import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createFetcher } from '../../src/ingest/fetcher.ts';
import type { Fetcher } from '../../src/ingest/types.ts';
import { checkSource, checkSources, type SourceCheck } from '../../src/jobs/check-sources.ts';
import { startFixtureServer, type FixtureServer } from '../../src/demo/fixture-server.ts';
import { GOOD_NEWEST_PATH, GOOD_TITLE, startBrokenServer, type BrokenServer } from './check-sources-fixtures.ts';

let broken: BrokenServer;
let demo: FixtureServer;
let fetcher: Fetcher;

before(async () => {
  broken = await startBrokenServer();
  demo = await startFixtureServer({ port: 0 });
  fetcher = createFetcher({ allowlist: [broken.host, new URL(demo.origin).host], perHostDelayMs: 0, totalTimeoutMs: 400 });
});

after(async () => {
  await fetcher?.close();
  await broken?.close();
  await demo?.close();
});

const has = (r: SourceCheck, re: RegExp) => r.problems.some((p) => re.test(p));

test('a working feed: parsed, newest item by date, article extracted as good Arabic text', async () => {
  const r = await checkSource(broken.feeds.good, { fetcher });
  assert.equal(r.ok, true);
  assert.equal(r.httpStatus, 200);
  assert.equal(r.feedFormat, 'rss');
  assert.equal(r.items, 2);
  assert.equal(r.newestItem?.url, broken.origin + GOOD_NEWEST_PATH, 'the later-dated item, although listed second');
  assert.equal(r.newestItem?.published, '2026-11-22T08:00:00.000Z');
  assert.ok(r.article);
  assert.equal(r.article.url, broken.origin + GOOD_NEWEST_PATH);
  assert.equal(r.article.ok, true);
  assert.equal(r.article.httpStatus, 200);
  assert.equal(r.article.quality, 'good');
  assert.equal(r.article.lang, 'ar');
  assert.equal(r.article.title, GOOD_TITLE);
  assert.equal(r.article.paragraphs, 4);
  assert.ok(r.article.words >= 120, `words ${r.article.words}`);
  assert.deepEqual(r.problems, []);
});

test('a 404 feed reports the status and tries no article', async () => {
  const r = await checkSource(broken.feeds.missing, { fetcher });
  assert.equal(r.ok, false);
  assert.equal(r.httpStatus, 404);
  assert.equal(r.feedFormat, null);
  assert.equal(r.article, null);
  assert.ok(has(r, /^feed: the server answered HTTP 404/), r.problems.join('; '));
});

test('an HTML page served as a feed is named as such', async () => {
  const r = await checkSource(broken.feeds.htmlFeed, { fetcher });
  assert.equal(r.ok, false);
  assert.equal(r.httpStatus, 200);
  assert.equal(r.feedFormat, null);
  assert.equal(r.article, null);
  assert.ok(has(r, /does not parse: .*HTML page.*served as text\/html/), r.problems.join('; '));
});

test('malformed XML is reported as a parse failure', async () => {
  const r = await checkSource(broken.feeds.malformed, { fetcher });
  assert.equal(r.ok, false);
  assert.equal(r.feedFormat, null);
  assert.ok(has(r, /^feed: does not parse: /), r.problems.join('; '));
  assert.ok(!has(r, /served as/), 'it was served as a feed type');
});

test('a feed whose article pages answer 500: the feed works, the article fails', async () => {
  const r = await checkSource(broken.feeds.articles500, { fetcher });
  assert.equal(r.ok, false);
  assert.equal(r.httpStatus, 200);
  assert.equal(r.feedFormat, 'rss');
  assert.equal(r.items, 1);
  assert.ok(r.article);
  assert.equal(r.article.ok, false);
  assert.equal(r.article.httpStatus, 500);
  assert.equal(r.article.quality, 'failed');
  assert.equal(r.article.words, 0);
  assert.ok(has(r, /^article page: the server answered HTTP 500/), r.problems.join('; '));
});

test('empty article pages are failed, short ones thin', async () => {
  const empty = await checkSource(broken.feeds.emptyArticles, { fetcher });
  assert.equal(empty.ok, false);
  assert.equal(empty.article?.httpStatus, 200);
  assert.equal(empty.article?.quality, 'failed');
  assert.equal(empty.article?.lang, null);
  assert.ok(has(empty, /no article text could be extracted/), empty.problems.join('; '));

  const thin = await checkSource(broken.feeds.thinArticles, { fetcher });
  assert.equal(thin.ok, true, 'thin text is still text');
  assert.equal(thin.article?.quality, 'thin');
  assert.ok(thin.article!.words > 0 && thin.article!.words < 120);
  assert.ok(has(thin, /thin text \(\d+ words in \d+ paragraphs?\)/), thin.problems.join('; '));
});

test('a feed without dates works but says so', async () => {
  const r = await checkSource(broken.feeds.undated, { fetcher });
  assert.equal(r.ok, true);
  assert.equal(r.newestItem?.published, null);
  assert.ok(has(r, /no item carries a usable publication date/));
});

test('a feed that never answers times out', async () => {
  const r = await checkSource(broken.feeds.timeout, { fetcher });
  assert.equal(r.ok, false);
  assert.equal(r.httpStatus, null);
  assert.ok(has(r, /^feed: timed out/), r.problems.join('; '));
});

test('a redirect into a private network is refused by the SSRF guard', async () => {
  const r = await checkSource(broken.feeds.redirectPrivate, { fetcher });
  assert.equal(r.ok, false);
  assert.equal(r.feedFormat, null);
  assert.ok(has(r, /^feed: refused by the SSRF guard .*10\.0\.0\.1/), r.problems.join('; '));
});

test('checkSources keeps input order and checks one source at a time per host', async () => {
  const seen: string[] = [];
  const inFlight = new Map<string, number>();
  let maxPerHost = 0;
  const counting: Fetcher = {
    async fetch(url, options) {
      const host = new URL(url).host;
      inFlight.set(host, (inFlight.get(host) ?? 0) + 1);
      maxPerHost = Math.max(maxPerHost, inFlight.get(host)!);
      try {
        return await fetcher.fetch(url, options);
      } finally {
        inFlight.set(host, inFlight.get(host)! - 1);
      }
    },
    close: async () => {},
  };
  const urls = [...demo.feeds.slice(0, 3).map((f) => f.url), broken.feeds.missing, broken.feeds.good];
  const results = await checkSources(urls, { fetcher: counting }, { concurrency: 4, onResult: (r) => seen.push(r.url) });
  assert.deepEqual(results.map((r) => r.url), urls);
  assert.deepEqual(results.map((r) => r.ok), [true, true, true, false, true]);
  assert.equal(seen.length, urls.length);
  assert.equal(maxPerHost, 1, 'never two requests to one host at once');
  for (const r of results.slice(0, 3)) {
    assert.equal(r.article?.quality, 'good', `${r.url}: ${r.problems.join('; ')}`);
    assert.equal(r.article?.lang, 'ar');
  }
});
