// The reindex job on both backends: articles imported through the real pipeline are already what a reindex computes;
// terms left by an older analyzer stop hiding an article once reindexed; an interrupted run resumes; on SQLite an FTS5
// index lacking an article's rows is rebuilt before rows are replaced.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openStore } from '../../src/store/open-store.ts';
import type { SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import type { Store } from '../../src/store/types.ts';
import { ArticlePipeline } from '../../src/pipeline/article-pipeline.ts';
import { loadStoryEngine } from '../../src/pipeline/story-state.ts';
import { importFiles } from '../../src/jobs/import-files.ts';
import { reindexSearch } from '../../src/jobs/reindex-search.ts';
import { searchAnalyzerCheck } from '../../src/jobs/search-analyzer-check.ts';
import { runDoctor } from '../../src/jobs/doctor.ts';
import { copySqliteToPostgres } from '../../src/store/postgres/copy-from-sqlite.ts';
import { search } from '../../src/search/search.ts';
import { ANALYZER_VERSION } from '../../src/text/analyzer-version.ts';
import { tempDir } from '../support/run-cli.ts';
import { freshPostgresStore, postgresAvailable, randomSchemaName, urlWithSchema, dropSchema } from '../store/postgres-test-database.ts';
import { NEW_STEM, OLD_STEM, REINDEX_RECORDS } from './reindex-corpus.ts';

const tmp = tempDir('marsad-reindex-');
after(() => tmp.cleanup());
const corpus = join(tmp.path, 'records.json');
writeFileSync(corpus, JSON.stringify(REINDEX_RECORDS));
const QUERIES = ['شاطئ', 'تشجير', 'entity:place:jeddah', 'الطريق السريع', 'entity:place:riyadh', 'موسكو', 'معرض الكتاب', '"سننهي الطريق"', 'الحمضيات'];

const ARTICLES = REINDEX_RECORDS.length + 1;

async function imported(store: Store): Promise<Store> {
  const pipeline = new ArticlePipeline(store, await loadStoryEngine(store));
  const summary = await importFiles([corpus], store, pipeline);
  assert.equal(summary.new, REINDEX_RECORDS.length, JSON.stringify(summary));
  // A page with no title anywhere: the pipeline shows the start of its lead as title but indexes no title terms.
  const text = 'أعلنت بلدية الطائف عن حملة لتشجير الأحياء الجنوبية بأشجار محلية تتحمل الجفاف، وتستمر الحملة حتى نهاية الربيع بمشاركة متطوعين من المدارس.';
  const outcome = await pipeline.ingest({
    sourceId: (await store.addSource({ url: 'https://untitled.test/', kind: 'page' })).id, url: 'https://untitled.test/trees', fetchedAt: new Date('2026-03-04T09:00:00Z'),
    extracted: {
      url: null, canonicalUrl: null, title: '', byline: null, publishedAt: '2026-03-04T08:00:00Z', updatedAt: null, sourceName: null, lang: 'ar',
      section: null, image: null, paragraphs: [text], text, lead: '', html: `<p>${text}</p>`, boilerplate: [],
    },
  });
  assert.equal(outcome.status, 'new');
  return store;
}

async function answers(store: Store): Promise<unknown[]> {
  const out = [];
  for (const q of QUERIES) {
    const r = await search(store, q);
    assert.equal(r.error, null, q);
    out.push({ q, hits: r.hits, facets: r.facets, totalArticles: r.totalArticles, totalGroups: r.totalGroups });
  }
  return out;
}

async function found(store: Store, query: string): Promise<number[]> {
  return (await search(store, query, { groupByStory: false })).hits.map((h) => h.articleId);
}

/** Writes the terms the analyzer made before the ئ change, as a database built then holds them. */
async function makeStale(store: Store, articleId: number): Promise<void> {
  const row = (await store.listArticlesForReindex(articleId - 1, 1))[0]!;
  assert.equal(row.id, articleId);
  const old = (s: string) => s.split(' ').map((t) => (t === NEW_STEM ? OLD_STEM : t)).join(' ');
  assert.ok(row.bodyStems.split(' ').includes(NEW_STEM), 'the fixture has the changed word');
  await store.rewriteSearchTerms([{
    articleId, titleSurface: old(row.titleSurface), titleStems: old(row.titleStems), leadSurface: old(row.leadSurface), leadStems: old(row.leadStems),
    bodySurface: old(row.bodySurface), bodyStems: old(row.bodyStems), entities: [], quotes: row.quotes,
  }]);
  await store.setMeta({ search_analyzer: null });
}

function backendTests(name: string, open: () => Promise<Store>): void {
  describe(`search reindex on ${name}`, () => {
    test('articles imported by the pipeline are what reindex computes: nothing changes, every answer stays the same', async () => {
      const store = await imported(await open());
      try {
        const listed = await store.listArticlesForReindex(0, 100);
        assert.ok(listed.some((a) => a.entities.length > 0) && listed.some((a) => a.quotes.length > 0), 'entities and quotes are compared too');
        assert.ok(listed.some((a) => a.titleSurface === ''), 'the article without a title is there');
        const before = await answers(store);
        const r = await reindexSearch(store, { batchSize: 3 });
        assert.equal(r.articles, ARTICLES);
        assert.equal(r.changed, 0);
        assert.equal(r.repairedIndex, false);
        assert.equal(r.previousAnalyzer, ANALYZER_VERSION);
        assert.deepEqual(await answers(store), before);
        assert.equal((await searchAnalyzerCheck(store)).found, 0);
      } finally {
        await store.close();
      }
    });

    test('terms of an older analyzer hide an article until reindexed; doctor names the stale index', async () => {
      const store = await imported(await open());
      try {
        const port = (await found(store, 'مرفأ للصيادين'))[0]!;
        const healthy = await answers(store);
        assert.deepEqual(await found(store, 'شاطئ'), [port]);
        await makeStale(store, port);
        assert.deepEqual(await found(store, 'شاطئ'), [], 'the old stem does not meet the query');
        assert.ok(!(await found(store, 'entity:place:jeddah')).includes(port), 'nor do its entities');
        const check = await searchAnalyzerCheck(store);
        assert.equal(check.found, 1);
        assert.match(check.description, /marsad search reindex/);

        const r = await reindexSearch(store, { batchSize: 2 });
        assert.equal(r.changed, 1);
        assert.equal(r.articles, ARTICLES);
        assert.equal(r.previousAnalyzer, null);
        assert.deepEqual(await found(store, 'شاطئ'), [port]);
        assert.ok((await found(store, 'entity:place:jeddah')).includes(port));
        assert.deepEqual(await answers(store), healthy, 'the same answers as before the damage');
        assert.equal((await searchAnalyzerCheck(store)).found, 0);
        assert.equal(await store.getMeta('search_analyzer'), ANALYZER_VERSION);
        const report = await store.doctor({ repair: false });
        assert.equal(report.ok, true, JSON.stringify(report.checks.filter((c) => c.found)));
      } finally {
        await store.close();
      }
    });

    test('doctor reports a stale index as pending work, and --repair reindexes it', async () => {
      const store = await imported(await open());
      try {
        const port = (await found(store, 'مرفأ للصيادين'))[0]!;
        await makeStale(store, port);
        const seen = await runDoctor(store, { repair: false });
        const check = seen.checks.find((c) => c.name === 'search-analyzer')!;
        assert.equal(check.found, 1);
        assert.equal(seen.ok, true, 'search still works: not damage');
        const fixed = await runDoctor(store, { repair: true });
        const after = fixed.checks.find((c) => c.name === 'search-analyzer')!;
        assert.deepEqual([after.found, after.repaired, after.remaining], [1, 1, 0]);
        assert.deepEqual(await found(store, 'شاطئ'), [port]);
      } finally {
        await store.close();
      }
    });

    test('an interrupted run is resumed where it stopped; --restart and progress of another analyzer start over', async () => {
      const store = await imported(await open());
      try {
        const ids = (await store.listArticlesForReindex(0, 100)).map((a) => a.id);
        const port = (await found(store, 'مرفأ للصيادين'))[0]!;
        assert.equal(port, ids[0], 'the stale article comes first');
        await makeStale(store, port);
        // As a run killed after its first batch leaves it: that batch committed with its progress.
        await store.setMeta({ search_reindex: JSON.stringify({ analyzer: ANALYZER_VERSION, afterId: port, done: 1 }) });
        assert.equal((await searchAnalyzerCheck(store)).found, 1, 'an interrupted run is reported');
        const resumed = await reindexSearch(store);
        assert.equal(resumed.resumedAfter, port);
        assert.equal(resumed.articles, ids.length - 1);
        assert.deepEqual(await found(store, 'شاطئ'), [], 'articles before the resume point are not looked at again');
        assert.equal(await store.getMeta('search_reindex'), null, 'a finished run leaves no progress behind');

        await store.setMeta({ search_reindex: JSON.stringify({ analyzer: 'older', afterId: ids[ids.length - 1], done: ids.length }) });
        const other = await reindexSearch(store);
        assert.equal(other.resumedAfter, null);
        assert.equal(other.changed, 1);
        assert.deepEqual(await found(store, 'شاطئ'), [port]);

        await makeStale(store, port);
        await store.setMeta({ search_reindex: JSON.stringify({ analyzer: ANALYZER_VERSION, afterId: port, done: 1 }) });
        const restarted = await reindexSearch(store, { restart: true });
        assert.equal(restarted.articles, ids.length);
        assert.deepEqual(await found(store, 'شاطئ'), [port]);
      } finally {
        await store.close();
      }
    });
  });
}

let n = 0;
backendTests('SQLite', () => openStore({ db: join(tmp.path, `s${++n}.db`) }));

test('search reindex on SQLite: an FTS5 index lacking an article is rebuilt first, then rows are replaced', async () => {
  const path = join(tmp.path, 'fts.db');
  const store = (await imported(await openStore({ db: path }))) as SqliteStore;
  try {
    const port = (await found(store, 'مرفأ للصيادين'))[0]!;
    await makeStale(store, port);
    // The article's row leaves the main index: replacing it would have to remove terms the index does not hold.
    const raw = new Database(path);
    const cols = 'title_surface, title_stems, lead_surface, lead_stems, body_surface, body_stems';
    raw.prepare(`INSERT INTO articles_fts (articles_fts, rowid, ${cols}) SELECT 'delete', id, ${cols} FROM articles WHERE id = ?`).run(port);
    raw.close();
    assert.equal((await store.doctor({ repair: false })).checks.find((c) => c.name === 'articles_fts-missing')?.found, 1);
    const r = await reindexSearch(store);
    assert.equal(r.repairedIndex, true);
    assert.equal(r.changed, 1);
    assert.deepEqual(await found(store, 'شاطئ'), [port]);
    const report = await store.doctor({ repair: false });
    assert.equal(report.ok, true, JSON.stringify(report.checks.filter((c) => c.found)));
  } finally {
    await store.close();
  }
});

if (await postgresAvailable('search reindex')) {
  backendTests('PostgreSQL', freshPostgresStore);

  test('migrate-store carries the analyzer version of the copied terms, so a stale SQLite database stays stale on PostgreSQL', async () => {
    const path = join(tmp.path, 'copy.db');
    const sqlite = await imported(await openStore({ db: path }));
    await sqlite.setMeta({ search_analyzer: null });
    await sqlite.close();
    const schema = randomSchemaName();
    try {
      await copySqliteToPostgres(path, urlWithSchema(schema));
      const pg = await openStore({ url: urlWithSchema(schema) });
      try {
        assert.equal(await pg.getMeta('search_analyzer'), null);
        assert.equal((await searchAnalyzerCheck(pg)).found, 1);
      } finally {
        await pg.close();
      }
    } finally {
      await dropSchema(schema);
    }
  });
}
