// The web reader in a real browser (Debian's Chromium through playwright-core): RTL Arabic layout at phone and
// desktop widths, no overflow, no console or network errors, links between pages, no-JS and dark mode, and the admin
// flow against an in-process marsad with the offline demo outlets. Every request is checked to stay on loopback.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { loadConfig } from '../../src/config/config.ts';
import { loadDemoData } from '../../src/demo/demo-data.ts';
import { startMarsadServer, type MarsadServer } from '../../src/serve/marsad-server.ts';

const CHROMIUM = '/usr/bin/chromium';
const ADMIN_TOKEN = 'browser-test-admin-token-7f3a';
const ARTIFACTS = fileURLToPath(new URL('../../artifacts/', import.meta.url));
const WIDTHS = [375, 1280] as const;
const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const skipAll = process.env.MARSAD_SKIP_BROWSER === '1';
const chromiumMissing = !existsSync(CHROMIUM);

if (skipAll) {
  test('browser tests', { skip: `MARSAD_SKIP_BROWSER=1: browser tests skipped${chromiumMissing ? ` (${CHROMIUM} is missing)` : ''}` }, () => {});
} else if (chromiumMissing) {
  test('Chromium is installed for the browser tests', () => {
    assert.fail(`${CHROMIUM} is missing: install Debian's chromium package (apt-get install chromium), or set MARSAD_SKIP_BROWSER=1 to skip the browser tests`);
  });
}

/** Only loopback may ever be reached: anything else is aborted and fails the test. */
function isLoopbackUrl(raw: string): boolean {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return false;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:' && u.protocol !== 'ws:') return false;
  return u.hostname === '127.0.0.1' || u.hostname === 'localhost';
}

test('loopback guard: only 127.0.0.1 and localhost pass', () => {
  assert.ok(isLoopbackUrl('http://127.0.0.1:8080/x'));
  assert.ok(isLoopbackUrl('http://localhost/'));
  assert.ok(!isLoopbackUrl('https://example.com/'));
  assert.ok(!isLoopbackUrl('http://127.0.0.1.example.com/'));
  assert.ok(!isLoopbackUrl('http://10.0.0.1/'));
  assert.ok(!isLoopbackUrl('file:///etc/passwd'));
});

/** Console errors, page errors, failed requests and HTTP errors seen by one page. */
class PageWatch {
  problems: string[] = [];
  /** Statuses that a step expects (the refused sign-in answers 403). */
  expectedStatus = new Set<number>();
  constructor(page: Page) {
    page.on('console', (m) => {
      if (m.type() !== 'error') return;
      const text = m.text();
      if (this.expectedStatus.size && [...this.expectedStatus].some((s) => text.includes(`status of ${s}`))) return;
      this.problems.push(`console error: ${text} (${m.location().url})`);
    });
    page.on('pageerror', (e) => this.problems.push(`page error: ${e.message}`));
    page.on('requestfailed', (r) => {
      const why = r.failure()?.errorText ?? '';
      // Leaving a page cancels what it was still loading (a web font, under load): not a broken request.
      if (why === 'net::ERR_ABORTED') return;
      this.problems.push(`request failed: ${r.url()} ${why}`);
    });
    page.on('response', (r) => {
      if (r.status() >= 400 && !this.expectedStatus.has(r.status())) this.problems.push(`HTTP ${r.status()}: ${r.url()}`);
    });
  }
  take(): string[] {
    const p = this.problems;
    this.problems = [];
    return p;
  }
}

let server: MarsadServer;
let browser: Browser;
let dbDir: string;
const offLoopback: string[] = [];
const contexts: BrowserContext[] = [];

async function newContext(options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const ctx = await browser.newContext({ locale: 'ar', ...options });
  contexts.push(ctx);
  await ctx.route('**/*', (route) => {
    const url = route.request().url();
    if (isLoopbackUrl(url)) return route.continue();
    offLoopback.push(url);
    return route.abort('blockedbyclient');
  });
  return ctx;
}

async function openPage(ctx: BrowserContext, width: number): Promise<{ page: Page; watch: PageWatch }> {
  const page = await ctx.newPage();
  // A missing element fails fast with the locator in the message instead of the test's timeout.
  page.setDefaultTimeout(15_000);
  await page.setViewportSize({ width, height: width < 600 ? 800 : 900 });
  return { page, watch: new PageWatch(page) };
}

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.evaluate('document.fonts.ready.then(() => true)');
}

