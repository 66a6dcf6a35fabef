// Loading the story engine at start re-analyses only the articles inside its time window: older ones would be
// evicted at once anyway. Their story ids stay reserved, so a new story never takes an old story's id.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadDemoData } from '../../src/demo/demo-data.ts';
import { buildFixtureSite } from '../../src/demo/fixture-site.ts';
import { extractHtml } from '../../src/extract/index.ts';
import { openStore } from '../../src/store/open-store.ts';
import { ArticlePipeline } from '../../src/pipeline/article-pipeline.ts';
import { loadStoryEngine } from '../../src/pipeline/story-state.ts';
import { buildStoryDoc } from '../../src/stories/story-doc.ts';
import { storyTextAnalyzer } from '../../src/pipeline/story-analyzer.ts';
import { createStoryEngine, type StoryEngineInternals } from '../../src/stories/story-engine.ts';

const ORIGIN = 'http://127.0.0.1:9';
const site = buildFixtureSite(loadDemoData(), ORIGIN, new Date('2026-11-20T12:00:00Z'));

test('a start restores only the window and keeps every stored story id reserved', async () => {
  const store = await openStore({ db: ':memory:' });
  try {
    const source = (await store.addSource({ url: `${ORIGIN}/feed`, name: 'archive' })).id;
    const pipeline = new ArticlePipeline(store, createStoryEngine());
    const urls = site.articleUrls.slice(0, 40);
    // Twenty November articles, then twenty from a month before (an archive imported late): the old ones fall
    // outside the 3-day window and start stories with the highest ids.
    for (const [i, url] of urls.entries()) {
      const extracted = extractHtml(site.responses.get(new URL(url).pathname)!.body.toString('utf8'), { url });
      const publishedAt = new Date(Date.UTC(2026, i < 20 ? 10 : 9, 1, 8, i)).toISOString();
      const r = await pipeline.ingest({ sourceId: source, url, extracted: { ...extracted, publishedAt }, fetchedAt: new Date(publishedAt) });
      assert.equal(r.status, 'new', url);
    }
    const docs = await store.listStoryDocs();
    const recent = docs.filter((d) => d.time >= '2026-11-01');
    assert.equal(recent.length, 20);
    const maxStory = Math.max(...docs.map((d) => d.storyId!));
    assert.ok(Math.max(...recent.map((d) => d.storyId!)) < maxStory, 'premise: an old story holds the highest id');

    // Count reads of the text of old articles: restoring one means re-analysing it.
    let oldTextReads = 0;
    const listStoryDocs = store.listStoryDocs.bind(store);
    store.listStoryDocs = async (o) => (await listStoryDocs(o)).map((r) => r.time >= '2026-11-01' ? r : new Proxy(r, {
      get: (t, k) => { if (k === 'text' || k === 'title') oldTextReads++; return Reflect.get(t, k); },
    }));
    const engine = (await loadStoryEngine(store)) as StoryEngineInternals;
    assert.equal(oldTextReads, 0, 'articles older than the window are not re-analysed');
    assert.equal(engine.size, 20, 'only the articles inside the window are restored');
    for (const d of recent) assert.equal(engine.storyOf(d.articleId), d.storyId, `article ${d.articleId} keeps its stored story`);
    for (const d of docs.filter((x) => x.time < '2026-11-01')) assert.equal(engine.storyOf(d.articleId), undefined);

    const unrelated = buildStoryDoc({
      articleId: 10_000, sourceId: source, time: Date.UTC(2026, 10, 1, 12), title: 'افتتاح مرصد فلكي جديد فوق جبل القمر',
      lead: '', text: 'افتتحت جمعية الفلك مرصدا جديدا فوق جبل القمر يضم مقرابا كبيرا لرصد المذنبات والكواكب البعيدة.',
    }, storyTextAnalyzer);
    const d = engine.assign(unrelated);
    assert.ok(d.storyId > maxStory, `a new story takes a fresh id (${d.storyId} > ${maxStory})`);
  } finally {
    await store.close();
  }
});
