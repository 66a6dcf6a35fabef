// The store half of `marsad search reindex`, for every backend (run from store-suite.ts): meta values, listing articles
// for the analyzer, and rewriting their search terms, entity mentions and quotes in one transaction.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { SearchTermsRewrite, Store } from '../../src/store/types.ts';
import { search } from '../../src/search/search.ts';
import { indexTerms } from '../../src/text/analyze.ts';
import { ANALYZER_VERSION } from '../../src/text/analyzer-version.ts';
import type { EntityMention } from '../../src/text/types.ts';
import { makeArticle, newStory } from './store-fixtures.ts';

function terms(title: string, lead: string, body: string) {
  const t = indexTerms(title), l = indexTerms(lead), b = indexTerms(body);
  return {
    titleSurface: t.surface.join(' '), titleStems: t.stems.join(' '), leadSurface: l.surface.join(' '), leadStems: l.stems.join(' '),
    bodySurface: b.surface.join(' '), bodyStems: b.stems.join(' '),
  };
}

function mention(id: string, name: string): EntityMention {
  return { id, kind: 'place', name, surface: name, start: 0, end: name.length };
}

async function found(store: Store, query: string): Promise<number[]> {
  const r = await search(store, query, { facets: false, groupByStory: false });
  assert.equal(r.error, null, query);
  return r.hits.map((h) => h.articleId).sort((a, b) => a - b);
}