interface LayoutFacts {
  htmlDir: string;
  bodyDir: string;
  lang: string;
  scrollWidth: number;
  clientWidth: number;
  h1: number;
  imgsWithoutAlt: string[];
  brokenImages: string[];
  overflowing: string[];
}

// Browser-side code is a plain string: tsx would wrap named arrow functions in a helper the page does not have.
const LAYOUT_FACTS = `(() => {
  const root = document.documentElement;
  const cw = root.clientWidth;
  const overflowing = [];
  for (const el of Array.from(document.body.querySelectorAll('*'))) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    if (r.right > cw + 1 || r.left < -1) {
      const cls = typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\\s+/).join('.') : '';
      overflowing.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + cls + ' [' + Math.round(r.left) + ', ' + Math.round(r.right) + ']');
    }
    if (overflowing.length >= 5) break;
  }
  const images = Array.from(document.images);
  return {
    htmlDir: getComputedStyle(root).direction,
    bodyDir: getComputedStyle(document.body).direction,
    lang: root.lang,
    scrollWidth: root.scrollWidth,
    clientWidth: cw,
    h1: document.querySelectorAll('h1').length,
    imgsWithoutAlt: images.filter((i) => !i.hasAttribute('alt')).map((i) => i.src),
    brokenImages: images.filter((i) => i.complete && i.currentSrc && i.naturalWidth === 0).map((i) => i.src),
    overflowing,
  };
})()`;

async function layoutFacts(page: Page): Promise<LayoutFacts> {
  return (await page.evaluate(LAYOUT_FACTS)) as LayoutFacts;
}

async function assertReaderPage(page: Page, watch: PageWatch, label: string, width: number): Promise<void> {
  await settle(page);
  const f = await layoutFacts(page);
  assert.equal(f.htmlDir, 'rtl', `${label}@${width}: <html> direction`);
  assert.equal(f.bodyDir, 'rtl', `${label}@${width}: <body> direction`);
  assert.equal(f.lang, 'ar', `${label}@${width}: <html lang>`);
  assert.equal(f.h1, 1, `${label}@${width}: exactly one h1`);
  assert.deepEqual(f.imgsWithoutAlt, [], `${label}@${width}: every <img> has alt`);
  assert.deepEqual(f.brokenImages, [], `${label}@${width}: images that failed to load`);
  if (width < 600) {
    assert.ok(
      f.scrollWidth <= f.clientWidth + 1,
      `${label}@${width}: horizontal overflow (scrollWidth ${f.scrollWidth} > clientWidth ${f.clientWidth}); widest: ${f.overflowing.join('; ')}`,
    );
  }
  await page.screenshot({ path: join(ARTIFACTS, `${label}-${width}.png`), fullPage: true });
  assert.deepEqual(watch.take(), [], `${label}@${width}: console errors or failed requests`);
}

async function signIn(page: Page, token: string): Promise<number> {
  await page.goto(`${server.url}/admin`);
  assert.match(new URL(page.url()).pathname, /^\/admin\/login$/, 'unsigned /admin redirects to the sign-in form');
  await page.fill('#token', token);
  const [res] = await Promise.all([page.waitForNavigation(), page.click('form.admin-form button[type=submit]')]);
  return res?.status() ?? 0;
}

/** Pages found by browsing, shared by the per-width checks. */
const found: { story?: string; article?: string; query?: string } = {};
/** A front-page story with an article that has similar articles, so every link in the walk exists. */
let walk: { storyId: number; articleId: number };

async function findWalk(base: string): Promise<{ storyId: number; articleId: number }> {
  const list = (await (await fetch(`${base}/api/v1/stories?limit=20`)).json()) as { items: { id: number; articles: { id: number }[] }[] };
  for (const story of list.items) {
    for (const a of story.articles) {
      const view = (await (await fetch(`${base}/api/v1/articles/${a.id}`)).json()) as { similar?: unknown[] };
      if (view.similar?.length) return { storyId: story.id, articleId: a.id };
    }
  }
  throw new Error('no front-page story has an article with similar articles');
}

