import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { parseOpml } from '../../src/ingest/opml.ts';
import { createApp } from '../../src/http/app.ts';
import { buildFixture, depsFor, type Fixture } from './http-fixture.ts';

const TOKEN = 'correct horse battery staple';
const ORIGIN = 'http://localhost';
let fx: Fixture;
before(async () => {
  fx = await buildFixture();
});

function app(token: string | null = TOKEN) {
  return createApp(depsFor(fx, { config: { adminToken: token, siteTitle: 'مرصد' } }));
}

function form(fields: Record<string, string>): URLSearchParams {
  return new URLSearchParams(fields);
}

async function signIn(a: ReturnType<typeof app>) {
  const res = await a.request('/admin/login', { method: 'POST', body: form({ token: TOKEN }), headers: { Origin: ORIGIN } });
  assert.equal(res.status, 303);
  const setCookie = res.headers.get('set-cookie') ?? '';
  assert.match(setCookie, /HttpOnly/i);
  assert.match(setCookie, /SameSite=Strict/i);
  const cookie = setCookie.split(';')[0];
  const page = await (await a.request('/admin', { headers: { Cookie: cookie } })).text();
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page)?.[1];
  assert.ok(csrf, 'admin page carries a CSRF token');
  return { cookie, csrf: csrf!, page };
}

test('without a token admin does not exist', async () => {
  const a = app(null);
  for (const p of ['/admin', '/admin/login', '/admin/opml']) assert.equal((await a.request(p)).status, 404, p);
  assert.equal((await a.request('/admin/login', { method: 'POST', body: form({ token: '' }) })).status, 404);
});

test('admin pages require signing in; a wrong token is refused', async () => {
  const a = app();
  const anon = await a.request('/admin');
  assert.equal(anon.status, 303);
  assert.equal(anon.headers.get('location'), '/admin/login');
  const login = await a.request('/admin/login');
  assert.equal(login.status, 200);
  assert.match(await login.text(), /<html lang="ar" dir="rtl">/);
  const wrong = await a.request('/admin/login', { method: 'POST', body: form({ token: 'nope' }), headers: { Origin: ORIGIN } });
  assert.equal(wrong.status, 403);
  assert.equal(wrong.headers.get('set-cookie'), null);
  const forged = await a.request('/admin', { headers: { Cookie: 'marsad_admin=1.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' } });
  assert.equal(forged.status, 303);
});

test('signed-in admin adds and removes a source; state changes need the CSRF token and same origin', async () => {
  const a = app();
  const { cookie, csrf, page } = await signIn(a);
  assert.ok(page.includes('صحيفة الواحة'));
  assert.equal((await a.request('/admin', { headers: { Cookie: cookie } })).headers.get('cache-control'), 'no-store');

  const noCsrf = await a.request('/admin/sources', { method: 'POST', body: form({ url: 'https://new.example/feed' }), headers: { Cookie: cookie, Origin: ORIGIN } });
  assert.equal(noCsrf.status, 403);
  const crossSite = await a.request('/admin/sources', {
    method: 'POST',
    body: form({ url: 'https://new.example/feed', _csrf: csrf }),
    headers: { Cookie: cookie, Origin: 'https://evil.example' },
  });
  assert.equal(crossSite.status, 403);
  assert.equal(await fx.store.getSource('https://new.example/feed'), null);

  const bad = await a.request('/admin/sources', { method: 'POST', body: form({ url: 'javascript:alert(1)', _csrf: csrf }), headers: { Cookie: cookie, Origin: ORIGIN } });
  assert.equal(bad.status, 400);
  assert.match(await bad.text(), /الرابط غير صالح/);

  const ok = await a.request('/admin/sources', {
    method: 'POST',
    body: form({ url: 'https://new.example/feed', name: 'جريدة التجربة', fullText: '1', _csrf: csrf }),
    headers: { Cookie: cookie, Origin: ORIGIN },
  });
  assert.equal(ok.status, 303);
  const added = await fx.store.getSource('https://new.example/feed');
  assert.equal(added?.name, 'جريدة التجربة');
  assert.equal(added?.fullText, true);

  const removed = await a.request(`/admin/sources/${added!.id}/delete`, { method: 'POST', body: form({ _csrf: csrf }), headers: { Cookie: cookie, Origin: ORIGIN } });
  assert.equal(removed.status, 303);
  assert.equal(await fx.store.getSource(added!.id), null);
});

test('OPML export lists the sources and import adds new ones', async () => {
  const a = app();
  const { cookie, csrf } = await signIn(a);
  const exported = await a.request('/admin/opml', { headers: { Cookie: cookie } });
  assert.equal(exported.status, 200);
  const outlines = parseOpml(await exported.text());
  const countBefore = (await fx.store.listSources()).length;
  assert.equal(outlines.length, countBefore);
  assert.ok(outlines.some((o) => o.xmlUrl === 'https://wahat.example/rss' && o.title === 'صحيفة الواحة'));

  const opml = `<?xml version="1.0"?><opml version="2.0"><head><title>t</title></head><body>
<outline text="محلي"><outline text="نشرة الوادي" type="rss" xmlUrl="https://wadi.example/rss"/></outline>
<outline text="موجود" type="rss" xmlUrl="https://wahat.example/rss"/>
<outline text="سيئ" type="rss" xmlUrl="ftp://bad.example/rss"/>
</body></opml>`;
  const imported = await a.request('/admin/opml', { method: 'POST', body: form({ opml, _csrf: csrf }), headers: { Cookie: cookie, Origin: ORIGIN } });
  assert.equal(imported.status, 303);
  assert.match(imported.headers.get('location') ?? '', /n=1$/);
  const wadi = await fx.store.getSource('https://wadi.example/rss');
  assert.equal(wadi?.name, 'نشرة الوادي');
  assert.equal(wadi?.category, 'محلي');
  assert.equal((await fx.store.listSources()).length, countBefore + 1);

  const broken = await a.request('/admin/opml', { method: 'POST', body: form({ opml: '<opml><body>', _csrf: csrf }), headers: { Cookie: cookie, Origin: ORIGIN } });
  assert.equal(broken.status, 400);
  assert.match(await broken.text(), /تعذّرت قراءة ملف OPML/);
});

test('the admin token works as a bearer for scripts', async () => {
  const a = app();
  const res = await a.request('/admin/opml', { headers: { Authorization: `Bearer ${TOKEN}` } });
  assert.equal(res.status, 200);
  assert.equal((await a.request('/admin/opml', { headers: { Authorization: 'Bearer wrong' } })).status, 303);
});

test('repeated wrong tokens are throttled', async () => {
  const a = app();
  let last = 0;
  for (let i = 0; i < 11; i++) {
    last = (await a.request('/admin/login', { method: 'POST', body: form({ token: `guess${i}` }), headers: { Origin: ORIGIN } })).status;
  }
  assert.equal(last, 429);
  assert.equal((await a.request('/admin/login', { method: 'POST', body: form({ token: TOKEN }), headers: { Origin: ORIGIN } })).status, 429);
});
