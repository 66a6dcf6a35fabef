// Opens a PostgreSQL store from a postgres:// URL: a pg pool whose bigint columns come back as numbers (ids and
// counts stay JS numbers, as in SQLite), the URL's schema created when missing, and the schema migrated.
import pg from 'pg';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { parsePostgresUrl } from './connection-url.ts';
import type { PgDatabase } from './schema.ts';
import { PostgresStore } from './postgres-store.ts';

const INT8_OID = 20;

function parseInt8(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new Error(`bigint ${value} is beyond what a JS number holds exactly`);
  return n;
}

const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID && format !== 'binary' ? parseInt8 : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

export interface OpenPostgresOptions {
  /** Pool size (default 5). */
  maxConnections?: number;
}

export async function openPostgresStore(url: string, options: OpenPostgresOptions = {}): Promise<PostgresStore> {
  const target = parsePostgresUrl(url);
  const pool = new pg.Pool({
    connectionString: target.connectionString,
    types,
    max: options.maxConnections ?? 5,
    connectionTimeoutMillis: 10_000,
  });
  // An idle client losing its server must not crash the process; the next query reports the problem.
  pool.on('error', () => {});
  const db = new Kysely<PgDatabase>({ dialect: new PostgresDialect({ pool }) });
  let schema: string;
  try {
    if (target.schema) await sql`CREATE SCHEMA IF NOT EXISTS ${sql.id(target.schema)}`.execute(db);
    schema = (await sql<{ s: string | null }>`SELECT current_schema() AS s`.execute(db)).rows[0]?.s ?? '';
  } catch (err) {
    await db.destroy().catch(() => {});
    throw new Error(`Cannot open PostgreSQL database ${target.display}: ${(err as Error).message || String(err)}`);
  }
  if (!schema) {
    await db.destroy().catch(() => {});
    throw new Error(`PostgreSQL database ${target.display}: no schema on the search_path to create tables in`);
  }
  const store = new PostgresStore(db, schema, url);
  try {
    await store.migrate();
  } catch (err) {
    await store.close().catch(() => {});
    throw err;
  }
  return store;
}