describe('web reader in Chromium', { skip: skipAll || chromiumMissing }, () => {
  before(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    dbDir = mkdtempSync(join(tmpdir(), 'marsad-browser-'));
    const config = loadConfig({ db: join(dbDir, 'marsad.db'), port: 0, demoPort: 0, host: '127.0.0.1' }, {});
    config.demo = true;
    config.adminToken = ADMIN_TOKEN;
    const [s, b] = await Promise.all([
      startMarsadServer(config, { tickMs: 250 }),
      chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS }),
    ]);
    server = s;
    browser = b;
    const expected = loadDemoData().articles.length;
    const started = Date.now();
    while ((await server.store.countArticles()) < expected) {
      if (Date.now() - started > 90_000) throw new Error(`demo not ingested: ${await server.store.countArticles()} of ${expected} articles after 90 s`);
      await new Promise((r) => setTimeout(r, 200));
    }
    walk = await findWalk(server.url);
  }, { timeout: 120_000 });

  after(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close().catch(() => undefined);
    await server?.close();
    if (dbDir) rmSync(dbDir, { recursive: true, force: true });
  });

  test('links lead front page → story → article → similar article, and search result → article', { timeout: 60_000 }, async () => {
    const ctx = await newContext();
    const { page, watch } = await openPage(ctx, 1280);
    await page.goto(server.url + '/');
    const storyLink = page.locator(`.story-card h2 a[href="/stories/${walk.storyId}"]`);
    const headline = (await storyLink.textContent())!.trim();
    await storyLink.click();
    await page.waitForURL(/\/stories\/\d+$/);
    assert.equal((await page.locator('h1').textContent())!.trim(), headline, 'story page shows the clicked headline');
    found.story = new URL(page.url()).pathname;

    // The original outlet's link is external: checked, never followed.
    const original = page.locator('.coverage-item .original a').first();
    assert.ok((await original.getAttribute('href'))!.startsWith(server.demoOrigin! + '/'), 'original link points at the outlet');
    assert.deepEqual((await original.getAttribute('rel'))!.split(/\s+/).sort(), ['nofollow', 'noopener']);

    const articleLink = page.locator(`.coverage-item h3 a[href="/articles/${walk.articleId}"]`);
    const title = (await articleLink.textContent())!.trim();
    await articleLink.click();
    await page.waitForURL(/\/articles\/\d+$/);
    assert.equal((await page.locator('h1').textContent())!.trim(), title, 'article page shows the clicked title');
    found.article = new URL(page.url()).pathname;
    assert.equal(await page.locator('.kicker a').getAttribute('href'), found.story, 'article links back to its story');
    const source = page.locator('p.original a');
    const sourceHref = (await source.getAttribute('href'))!;
    assert.ok(sourceHref.startsWith(server.demoOrigin! + '/'), `article's original link is the outlet's URL: ${sourceHref}`);
    assert.deepEqual((await source.getAttribute('rel'))!.split(/\s+/).sort(), ['nofollow', 'noopener']);
    assert.equal(await source.getAttribute('target'), null);

    const similar = page.locator('section.related[aria-labelledby="similar-title"] a').first();
    const similarTitle = (await similar.textContent())!.trim();
    await similar.click();
    await page.waitForURL((u) => /^\/articles\/\d+$/.test(u.pathname) && u.pathname !== found.article);
    assert.equal((await page.locator('h1').textContent())!.trim(), similarTitle, 'similar article opens');

    // Search for the longest word of the article we read; the result opens its article.
    const word = title.split(/\s+/).filter((w) => /^[\u0621-\u064a]+$/.test(w)).sort((a, b) => b.length - a.length)[0]!;
    found.query = word;
    await page.fill('#site-q', word);
    await Promise.all([page.waitForURL(/\/search\?q=/), page.press('#site-q', 'Enter')]);
    assert.equal(new URL(page.url()).searchParams.get('q'), word);
    const result = page.locator('ol.results li.result h2 a').first();
    assert.ok((await page.locator('ol.results li.result').count()) > 0, `search for ${word} has results`);
    const resultTitle = (await result.textContent())!.trim();
    await result.click();
    await page.waitForURL(/\/articles\/\d+$/);
    assert.equal((await page.locator('h1').textContent())!.trim(), resultTitle, 'search result opens its article');
    assert.deepEqual(watch.take(), [], 'console errors or failed requests while browsing');
    assert.deepEqual(offLoopback, [], 'requests off loopback');
  });

  for (const width of WIDTHS) {
    test(`pages are RTL Arabic, one h1, alt on images, no errors at ${width} px`, { timeout: 60_000 }, async () => {
      assert.ok(found.story && found.article && found.query, 'pages found by the browsing test');
      const ctx = await newContext();
      const { page, watch } = await openPage(ctx, width);
      const pages: [string, string][] = [
        ['front', '/'],
        ['story', found.story],
        ['article', found.article],
        ['search', `/search?q=${encodeURIComponent(found.query)}`],
        ['sources', '/sources'],
      ];
      for (const [label, path] of pages) {
        const res = await page.goto(server.url + path);
        assert.equal(res?.status(), 200, `${label}: status`);
        if (label === 'front') {
          // Only the demo outlets are subscribed: the first-run panel offers the bundled list and the admin page.
          assert.equal((await page.locator('section.first-run pre.command').textContent())?.trim(), 'marsad sources import --preset arabic');
          assert.equal(await page.locator('section.first-run a[href="/admin#preset"]').count(), 1);
        }
        await assertReaderPage(page, watch, label, width);
      }
      assert.ok((await page.goto(server.url + pages[3]![1])) && (await page.locator('ol.results li.result').count()) > 0);
      watch.take();
      assert.equal(await signIn(page, ADMIN_TOKEN), 200);
      assert.equal(new URL(page.url()).pathname, '/admin');
      await assertReaderPage(page, watch, 'admin', width);
      // One-word labels must stay on one line: a table squeezed letter by letter splits Arabic words apart.
      const split = (await page.evaluate(`Array.from(document.querySelectorAll('.admin-table th, .admin-table button')).filter((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        return new Set(Array.from(range.getClientRects()).filter((r) => r.width > 0).map((r) => Math.round(r.top))).size > 1;
      }).map((el) => el.textContent.trim())`)) as string[];
      assert.deepEqual(split, [], `admin@${width}: labels broken across lines`);
      assert.deepEqual(offLoopback, [], 'requests off loopback');
    });
  }

  test('front page in dark mode is dark', { timeout: 60_000 }, async () => {
    const ctx = await newContext({ colorScheme: 'dark' });
    const { page, watch } = await openPage(ctx, 375);
    await page.goto(server.url + '/');
    await settle(page);
    const colors = (await page.evaluate(`(() => {
      const lum = (c) => {
        const [r, g, b] = (c.match(/[\\d.]+/g) || ['0', '0', '0']).slice(0, 3).map(Number);
        return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
      };
      const body = getComputedStyle(document.body);
      const link = document.querySelector('.story-card h2 a');
      return { bg: lum(body.backgroundColor), fg: lum(body.color), link: link ? lum(getComputedStyle(link).color) : 0 };
    })()`)) as { bg: number; fg: number; link: number };
    assert.ok(colors.bg < 0.2, `dark background (luminance ${colors.bg.toFixed(2)})`);
    assert.ok(colors.fg > 0.7, `light text (luminance ${colors.fg.toFixed(2)})`);
    assert.ok(colors.link > 0.5, `headline links readable on dark (luminance ${colors.link.toFixed(2)})`);
    await page.screenshot({ path: join(ARTIFACTS, 'front-dark-375.png'), fullPage: true });
    assert.deepEqual(watch.take(), []);
    assert.deepEqual(offLoopback, []);
  });

  test('front page works without JavaScript', { timeout: 60_000 }, async () => {
    const ctx = await newContext({ javaScriptEnabled: false });
    const { page, watch } = await openPage(ctx, 375);
    await page.goto(server.url + '/');
    assert.equal(await page.locator('h1').count(), 1);
    assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
    const cards = await page.locator('.story-card').count();
    assert.ok(cards > 0, 'story cards are rendered on the server');
    await Promise.all([page.waitForURL(/\/stories\/\d+$/), page.locator('.story-card h2 a').first().click()]);
    assert.ok((await page.locator('.coverage-item').count()) > 0, 'story page reached without JavaScript');
    await page.goto(server.url + '/');
    await page.fill('#site-q', found.query ?? 'مصر');
    await Promise.all([page.waitForURL(/\/search\?q=/), page.press('#site-q', 'Enter')]);
    assert.ok((await page.locator('ol.results li.result').count()) > 0, 'search form works without JavaScript');
    await page.screenshot({ path: join(ARTIFACTS, 'front-nojs-375.png') });
    assert.deepEqual(watch.take(), []);
    assert.deepEqual(offLoopback, []);
  });

  test('admin: wrong token refused; sign in, add a source, its health appears after a poll', { timeout: 60_000 }, async () => {
    const ctx = await newContext();
    const { page, watch } = await openPage(ctx, 1280);
    watch.expectedStatus.add(403);
    assert.equal(await signIn(page, 'not-the-token'), 403, 'wrong token answers 403');
    assert.equal(new URL(page.url()).pathname, '/admin/login');
    assert.match((await page.locator('[role=alert]').textContent()) ?? '', /الرمز غير صحيح/);
    await page.goto(`${server.url}/admin`);
    assert.equal(new URL(page.url()).pathname, '/admin/login', 'still signed out after a wrong token');
    watch.expectedStatus.clear();
    assert.deepEqual(watch.take(), []);

    assert.equal(await signIn(page, ADMIN_TOKEN), 200);
    assert.equal(new URL(page.url()).pathname, '/admin');
    const demoFeeds = (await server.store.listSources()).filter((s) => s.demo);
    // The fixture server answers by path, so a query string makes a new subscription to a real demo feed.
    const feedUrl = `${demoFeeds[0]!.url}?via=admin-browser-test`;
    const name = 'مصدر أضيف من المتصفح';
    await page.fill('#src-url', feedUrl);
    await page.fill('#src-name', name);
    await Promise.all([page.waitForURL(/\/admin\?done=added$/), page.click('form[action="/admin/sources"] button[type=submit]')]);
    assert.match((await page.locator('[role=status]').textContent()) ?? '', /أُضيف المصدر/);
    const row = page.locator('table.admin-table tbody tr', { has: page.locator('td', { hasText: feedUrl }) });
    assert.equal(await row.count(), 1, 'new source listed once');
    // The server's scheduler ticks every 250 ms, so a poll may beat this page to the new source; the label of a source
    // never polled is covered without that race in test/http/pages.test.ts.
    const first = ((await row.locator('td').nth(2).textContent()) ?? '').trim();
    const added = (await server.store.listSources()).find((s) => s.url === feedUrl);
    if (added?.lastPolledAt) assert.ok(first === 'يعمل' || /لم يُجلب بعد/.test(first), `a polled source shows its health: ${first}`);
    else assert.match(first, /لم يُجلب بعد/, 'new source not polled yet');

    const started = Date.now();
    let health = '';
    while (Date.now() - started < 20_000) {
      await server.scheduler!.tick();
      await page.reload({ waitUntil: 'networkidle' });
      health = ((await row.locator('td').nth(2).textContent()) ?? '').trim();
      if (health.startsWith('يعمل')) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    assert.equal(health, 'يعمل', 'admin shows the new source as working after a poll');
    // Reloading while the web font is still downloading cancels that download (net::ERR_ABORTED): not a failure.
    assert.deepEqual(watch.take().filter((e) => !/net::ERR_ABORTED/.test(e)), []);
    await page.goto(server.url + '/sources', { waitUntil: 'networkidle' });
    const item = page.locator('li.source-item', { has: page.locator('h2', { hasText: name }) });
    assert.equal(await item.count(), 1);
    assert.match((await item.locator('.health').textContent()) ?? '', /الحالة: يعمل/);
    assert.match((await item.getAttribute('class')) ?? '', /health-ok/);
    // A source added by hand is a real one: the first-run panel is gone.
    await page.goto(server.url + '/');
    assert.equal(await page.locator('.story-card').count() > 0, true);
    assert.equal(await page.locator('section.first-run').count(), 0);
    assert.deepEqual(watch.take(), []);
    assert.deepEqual(offLoopback, []);
  });
});
