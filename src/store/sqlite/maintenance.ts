// Operations on a SQLite database as a whole: consistency checks and repairs (doctor), retention (prune), online
// backup and restore. Synchronous on the raw better-sqlite3 handle, like the write path, so each repair or prune batch
// is one real transaction that cannot interleave with an article insert.
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { mkdirSync } from 'node:fs';
import Database from 'better-sqlite3';
import type BetterSqlite3 from 'better-sqlite3';
import type { DoctorCheck, DoctorReport, PruneResult } from '../types.ts';
import { StoryBookkeeping } from './story-bookkeeping.ts';

const FTS_COLUMNS = 'title_surface, title_stems, lead_surface, lead_stems, body_surface, body_stems';
const HEAD_COLUMNS = 'title_surface, title_stems, lead_surface, lead_stems';
const INDEXES = [
  { table: 'articles_fts', columns: FTS_COLUMNS },
  { table: 'heads_fts', columns: HEAD_COLUMNS },
] as const;
const EXAMPLES = 10;

type Raw = BetterSqlite3.Database;

function ids(raw: Raw, sql: string, ...params: unknown[]): number[] {
  return (raw.prepare(sql).all(...params) as { id: number }[]).map((r) => Number(r.id));
}

function count(raw: Raw, sql: string, ...params: unknown[]): number {
  return Number((raw.prepare(sql).get(...params) as { n: number } | undefined)?.n ?? 0);
}

function tableExists(raw: Raw, name: string): boolean {
  return raw.prepare(`SELECT 1 FROM sqlite_master WHERE name = ?`).get(name) !== undefined;
}

/** FTS5's own comparison of an external-content index with its content table (rank 1 = also check the content). */
function ftsConsistent(raw: Raw, table: string): boolean {
  try {
    raw.prepare(`INSERT INTO ${table} (${table}, rank) VALUES ('integrity-check', 1)`).run();
    return true;
  } catch {
    return false;
  }
}

function check(name: string, description: string, found: number, examples: (number | string)[] = [], repairable = true): DoctorCheck {
  return { name, description, found, repaired: 0, remaining: found, examples: examples.slice(0, EXAMPLES), repairable: found > 0 && repairable };
}

/**
 * Every consistency check on the database; with `repair`, fixes what can be fixed without the story engine
 * (index rows rebuilt from the terms stored on each article, orphans dropped, story counters recomputed) and checks again.
 * Articles outside any story are reported; regrouping them is the story engine's job (src/jobs/doctor.ts).
 */
export function sqliteDoctor(raw: Raw, options: { repair: boolean }): DoctorReport {
  const before = runChecks(raw);
  if (!options.repair || before.every((c) => c.found === 0)) return report(raw, before, options.repair);
  repairAll(raw, before);
  const after = runChecks(raw);
  const merged = before.map((b) => {
    const a = after.find((x) => x.name === b.name)!;
    return { ...b, remaining: a.found, repaired: Math.max(0, b.found - a.found), repairable: a.found > 0 && a.repairable };
  });
  return report(raw, merged, true);
}

function report(raw: Raw, checks: DoctorCheck[], repair: boolean): DoctorReport {
  return {
    ok: checks.every((c) => c.remaining === 0 || c.pending),
    repair,
    counts: {
      sources: count(raw, `SELECT count(*) AS n FROM sources`),
      articles: count(raw, `SELECT count(*) AS n FROM articles`),
      stories: count(raw, `SELECT count(*) AS n FROM stories`),
      storyMembers: count(raw, `SELECT count(*) AS n FROM story_members`),
      entities: count(raw, `SELECT count(*) AS n FROM entities`),
      articleEntities: count(raw, `SELECT count(*) AS n FROM article_entities`),
      quotes: count(raw, `SELECT count(*) AS n FROM quotes`),
      indexRows: count(raw, `SELECT count(*) AS n FROM articles_fts_docsize`),
    },
    checks,
  };
}

