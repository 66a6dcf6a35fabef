// The same articles through the real pipeline into SQLite and PostgreSQL give byte-identical read models: story lists
// (both orders, every page), each story, its entities and quotes, the story engine's rebuild input, and search results
// (hits, scores, snippets, totals, facets, cursors).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadDemoData } from '../../src/demo/demo-data.ts';
import type { ExtractedArticle } from '../../src/extract/types.ts';
import { ArticlePipeline } from '../../src/pipeline/article-pipeline.ts';
import { loadStoryEngine } from '../../src/pipeline/story-state.ts';
import { search, type SearchOptions, type SearchResults } from '../../src/search/search.ts';
import { openStore } from '../../src/store/open-store.ts';
import type { Store } from '../../src/store/types.ts';
import { freshPostgresStore, postgresAvailable } from './postgres-test-database.ts';

const BASE = Date.parse('2026-03-10T12:00:00.000Z');
const ARTICLES = 60;

async function fill(store: Store): Promise<void> {
  const demo = loadDemoData();
  const sourceIds = new Map<string, number>();
  for (const o of demo.outlets) sourceIds.set(o.slug, (await store.addSource({ url: `https://${o.slug}.test/feed.xml`, name: o.name, category: o.category })).id);
  const pipeline = new ArticlePipeline(store, await loadStoryEngine(store));
  const articles = [...demo.articles].sort((a, b) => b.publishedOffsetMinutes - a.publishedOffsetMinutes || (a.id < b.id ? -1 : 1)).slice(0, ARTICLES);
  for (const a of articles) {
    const url = `https://${a.outlet}.test${demo.paths.get(a.id)}`;
    const published = new Date(BASE - a.publishedOffsetMinutes * 60_000).toISOString();
    const text = a.paragraphs.join('\n\n');
    const extracted: ExtractedArticle = {
      url, canonicalUrl: null, title: a.headline, byline: a.byline ?? null, publishedAt: published, updatedAt: null,
      sourceName: null, lang: 'ar', section: a.section, image: null, paragraphs: a.paragraphs, text,
      lead: a.paragraphs[0]!, html: a.paragraphs.map((p) => `<p>${p}</p>`).join(''), boilerplate: [],
    };
    const r = await pipeline.ingest({ sourceId: sourceIds.get(a.outlet)!, url, extracted, fetchedAt: new Date(BASE) });
    assert.ok(r.status === 'new' || r.status === 'duplicate', JSON.stringify(r));
  }
}

async function readModels(store: Store) {
  const pages = async (order: 'rank' | 'recent') => {
    const out = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<Store['listStories']>> = await store.listStories({ limit: 7, cursor, order });
      out.push(page);
      cursor = page.nextCursor;
    } while (cursor);
    return out;
  };
  const rank = await pages('rank');
  const ids = rank.flatMap((p) => p.items.map((s) => s.id));
  const stories = [];
  for (const id of ids) stories.push({ story: await store.getStory(id), entities: await store.storyEntities(id, 10), quotes: await store.storyQuotes(id, 10) });
  return { rank, recent: await pages('recent'), stories, docs: await store.listStoryDocs(), sources: (await store.listSources()).map(({ createdAt: _c, ...s }) => s) };
}

// The last two: an entity in one or two articles with a common word (SQLite lists and scores the entity's articles).
const QUERIES = [
  'حريق', 'الإسكندرية', '"سوق العطارين"', 'وزير OR رئيس', 'الأمطار -السيول', 'قال الرئيس', 'source:bayraq.test', 'مياه from:2026-03-09',
  'عام entity:place:beirut', 'عام entity:org:gcc',
];

if (await postgresAvailable('sqlite/postgres equivalence')) {
  let sqlite: Store;
  let postgres: Store;
  before(async () => {
    sqlite = await openStore({ db: ':memory:' });
    postgres = await freshPostgresStore();
    await fill(sqlite);
    await fill(postgres);
  });
  after(async () => {
    await sqlite?.close();
    await postgres?.close();
  });

  test('equivalence: stories, story pages, entities, quotes and rebuild input are identical JSON', async () => {
    const a = await readModels(sqlite);
    const b = await readModels(postgres);
    assert.ok(a.stories.length >= 10, `only ${a.stories.length} stories`);
    assert.ok(a.stories.some((s) => s.story!.outlets.length >= 3), 'some multi-outlet stories');
    assert.ok(a.stories.some((s) => s.quotes.length > 0), 'some quotes');
    assert.equal(JSON.stringify(b), JSON.stringify(a));
  });

  test('equivalence: search results are identical JSON, page after page', async () => {
    let nonEmpty = 0;
    for (const q of QUERIES) {
      for (const grouped of [true, false]) {
        let cursor: string | null = null;
        let pages = 0;
        do {
          const opts: SearchOptions = { limit: 3, cursor, groupByStory: grouped, recency: q === 'حريق', now: new Date(BASE) };
          const x: SearchResults = await search(sqlite, q, opts);
          const y: SearchResults = await search(postgres, q, opts);
          assert.equal(JSON.stringify(y), JSON.stringify(x), `query ${q} (grouped ${grouped}, page ${pages + 1})`);
          if (x.hits.length) nonEmpty++;
          cursor = x.nextCursor;
        } while (cursor && ++pages < 5);
      }
    }
    assert.ok(nonEmpty >= 8, `only ${nonEmpty} non-empty result pages`);
    // The tiered path (very common query) as well, page after page: all three tiers, estimated and counted totals, and
    // candidates newest first when BM25 is over its budget.
    // Dated ones: their span of days bounds the ids walked and the estimate (DATE_SPAN_CAP).
    const dated = ['محافظة from:2026-03-09', 'عام to:2026-03-08'];
    for (const q of ['في OR اليوم OR قال', 'قال -الرئيس', 'الرئيس source:bayraq.test', ...dated]) {
      let cursor: string | null = null;
      let pages = 0;
      do {
        const opts: SearchOptions = { limit: 2, tierAbove: 5, cursor, bm25Budget: q.includes('-') ? 0 : undefined };
        const x: SearchResults = await search(sqlite, q, opts);
        assert.equal(JSON.stringify(await search(postgres, q, opts)), JSON.stringify(x), `tiered ${q}, page ${pages + 1}`);
        if (pages === 0 && dated.includes(q)) assert.ok(x.approximate && x.hits.length === 2, `${q} is tiered`);
        cursor = x.nextCursor;
      } while (cursor && ++pages < 8);
    }
  });
}
