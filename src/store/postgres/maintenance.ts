// Whole-database operations on PostgreSQL: consistency checks and repairs (doctor), retention (prune) and backup, with
// the SQLite backend's check names and results (src/store/sqlite/maintenance.ts). PostgreSQL enforces the foreign keys
// and keeps the search vectors generated from the stored terms, so those checks can only find problems the server
// itself would have refused; they are still run so a report reads the same on both backends.
import { spawn } from 'node:child_process';
import { mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { BackupResult, DoctorCheck, DoctorReport, PruneResult } from '../types.ts';
import type { PgDatabase } from './schema.ts';
import { lockStories, refreshStory } from './story-bookkeeping.ts';

type Db = Kysely<PgDatabase>;
const EXAMPLES = 10;

async function ids(db: Db, query: RawBuilder<unknown>): Promise<(number | string)[]> {
  return (await sql<{ id: number | string }>`${query}`.execute(db)).rows.map((r) => r.id);
}

async function count(db: Db, table: string): Promise<number> {
  return Number((await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(db)).rows[0]!.n);
}

function check(name: string, description: string, found: (number | string)[], repairable = true): DoctorCheck {
  return { name, description, found: found.length, repaired: 0, remaining: found.length, examples: found.slice(0, EXAMPLES), repairable: found.length > 0 && repairable };
}

async function runChecks(db: Db): Promise<DoctorCheck[]> {
  const out: DoctorCheck[] = [];
  out.push(check('search-vectors', 'articles whose search vectors are missing', await ids(db, sql`SELECT id FROM articles WHERE surface_tsv IS NULL OR stems_tsv IS NULL ORDER BY id`), false));
  // Polls store an article first and decide its story once the round settles: waiting is work to do, not damage.
  out.push({ ...check('articles-without-story', 'articles waiting for their story decision (the next poll round, a new run of the import that stored them, or marsad doctor --repair, groups them)',
    await ids(db, sql`SELECT a.id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM story_members sm WHERE sm.article_id = a.id) ORDER BY a.id`)), pending: true });
  out.push(check('orphan-story-members', 'story memberships of a missing article or story',
    await ids(db, sql`SELECT sm.article_id AS id FROM story_members sm WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = sm.article_id)
                      OR NOT EXISTS (SELECT 1 FROM stories s WHERE s.id = sm.story_id) ORDER BY 1`)));
  out.push(check('empty-stories', 'stories with no member',
    await ids(db, sql`SELECT s.id FROM stories s WHERE NOT EXISTS (SELECT 1 FROM story_members sm WHERE sm.story_id = s.id) ORDER BY s.id`)));
  out.push(check('story-counters', 'stories whose size, outlets, first/last seen or headline disagree with their members',
    await ids(db, sql`SELECT s.id FROM stories s
      JOIN (SELECT sm.story_id, count(*) AS n, count(DISTINCT a.source_id) AS o, min(a.sort_time) AS f, max(a.sort_time) AS l
            FROM story_members sm JOIN articles a ON a.id = sm.article_id GROUP BY sm.story_id) m ON m.story_id = s.id
      WHERE s.size != m.n OR s.outlets != m.o OR s.first_seen_at != m.f OR s.last_seen_at != m.l
         OR s.headline_article_id IS NULL
         OR NOT EXISTS (SELECT 1 FROM story_members h WHERE h.article_id = s.headline_article_id AND h.story_id = s.id)
      ORDER BY s.id`)));
  out.push(check('orphan-entities', 'entities no article mentions',
    await ids(db, sql`SELECT e.id FROM entities e WHERE NOT EXISTS (SELECT 1 FROM article_entities ae WHERE ae.entity_id = e.id) ORDER BY e.id`)));
  out.push(check('dangling-duplicate-of', 'articles marked duplicate of a missing article',
    await ids(db, sql`SELECT a.id FROM articles a WHERE a.duplicate_of IS NOT NULL AND NOT EXISTS (SELECT 1 FROM articles b WHERE b.id = a.duplicate_of) ORDER BY a.id`)));
  return out;
}

export async function postgresDoctor(db: Db, options: { repair: boolean }): Promise<DoctorReport> {
  const before = await runChecks(db);
  let checks = before;
  if (options.repair && before.some((c) => c.found > 0)) {
    const bad = new Set(before.filter((c) => c.found > 0).map((c) => c.name));
    await db.transaction().execute(async (trx) => {
      await lockStories(trx);
      if (bad.has('orphan-entities')) await sql`DELETE FROM entities e WHERE NOT EXISTS (SELECT 1 FROM article_entities ae WHERE ae.entity_id = e.id)`.execute(trx);
      if (bad.has('empty-stories') || bad.has('story-counters') || bad.has('orphan-story-members')) {
        for (const r of (await sql<{ id: number }>`SELECT id FROM stories ORDER BY id`.execute(trx)).rows) await refreshStory(trx, r.id);
      }
    });
    const after = await runChecks(db);
    checks = before.map((b) => {
      const a = after.find((x) => x.name === b.name)!;
      return { ...b, remaining: a.found, repaired: Math.max(0, b.found - a.found), repairable: a.found > 0 && a.repairable };
    });
  }
  const articles = await count(db, 'articles');
  return {
    ok: checks.every((c) => c.remaining === 0 || c.pending),
    repair: options.repair,
    counts: {
      sources: await count(db, 'sources'), articles, stories: await count(db, 'stories'), storyMembers: await count(db, 'story_members'),
      entities: await count(db, 'entities'), articleEntities: await count(db, 'article_entities'), quotes: await count(db, 'quotes'),
      // The search vectors are generated columns of the articles: one index row per article.
      indexRows: articles,
    },
    checks,
  };
}

/** Articles first seen before `before` (ISO) go, with everything hanging off them; shrunk stories are recomputed. */
export async function postgresPruneArticles(db: Db, before: string, batchSize = 500): Promise<PruneResult> {
  const cutoff = new Date(before);
  if (Number.isNaN(cutoff.getTime())) throw new Error(`pruneArticles: not a date: ${JSON.stringify(before)}`);
  const iso = cutoff.toISOString();
  const result: PruneResult = { articles: 0, stories: 0 };
  // Batches keep the story lock short, so a serving process keeps writing between them; each batch is consistent.
  for (;;) {
    const n = await db.transaction().execute(async (trx) => {
      await lockStories(trx);
      const chosen = (await sql<{ id: number }>`SELECT id FROM articles WHERE sort_time < ${iso} ORDER BY sort_time, id LIMIT ${batchSize}`.execute(trx)).rows.map((r) => r.id);
      if (chosen.length === 0) return 0;
      const touched = (await sql<{ s: number }>`SELECT DISTINCT story_id AS s FROM story_members WHERE article_id = ANY(${chosen}::bigint[])`.execute(trx)).rows.map((r) => r.s);
      await sql`DELETE FROM articles WHERE id = ANY(${chosen}::bigint[])`.execute(trx);
      for (const s of touched) {
        await refreshStory(trx, s);
        const left = (await sql<{ n: number }>`SELECT count(*) AS n FROM stories WHERE id = ${s}`.execute(trx)).rows[0]!;
        if (Number(left.n) === 0) result.stories++;
      }
      await sql`DELETE FROM entities e WHERE NOT EXISTS (SELECT 1 FROM article_entities ae WHERE ae.entity_id = e.id)`.execute(trx);
      return chosen.length;
    });
    result.articles += n;
    if (n < batchSize) break;
  }
  return result;
}

/**
 * A pg_dump (custom format) of the store's schema at `path`, checked with pg_restore --list before it is renamed into
 * place. Needs the PostgreSQL client tools on the PATH.
 */
export async function postgresBackup(db: Db, url: string, schema: string, path: string): Promise<BackupResult> {
  const target = resolve(path);
  mkdirSync(dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  try {
    // The schema is chosen by --schema; libpq would not read a '+'-encoded options parameter as node-postgres does.
    const dbname = new URL(url);
    dbname.searchParams.delete('options');
    await run('pg_dump', ['--format=custom', `--schema=${schema}`, `--file=${partial}`, `--dbname=${dbname.href}`]);
    const listing = await run('pg_restore', ['--list', partial]);
    if (!/TABLE DATA \S+ articles /.test(listing)) throw new Error('backup: the dump does not contain the articles table');
    renameSync(partial, target);
  } catch (e) {
    rmSync(partial, { force: true });
    throw e;
  }
  return { path: target, bytes: statSync(target).size, articles: await count(db, 'articles'), stories: await count(db, 'stories') };
}

function run(command: string, args: string[]): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (err += d));
    child.on('error', (e) =>
      reject(new Error((e as NodeJS.ErrnoException).code === 'ENOENT' ? `backup: ${command} not found (install the PostgreSQL client tools)` : `${command}: ${e.message}`)),
    );
    child.on('close', (code) => (code === 0 ? resolvePromise(out) : reject(new Error(`${command} exited ${code}: ${err.trim().slice(0, 500)}`))));
  });
}
