import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from '../../src/http/app.ts';
import { buildFixture, depsFor, stubEngine, type Fixture } from './http-fixture.ts';

let fx: Fixture;
before(async () => {
  fx = await buildFixture();
});

function app(overrides = {}) {
  return createApp(depsFor(fx, { engine: stubEngine(fx), ...overrides }));
}

async function json(path: string, overrides = {}) {
  const res = await app(overrides).request(path);
  assert.match(res.headers.get('content-type') ?? '', /application\/json/, path);
  return { res, body: (await res.json()) as any };
}

function assertCardsHaveUrls(cards: any[], where: string) {
  for (const c of cards) {
    assert.equal(typeof c.id, 'number', where);
    assert.match(c.url, /^https:\/\/news\.example\//, `${where}: every article carries its url`);
  }
}

test('GET /api/v1/stories pages with a cursor and ranks by outlets', async () => {
  const first = await json('/api/v1/stories?limit=2');
  assert.equal(first.res.status, 200);
  assert.equal(first.body.items.length, 2);
  assert.equal(first.body.items[0].id, fx.stories.bridge);
  assert.equal(first.body.items[0].outletCount, 4);
  assert.ok(first.body.items[0].outlets.includes('موقع المرفأ'));
  for (const s of first.body.items) assertCardsHaveUrls(s.articles, `story ${s.id}`);
  assert.equal(typeof first.body.nextCursor, 'string');

  const second = await json(`/api/v1/stories?limit=2&cursor=${encodeURIComponent(first.body.nextCursor)}`);
  assert.equal(second.res.status, 200);
  const seen = new Set([...first.body.items, ...second.body.items].map((s: any) => s.id));
  assert.equal(seen.size, 3, 'three stories across two pages, none repeated');
});

test('GET /api/v1/stories filters by min_articles and since', async () => {
  const big = await json('/api/v1/stories?min_articles=3');
  assert.deepEqual(big.body.items.map((s: any) => s.id), [fx.stories.bridge]);
  const recent = await json('/api/v1/stories?since=2026-11-29T09:00:00Z');
  const ids = recent.body.items.map((s: any) => s.id);
  assert.ok(ids.includes(fx.stories.bridge));
  assert.ok(!ids.includes(fx.stories.hostile), 'a story last seen at 02:00 is before since');
});

test('invalid parameters give 400 with the error shape', async () => {
  for (const path of ['/api/v1/stories?limit=0', '/api/v1/stories?limit=abc', '/api/v1/stories?since=yesterday', '/api/v1/stories?cursor=not-a-cursor', '/api/v1/search', '/api/v1/search?q=%20']) {
    const { res, body } = await json(path);
    assert.equal(res.status, 400, path);
    assert.equal(body.error.code, 'bad_request', path);
    assert.equal(typeof body.error.message, 'string', path);
    assert.equal(res.headers.get('cache-control'), 'no-store', path);
  }
});

test('GET /api/v1/stories/:id folds wire copies and includes entities and quotes', async () => {
  const { res, body } = await json(`/api/v1/stories/${fx.stories.bridge}`);
  assert.equal(res.status, 200);
  assertCardsHaveUrls(body.articles, 'story articles');
  const agency = body.articles.find((a: any) => a.id === fx.articles.bridgeAgency);
  assert.equal(agency.firstReporter, true);
  assert.deepEqual(agency.alsoPublishedIn.map((a: any) => a.id), [fx.articles.bridgeWireCopy]);
  assertCardsHaveUrls(agency.alsoPublishedIn, 'folded copies');
  assert.ok(!body.articles.some((a: any) => a.id === fx.articles.bridgeWireCopy));
  assert.equal(body.quotes[0].speaker, 'سالم الراوي');
  assert.equal(body.entities[0].name, 'مدينة الزهراء');
});

test('GET /api/v1/articles/:id carries similar, readAlso and sameStory with urls', async () => {
  const { res, body } = await json(`/api/v1/articles/${fx.articles.bridgeWahat}`);
  assert.equal(res.status, 200);
  assert.equal(body.url, 'https://news.example/wahat-bridge');
  assert.equal(body.source, 'صحيفة الواحة');
  assert.deepEqual(body.similar.map((a: any) => a.id), [fx.articles.match1]);
  assert.equal(body.readAlso.id, fx.articles.match2);
  assert.deepEqual(body.sameStory.map((a: any) => a.id), [fx.articles.bridgeMarfa, fx.articles.bridgeAgency]);
  assertCardsHaveUrls([...body.similar, body.readAlso, ...body.sameStory], 'recommendations');
});

test('the API respects lead-only sources too', async () => {
  const { body } = await json(`/api/v1/articles/${fx.articles.bridgeMarfa}`);
  assert.equal(body.fullText, false);
  assert.deepEqual(body.paragraphs, []);
  assert.ok(!JSON.stringify(body).includes('الإيجارات'));
});

test('unknown ids and endpoints give 404 JSON', async () => {
  for (const path of ['/api/v1/stories/424242', '/api/v1/articles/424242', '/api/v1/articles/x1', '/api/v1/nothing']) {
    const { res, body } = await json(path);
    assert.equal(res.status, 404, path);
    assert.equal(body.error.code, 'not_found', path);
  }
});

test('GET /api/v1/search passes limit and cursor through and reports malformed queries as 400', async () => {
  const calls: any[] = [];
  const search = async (q: string, opts: any) => {
    calls.push({ q, ...opts });
    if (q === '(') return { groups: [], total: 0, nextCursor: null, error: 'قوس غير مغلق' };
    return {
      groups: [{ story: null, hit: { articleId: 1, url: 'https://news.example/ufuq-bridge', title: 't', source: 's', publishedAt: null, snippet: '<mark>t</mark>' }, more: 0 }],
      total: 1,
      nextCursor: null,
    };
  };
  const ok = await json('/api/v1/search?q=' + encodeURIComponent('جسر') + '&limit=5&cursor=c1', { search });
  assert.equal(ok.res.status, 200);
  assert.deepEqual(calls[0], { q: 'جسر', limit: 5, cursor: 'c1' });
  assert.equal(ok.body.groups[0].hit.url, 'https://news.example/ufuq-bridge');
  assert.equal(ok.body.total, 1);

  const bad = await json('/api/v1/search?q=(', { search });
  assert.equal(bad.res.status, 400);
  assert.deepEqual(bad.body, { error: { code: 'bad_query', message: 'قوس غير مغلق' } });

  const origError = console.error;
  console.error = () => {};
  try {
    const broken = await json('/api/v1/search?q=x', { search: async () => ({ nonsense: true }) });
    assert.equal(broken.res.status, 503);
    assert.equal(broken.body.error.code, 'search_unavailable');
    assert.equal(broken.body.error.message, 'البحث غير متاح الآن؛ حاول بعد قليل.');
  } finally {
    console.error = origError;
  }
});

test('GET /api/v1/sources lists sources with health', async () => {
  const { body } = await json('/api/v1/sources');
  assert.equal(body.items.length, 4);
  assert.ok(body.items.every((s: any) => ['ok', 'degraded', 'failing', 'pending'].includes(s.health)));
});

test('security headers are on pages, JSON, assets and errors', async () => {
  const a = app();
  for (const path of ['/', '/api/v1/stories', '/assets/marsad.css', '/stories/999999', '/api/v1/articles/999999']) {
    const res = await a.request(path);
    const csp = res.headers.get('content-security-policy') ?? '';
    assert.match(csp, /default-src 'self'/, path);
    // http: too: outlets' images are hotlinked and many are not on https.
    assert.match(csp, /img-src 'self' https: http: data:/, path);
    assert.match(csp, /style-src 'self'(;|$)/, path);
    assert.match(csp, /font-src 'self'/, path);
    assert.match(csp, /frame-ancestors 'none'/, path);
    assert.ok(!csp.includes('unsafe-inline'), path);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff', path);
    assert.ok(res.headers.get('referrer-policy'), path);
  }
});

test('responses carry an ETag and a matching If-None-Match gets 304', async () => {
  const a = app();
  for (const path of ['/', '/api/v1/stories']) {
    const res = await a.request(path);
    const tag = res.headers.get('etag');
    assert.ok(tag, path);
    assert.match(res.headers.get('cache-control') ?? '', /max-age=\d+/, path);
    const again = await a.request(path, { headers: { 'If-None-Match': tag! } });
    assert.equal(again.status, 304, path);
  }
});

test('an unexpected failure is a 500 without internals', async () => {
  const broken = { ...fx.store, listStories: async () => { throw new Error('disk on fire at /var/secret'); } } as any;
  const a = createApp(depsFor(fx, { store: broken }));
  const origError = console.error;
  console.error = () => {};
  try {
    const api = await a.request('/api/v1/stories');
    assert.equal(api.status, 500);
    assert.deepEqual(await api.json(), { error: { code: 'internal', message: 'internal error' } });
    const html = await a.request('/');
    assert.equal(html.status, 500);
    const text = await html.text();
    assert.ok(!text.includes('/var/secret'));
    assert.ok(text.includes('lang="ar" dir="rtl"'));
  } finally {
    console.error = origError;
  }
});

test('the read-also pick is not repeated in the similar list', async () => {
  const engine = {
    ...stubEngine(fx),
    recommend: () => ({
      similar: [
        { articleId: fx.articles.match1, storyId: fx.stories.match, score: 0.4 },
        { articleId: fx.articles.hostile, storyId: fx.stories.hostile, score: 0.2 },
      ],
      readAlso: { articleId: fx.articles.match1, storyId: fx.stories.match, score: 0.4 },
      sameStory: [],
    }),
  };
  const { body } = await json(`/api/v1/articles/${fx.articles.bridgeWahat}`, { engine });
  assert.equal(body.readAlso.id, fx.articles.match1);
  assert.deepEqual(body.similar.map((a: any) => a.id), [fx.articles.hostile]);
});
