// Polls store articles first (searchable, story pending) and decide stories once the round has settled, in canonical
// order: the same articles, stored in any order, get the same stories. Demo articles (their pages rendered by the
// fixture site, no network) stored forward, backward and interleaved into three SQLite stores.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadDemoData } from '../../src/demo/demo-data.ts';
import { buildFixtureSite } from '../../src/demo/fixture-site.ts';
import { extractHtml } from '../../src/extract/index.ts';
import type { ExtractedArticle } from '../../src/extract/types.ts';
import { openStore } from '../../src/store/open-store.ts';
import type { Store } from '../../src/store/types.ts';
import { ArticlePipeline } from '../../src/pipeline/article-pipeline.ts';
import { canonicalOrder } from '../../src/pipeline/pending-stories.ts';
import { createStoryEngine } from '../../src/stories/story-engine.ts';
import { search } from '../../src/search/search.ts';

const ORIGIN = 'http://127.0.0.1:9';
const FETCHED = new Date('2026-11-20T12:30:00Z');
const site = buildFixtureSite(loadDemoData(), ORIGIN, new Date('2026-11-20T12:00:00Z'));
const pages: { url: string; outlet: string; extracted: ExtractedArticle }[] = site.articleUrls.map((url) => ({
  url,
  outlet: new URL(url).pathname.split('/')[1]!,
  extracted: extractHtml(site.responses.get(new URL(url).pathname)!.body.toString('utf8'), { url }),
}));

async function storeAll(order: typeof pages): Promise<{ store: Store; pipeline: ArticlePipeline }> {
  const store = await openStore({ db: ':memory:' });
  const sources = new Map<string, number>();
  for (const outlet of [...new Set(pages.map((p) => p.outlet))].sort()) sources.set(outlet, (await store.addSource({ url: `${ORIGIN}/${outlet}/feed`, name: outlet })).id);
  const pipeline = new ArticlePipeline(store, createStoryEngine());
  for (const p of order) assert.equal((await pipeline.storePending({ sourceId: sources.get(p.outlet)!, url: p.url, extracted: p.extracted, fetchedAt: FETCHED })).status, 'new', p.url);
  return { store, pipeline };
}

/** Stories as sets of article URLs, so stores whose ids differ compare. */
async function stories(store: Store): Promise<string[]> {
  const docs = await store.listStoryDocs();
  const byStory = new Map<number | null, string[]>();
  for (const a of await store.getArticles(docs.map((d) => d.articleId))) (byStory.get(a.storyId) ?? byStory.set(a.storyId, []).get(a.storyId)!).push(a.url);
  return [...byStory.values()].map((urls) => urls.sort().join(' ')).sort();
}

test('a stored article is searchable at once and in no story until the round is grouped', async () => {
  const { store, pipeline } = await storeAll(pages.slice(0, 12));
  try {
    assert.equal(await store.countArticles({ state: 'pending' }), 12);
    assert.equal(await store.countArticles({ state: 'grouped' }), 0);
    const title = pages[0]!.extracted.title.split(/\s+/).filter((w) => w.length > 3).slice(0, 2).join(' ');
    const found = await search(store, title);
    assert.ok(found.hits.some((h) => h.url === pages[0]!.url), `"${title}" finds the pending article`);
    assert.equal((await store.getArticleByUrl(pages[0]!.url))?.storyId, null);
    assert.equal((await store.doctor({ repair: false })).ok, true, 'waiting for a story is not an inconsistency');

    const r = await pipeline.groupPending();
    assert.deepEqual(r, { decided: 12, stale: false });
    assert.equal(await store.countArticles({ state: 'pending' }), 0);
    assert.notEqual((await store.getArticleByUrl(pages[0]!.url))?.storyId, null);
    assert.deepEqual(await pipeline.groupPending(), { decided: 0, stale: false }, 'nothing is decided twice');
  } finally {
    await store.close();
  }
});

test('the same articles stored in any order get the same stories', async () => {
  const byOutlet = new Map<string, typeof pages>();
  for (const p of pages) (byOutlet.get(p.outlet) ?? byOutlet.set(p.outlet, []).get(p.outlet)!).push(p);
  const lists = [...byOutlet.values()];
  const interleaved = Array.from({ length: Math.max(...lists.map((l) => l.length)) }, (_, i) => lists.map((l) => l[l.length - 1 - i]).filter((p) => p !== undefined)).flat();
  const orders = { forward: pages, backward: [...pages].reverse(), interleaved };
  assert.notDeepEqual(orders.forward.map((p) => p.url), orders.interleaved.map((p) => p.url));
  const got: Record<string, string[]> = {};
  for (const [name, order] of Object.entries(orders)) {
    const { store, pipeline } = await storeAll(order);
    try {
      await pipeline.groupPending();
      got[name] = await stories(store);
    } finally {
      await store.close();
    }
  }
  assert.ok(got.forward!.length > 10 && got.forward!.length < pages.length, `${got.forward!.length} stories of ${pages.length} articles`);
  assert.deepEqual(got.backward, got.forward);
  assert.deepEqual(got.interleaved, got.forward);
});

test('decided in batches, stopped inside any batch and resumed by a fresh pipeline, the stories equal an uninterrupted run', async () => {
  const BATCH = 10;
  const { store: reference, pipeline } = await storeAll(pages);
  let want: string[];
  try {
    assert.deepEqual(await pipeline.groupPendingInBatches(BATCH), { decided: pages.length, batches: Math.ceil(pages.length / BATCH) });
    want = await stories(reference);
  } finally {
    await reference.close();
  }
  assert.ok(want.length > 10 && want.length < pages.length, `${want.length} stories of ${pages.length} articles`);

  // A kill inside a batch is a batch whose transaction never commits: here, its write fails.
  for (const stops of [[0], [3], [1, 1, 2], [8]]) {
    const { store } = await storeAll([...pages].reverse());
    try {
      const apply = store.applyStoryDecisions.bind(store);
      for (const after of stops) {
        let left = after;
        store.applyStoryDecisions = async (d) => {
          if (left-- <= 0) throw new Error('killed');
          return apply(d);
        };
        await assert.rejects(() => new ArticlePipeline(store, null).groupPendingInBatches(BATCH), /killed/);
        assert.equal((await store.doctor({ repair: false })).ok, true, 'articles waiting for their story are not an inconsistency');
      }
      store.applyStoryDecisions = apply;
      const resumed = new ArticlePipeline(store, null);
      const done = await resumed.groupPendingInBatches(BATCH);
      assert.equal(done.decided, pages.length - stops.reduce((a, b) => a + b, 0) * BATCH);
      assert.equal(await store.countArticles({ state: 'pending' }), 0);
      assert.deepEqual(await stories(store), want, `stopped after ${stops.join(', ')} batches`);
    } finally {
      await store.close();
    }
  }
});

test('canonical order: time first, then canonical URL; never the database id', () => {
  const row = (articleId: number, time: string, canonicalUrl: string) => ({ articleId, sourceId: 1, canonicalUrl, time, title: '', lead: '', text: '', titleStems: '', bodyStems: '', entityIds: [], storyId: null, duplicateOf: null });
  const rows = [row(1, '2026-11-20T10:00:00.000Z', 'http://b.test/2'), row(2, '2026-11-20T09:00:00.000Z', 'http://z.test/1'), row(3, '2026-11-20T10:00:00.000Z', 'http://a.test/9')];
  assert.deepEqual(rows.sort(canonicalOrder).map((r) => r.articleId), [2, 3, 1]);
});
