// Rendered answers are kept while the store is unchanged and their max-age lasts, and never where they must not be.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../src/http/app.ts';
import type { HttpDeps } from '../../src/http/deps.ts';
import { openStore } from '../../src/store/open-store.ts';
import type { Store } from '../../src/store/types.ts';
import { buildFixture, depsFor, NOW, type Fixture } from './http-fixture.ts';

let fx: Fixture;
before(async () => {
  fx = await buildFixture();
});

/** The fixture store, counting the reads that assemble pages. */
function countingStore(store: Store): { store: Store; reads: () => number } {
  let reads = 0;
  const counted = new Set(['listStories', 'getStory', 'getArticle', 'listSources']);
  const proxy = new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (counted.has(String(prop))) reads++;
        return value.apply(target, args);
      };
    },
  });
  return { store: proxy, reads: () => reads };
}

function setup(overrides: Partial<HttpDeps> = {}, store: Store = fx.store) {
  const counting = countingStore(store);
  let now = NOW.getTime();
  const app = createApp(depsFor(fx, { store: counting.store, now: () => new Date(now), ...overrides }));
  return { app, reads: counting.reads, advance: (ms: number) => (now += ms) };
}

async function get(app: ReturnType<typeof createApp>, path: string, headers: Record<string, string> = {}) {
  const res = await app.request(path, { headers });
  return { res, body: await res.text() };
}

test('a repeated page is answered without reading the store, identically, headers included', async () => {
  for (const path of ['/', '/stories/1', `/articles/${fx.articles.bridgeWahat}`, '/api/v1/stories', '/api/v1/stories/1', '/sources']) {
    const { app, reads } = setup();
    const first = await get(app, path);
    assert.equal(first.res.status, 200, path);
    const afterFirst = reads();
    assert.ok(afterFirst > 0, path);
    const second = await get(app, path);
    assert.equal(reads(), afterFirst, `${path}: second answer from the cache`);
    assert.equal(second.body, first.body, path);
    const headers = (r: Response) => JSON.stringify([...(r.headers as unknown as Iterable<[string, string]>)].sort());
    assert.equal(headers(second.res), headers(first.res), path);
    assert.ok(first.res.headers.get('etag'), path);
  }
});

test('If-None-Match is answered 304 from a kept answer, as from a fresh one', async () => {
  const { app } = setup();
  const first = await get(app, '/api/v1/stories');
  const etag = first.res.headers.get('etag')!;
  const again = await app.request('/api/v1/stories', { headers: { 'If-None-Match': etag } });
  assert.equal(again.status, 304);
  assert.equal(again.headers.get('etag'), etag);
  assert.equal(await again.text(), '');
  const other = await app.request('/api/v1/stories', { headers: { 'If-None-Match': '"something-else"' } });
  assert.equal(other.status, 200);
});

test('a write to the store, from this connection or another process, is seen at once', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-cache-test-'));
  try {
    const path = join(dir, 'm.db');
    const mine = await openStore({ db: path });
    const theirs = await openStore({ db: path });
    const { app } = setup({}, mine);
    const names = async () => ((await (await app.request('/api/v1/sources')).json()) as { items: { name: string }[] }).items.map((s) => s.name);
    assert.deepEqual(await names(), []);
    await mine.addSource({ url: 'https://first.example/rss', name: 'الأولى' });
    assert.deepEqual(await names(), ['الأولى']);
    await theirs.addSource({ url: 'https://second.example/rss', name: 'الثانية' });
    assert.deepEqual((await names()).sort(), ['الأولى', 'الثانية']);
    await theirs.close();
    await mine.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an answer is kept no longer than its max-age', async () => {
  const { app, reads, advance } = setup();
  await get(app, '/api/v1/stories');
  const n = reads();
  advance(29_000);
  await get(app, '/api/v1/stories');
  assert.equal(reads(), n, 'within max-age=30');
  advance(2_000);
  await get(app, '/api/v1/stories');
  assert.ok(reads() > n, 'after max-age=30 it is assembled again');
});

test('admin pages, searches, errors and answers that forbid it are never kept; the cache can be turned off', async () => {
  const search = async () => ({ groups: [], total: 0, nextCursor: null });
  const calls = { n: 0 };
  const counted = async () => (calls.n++, search());
  const { app, reads } = setup({ search: counted });
  await get(app, '/api/v1/search?q=x');
  await get(app, '/api/v1/search?q=x');
  assert.equal(calls.n, 2, 'search is asked each time');

  const r0 = reads();
  assert.equal((await get(app, '/stories/424242')).res.status, 404);
  assert.equal((await get(app, '/stories/424242')).res.status, 404);
  assert.equal(reads(), r0 + 2, 'a 404 is looked up each time');

  // The login page redirects a signed-in visitor and the sources page carries their session's CSRF token.
  const admin = setup({ config: { adminToken: 'secret-token', siteTitle: 'مرصد' } });
  const login = await admin.app.request('/admin/login', { method: 'POST', body: new URLSearchParams({ token: 'secret-token' }), headers: { Origin: 'http://localhost' } });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  assert.equal((await admin.app.request('/admin/login')).status, 200);
  assert.equal((await admin.app.request('/admin/login', { headers: { Cookie: cookie } })).status, 303);
  const a0 = admin.reads();
  assert.equal((await admin.app.request('/admin', { headers: { Cookie: cookie } })).status, 200);
  assert.equal((await admin.app.request('/admin', { headers: { Cookie: cookie } })).status, 200);
  assert.ok(admin.reads() >= a0 + 2, 'the admin page is assembled each time');

  const off = setup({ config: { adminToken: null, siteTitle: 'مرصد', responseCache: false } });
  await get(off.app, '/api/v1/stories');
  const n = off.reads();
  await get(off.app, '/api/v1/stories');
  assert.ok(off.reads() > n, 'responseCache: false assembles every answer');
});
