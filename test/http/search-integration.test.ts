// The pages and API with the real search module (src/search) over the fixture store.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from '../../src/http/app.ts';
import { searchResultSchema } from '../../src/http/api-contract.ts';
import { search } from '../../src/search/search.ts';
import { buildFixture, depsFor, type Fixture } from './http-fixture.ts';

let fx: Fixture;
before(async () => {
  fx = await buildFixture();
});

function app() {
  return createApp(depsFor(fx, { search: (q, o) => search(fx.store, q, o) }));
}

test('search page finds the bridge story with highlights and its headline', async () => {
  const res = await app().request('/search?q=' + encodeURIComponent('الجسر'));
  assert.equal(res.status, 200);
  const body = await res.text();
  assert.match(body, /<mark>[^<]*جسر[^<]*<\/mark>/);
  assert.ok(body.includes(`/stories/${fx.stories.bridge}"`), 'grouped under its story');
  assert.ok(!body.includes('نادي الساحل يفوز'), 'the football story does not match');
});

test('a malformed query gets the search module’s advice, not an error page', async () => {
  const res = await app().request('/search?q=' + encodeURIComponent('"جسر'));
  assert.equal(res.status, 200);
  const body = await res.text();
  assert.ok(body.includes('class="notice"'));
  assert.ok(body.includes('علامة التنصيص التي تبدأ عند الحرف 1 لم تُغلق'), 'the advice is in Arabic');
});

test('the API refuses a malformed query with Arabic advice and a stable reason code', async () => {
  const res = await app().request('/api/v1/search?q=' + encodeURIComponent('الجسر from:2026-13-01'));
  assert.equal(res.status, 400);
  const body = await res.json();
  assert.equal(body.error.code, 'bad_query');
  assert.equal(body.error.reason, 'bad_date');
  assert.equal(body.error.position, 6);
  assert.match(body.error.message, /^يتوقع from: تاريخاً/);
});

test('notices come in Arabic on the page and with their codes in the API', async () => {
  const q = 'الجسر source:"جريدة لا وجود لها"';
  const page = await (await app().request('/search?q=' + encodeURIComponent(q))).text();
  assert.ok(page.includes('لا يوجد مصدر يطابق «جريدة لا وجود لها».'), 'the notice is shown in Arabic');
  const res = await app().request('/api/v1/search?q=' + encodeURIComponent(q));
  assert.equal(res.status, 200);
  const json = await res.json();
  assert.ok(searchResultSchema.safeParse(json).success);
  assert.deepEqual(json.notices, ['لا يوجد مصدر يطابق «جريدة لا وجود لها».']);
  assert.deepEqual(json.noticeDetails, [{ code: 'unknown_source', message: json.notices[0], params: { value: 'جريدة لا وجود لها' } }]);
  assert.equal(json.errorCode, null);
});

test('search API returns the contract shape with urls', async () => {
  const res = await app().request('/api/v1/search?q=' + encodeURIComponent('الكأس') + '&limit=5');
  assert.equal(res.status, 200);
  const json = await res.json();
  const r = searchResultSchema.safeParse(json);
  assert.ok(r.success, JSON.stringify(r.error));
  assert.ok(r.data!.groups.length >= 1);
  for (const g of r.data!.groups) assert.match(g.hit.url, /^https:\/\/news\.example\//);
  assert.equal(r.data!.groups[0].story?.id, fx.stories.match);
});
