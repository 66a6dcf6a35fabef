import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from '../../src/http/app.ts';
import { buildFixture, depsFor, stubEngine, type Fixture } from './http-fixture.ts';

let fx: Fixture;
before(async () => {
  fx = await buildFixture();
});

async function page(path: string, deps = depsFor(fx, { engine: stubEngine(fx) })) {
  const res = await createApp(deps).request(path);
  return { res, body: await res.text() };
}

function count(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

test('every page is Arabic, right-to-left, has landmarks and exactly one h1', async () => {
  const paths = ['/', `/stories/${fx.stories.bridge}`, `/articles/${fx.articles.bridgeWahat}`, '/search', '/search?q=جسر', '/sources', '/stories/999999'];
  for (const path of paths) {
    const { body } = await page(path);
    assert.match(body, /^<!doctype html>\s*<html lang="ar" dir="rtl">/, path);
    assert.match(body, /<meta name="viewport" content="width=device-width, initial-scale=1">/, path);
    for (const tag of ['<header', '<nav', '<main', '<footer']) assert.ok(body.includes(tag), `${path} lacks ${tag}`);
    assert.equal(count(body, '<h1'), 1, `${path} should have one h1`);
    assert.ok(body.includes('href="/assets/marsad.css"'), path);
    assert.ok(!/<script/i.test(body), `${path} must not contain a script element`);
    assert.ok(!/\sstyle=/i.test(body), `${path} must not contain inline styles`);
    for (const img of body.match(/<img\b[^>]*>/g) ?? []) assert.match(img, /\salt="/, `${path}: ${img}`);
  }
});

test('front page lists stories with headlines, outlet counts and outlet names, best-covered first', async () => {
  const { res, body } = await page('/');
  assert.equal(res.status, 200);
  const bridge = body.indexOf('/stories/1"');
  const match = body.indexOf('/stories/2"');
  assert.ok(bridge > 0 && match > 0 && bridge < match, 'the four-outlet story ranks above the two-outlet one');
  assert.ok(body.includes('4 مصادر'));
  assert.ok(body.includes('مصدران'));
  for (const outlet of ['وكالة الأفق للأنباء', 'صحيفة الواحة', 'إذاعة النخيل', 'موقع المرفأ']) assert.ok(body.includes(outlet), outlet);
  assert.ok(body.includes('منذ 30 دقيقة'), 'relative time in Arabic');
  assert.ok(body.includes('rel="alternate" type="application/atom+xml"'));
});

test('story page lists each report once, folds the wire copy and marks the first reporter', async () => {
  const { res, body } = await page(`/stories/${fx.stories.bridge}`);
  assert.equal(res.status, 200);
  for (const id of [fx.articles.bridgeAgency, fx.articles.bridgeWahat, fx.articles.bridgeMarfa]) {
    assert.ok(body.includes(`<h3 dir="auto"><a href="/articles/${id}">`), `article ${id} listed`);
  }
  assert.ok(!body.includes(`<h3 dir="auto"><a href="/articles/${fx.articles.bridgeWireCopy}">`), 'wire copy is not listed as its own report');
  assert.match(body, /نُشر أيضاً في: <a href="\/articles\/\d+" dir="auto">إذاعة النخيل<\/a>/);
  const badge = body.indexOf('أول من نشر');
  assert.ok(badge > 0);
  // The badge sits in the agency's entry, which is the earliest.
  assert.ok(body.lastIndexOf('وكالة الأفق للأنباء', badge) > body.lastIndexOf('<li', badge));
  assert.ok(body.includes('الجسر سيختصر زمن التنقل إلى النصف'), 'key quote shown');
  assert.ok(body.includes('مدينة الزهراء'), 'top entity shown');
});

test('article page links the original, shows Gregorian and Hijri dates and the reading sections', async () => {
  const { res, body } = await page(`/articles/${fx.articles.bridgeWahat}`);
  assert.equal(res.status, 200);
  assert.match(body, /<a class="source" href="https:\/\/news\.example\/wahat-bridge" rel="noopener nofollow"/);
  assert.ok(body.includes('وتوقع مهندسون أن يخفف الجسر الازدحام.'), 'full text shown');
  assert.ok(body.includes('جمادى'), 'Hijri month name');
  assert.ok(body.includes('نوفمبر 2026'), 'Gregorian date');
  assert.ok(body.includes('مقالات مشابهة'));
  assert.ok(body.includes(`/articles/${fx.articles.match1}`), 'similar article linked');
  assert.ok(body.includes('اقرأ أيضاً'));
  assert.ok(body.includes(`/articles/${fx.articles.match2}`), 'read-also article linked');
  assert.ok(body.includes('المزيد من هذه القصة'));
  assert.ok(body.includes(`/articles/${fx.articles.bridgeMarfa}`));
});

test('a lead-only source shows the lead and a link, not the rest of the text', async () => {
  const { body } = await page(`/articles/${fx.articles.bridgeMarfa}`);
  assert.ok(body.includes('يرى تجار السوق القديم أن الجسر سيجلب زبائن جدداً.'));
  assert.ok(!body.includes('لكن بعضهم يخشى ارتفاع الإيجارات'));
  assert.ok(body.includes('href="https://news.example/marfa-bridge"'));
});

test('without an engine the article page still offers more from the same story, without the wire copy twice', async () => {
  const { res, body } = await page(`/articles/${fx.articles.bridgeWahat}`, depsFor(fx));
  assert.equal(res.status, 200);
  assert.ok(body.includes('المزيد من هذه القصة'));
  assert.ok(body.includes(`/articles/${fx.articles.bridgeAgency}"`));
  assert.ok(!body.includes(`/articles/${fx.articles.bridgeWireCopy}"`));
  assert.ok(!body.includes('مقالات مشابهة'));
});

test('titles and text containing markup are escaped; unsafe image URLs are dropped', async () => {
  for (const path of ['/', `/stories/${fx.stories.hostile}`, `/articles/${fx.articles.hostile}`]) {
    const { body } = await page(path);
    assert.ok(!body.includes('<script>alert'), path);
    assert.ok(body.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'), path);
    assert.ok(!body.includes('javascript:'), path);
  }
  const { body } = await page(`/articles/${fx.articles.hostile}`);
  assert.ok(body.includes('&lt;b&gt;مع وسم&lt;/b&gt; &amp; رمز.'));
});

test('unknown or malformed ids give an Arabic 404 page', async () => {
  for (const path of ['/stories/999999', '/articles/999999', '/articles/abc', '/stories/-1', '/no-such-page']) {
    const { res, body } = await page(path);
    assert.equal(res.status, 404, path);
    assert.ok(body.includes('الصفحة غير موجودة'), path);
    assert.equal(res.headers.get('cache-control'), 'no-store');
  }
});

test('search page keeps <mark> from snippets, escapes everything else, and explains malformed queries', async () => {
  const search = async (q: string) =>
    q === '"غير مغلق'
      ? { groups: [], total: 0, nextCursor: null, error: 'علامة تنصيص غير مغلقة' }
      : {
          groups: [
            {
              story: { id: fx.stories.bridge, headline: 'جسر <i>الزهراء</i>' },
              hit: {
                articleId: fx.articles.bridgeAgency,
                url: 'https://news.example/ufuq-bridge',
                title: 'افتتاح <em>جسر</em>',
                source: 'وكالة الأفق للأنباء',
                publishedAt: '2026-11-29T10:00:00Z',
                snippet: 'افتتحت البلدية <mark>الجسر</mark> الجديد <img src=x onerror=alert(1)>',
              },
              more: 2,
            },
          ],
          total: 3,
          nextCursor: 'abc',
        };
  const deps = depsFor(fx, { search });
  const { res, body } = await page('/search?q=' + encodeURIComponent('جسر'), deps);
  assert.equal(res.status, 200);
  assert.ok(body.includes('<mark>الجسر</mark>'));
  assert.ok(!body.includes('<img src=x'));
  assert.ok(body.includes('&lt;img src=x onerror=alert(1)&gt;'));
  assert.ok(body.includes('افتتاح &lt;em&gt;جسر&lt;/em&gt;'));
  assert.ok(body.includes('جسر &lt;i&gt;الزهراء&lt;/i&gt;'));
  assert.ok(body.includes('value="جسر"'), 'query kept in the box');
  assert.ok(body.includes('cursor=abc'), 'next page link');

  const bad = await page('/search?q=' + encodeURIComponent('"غير مغلق'), deps);
  assert.equal(bad.res.status, 200);
  assert.ok(bad.body.includes('علامة تنصيص غير مغلقة'));
  assert.ok(bad.body.includes('جرّب كلمات أبسط'));
});

test('a failing search backend gives a 503 page with a message, not a stack', async () => {
  const deps = depsFor(fx, {
    search: async () => {
      throw new Error('SQLITE_CORRUPT at /secret/path');
    },
  });
  const origError = console.error;
  console.error = () => {};
  try {
    const { res, body } = await page('/search?q=x', deps);
    assert.equal(res.status, 503);
    assert.ok(body.includes('البحث غير متاح'));
    assert.ok(!body.includes('/secret/path'));
  } finally {
    console.error = origError;
  }
});

test('sources page shows every source with a health label', async () => {
  const { body } = await page('/sources');
  for (const name of ['صحيفة الواحة', 'وكالة الأفق للأنباء', 'إذاعة النخيل', 'موقع المرفأ']) assert.ok(body.includes(name));
  assert.ok(body.includes('لم يُجلب بعد'));
});

test('the stylesheet and the self-hosted font are served; other files are not', async () => {
  const app = createApp(depsFor(fx));
  const css = await app.request('/assets/marsad.css');
  assert.equal(css.status, 200);
  assert.match(css.headers.get('content-type') ?? '', /text\/css/);
  const cssText = await css.text();
  assert.ok(cssText.includes('prefers-color-scheme: dark'));
  assert.ok(cssText.includes(':focus-visible'));
  const fontPath = /url\((\/assets\/fonts\/[^)]+\.woff2)\)/.exec(cssText)?.[1];
  assert.ok(fontPath);
  const font = await app.request(fontPath!);
  assert.equal(font.status, 200);
  assert.equal(font.headers.get('content-type'), 'font/woff2');
  assert.equal(Buffer.from(await font.arrayBuffer()).subarray(0, 4).toString('latin1'), 'wOF2');
  for (const p of ['/assets/fonts/..%2F..%2Fpackage.json', '/assets/fonts/package.json', '/assets/../package.json']) {
    assert.equal((await app.request(p)).status, 404, p);
  }
});

test('HEAD works and a trailing slash redirects to the canonical path', async () => {
  const app = createApp(depsFor(fx));
  const head = await app.request('/', { method: 'HEAD' });
  assert.equal(head.status, 200);
  const slash = await app.request(`/stories/${fx.stories.bridge}/`);
  assert.equal(slash.status, 301);
  assert.match(slash.headers.get('location') ?? '', new RegExp(`/stories/${fx.stories.bridge}$`));
});

test('an over-long search query is refused with advice, not passed to the backend', async () => {
  let called = false;
  const deps = depsFor(fx, {
    search: async () => {
      called = true;
      return { groups: [], total: 0, nextCursor: null };
    },
  });
  const { res, body } = await page('/search?q=' + encodeURIComponent('ب'.repeat(600)), deps);
  assert.equal(res.status, 400);
  assert.ok(body.includes('الاستعلام طويل جداً'));
  assert.equal(called, false);
});

test('front page follows a cursor to older stories and links back', async () => {
  const app = createApp(depsFor(fx));
  const first = (await (await app.request('/api/v1/stories?limit=1')).json()) as { nextCursor: string };
  const res = await app.request(`/?cursor=${encodeURIComponent(first.nextCursor)}`);
  assert.equal(res.status, 200);
  const body = await res.text();
  assert.ok(body.includes('<h1>قصص أقدم</h1>'));
  assert.ok(!body.includes(`href="/stories/${fx.stories.bridge}"`), 'the first story is on the first page only');
  assert.ok(body.includes(`href="/stories/${fx.stories.match}"`));
  assert.ok(body.includes('<a href="/">الأحدث</a>'));
  assert.equal((await app.request('/?cursor=not-a-cursor')).status, 400);
});
