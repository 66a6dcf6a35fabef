// doctor (checks and repairs), prune and backup on a real SQLite file, damaged on purpose through the raw handle.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.ts';
import type { SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import type { DoctorReport } from '../../src/store/types.ts';
import { runDoctor } from '../../src/jobs/doctor.ts';
import { pruneOlderThan } from '../../src/jobs/retention.ts';
import { verifyDatabaseFile } from '../../src/store/sqlite/maintenance.ts';
import { makeArticle, newStory, joinStory } from './store-fixtures.ts';

const FTS = 'title_surface, title_stems, lead_surface, lead_stems, body_surface, body_stems';

interface Fixture { store: SqliteStore; dir: string; ids: Record<string, number>; done(): Promise<void> }

/** Two outlets; story 1 = a1,a2 (1 March), story 2 = a3,a4 (10 March) + a6 (1 March), story 3 = a5 (10 March). */
async function fixture(): Promise<Fixture> {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-maint-'));
  const store = await openSqliteStore(join(dir, 'm.db'));
  const s1 = (await store.addSource({ url: 'https://wahat.example/feed', name: 'الواحة' })).id;
  const s2 = (await store.addSource({ url: 'https://sarab.example/feed', name: 'السراب' })).id;
  const early = { publishedAt: '2026-03-01T10:00:00.000Z' };
  const late = { publishedAt: '2026-03-10T10:00:00.000Z' };
  const ids: Record<string, number> = {};
  ids.a1 = (await store.insertArticle(makeArticle(s1, { ...early, titleSurface: 'قمرية', titleStems: 'قمري' }), newStory(1))).articleId;
  ids.a2 = (await store.insertArticle(makeArticle(s2, { ...early, entities: [{ id: 'person:zubair', kind: 'person', name: 'زبير الخيالي', start: 0, end: 3 } as never] }), joinStory(1, 0.8))).articleId;
  ids.a3 = (await store.insertArticle(makeArticle(s1, { ...late, titleSurface: 'سنبلة', titleStems: 'سنبل' }), newStory(2))).articleId;
  ids.a4 = (await store.insertArticle(
    makeArticle(s2, { ...late, entities: [{ id: 'place:wahat', kind: 'place', name: 'الواحة', start: 0, end: 3 } as never], quotes: [{ speaker: 'زبير', speakerId: null, text: 'قول تجريبي', start: 0, end: 5 } as never] }),
    joinStory(2, 0.7),
  )).articleId;
  ids.a5 = (await store.insertArticle(makeArticle(s1, late), newStory(3))).articleId;
  ids.a6 = (await store.insertArticle(makeArticle(s1, { publishedAt: '2026-03-02T10:00:00.000Z' }), joinStory(2, 0.9))).articleId;
  return { store, dir, ids, async done() { await store.close(); rmSync(dir, { recursive: true, force: true }); } };
}

function found(r: DoctorReport, name: string): number {
  const c = r.checks.find((x) => x.name === name);
  assert.ok(c, `check ${name} exists`);
  return c.found;
}

function ftsHits(store: SqliteStore, term: string): number[] {
  return (store.raw.prepare(`SELECT rowid AS id FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid`).all(`"${term}"`) as { id: number }[]).map((r) => r.id);
}

test('a healthy database passes every check with true counts', async () => {
  const f = await fixture();
  try {
    const r = await f.store.doctor({ repair: false });
    assert.equal(r.ok, true, JSON.stringify(r.checks.filter((c) => c.found)));
    assert.deepEqual(r.checks.filter((c) => c.found > 0), []);
    assert.equal(r.counts.articles, 6);
    assert.equal(r.counts.stories, 3);
    assert.equal(r.counts.storyMembers, 6);
    assert.equal(r.counts.indexRows, 6);
    assert.equal(r.counts.entities, 2);
    assert.equal(r.counts.quotes, 1);
  } finally {
    await f.done();
  }
});

test('doctor finds each kind of damage, repairs what the store can, and the job regroups the rest', async () => {
  const f = await fixture();
  const raw = f.store.raw;
  try {
    // Index row missing for a1, an orphan index row, stale terms for a3.
    raw.prepare(`INSERT INTO articles_fts (articles_fts, rowid, ${FTS}) SELECT 'delete', id, ${FTS} FROM articles WHERE id = ?`).run(f.ids.a1);
    raw.prepare(`INSERT INTO articles_fts (rowid, ${FTS}) VALUES (9999, 'شبح', 'شبح', '', '', '', '')`).run();
    raw.prepare(`UPDATE articles SET title_stems = 'سنبلتين' WHERE id = ?`).run(f.ids.a3);
    // Story damage: wrong counters, an empty story, an article taken out of its story.
    raw.prepare(`UPDATE stories SET size = 9, outlets = 5 WHERE id = 2`).run();
    raw.prepare(`INSERT INTO stories (id, first_seen_at, last_seen_at, size, outlets) VALUES (50, '2026-03-01', '2026-03-01', 1, 1)`).run();
    raw.prepare(`DELETE FROM story_members WHERE article_id = ?`).run(f.ids.a5);
    // Orphans written behind the foreign keys' back.
    raw.pragma('foreign_keys = OFF');
    raw.prepare(`INSERT INTO quotes (article_id, speaker, speaker_id, text, start, "end") VALUES (777, NULL, NULL, 'يتيم', 0, 4)`).run();
    raw.prepare(`INSERT INTO story_members (story_id, article_id, score, added_at) VALUES (1, 778, 0.5, '2026-03-01')`).run();
    raw.pragma('foreign_keys = ON');
    raw.prepare(`INSERT INTO entities (id, kind, name, name_norm) VALUES ('person:ghost', 'person', 'شبح', 'شبح')`).run();

    const seen = await f.store.doctor({ repair: false });
    assert.equal(seen.ok, false);
    assert.equal(found(seen, 'articles_fts-missing'), 1);
    assert.equal(found(seen, 'articles_fts-orphaned'), 1);
    assert.equal(found(seen, 'story-counters') >= 1, true);
    assert.equal(found(seen, 'empty-stories'), 2, 'story 50 and story 3 (its only member was taken out)');
    assert.equal(found(seen, 'articles-without-story'), 1);
    assert.equal(found(seen, 'orphan-quotes'), 1);
    assert.equal(found(seen, 'orphan-story-members'), 1);
    assert.equal(found(seen, 'orphan-entities'), 1);
    assert.ok(found(seen, 'foreign-keys') >= 2);
    assert.equal(found(seen, 'sqlite-integrity'), 0);
    // Looking changes nothing.
    assert.equal(found(await f.store.doctor({ repair: false }), 'orphan-quotes'), 1);

    const fixed = await f.store.doctor({ repair: true });
    for (const name of ['articles_fts-missing', 'articles_fts-orphaned', 'story-counters', 'empty-stories', 'orphan-quotes', 'orphan-story-members', 'orphan-entities', 'foreign-keys']) {
      assert.equal(fixed.checks.find((c) => c.name === name)!.remaining, 0, name);
    }
    // The store cannot regroup an article; only the doctor job (with the story engine) can. An article in no story
    // is one waiting for its decision (polls store first, group later): reported, but not an inconsistency.
    const waiting = fixed.checks.find((c) => c.name === 'articles-without-story')!;
    assert.equal(waiting.remaining, 1);
    assert.equal(waiting.pending, true);
    assert.equal(fixed.ok, true, JSON.stringify(fixed.checks.filter((c) => c.remaining)));
    assert.deepEqual(ftsHits(f.store, 'قمري'), [f.ids.a1], 'missing row rebuilt from the stored terms');
    assert.deepEqual(ftsHits(f.store, 'سنبلتين'), [f.ids.a3], 'stale row now has the stored terms');
    assert.deepEqual(ftsHits(f.store, 'شبح'), [], 'orphan index row gone');
    const story2 = await f.store.getStory(2);
    assert.equal(story2?.size, 3);
    assert.equal(story2?.outlets.length, 2);
    assert.equal(await f.store.getStory(50), null);

    const job = await runDoctor(f.store, { repair: true });
    assert.equal(job.ok, true, JSON.stringify(job.checks.filter((c) => c.remaining)));
    assert.equal(job.regrouped >= 1, true);
    assert.notEqual((await f.store.getArticle(f.ids.a5))?.storyId, null);
    assert.equal((await f.store.doctor({ repair: false })).ok, true);
  } finally {
    await f.done();
  }
});

test('prune deletes old articles with their rows, drops emptied stories and recomputes shrunk ones', async () => {
  const f = await fixture();
  try {
    const before = await f.store.getStory(2);
    assert.equal(before?.firstSeenAt, '2026-03-02T10:00:00.000Z');
    const r = await pruneOlderThan(f.store, 5, new Date('2026-03-10T00:00:00Z'));
    assert.equal(r.before, '2026-03-05T00:00:00.000Z');
    assert.deepEqual({ articles: r.articles, stories: r.stories }, { articles: 3, stories: 1 });
    assert.equal(await f.store.getArticle(f.ids.a1), null);
    assert.equal(await f.store.getArticle(f.ids.a6), null);
    assert.equal(await f.store.getStory(1), null);
    const after = await f.store.getStory(2);
    assert.equal(after?.size, 2);
    assert.equal(after?.firstSeenAt, '2026-03-10T10:00:00.000Z');
    assert.deepEqual(ftsHits(f.store, 'قمري'), []);
    const heads = f.store.raw.prepare(`SELECT count(*) AS n FROM heads_fts_docsize`).get() as { n: number };
    assert.equal(heads.n, 3);
    const entities = (f.store.raw.prepare(`SELECT id FROM entities ORDER BY id`).all() as { id: string }[]).map((e) => e.id);
    assert.deepEqual(entities, ['place:wahat'], "the pruned article's only entity goes with it");
    const report = await f.store.doctor({ repair: false });
    assert.equal(report.ok, true, JSON.stringify(report.checks.filter((c) => c.found)));
    assert.equal(report.counts.articles, 3);
    // Nothing left to prune at the same cutoff.
    assert.deepEqual(await f.store.pruneArticles(r.before), { articles: 0, stories: 0 });
    await assert.rejects(() => f.store.pruneArticles('not a date'), /not a date/);
  } finally {
    await f.done();
  }
});

test('backup is a verified, self-contained copy; a non-database is refused', async () => {
  const f = await fixture();
  try {
    const target = join(f.dir, 'copies', 'b.db');
    const r = await f.store.backup(target);
    assert.equal(r.articles, 6);
    assert.equal(r.stories, 3);
    assert.equal(existsSync(`${target}-wal`), false);
    const copy = new Database(target, { readonly: true });
    assert.equal((copy.pragma('journal_mode') as { journal_mode: string }[])[0]!.journal_mode, 'delete');
    assert.equal((copy.prepare(`SELECT count(*) AS n FROM articles`).get() as { n: number }).n, 6);
    copy.close();
    await assert.rejects(() => f.store.backup(join(f.dir, 'm.db')), /live database/);
    const junk = join(f.dir, 'junk.db');
    new Database(junk).exec('CREATE TABLE t (x)');
    assert.throws(() => verifyDatabaseFile(junk), /not a marsad database/);
    assert.throws(() => verifyDatabaseFile(join(f.dir, 'none.db')), /no such file/);
  } finally {
    await f.done();
  }
});

test('an index that disagrees with the stored terms is found stale and rebuilt', async () => {
  const f = await fixture();
  try {
    f.store.raw.prepare(`UPDATE articles SET body_stems = 'مختلف تماما' WHERE id = ?`).run(f.ids.a4);
    const seen = await f.store.doctor({ repair: false });
    assert.equal(found(seen, 'articles_fts-stale'), 1);
    assert.equal(found(seen, 'articles_fts-missing'), 0);
    assert.equal(seen.ok, false);
    const fixed = await f.store.doctor({ repair: true });
    assert.equal(fixed.ok, true);
    assert.deepEqual(ftsHits(f.store, 'مختلف'), [f.ids.a4]);
  } finally {
    await f.done();
  }
});
