// Opens (creating if needed) a SQLite database file with the pragmas a concurrent reader/writer setup needs.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database as Schema } from './schema.ts';
import { SqliteStore } from './sqlite-store.ts';

export async function openSqliteStore(path: string): Promise<SqliteStore> {
  const memory = path === ':memory:' || path === '';
  if (!memory) mkdirSync(dirname(path), { recursive: true });
  const raw = new Database(memory ? ':memory:' : path);
  try {
    // WAL: readers (web server) never block the writer (poller) and vice versa.
    if (!memory) raw.pragma('journal_mode = WAL');
    raw.pragma('foreign_keys = ON');
    // Another process holding the write lock makes us wait instead of failing at once.
    raw.pragma('busy_timeout = 5000');
    // Safe with WAL (a crash can lose the last commits, never corrupt) and much faster than FULL.
    raw.pragma('synchronous = NORMAL');
  } catch (err) {
    raw.close();
    throw new Error(`Cannot open database ${path}: ${(err as Error).message}`);
  }
  const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: raw }) });
  const store = new SqliteStore(raw, db);
  try {
    await store.migrate();
  } catch (err) {
    await store.close().catch(() => {});
    throw err;
  }
  return store;
}