function runChecks(raw: Raw): DoctorCheck[] {
  const out: DoctorCheck[] = [];
  const integrity = (raw.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).filter((m) => m !== 'ok');
  out.push(check('sqlite-integrity', 'PRAGMA integrity_check problems', integrity.length, integrity, false));
  const fk = raw.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
  out.push(check('foreign-keys', 'rows pointing at a missing parent (PRAGMA foreign_key_check)', fk.length, fk.map((r) => `${r.table}#${r.rowid}→${r.parent}`)));

  for (const { table } of INDEXES) {
    if (!tableExists(raw, table)) continue;
    const missing = ids(raw, `SELECT a.id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM ${table}_docsize d WHERE d.id = a.id) ORDER BY a.id`);
    const orphaned = ids(raw, `SELECT d.id FROM ${table}_docsize d WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = d.id) ORDER BY d.id`);
    out.push(check(`${table}-missing`, `articles without a row in the ${table} search index`, missing.length, missing));
    out.push(check(`${table}-orphaned`, `${table} rows of articles that no longer exist`, orphaned.length, orphaned));
    // Stale = the index disagrees with the stored terms in a way the two counts above do not explain.
    const stale = missing.length === 0 && orphaned.length === 0 && !ftsConsistent(raw, table) ? 1 : 0;
    out.push(check(`${table}-stale`, `${table} index content differs from the terms stored on the articles`, stale));
  }

  const unassigned = ids(raw, `SELECT a.id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM story_members sm WHERE sm.article_id = a.id) ORDER BY a.id`);
  // Polls store an article first and decide its story once the round settles: waiting is work to do, not damage.
  out.push({ ...check('articles-without-story', 'articles waiting for their story decision (the next poll round, a new run of the import that stored them, or marsad doctor --repair, groups them)', unassigned.length, unassigned), pending: true });
  const memberOrphans = ids(
    raw,
    `SELECT sm.rowid AS id FROM story_members sm
     WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = sm.article_id) OR NOT EXISTS (SELECT 1 FROM stories s WHERE s.id = sm.story_id)`,
  );
  out.push(check('orphan-story-members', 'story memberships of a missing article or story', memberOrphans.length, memberOrphans));
  const empty = ids(raw, `SELECT s.id FROM stories s WHERE NOT EXISTS (SELECT 1 FROM story_members sm WHERE sm.story_id = s.id) ORDER BY s.id`);
  out.push(check('empty-stories', 'stories with no member', empty.length, empty));
  const counters = ids(
    raw,
    `SELECT s.id FROM stories s
     JOIN (SELECT sm.story_id, count(*) AS n, count(DISTINCT a.source_id) AS o, min(a.sort_time) AS f, max(a.sort_time) AS l
           FROM story_members sm JOIN articles a ON a.id = sm.article_id GROUP BY sm.story_id) m ON m.story_id = s.id
     WHERE s.size != m.n OR s.outlets != m.o OR s.first_seen_at != m.f OR s.last_seen_at != m.l
        OR s.headline_article_id IS NULL
        OR NOT EXISTS (SELECT 1 FROM story_members h WHERE h.article_id = s.headline_article_id AND h.story_id = s.id)
     ORDER BY s.id`,
  );
  out.push(check('story-counters', 'stories whose size, outlets, first/last seen or headline disagree with their members', counters.length, counters));

  const entityLinks = ids(raw, `SELECT ae.rowid AS id FROM article_entities ae WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = ae.article_id) OR NOT EXISTS (SELECT 1 FROM entities e WHERE e.id = ae.entity_id)`);
  out.push(check('orphan-article-entities', 'entity mentions of a missing article or entity', entityLinks.length, entityLinks));
  const entities = (raw.prepare(`SELECT e.id FROM entities e WHERE NOT EXISTS (SELECT 1 FROM article_entities ae WHERE ae.entity_id = e.id) ORDER BY e.id`).all() as { id: string }[]).map((r) => r.id);
  out.push(check('orphan-entities', 'entities no article mentions', entities.length, entities));
  const quotes = ids(raw, `SELECT q.id FROM quotes q WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = q.article_id) ORDER BY q.id`);
  out.push(check('orphan-quotes', 'quotes of a missing article', quotes.length, quotes));
  const dupOf = ids(raw, `SELECT a.id FROM articles a WHERE a.duplicate_of IS NOT NULL AND NOT EXISTS (SELECT 1 FROM articles b WHERE b.id = a.duplicate_of) ORDER BY a.id`);
  out.push(check('dangling-duplicate-of', 'articles marked duplicate of a missing article', dupOf.length, dupOf));
  const dupUrls = (raw.prepare(`SELECT canonical_url AS u FROM articles GROUP BY canonical_url HAVING count(*) > 1 ORDER BY u`).all() as { u: string }[]).map((r) => r.u);
  out.push(check('duplicate-canonical-urls', 'canonical URLs stored more than once (not repaired: choose which to keep)', dupUrls.length, dupUrls, false));
  return out;
}

