import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith';
import { parseHTML } from 'linkedom';
import { demoSources, startFixtureServer, type FixtureServer } from '../../src/demo/fixture-server.ts';
import { loadDemoData } from '../../src/demo/demo-data.ts';

const BASE = new Date('2026-03-14T09:30:00Z');
const data = loadDemoData();
let server: FixtureServer;
/** Article id → page response and parsed document, fetched once for the page-level tests. */
const pages = new Map<string, Got>();
const docs = new Map<string, Document>();

before(async () => {
  server = await startFixtureServer({ baseTime: BASE });
  for (const article of data.articles) {
    const res = await get(server.origin + data.paths.get(article.id));
    pages.set(article.id, res);
    docs.set(article.id, parseHTML(res.body).document as unknown as Document);
  }
});
after(async () => {
  await server.close();
});

interface Got {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

// node:http rather than fetch: fetch would hide 304s behind its own cache semantics in some runtimes.
function get(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Got> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Item links of one feed, resolved the way a reader must (against the feed URL). */
function feedLinks(format: string, body: string, feedUrl: string): { link: string; published: string | undefined }[] {
  if (format === 'rss') {
    const feed = parseRssFeed(body);
    return (feed.items ?? []).map((i) => ({ link: new URL(i.link!, feedUrl).href, published: i.pubDate }));
  }
  if (format === 'atom') {
    const feed = parseAtomFeed(body);
    return (feed.entries ?? []).map((e) => ({ link: new URL(e.links!.find((l) => l.rel === 'alternate')!.href!, feedUrl).href, published: e.published }));
  }
  const feed = parseJsonFeed(JSON.parse(body));
  return (feed.items ?? []).map((i) => ({ link: new URL(i.url!, feedUrl).href, published: i.date_published }));
}

test('binds to loopback and lists one feed per outlet, with all three formats present', () => {
  assert.match(server.origin, /^http:\/\/127\.0\.0\.1:\d+$/);
  assert.equal(server.feeds.length, data.outlets.length);
  assert.deepEqual(new Set(server.feeds.map((f) => f.format)), new Set(['rss', 'atom', 'json']));
  for (const feed of server.feeds) assert.ok(feed.url.startsWith(`${server.origin}/${feed.outlet}/`), feed.url);
});

test('every feed is served and parses, and its items point at that outlet’s article pages', async () => {
  const articleSet = new Set(server.articleUrls);
  let items = 0;
  for (const feed of server.feeds) {
    const res = await get(feed.url);
    assert.equal(res.status, 200, feed.url);
    const expectedType = { rss: 'application/rss+xml', atom: 'application/atom+xml', json: 'application/feed+json' }[feed.format];
    assert.ok(String(res.headers['content-type']).startsWith(expectedType), `${feed.url}: ${res.headers['content-type']}`);
    const links = feedLinks(feed.format, res.body, feed.url);
    const own = data.articles.filter((a) => a.outlet === feed.outlet);
    assert.equal(links.length, own.length, `${feed.url} item count`);
    for (const { link, published } of links) {
      assert.ok(articleSet.has(link), `${feed.url} links to unknown ${link}`);
      assert.ok(link.startsWith(`${server.origin}/${feed.outlet}/news/`), link);
      assert.ok(published && !Number.isNaN(Date.parse(published)), `${link} has a parseable date: ${published}`);
    }
    items += links.length;
  }
  assert.equal(items, data.articles.length);
});

test('feed dates are the base time minus each article’s offset', async () => {
  for (const feed of server.feeds) {
    const res = await get(feed.url);
    for (const { link, published } of feedLinks(feed.format, res.body, feed.url)) {
      const path = new URL(link).pathname;
      const article = data.articles.find((a) => data.paths.get(a.id) === path)!;
      assert.equal(Date.parse(published!), BASE.getTime() - article.publishedOffsetMinutes * 60_000, link);
    }
  }
});

test('every article page is reachable, is HTML in Arabic RTL, and shows its headline', async () => {
  assert.equal(server.articleUrls.length, data.articles.length);
  for (const article of data.articles) {
    const url = server.origin + data.paths.get(article.id);
    const res = pages.get(article.id)!;
    assert.equal(res.status, 200, url);
    assert.match(String(res.headers['content-type']), /^text\/html; charset=utf-8/);
    const document = docs.get(article.id)!;
    assert.equal(document.documentElement.getAttribute('dir'), 'rtl');
    const text = document.body.textContent ?? '';
    assert.ok(text.includes(article.headline), `${url} lacks its headline`);
    for (const p of article.paragraphs) assert.ok(text.includes(p), `${url} lacks a paragraph`);
  }
});

test('article pages carry the labelled boilerplate an extractor must drop', async () => {
  let withComments = 0;
  for (const article of data.articles) {
    const url = server.origin + data.paths.get(article.id);
    const document = docs.get(article.id)!;
    const text = document.body.textContent ?? '';
    assert.match(text, /اقرأ أيضا/, `${url} has no read-also insert`);
    const insertLink = Array.from(document.querySelectorAll('a')).find((a) => {
      const href = a.getAttribute('href') ?? '';
      return href.includes('/news/') && a.closest('.read-also, .also-card, p, aside') !== null && href !== url;
    });
    assert.ok(insertLink, `${url} read-also links nowhere`);
    const otherUrl = new URL(insertLink.getAttribute('href')!, url).href;
    assert.ok(otherUrl.startsWith(`${server.origin}/${article.outlet}/`), 'read-also stays within the outlet');
    assert.notEqual(server.truth.get(otherUrl), article.event, 'read-also points at a different event');
    if (document.querySelector('#comments')) withComments++;
  }
  assert.ok(withComments > 0, 'some outlets show comments');
});

test('pages vary: JSON-LD on some outlets, og: meta on others, and Arabic-Indic digits where the outlet uses them', async () => {
  const bySlug = new Map(data.outlets.map((o) => [o.slug, o]));
  let jsonld = 0;
  let og = 0;
  for (const article of data.articles) {
    const body = pages.get(article.id)!.body;
    if (body.includes('application/ld+json')) {
      jsonld++;
      const document = docs.get(article.id)!;
      const ld = JSON.parse(document.querySelector('script[type="application/ld+json"]')!.textContent!);
      assert.equal(ld['@type'], 'NewsArticle');
      assert.equal(ld.headline, article.headline);
      assert.equal(Date.parse(ld.datePublished), BASE.getTime() - article.publishedOffsetMinutes * 60_000);
    }
    if (body.includes('property="og:title"')) og++;
    if (bySlug.get(article.outlet)!.digits === 'arabic-indic') assert.match(body, /[٠-٩]{4}/, 'year printed in Arabic-Indic digits');
  }
  assert.ok(jsonld > 0 && og > 0 && jsonld + og === data.articles.length);
});

test('bylines agree with the writer: كتبت for women where the outlet marks gender, no prefix for desks', () => {
  const bySlug = new Map(data.outlets.map((o) => [o.slug, o]));
  let female = 0;
  for (const article of data.articles) {
    if (!article.byline) continue;
    const text = docs.get(article.id)!.body.textContent ?? '';
    const outlet = bySlug.get(article.outlet)!;
    assert.ok(text.includes(article.byline), `${article.id} shows its byline`);
    if (article.bylineKind === 'female' && outlet.bylinePrefixFemale) {
      female++;
      assert.ok(text.includes(`${outlet.bylinePrefixFemale}${article.byline}`), article.id);
    }
    if (article.bylineKind === 'desk') assert.ok(!text.includes(`${outlet.bylinePrefix}${article.byline}`) || !outlet.bylinePrefix, article.id);
  }
  assert.ok(female > 0);
});

test('a feed answers 304 to its own ETag or Last-Modified, and 200 to a stale ETag', async () => {
  for (const feed of server.feeds) {
    const first = await get(feed.url);
    const etag = String(first.headers.etag);
    const lastModified = String(first.headers['last-modified']);
    assert.match(etag, /^"[0-9a-f]+"$/);
    const byTag = await get(feed.url, { 'if-none-match': etag });
    assert.equal(byTag.status, 304, feed.url);
    assert.equal(byTag.body, '');
    assert.equal(byTag.headers.etag, etag);
    assert.equal((await get(feed.url, { 'if-modified-since': lastModified })).status, 304);
    assert.equal((await get(feed.url, { 'if-none-match': '"stale"' })).status, 200);
    // A stale ETag wins over a matching date: the validator that changes with the body decides.
    assert.equal((await get(feed.url, { 'if-none-match': '"stale"', 'if-modified-since': lastModified })).status, 200);
    const earlier = new Date(Date.parse(lastModified) - 60_000).toUTCString();
    assert.equal((await get(feed.url, { 'if-modified-since': earlier })).status, 200);
  }
});

test('robots.txt allows everything; home pages list the outlet’s articles; unknown paths 404; POST is refused', async () => {
  const robots = await get(`${server.origin}/robots.txt`);
  assert.equal(robots.status, 200);
  assert.match(robots.body, /User-agent: \*/);
  assert.match(robots.body, /Allow: \//);
  assert.doesNotMatch(robots.body, /Disallow: \//);
  for (const outlet of data.outlets) {
    const home = await get(`${server.origin}/${outlet.slug}/`);
    assert.equal(home.status, 200);
    assert.ok(home.body.includes(outlet.name));
    const count = (home.body.match(/class="teaser"/g) ?? []).length;
    assert.equal(count, data.articles.filter((a) => a.outlet === outlet.slug).length);
  }
  assert.equal((await get(`${server.origin}/afaq`)).status, 301);
  assert.equal((await get(`${server.origin}/nope/feed.xml`)).status, 404);
  assert.equal((await get(`${server.origin}/afaq/news/does-not-exist.html`)).status, 404);
  assert.equal((await get(`${server.origin}/afaq/feed.xml`, {}, 'POST')).status, 405);
  const head = await get(server.feeds[0].url, {}, 'HEAD');
  assert.equal(head.status, 200);
  assert.equal(head.body, '');
});

test('truth maps every article URL to its event', () => {
  assert.equal(server.truth.size, data.articles.length);
  for (const article of data.articles) assert.equal(server.truth.get(server.origin + data.paths.get(article.id)), article.event);
  assert.deepEqual(new Set(server.truth.keys()), new Set(server.articleUrls));
});

test('the same base time gives the same site; another base time shifts the dates', async () => {
  const twin = await startFixtureServer({ baseTime: BASE });
  const later = await startFixtureServer({ baseTime: new Date(BASE.getTime() + 86_400_000) });
  try {
    for (let i = 0; i < server.feeds.length; i++) {
      const a = (await get(server.feeds[i].url)).body.split(server.origin).join('ORIGIN');
      const b = (await get(twin.feeds[i].url)).body.split(twin.origin).join('ORIGIN');
      const c = (await get(later.feeds[i].url)).body.split(later.origin).join('ORIGIN');
      assert.equal(a, b, server.feeds[i].url);
      assert.notEqual(a, c);
    }
  } finally {
    await twin.close();
    await later.close();
  }
});

test('refuses to bind anywhere but loopback', async () => {
  await assert.rejects(startFixtureServer({ host: '0.0.0.0' }), /loopback/);
});

test('demoSources lists every outlet feed with a name and category', () => {
  const sources = demoSources(`${server.origin}/`);
  assert.equal(sources.length, data.outlets.length);
  assert.deepEqual(
    sources.map((s) => s.url),
    server.feeds.map((f) => f.url),
  );
  for (const s of sources) assert.ok(s.name && s.category);
});
