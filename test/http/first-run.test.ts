// The first-run screen: with no real source (none at all, or only the demo's fictional outlets) the front page says so
// and offers the bundled Arabic list; the admin page adds that list with one CSRF-protected button.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from '../../src/http/app.ts';
import { openStore } from '../../src/store/open-store.ts';
import type { Store } from '../../src/store/types.ts';

const TOKEN = 'first-run admin token 42';
const ORIGIN = 'http://localhost';
const COMMAND = 'marsad sources import --preset arabic';
const PANEL = 'class="first-run"';

async function emptyStore(t: { after: (fn: () => Promise<void>) => void }): Promise<Store> {
  const store = await openStore({ db: ':memory:' });
  t.after(() => store.close());
  return store;
}

function app(store: Store, adminToken: string | null = null) {
  return createApp({
    store,
    engine: null,
    search: async () => ({ groups: [], total: 0, nextCursor: null }),
    config: { adminToken, siteTitle: 'مرصد' },
    now: () => new Date('2026-11-29T12:00:00Z'),
  });
}

async function front(a: ReturnType<typeof app>) {
  const res = await a.request('/');
  assert.equal(res.status, 200);
  return { res, body: await res.text() };
}

async function addDemoSources(store: Store) {
  for (const [slug, name] of [['sahil', 'الساحل'], ['wadi', 'الوادي']]) {
    await store.addSource({ url: `http://127.0.0.1:8089/${slug}/rss.xml`, name, kind: 'feed', demo: true });
  }
}

async function signIn(a: ReturnType<typeof app>) {
  const res = await a.request('/admin/login', { method: 'POST', body: new URLSearchParams({ token: TOKEN }), headers: { Origin: ORIGIN } });
  assert.equal(res.status, 303);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  const page = await (await a.request('/admin', { headers: { Cookie: cookie } })).text();
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page)?.[1];
  assert.ok(csrf, 'admin page carries a CSRF token');
  return { cookie, csrf: csrf!, page };
}

test('with no sources the front page explains it and gives the preset command', async (t) => {
  const store = await emptyStore(t);
  const { res, body } = await front(app(store));
  assert.ok(body.includes(PANEL), 'first-run panel shown');
  assert.ok(body.includes(COMMAND));
  assert.match(body, /لم تُضَف مصادر أخبار حقيقية بعد/);
  assert.match(body, /لا يتابع مرصد أي مصدر/);
  assert.match(body, /تضم 4\d مصدراً/, 'the number of bundled outlets is given');
  assert.match(body, /<html lang="ar" dir="rtl">/);
  assert.ok(!/<script/i.test(body) && !/\sstyle=/i.test(body), 'no inline script or style');
  // No admin token: no admin link (it would be a 404), a pointer to the setting instead.
  assert.ok(!body.includes('href="/admin'), 'no link to a missing admin page');
  assert.ok(body.includes('MARSAD_ADMIN_TOKEN'));
  assert.equal(res.headers.get('cache-control'), 'no-cache', 'the panel is not cached past the first source');
});

test('with only the demo outlets the panel says the stories are fictional; with an admin token it links to the admin page', async (t) => {
  const store = await emptyStore(t);
  await addDemoSources(store);
  const { body } = await front(app(store, TOKEN));
  assert.ok(body.includes(PANEL));
  assert.match(body, /منافذ تجريبية متخيَّلة/);
  assert.ok(body.includes(COMMAND));
  assert.ok(body.includes('href="/admin#preset"'));
  assert.ok(!body.includes('MARSAD_ADMIN_TOKEN'));
});

test('the panel goes once a real source exists, also next to the demo outlets', async (t) => {
  const store = await emptyStore(t);
  await addDemoSources(store);
  await store.addSource({ url: 'https://real.example/feed', name: 'صحيفة حقيقية', kind: 'feed' });
  const { res, body } = await front(app(store, TOKEN));
  assert.ok(!body.includes(PANEL));
  assert.ok(!body.includes(COMMAND));
  assert.notEqual(res.headers.get('cache-control'), 'no-cache');
});

test('the admin button imports the bundled list (needs a session and its CSRF token) and the panel goes', async (t) => {
  const store = await emptyStore(t);
  await addDemoSources(store);
  const a = app(store, TOKEN);

  // Not signed in: refused, nothing added.
  const anon = await a.request('/admin/sources/preset', { method: 'POST', body: new URLSearchParams({ preset: 'arabic' }), headers: { Origin: ORIGIN } });
  assert.equal(anon.status, 403);
  const { cookie, csrf, page } = await signIn(a);
  assert.ok(page.includes('action="/admin/sources/preset"'), 'the admin page offers the list');
  assert.ok(page.includes('id="preset" class="first-run"'), 'prominently while no real source exists');

  const noCsrf = await a.request('/admin/sources/preset', { method: 'POST', body: new URLSearchParams({ preset: 'arabic' }), headers: { Cookie: cookie, Origin: ORIGIN } });
  assert.equal(noCsrf.status, 403);
  const crossSite = await a.request('/admin/sources/preset', {
    method: 'POST',
    body: new URLSearchParams({ preset: 'arabic', _csrf: csrf }),
    headers: { Cookie: cookie, Origin: 'https://evil.example' },
  });
  assert.equal(crossSite.status, 403);
  const unknown = await a.request('/admin/sources/preset', { method: 'POST', body: new URLSearchParams({ preset: 'klingon', _csrf: csrf }), headers: { Cookie: cookie, Origin: ORIGIN } });
  assert.equal(unknown.status, 400);
  assert.equal((await store.listSources()).filter((s) => !s.demo).length, 0, 'nothing added by refused requests');

  const ok = await a.request('/admin/sources/preset', { method: 'POST', body: new URLSearchParams({ preset: 'arabic', _csrf: csrf }), headers: { Cookie: cookie, Origin: ORIGIN } });
  assert.equal(ok.status, 303);
  const real = (await store.listSources()).filter((s) => !s.demo);
  assert.ok(real.length >= 40, `added ${real.length}`);
  assert.match(ok.headers.get('location') ?? '', new RegExp(`done=preset&n=${real.length}$`));
  assert.ok(real.every((s) => s.kind === 'feed' && /^https?:\/\//.test(s.url) && s.category), 'feeds with their region as category');
  assert.ok(real.some((s) => s.url === 'https://feeds.bbci.co.uk/arabic/rss.xml'));
  const done = await (await a.request(ok.headers.get('location')!, { headers: { Cookie: cookie } })).text();
  assert.match(done, new RegExp(`أُضيف ${real.length} مصدراً`));

  const { body } = await front(a);
  assert.ok(!body.includes(PANEL), 'the front page no longer shows the panel');

  // Pressing it again adds nothing twice.
  const again = await a.request('/admin/sources/preset', { method: 'POST', body: new URLSearchParams({ preset: 'arabic', _csrf: csrf }), headers: { Cookie: cookie, Origin: ORIGIN } });
  assert.match(again.headers.get('location') ?? '', /n=0$/);
  assert.equal((await store.listSources()).filter((s) => !s.demo).length, real.length);
});

test('without an admin token there is no import button at all', async (t) => {
  const store = await emptyStore(t);
  const a = app(store, null);
  const res = await a.request('/admin/sources/preset', { method: 'POST', body: new URLSearchParams({ preset: 'arabic' }), headers: { Origin: ORIGIN, Authorization: `Bearer ${TOKEN}` } });
  assert.equal(res.status, 404);
  assert.equal((await store.listSources()).length, 0);
});