function repairAll(raw: Raw, found: DoctorCheck[]): void {
  const bad = new Set(found.filter((c) => c.found > 0).map((c) => c.name));
  const stories = new StoryBookkeeping(raw);
  raw.transaction(() => {
    // Child rows first, so the counters recomputed below see the true membership.
    if (bad.has('foreign-keys') || bad.has('orphan-story-members')) {
      raw.prepare(`DELETE FROM story_members WHERE article_id NOT IN (SELECT id FROM articles) OR story_id NOT IN (SELECT id FROM stories)`).run();
    }
    if (bad.has('foreign-keys') || bad.has('orphan-article-entities')) {
      raw.prepare(`DELETE FROM article_entities WHERE article_id NOT IN (SELECT id FROM articles) OR entity_id NOT IN (SELECT id FROM entities)`).run();
    }
    if (bad.has('foreign-keys') || bad.has('orphan-quotes')) raw.prepare(`DELETE FROM quotes WHERE article_id NOT IN (SELECT id FROM articles)`).run();
    if (bad.has('foreign-keys') || bad.has('dangling-duplicate-of')) {
      raw.prepare(`UPDATE articles SET duplicate_of = NULL WHERE duplicate_of IS NOT NULL AND duplicate_of NOT IN (SELECT id FROM articles)`).run();
    }
    if (bad.has('foreign-keys')) {
      raw.prepare(`UPDATE stories SET headline_article_id = NULL WHERE headline_article_id IS NOT NULL AND headline_article_id NOT IN (SELECT id FROM articles)`).run();
      raw.prepare(`DELETE FROM fetches WHERE source_id IS NOT NULL AND source_id NOT IN (SELECT id FROM sources)`).run();
    }
    if (bad.has('orphan-entities')) raw.prepare(`DELETE FROM entities WHERE id NOT IN (SELECT entity_id FROM article_entities)`).run();

    for (const { table, columns } of INDEXES) {
      if (!tableExists(raw, table)) continue;
      if (bad.has(`${table}-orphaned`) || bad.has(`${table}-stale`)) {
        // The deleted article's old terms are gone, so its postings can only go with a rebuild from the stored terms.
        raw.prepare(`INSERT INTO ${table} (${table}) VALUES ('rebuild')`).run();
      } else if (bad.has(`${table}-missing`)) {
        raw
          .prepare(
            `INSERT INTO ${table} (rowid, ${columns}) SELECT a.id, ${columns.split(', ').map((c) => `a.${c}`).join(', ')} FROM articles a
             WHERE NOT EXISTS (SELECT 1 FROM ${table}_docsize d WHERE d.id = a.id)`,
          )
          .run();
      }
    }

    if (bad.has('empty-stories') || bad.has('story-counters') || bad.has('foreign-keys') || bad.has('orphan-story-members')) {
      for (const id of ids(raw, `SELECT id FROM stories ORDER BY id`)) stories.refresh(id);
    }
  }).immediate();
}

/** Articles first seen before `before` (ISO) go, with everything hanging off them; shrunk stories are recomputed. */
export function sqlitePruneArticles(raw: Raw, before: string, batchSize = 500): PruneResult {
  const cutoff = new Date(before);
  if (Number.isNaN(cutoff.getTime())) throw new Error(`pruneArticles: not a date: ${JSON.stringify(before)}`);
  const iso = cutoff.toISOString();
  const stories = new StoryBookkeeping(raw);
  const pick = raw.prepare(`SELECT id FROM articles WHERE sort_time < ? ORDER BY sort_time, id LIMIT ?`);
  const storyOf = raw.prepare(`SELECT story_id FROM story_members WHERE article_id = ?`);
  const storyExists = raw.prepare(`SELECT 1 FROM stories WHERE id = ?`);
  const indexDeletes = INDEXES.filter((i) => tableExists(raw, i.table)).map((i) =>
    raw.prepare(`INSERT INTO ${i.table} (${i.table}, rowid, ${i.columns}) SELECT 'delete', id, ${i.columns} FROM articles WHERE id = ?`),
  );
  const unlinkDuplicates = raw.prepare(`UPDATE articles SET duplicate_of = NULL WHERE duplicate_of = ?`);
  const del = raw.prepare(`DELETE FROM articles WHERE id = ?`);
  const result: PruneResult = { articles: 0, stories: 0 };
  // Batches keep the write lock short, so a serving process keeps writing between them; each batch is consistent.
  const batch = raw.transaction((): number => {
    const chosen = ids(raw, pick.source, iso, batchSize);
    const touched = new Set<number>();
    for (const id of chosen) {
      const s = storyOf.get(id) as { story_id: number } | undefined;
      if (s) touched.add(s.story_id);
      for (const d of indexDeletes) d.run(id);
      unlinkDuplicates.run(id);
      del.run(id);
    }
    for (const s of touched) {
      stories.refresh(s);
      if (!storyExists.get(s)) result.stories++;
    }
    raw.prepare(`DELETE FROM entities WHERE id NOT IN (SELECT entity_id FROM article_entities)`).run();
    result.articles += chosen.length;
    return chosen.length;
  });
  while (batch.immediate() === batchSize) {
    // keep going: a full batch means there may be more
  }
  return result;
}

