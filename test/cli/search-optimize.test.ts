// `marsad search optimize` through the real entry point: an import leaves the search index in one segment; a database
// fragmented by many small write transactions is merged back into one, every answer unchanged; doctor --repair does the
// same and a second run finds nothing to merge.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { runCli, runCliJson, tempDir } from '../support/run-cli.ts';
import { buildCorpus } from './crash-corpus.ts';

const FTS = 'title_surface, title_stems, lead_surface, lead_stems, body_surface, body_stems';

/** Segments holding terms, as FTS5's own term index lists them (not the structure record the store reads). */
function segments(db: string): { articles: number; heads: number } {
  const raw = new Database(db, { readonly: true });
  try {
    const n = (t: string) => (raw.prepare(`SELECT count(DISTINCT segid) AS n FROM ${t}_idx`).get() as { n: number }).n;
    return { articles: n('articles_fts'), heads: n('heads_fts') };
  } finally {
    raw.close();
  }
}

/** What a poller's one-article transactions do to the index: each article's rows deleted and written again, alone. */
function fragment(db: string, articles: number): void {
  const raw = new Database(db);
  try {
    const ids = (raw.prepare(`SELECT id FROM articles ORDER BY id LIMIT ?`).all(articles) as { id: number }[]).map((r) => r.id);
    for (const id of ids) {
      raw.transaction(() => {
        raw.prepare(`INSERT INTO articles_fts (articles_fts, rowid, ${FTS}) SELECT 'delete', id, ${FTS} FROM articles WHERE id = ?`).run(id);
        raw.prepare(`INSERT INTO articles_fts (rowid, ${FTS}) SELECT id, ${FTS} FROM articles WHERE id = ?`).run(id);
      })();
    }
  } finally {
    raw.close();
  }
}

test('search optimize: import leaves one segment; a fragmented index is merged with every answer the same; doctor --repair merges too', { timeout: 300_000 }, async () => {
  const tmp = tempDir();
  try {
    const corpus = join(tmp.path, 'corpus.json');
    writeFileSync(corpus, JSON.stringify(buildCorpus(600, 5, '2026-01-01T00:00:00Z').filter((_, i) => i % 3 === 0)));
    const db = join(tmp.path, 'o.db');
    const imported = await runCliJson(['import', corpus, '--db', db]);
    assert.ok(imported.new > 100);
    assert.ok(imported.searchIndex.segmentsBefore > 1, `import stored ${imported.new} articles in ${imported.searchIndex.segmentsBefore} segment(s)`);
    assert.equal(imported.searchIndex.segmentsAfter, 1);
    assert.deepEqual(segments(db), { articles: 1, heads: 1 });

    // Ranked, tiered, excluded and phrase answers with their facets, over every article the corpus has.
    const queries = ['الرياض OR جدة OR الدمام OR تبوك OR حائل', 'وزارة الصحة -مستشفى', '"معرض للكتاب"', 'مهرجان التمور'];
    const answers = async () => Promise.all(queries.map((q) => runCliJson(['search', q, '--db', db, '--limit', '30'])));
    const before = await answers();
    assert.ok(before.every((a) => a.hits.length > 0), JSON.stringify(before.map((a) => a.totalArticles)));

    fragment(db, 30);
    assert.ok(segments(db).articles > 1, 'the one-article transactions left segments of their own');
    const merged = await runCliJson(['search', 'optimize', '--db', db, '--pages', '64', '--json']);
    assert.ok(merged.segmentsBefore > 1 && merged.steps >= 1, JSON.stringify(merged));
    assert.equal(merged.segmentsAfter, 1);
    assert.deepEqual(segments(db), { articles: 1, heads: 1 });
    assert.deepEqual(await answers(), before);

    const idle = await runCli(['search', 'optimize', '--db', db]);
    assert.equal(idle.code, 0, idle.stderr);
    assert.match(idle.stdout, /search index: 1 segment, nothing to merge/);

    fragment(db, 10);
    const doctor = await runCliJson(['doctor', '--repair', '--db', db, '--json']);
    assert.equal(doctor.ok, true, JSON.stringify(doctor.checks.filter((c: { found: number }) => c.found)));
    assert.equal(doctor.searchIndex.segmentsAfter, 1);
    assert.ok(doctor.searchIndex.steps >= 1);
    assert.deepEqual(segments(db), { articles: 1, heads: 1 });

    const bad = await runCli(['search', 'optimize', '--db', db, '--pages', '3']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--pages must be at least 16/);
  } finally {
    tmp.cleanup();
  }
});