export function runSearchReindexSuite(name: string, withStore: (fn: (store: Store) => Promise<void>) => Promise<void>): void {
  describe(`${name} store: search terms rewrite`, () => {
    test('meta values: the analyzer version of a new database, set, replace and remove in one call', () =>
      withStore(async (store) => {
        assert.equal(await store.getMeta('search_analyzer'), ANALYZER_VERSION, 'an empty database starts at the current analyzer');
        try {
          await store.setMeta({ search_analyzer: '1', search_reindex: '{"x":1}' });
          assert.equal(await store.getMeta('search_analyzer'), '1');
          assert.equal(await store.getMeta('search_reindex'), '{"x":1}');
          await store.setMeta({ search_reindex: null });
          assert.equal(await store.getMeta('search_reindex'), null);
          assert.equal(await store.getMeta('search_analyzer'), '1', 'keys not named are kept');
        } finally {
          await store.setMeta({ search_analyzer: ANALYZER_VERSION, search_reindex: null });
        }
      }));

    test('lists articles after an id with their stored terms, entities and quotes; rewrites terms, entities and quotes, skipping deleted articles', () =>
      withStore(async (store) => {
        const src = await store.addSource({ url: 'https://lantern-post.test/feed' });
        const oldText = 'رفعت البلدية سرابيل الزينة في ساحة المدينة الخيالية احتفالا بالعيد.';
        const newText = 'رفعت البلدية قناديل الزينة في ساحة المدينة الخيالية احتفالا بالعيد.';
        const a = await store.insertArticle(
          makeArticle(src.id, {
            title: 'زينة العيد', lead: oldText, text: oldText, ...terms('زينة العيد', oldText, oldText),
            entities: [mention('place:old-square', 'الساحة القديمة'), mention('place:old-square', 'الساحة القديمة'), mention('place:kept-town', 'البلدة الباقية')],
            quotes: [{ text: 'سرابيل جميلة', speaker: 'سالم', speakerId: null, start: 3, end: 14 }],
          }),
          newStory(1),
        );
        const b = await store.insertArticle(makeArticle(src.id, { entities: [mention('place:kept-town', 'البلدة الباقية')] }), newStory(2));
        try {
          assert.deepEqual(await found(store, 'سرابيل'), [a.articleId]);
          assert.deepEqual(await found(store, 'قناديل'), []);

          const listed = await store.listArticlesForReindex(0, 10);
          assert.deepEqual(listed.map((r) => r.id), [a.articleId, b.articleId]);
          const first = listed[0]!;
          assert.equal(first.text, oldText);
          assert.equal(first.bodyStems, terms('', '', oldText).bodyStems);
          assert.deepEqual([...first.entities].sort((x, y) => x.id.localeCompare(y.id)), [{ id: 'place:kept-town', count: 1 }, { id: 'place:old-square', count: 2 }]);
          assert.deepEqual(first.quotes, [{ text: 'سرابيل جميلة', speaker: 'سالم', speakerId: null, start: 3, end: 14 }]);
          assert.deepEqual((await store.listArticlesForReindex(a.articleId, 10)).map((r) => r.id), [b.articleId]);
          assert.deepEqual((await store.listArticlesForReindex(0, 1)).map((r) => r.id), [a.articleId]);

          const rewrite: SearchTermsRewrite = {
            articleId: a.articleId, ...terms('زينة العيد', newText, newText),
            entities: [mention('place:new-square', 'الساحة الجديدة'), mention('place:kept-town', 'البلدة الباقية')],
            quotes: [{ text: 'قناديل جميلة', speaker: 'سالم', speakerId: null, start: 3, end: 15 }],
          };
          const gone: SearchTermsRewrite = { ...rewrite, articleId: 987654 };
          assert.equal(await store.rewriteSearchTerms([rewrite, gone], { search_reindex: 'batch-1' }), 1, 'the deleted article is skipped');
          assert.equal(await store.getMeta('search_reindex'), 'batch-1', 'meta written with the batch');

          assert.deepEqual(await found(store, 'قناديل'), [a.articleId]);
          assert.deepEqual(await found(store, 'سرابيل'), [], 'old terms are gone from the index');
          assert.deepEqual(await found(store, 'entity:place:new-square'), [a.articleId]);
          assert.deepEqual(await found(store, 'entity:place:kept-town'), [a.articleId, b.articleId]);
          assert.deepEqual((await store.storyEntities(1, 10)).map((e) => e.id).sort(), ['place:kept-town', 'place:new-square']);
          assert.deepEqual((await store.storyQuotes(1, 5)).map((q) => q.text), ['قناديل جميلة']);
          const again = (await store.listArticlesForReindex(0, 1))[0]!;
          assert.equal(again.bodySurface, rewrite.bodySurface);
          assert.equal(again.leadStems, rewrite.leadStems);

          const report = await store.doctor({ repair: false });
          assert.equal(report.ok, true, JSON.stringify(report.checks.filter((c) => c.found)));
          assert.equal(report.checks.find((c) => c.name === 'orphan-entities')?.found, 0, 'an entity no article mentions any more is gone');
          assert.equal(await store.rewriteSearchTerms([], { search_reindex: null }), 0);
          assert.equal(await store.getMeta('search_reindex'), null);
        } finally {
          await store.setMeta({ search_reindex: null });
        }
      }));

    test('optimizeSearchIndex: many one-article transactions merged into one segment, every answer the same, writes go on after', () =>
      withStore(async (store) => {
        const src = await store.addSource({ url: 'https://lantern-post.test/feed' });
        const topics = ['قناديل', 'سرابيل', 'مراكب', 'قوافل'];
        for (let i = 0; i < 40; i++) {
          const topic = topics[i % topics.length]!;
          const body = `وصلت ${topic} المدينة الخيالية في اليوم ${i} ومعها ${topics[(i + 1) % topics.length]} كثيرة.`;
          await store.insertArticle(
            makeArticle(src.id, {
              title: `${topic} ${i}`, lead: body, text: body, ...terms(`${topic} ${i}`, body, body),
              publishedAt: new Date(Date.UTC(2026, 2, 1 + (i % 20), i)).toISOString(),
            }),
            newStory(i + 1),
          );
        }
        const queries = ['قناديل', 'مراكب -قوافل', '"المدينة الخيالية"', 'سرابيل OR قوافل', 'وصلت'];
        const answer = async (q: string) => {
          const r = await search(store, q, { limit: 50 });
          assert.equal(r.error, null, q);
          return { hits: r.hits.map((h) => [h.articleId, h.score, h.titleHtml, h.snippetHtml]), total: r.totalArticles, facets: r.facets };
        };
        const before = await Promise.all(queries.map(answer));
        assert.ok(before.every((a) => a.hits.length > 0), 'every query finds something to compare');
        const raw = (store as unknown as { raw?: { prepare(sql: string): { get(): unknown } } }).raw;
        // Independent of the structure record the store reads: segments holding terms, as FTS5's term index lists them.
        const indexed = (table: string) => (raw!.prepare(`SELECT count(DISTINCT segid) AS n FROM ${table}_idx`).get() as { n: number }).n;

        const r = await store.optimizeSearchIndex({ pagesPerStep: 16 });
        if (r.segmentsBefore !== null) {
          assert.ok(r.segmentsBefore > 1, `40 write transactions left ${r.segmentsBefore} segment(s)`);
          assert.ok(r.steps >= 2, `${r.steps} steps`);
          assert.equal(r.segmentsAfter, 1);
          assert.equal(indexed('articles_fts'), 1);
          assert.equal(indexed('heads_fts'), 1);
        } else {
          assert.equal(r.segmentsAfter, null);
        }
        assert.deepEqual(await Promise.all(queries.map(answer)), before);

        const again = await store.optimizeSearchIndex();
        if (again.segmentsBefore !== null) assert.deepEqual([again.steps, again.segmentsBefore, again.segmentsAfter], [0, 1, 1], 'nothing left to merge');

        const late = await store.insertArticle(makeArticle(src.id, { title: 'مراكب', ...terms('مراكب', 'مراكب', 'مراكب') }), newStory(99));
        assert.ok((await found(store, 'مراكب')).includes(late.articleId));
        if (raw) assert.equal(indexed('articles_fts'), 2, 'a later write adds a segment of its own');
      }));

    test('prepareSearchRewrite leaves a consistent index as it is', () =>
      withStore(async (store) => {
        const src = await store.addSource({ url: 'https://lantern-post.test/feed' });
        await store.insertArticle(makeArticle(src.id), newStory(1));
        assert.equal(await store.prepareSearchRewrite(), false);
      }));
  });
}
