// Copies a SQLite marsad database into a PostgreSQL one (marsad migrate-store): sources, fetch log, articles with their
// analyzer terms, entities and quotes, stories and memberships, ids preserved, in ONE PostgreSQL transaction (a failed
// copy leaves the target as it was). The target must be empty unless `force`, which empties it first.
import { existsSync } from 'node:fs';
import { sql, type Kysely } from 'kysely';
import { openSqliteStore } from '../sqlite/open-sqlite-store.ts';
import type { PgDatabase } from './schema.ts';
import { lockStories } from './story-bookkeeping.ts';
import { openPostgresStore } from './open-postgres-store.ts';

export interface CopyCounts {
  sources: number;
  fetches: number;
  articles: number;
  articleAliases: number;
  entities: number;
  articleEntities: number;
  quotes: number;
  stories: number;
  storyMembers: number;
}

export class TargetNotEmptyError extends Error {}

const TABLES: { table: keyof PgDatabase; key: keyof CopyCounts; batch: number }[] = [
  { table: 'sources', key: 'sources', batch: 500 },
  { table: 'fetches', key: 'fetches', batch: 1000 },
  { table: 'articles', key: 'articles', batch: 100 },
  { table: 'article_aliases', key: 'articleAliases', batch: 2000 },
  { table: 'entities', key: 'entities', batch: 1000 },
  { table: 'article_entities', key: 'articleEntities', batch: 2000 },
  { table: 'quotes', key: 'quotes', batch: 1000 },
  { table: 'stories', key: 'stories', batch: 1000 },
  { table: 'story_members', key: 'storyMembers', batch: 2000 },
];

const BOOLEAN_COLUMNS: Record<string, string[]> = { sources: ['full_text', 'demo'], stories: ['headline_pinned'] };
const IDENTITY_TABLES = ['sources', 'fetches', 'articles', 'quotes'];

export async function copySqliteToPostgres(
  sqlitePath: string,
  postgresUrl: string,
  options: { force?: boolean; onTable?: (table: string, rows: number) => void } = {},
): Promise<CopyCounts> {
  if (sqlitePath !== ':memory:' && !existsSync(sqlitePath)) throw new Error(`No SQLite database at ${sqlitePath}`);
  const source = await openSqliteStore(sqlitePath);
  try {
    const target = await openPostgresStore(postgresUrl);
    try {
      return await copyInto(source.raw, target.db, options);
    } finally {
      await target.close();
    }
  } finally {
    await source.close();
  }
}

async function copyInto(
  raw: import('better-sqlite3').Database,
  db: Kysely<PgDatabase>,
  options: { force?: boolean; onTable?: (table: string, rows: number) => void },
): Promise<CopyCounts> {
  const counts = Object.fromEntries(TABLES.map((t) => [t.key, 0])) as unknown as CopyCounts;
  await db.transaction().execute(async (trx) => {
    await lockStories(trx);
    const present = (
      await sql<{ n: number }>`SELECT (SELECT count(*) FROM sources) + (SELECT count(*) FROM articles) + (SELECT count(*) FROM stories) AS n`.execute(trx)
    ).rows[0]!;
    if (Number(present.n) > 0) {
      if (!options.force) throw new TargetNotEmptyError('The target database already holds marsad data: pass --force to replace it.');
      await sql`TRUNCATE ${sql.raw(TABLES.map((t) => t.table).join(', '))} RESTART IDENTITY CASCADE`.execute(trx);
    }
    const duplicates: [number, number][] = [];
    for (const { table, key, batch } of TABLES) {
      const select = raw.prepare(`SELECT rowid AS _rowid, * FROM ${table} WHERE rowid > ? ORDER BY rowid LIMIT ?`);
      let last = -Infinity;
      for (;;) {
        const rows = select.all(last, batch) as Record<string, unknown>[];
        if (rows.length === 0) break;
        last = rows[rows.length - 1]!._rowid as number;
        const values = rows.map((r) => {
          const { _rowid, ...row } = r;
          for (const c of BOOLEAN_COLUMNS[table] ?? []) row[c] = row[c] === 1 || row[c] === true;
          // Set once every article exists: a copy may name an article stored after it.
          if (table === 'articles' && row.duplicate_of != null) {
            duplicates.push([row.id as number, row.duplicate_of as number]);
            row.duplicate_of = null;
          }
          return row;
        });
        await trx.insertInto(table).values(values as never).execute();
        counts[key] += rows.length;
      }
      options.onTable?.(table, counts[key]);
    }
    for (let i = 0; i < duplicates.length; i += 5000) {
      const part = duplicates.slice(i, i + 5000);
      await sql`UPDATE articles a SET duplicate_of = v.d
                FROM unnest(${part.map((d) => d[0])}::bigint[], ${part.map((d) => d[1])}::bigint[]) AS v(id, d)
                WHERE a.id = v.id`.execute(trx);
    }
    // The analyzer version (and reindex progress) describes the copied terms, not the empty database the target was.
    await sql`DELETE FROM meta`.execute(trx);
    for (const m of raw.prepare(`SELECT key, value FROM meta`).all() as { key: string; value: string }[]) {
      await sql`INSERT INTO meta (key, value) VALUES (${m.key}, ${m.value})`.execute(trx);
    }
    // New rows continue after the copied ids.
    for (const t of IDENTITY_TABLES) {
      await sql`SELECT setval(pg_get_serial_sequence(${t}, 'id'), coalesce((SELECT max(id) FROM ${sql.table(t)}), 0) + 1, false)`.execute(trx);
    }
  });
  return counts;
}
