// Entry point for every stage that needs storage: picks the backend from the options.
import type { Store } from './types.ts';
import { openSqliteStore } from './sqlite/open-sqlite-store.ts';

export interface OpenStoreOptions {
  /** SQLite file path (default ./data/marsad.db); ':memory:' for a throwaway database. */
  db?: string;
  /** postgres://… for the PostgreSQL backend (not available yet). */
  url?: string;
}

export const DEFAULT_DB_PATH = './data/marsad.db';

/** Opens the store and brings its schema up to date. */
export async function openStore(options: OpenStoreOptions = {}): Promise<Store> {
  if (options.url) {
    if (/^postgres(ql)?:\/\//i.test(options.url)) {
      throw new Error('The PostgreSQL store is not available yet: use a SQLite file (--db) for now.');
    }
    throw new Error(`Unsupported database URL "${options.url}": expected postgres://… or a SQLite file path.`);
  }
  return openSqliteStore(options.db ?? DEFAULT_DB_PATH);
}
