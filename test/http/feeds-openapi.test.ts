import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { parseAtomFeed } from 'feedsmith';
import { createApp } from '../../src/http/app.ts';
import {
  articleDetailSchema,
  searchResultSchema,
  sourceListSchema,
  storyDetailSchema,
  storyListSchema,
} from '../../src/http/api-contract.ts';
import { buildFixture, depsFor, stubEngine, type Fixture } from './http-fixture.ts';

let fx: Fixture;
before(async () => {
  fx = await buildFixture();
});

const search = async () => ({
  groups: [
    {
      story: { id: 1, headline: 'جسر' },
      hit: { articleId: 1, url: 'https://news.example/ufuq-bridge', title: 'افتتاح جسر', source: 'وكالة الأفق للأنباء', publishedAt: '2026-11-29T10:00:00Z', snippet: 'افتتحت <mark>الجسر</mark> &amp; المزيد' },
      more: 1,
    },
  ],
  total: 2,
  nextCursor: null,
});

function app() {
  return createApp(depsFor(fx, { engine: stubEngine(fx), search, config: { adminToken: null, siteTitle: 'مرصد', publicUrl: 'https://marsad.example' } }));
}

async function feed(path: string) {
  const res = await app().request(path);
  assert.equal(res.status, 200, path);
  assert.match(res.headers.get('content-type') ?? '', /^application\/atom\+xml/, path);
  return parseAtomFeed(await res.text());
}

test('front page feed lists the ranked stories with absolute links', async () => {
  const f = await feed('/feeds/stories.atom');
  assert.equal(f.entries?.length, 3);
  assert.equal(f.entries?.[0].links?.[0].href, 'https://marsad.example/stories/1');
  assert.equal(f.entries?.[0].title?.value, 'الزهراء تحتفل بافتتاح جسرها الجديد');
  assert.ok(f.links?.some((l) => l.rel === 'self' && l.href === 'https://marsad.example/feeds/stories.atom'));
  const hostile = f.entries?.find((e) => e.id === 'https://marsad.example/stories/3');
  assert.equal(hostile?.title?.value, '<script>alert("x")</script> عنوان فيه وسم', 'text survives the XML round trip');
});

test('story feed links each report to its original and folds the wire copy', async () => {
  const f = await feed('/stories/1/feed.atom');
  const hrefs = (f.entries ?? []).map((e) => e.links?.find((l) => l.rel === 'alternate')?.href);
  assert.deepEqual(hrefs.sort(), ['https://news.example/marfa-bridge', 'https://news.example/ufuq-bridge', 'https://news.example/wahat-bridge']);
  const agency = f.entries?.find((e) => e.links?.[0].href === 'https://news.example/ufuq-bridge');
  assert.match(agency?.summary?.value ?? '', /نُشر أيضاً في: إذاعة النخيل/);
});

test('source feed has only that outlet’s articles', async () => {
  const f = await feed(`/sources/${fx.sources.nakheel}/feed.atom`);
  const hrefs = (f.entries ?? []).map((e) => e.links?.[0].href).sort();
  assert.deepEqual(hrefs, ['https://news.example/nakheel-bridge', 'https://news.example/nakheel-match']);
});

test('search feed carries hits with plain-text snippets', async () => {
  const f = await feed('/search/feed.atom?q=' + encodeURIComponent('جسر'));
  assert.equal(f.entries?.length, 1);
  assert.equal(f.entries?.[0].summary?.value, 'افتتحت الجسر & المزيد');
});

test('feeds for unknown ids are 404 and a search feed needs q', async () => {
  const a = app();
  assert.equal((await a.request('/stories/999/feed.atom')).status, 404);
  assert.equal((await a.request('/sources/999/feed.atom')).status, 404);
  assert.equal((await a.request('/search/feed.atom')).status, 400);
});

test('pages advertise their feeds', async () => {
  const a = app();
  const checks: [string, string][] = [
    ['/', '/feeds/stories.atom'],
    ['/stories/1', '/stories/1/feed.atom'],
    [`/articles/${fx.articles.bridgeWahat}`, `/sources/${fx.sources.wahat}/feed.atom`],
    ['/search?q=x', '/search/feed.atom?q=x'],
  ];
  for (const [page, href] of checks) {
    const body = await (await a.request(page)).text();
    assert.ok(body.includes(`<link rel="alternate" type="application/atom+xml"`) && body.includes(`href="${href}"`), page);
  }
});

test('OpenAPI 3.1 document describes every endpoint and real responses match its schemas', async () => {
  const a = app();
  const doc = (await (await a.request('/api/v1/openapi.json')).json()) as any;
  assert.equal(doc.openapi, '3.1.0');
  for (const p of ['/stories', '/stories/{id}', '/articles/{id}', '/search', '/sources']) assert.ok(doc.paths[p]?.get, p);
  const params = doc.paths['/stories'].get.parameters.filter((p: any) => p.in === 'query').map((p: any) => p.name).sort();
  assert.deepEqual(params, ['cursor', 'limit', 'min_articles', 'order', 'since']);
  for (const name of ['StoryList', 'StoryDetail', 'ArticleDetail', 'SearchResult', 'SourceList', 'Error']) assert.ok(doc.components.schemas[name], name);
  assert.ok(!JSON.stringify(doc).includes('__shared'), 'all references resolve to named components');

  const pairs: [string, { safeParse(v: unknown): { success: boolean; error?: unknown } }][] = [
    ['/api/v1/stories', storyListSchema],
    ['/api/v1/stories/1', storyDetailSchema],
    [`/api/v1/articles/${fx.articles.bridgeWahat}`, articleDetailSchema],
    ['/api/v1/search?q=x', searchResultSchema],
    ['/api/v1/sources', sourceListSchema],
  ];
  for (const [path, schema] of pairs) {
    const r = schema.safeParse(await (await a.request(path)).json());
    assert.ok(r.success, `${path}: ${JSON.stringify(r.error)}`);
  }
});
