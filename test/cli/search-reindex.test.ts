// `marsad search reindex` through the real entry point: a database whose terms an older analyzer wrote (put there with
// SQL, the index kept in step as that analyzer's inserts kept it) misses an article until reindexed; doctor names the
// stale index; a reindex of a healthy database changes nothing and every answer stays the same.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { runCli, runCliJson, tempDir } from '../support/run-cli.ts';
import { NEW_STEM, OLD_STEM, REINDEX_RECORDS } from '../search/reindex-corpus.ts';

const TERMS = ['title_surface', 'title_stems', 'lead_surface', 'lead_stems', 'body_surface', 'body_stems'];
const INDEXES = [
  { table: 'articles_fts', columns: TERMS.join(', ') },
  { table: 'heads_fts', columns: TERMS.slice(0, 4).join(', ') },
];

/** The terms and the analyzer version a database built before the ئ change holds, its indexes agreeing with them. */
function makeStale(path: string, url: string): void {
  const raw = new Database(path);
  try {
    raw.transaction(() => {
      const { id } = raw.prepare(`SELECT id FROM articles WHERE url = ?`).get(url) as { id: number };
      for (const i of INDEXES) raw.prepare(`INSERT INTO ${i.table} (${i.table}, rowid, ${i.columns}) SELECT 'delete', id, ${i.columns} FROM articles WHERE id = ?`).run(id);
      const set = TERMS.map((c) => `${c} = trim(replace(' ' || ${c} || ' ', ' ${NEW_STEM} ', ' ${OLD_STEM} '))`).join(', ');
      raw.prepare(`UPDATE articles SET ${set} WHERE id = ?`).run(id);
      for (const i of INDEXES) raw.prepare(`INSERT INTO ${i.table} (rowid, ${i.columns}) SELECT id, ${i.columns} FROM articles WHERE id = ?`).run(id);
      raw.prepare(`DELETE FROM meta WHERE key = 'search_analyzer'`).run();
    })();
  } finally {
    raw.close();
  }
}

test('search reindex: stale terms found again, doctor names them, a healthy database keeps every answer', { timeout: 300_000 }, async () => {
  const tmp = tempDir();
  try {
    const corpus = join(tmp.path, 'records.json');
    writeFileSync(corpus, JSON.stringify(REINDEX_RECORDS));
    const db = join(tmp.path, 'r.db');
    const imported = await runCliJson(['import', corpus, '--db', db]);
    assert.equal(imported.new, REINDEX_RECORDS.length);
    const port = REINDEX_RECORDS[0]!.url;
    // One OR query reaches every article, with its entity facet, so each answer below compares them all (each CLI run costs a process start).
    const everything = ['search', 'شاطئ OR الطريق OR موسكو OR معرض', '--db', db, '--limit', '20'];
    const healthy = await runCliJson(everything);
    assert.ok(healthy.hits.some((h: { url: string }) => h.url === port));

    makeStale(db, port);
    const hidden = await runCliJson(['search', 'شاطئ', '--db', db]);
    assert.deepEqual(hidden.hits, [], 'the old stem hides the article');
    const before = await runCli(['doctor', '--db', db]);
    assert.equal(before.code, 0, 'a stale index is work to do, not damage');
    assert.match(before.stdout, /search-analyzer: 1 .*marsad search reindex/);

    const run = await runCli(['search', 'reindex', '--db', db, '--batch', '2']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, new RegExp(`search reindex: ${REINDEX_RECORDS.length} articles reindexed, 1 changed, in \\d+\\.\\d s \\(analyzer \\d+, was unrecorded\\)`));
    assert.deepEqual(await runCliJson(everything), healthy, 'found again, with the answers of the healthy database');

    const again = await runCliJson(['search', 'reindex', '--db', db]);
    assert.equal(again.articles, REINDEX_RECORDS.length);
    assert.equal(again.changed, 0);
    assert.equal(again.resumedAfter, null);
    assert.equal(again.previousAnalyzer, again.analyzer);
    assert.equal(typeof again.seconds, 'number');
    assert.deepEqual(await runCliJson(everything), healthy, 'a reindex of a healthy database changes no answer');
  } finally {
    tmp.cleanup();
  }
});