/** Verifies a database file: SQLite integrity and marsad's tables. Throws with the reason when it is not usable. */
export function verifyDatabaseFile(path: string): { articles: number; stories: number; migrations: string[] } {
  if (!existsSync(path)) throw new Error(`${path}: no such file`);
  let db: Raw;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
  } catch (e) {
    throw new Error(`${path}: cannot open as SQLite: ${(e as Error).message}`);
  }
  try {
    let integrity: string[];
    try {
      integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
    } catch (e) {
      throw new Error(`${path}: not a SQLite database (${(e as Error).message})`);
    }
    if (integrity.length !== 1 || integrity[0] !== 'ok') throw new Error(`${path}: integrity check failed: ${integrity.slice(0, 5).join('; ')}`);
    if (!tableExists(db, 'kysely_migration') || !tableExists(db, 'articles')) throw new Error(`${path}: not a marsad database (no migrations or articles table)`);
    const migrations = (db.prepare(`SELECT name FROM kysely_migration ORDER BY name`).all() as { name: string }[]).map((r) => r.name);
    return { articles: count(db, `SELECT count(*) AS n FROM articles`), stories: count(db, `SELECT count(*) AS n FROM stories`), migrations };
  } finally {
    db.close();
  }
}

/** A copy is one self-contained file: rollback journal, not WAL (no -wal/-shm companions to lose or mismatch). */
function makeSelfContained(path: string): void {
  const db = new Database(path, { fileMustExist: true });
  try {
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}

/** Online backup (SQLite's backup API: a consistent snapshot while other connections keep writing), then verified. */
export async function sqliteBackup(raw: Raw, path: string): Promise<{ path: string; bytes: number; articles: number; stories: number }> {
  const target = resolve(path);
  if (raw.name && resolve(raw.name) === target) throw new Error('backup: the target is the live database itself');
  mkdirSync(dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  try {
    // Big steps: each step is one read snapshot (WAL lets writers go on meanwhile), and a write by another connection
    // between steps restarts the copy, so few steps means a busy database still gets backed up.
    await raw.backup(partial, { progress: () => 8192 });
    makeSelfContained(partial);
    const v = verifyDatabaseFile(partial);
    // Renamed into place only once complete and verified: a crash mid-backup never leaves a plausible-looking file.
    renameSync(partial, target);
    return { path: target, bytes: statSync(target).size, articles: v.articles, stories: v.stories };
  } catch (e) {
    rmSync(partial, { force: true });
    throw e;
  }
}

function isEmptyDatabase(path: string): boolean {
  if (!existsSync(path) || statSync(path).size === 0) return true;
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    if (!tableExists(db, 'articles')) return (db.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'`).get() as { n: number }).n === 0;
    return count(db, `SELECT count(*) AS n FROM articles`) === 0 && count(db, `SELECT count(*) AS n FROM sources`) === 0;
  } finally {
    db.close();
  }
}

/**
 * Restores a backup into `target` (no process may have it open): the backup is verified first, and a target that
 * holds sources or articles is only replaced with `force`. The copy is written beside the target and renamed over it.
 */
export async function sqliteRestore(backupPath: string, target: string, options: { force: boolean }): Promise<{ articles: number; stories: number }> {
  const from = resolve(backupPath);
  const to = resolve(target);
  if (from === to) throw new Error('restore: the backup and the database are the same file');
  const v = verifyDatabaseFile(from);
  if (!options.force && !isEmptyDatabase(to)) throw new Error(`restore: ${target} is not empty (use --force to replace it)`);
  mkdirSync(dirname(to), { recursive: true });
  const partial = `${to}.restoring`;
  rmSync(partial, { force: true });
  const src = new Database(from, { readonly: true, fileMustExist: true });
  try {
    await src.backup(partial);
  } finally {
    src.close();
  }
  makeSelfContained(partial);
  // Old WAL/shared-memory files belong to the replaced database and must not be replayed onto the restored one.
  for (const suffix of ['-wal', '-shm', '-journal']) rmSync(`${to}${suffix}`, { force: true });
  renameSync(partial, to);
  return { articles: v.articles, stories: v.stories };
}
