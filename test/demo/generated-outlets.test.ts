// Generated outlets: served by the fixture server beside the demo ones, each event reported by four outlets in their
// own words, with the truth alongside; the same options always give the same site.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseRssFeed } from 'feedsmith';
import { buildGeneratedOutlets } from '../../src/demo/generated-outlets.ts';
import { demoSources, startFixtureServer } from '../../src/demo/fixture-server.ts';

const BASE = new Date('2026-11-20T12:00:00Z');

test('the fixture server serves generated outlets beside the demo ones, with their truth', async () => {
  const server = await startFixtureServer({ baseTime: BASE, generated: { outlets: 3, perOutlet: 8 } });
  try {
    const demo = demoSources(server.origin).length;
    assert.equal(server.feeds.length, demo + 3);
    const generated = server.feeds.slice(demo);
    assert.deepEqual(generated.map((f) => f.format), ['rss', 'rss', 'rss']);
    const res = await fetch(generated[1]!.url);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /rss/);
    const feed = parseRssFeed(await res.text());
    assert.equal(feed.items?.length, 8);
    const link = feed.items![0]!.link!;
    assert.ok(server.truth.has(link), 'every generated article has its event in the truth');
    const page = await fetch(link);
    assert.equal(page.status, 200);
    assert.ok(page.headers.get('etag'), 'conditional requests work as for the demo pages');
    const html = await page.text();
    assert.match(html, /<html lang="ar" dir="rtl">/);
    assert.ok(html.includes(`<h1>`) && html.length > 300);
  } finally {
    await server.close();
  }
});

test('each generated event is reported by four outlets in different words, the same way every time', () => {
  const site = buildGeneratedOutlets({ outlets: 8, perOutlet: 20 }, 'http://127.0.0.1:1', BASE);
  assert.equal(site.articleUrls.length, 160);
  const byEvent = new Map<string, string[]>();
  for (const [url, event] of site.truth) (byEvent.get(event) ?? byEvent.set(event, []).get(event)!).push(url);
  assert.equal(byEvent.size, 40);
  for (const [event, urls] of byEvent) {
    assert.equal(urls.length, 4, event);
    assert.equal(new Set(urls.map((u) => new URL(u).pathname.split('/')[1])).size, 4, `${event}: four outlets`);
    const bodies = urls.map((u) => site.responses.get(new URL(u).pathname)!.body.toString('utf8'));
    assert.equal(new Set(bodies).size, 4, `${event}: four wordings`);
  }
  const again = buildGeneratedOutlets({ outlets: 8, perOutlet: 20 }, 'http://127.0.0.1:1', BASE);
  assert.deepEqual([...again.responses.keys()], [...site.responses.keys()]);
  assert.deepEqual([...again.responses.values()].map((r) => r.etag), [...site.responses.values()].map((r) => r.etag));
  assert.throws(() => buildGeneratedOutlets({ outlets: 1, perOutlet: 101 }, 'http://127.0.0.1:1', BASE), /perOutlet/);
});
