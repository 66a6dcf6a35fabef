// Entry point for every stage that needs storage: picks the backend from the options.
import type { Store } from './types.ts';
import { openSqliteStore } from './sqlite/open-sqlite-store.ts';
import { isPostgresUrl } from './postgres/connection-url.ts';

export interface OpenStoreOptions {
  /** SQLite file path (default ./data/marsad.db); ':memory:' for a throwaway database. */
  db?: string;
  /**
   * postgres://… (or postgresql://…) for the PostgreSQL backend; `?options=-c%20search_path%3Dname` picks the schema
   * (created when missing). Takes precedence over `db`.
   */
  url?: string;
}

export const DEFAULT_DB_PATH = './data/marsad.db';

/** Opens the store and brings its schema up to date. */
export async function openStore(options: OpenStoreOptions = {}): Promise<Store> {
  if (options.url) {
    if (isPostgresUrl(options.url)) {
      // Loaded on demand: SQLite users never load the pg driver.
      const { openPostgresStore } = await import('./postgres/open-postgres-store.ts');
      return openPostgresStore(options.url);
    }
    throw new Error(`Unsupported database URL "${options.url}": expected postgres://… or a SQLite file path.`);
  }
  return openSqliteStore(options.db ?? DEFAULT_DB_PATH);
}
