// PostgreSQL for tests: the machine's local server (MARSAD_TEST_POSTGRES_URL, default postgres://postgres@127.0.0.1:5432/test),
// one fresh schema per store with a random name, dropped when the store closes. When the server cannot be reached the
// tests FAIL with a message saying so, unless MARSAD_SKIP_POSTGRES=1.
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import pg from 'pg';
import { openStore } from '../../src/store/open-store.ts';
import type { Store } from '../../src/store/types.ts';

export const POSTGRES_TEST_URL = process.env.MARSAD_TEST_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/test';
export const SKIP_POSTGRES = process.env.MARSAD_SKIP_POSTGRES === '1';

/** Null when the server answers, else why not. */
export async function postgresProblem(): Promise<string | null> {
  const client = new pg.Client({ connectionString: POSTGRES_TEST_URL, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (err) {
    return (err as Error).message || String(err);
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Call at the top of a PostgreSQL test file: true when the tests can run. Otherwise registers one test that fails with
 * a clear message (or is skipped under MARSAD_SKIP_POSTGRES=1) and returns false.
 */
export async function postgresAvailable(what: string): Promise<boolean> {
  const problem = await postgresProblem();
  if (!problem) return true;
  if (SKIP_POSTGRES) {
    test(`${what} (PostgreSQL)`, { skip: `PostgreSQL not reachable at ${POSTGRES_TEST_URL} and MARSAD_SKIP_POSTGRES=1` }, () => {});
  } else {
    test(`${what} (PostgreSQL)`, () => {
      throw new Error(
        `PostgreSQL is not reachable at ${POSTGRES_TEST_URL} (${problem}). Start the local server ` +
          `(pg_ctlcluster <version> main start), point MARSAD_TEST_POSTGRES_URL at one, or set MARSAD_SKIP_POSTGRES=1 to skip these tests.`,
      );
    });
  }
  return false;
}

export function randomSchemaName(prefix = 'marsad_test'): string {
  return `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
}

/** The test URL with `options=-c search_path=<schema>`. */
export function urlWithSchema(schema: string, base = POSTGRES_TEST_URL): string {
  const u = new URL(base);
  u.searchParams.delete('options');
  // %20, not '+': libpq tools (psql, pg_dump) read the same URL.
  return `${u.href}${u.search ? '&' : '?'}options=-c%20search_path%3D${encodeURIComponent(schema)}`;
}

export async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_TEST_URL });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema.replace(/"/g, '""')}" CASCADE`);
  } finally {
    await client.end();
  }
}

const TABLES = 'sources, fetches, articles, stories, story_members, entities, article_entities, quotes';

/**
 * Stores for a test file that uses one at a time: one schema for the whole run (DDL is the slow part), emptied before
 * each store is handed out. `cleanup` drops the schema; call it from `after`.
 */
export function sequentialPostgresStores(): { make: () => Promise<Store>; cleanup: () => Promise<void> } {
  const schema = randomSchemaName();
  let created = false;
  return {
    async make() {
      if (created) {
        const client = new pg.Client({ connectionString: urlWithSchema(schema) });
        await client.connect();
        try {
          await client.query(`TRUNCATE ${TABLES} RESTART IDENTITY CASCADE`);
        } finally {
          await client.end();
        }
      }
      created = true;
      return openStore({ url: urlWithSchema(schema) });
    },
    cleanup: () => dropSchema(schema),
  };
}

/** A fresh, migrated, empty PostgreSQL store in its own schema; closing it drops the schema. */
export async function freshPostgresStore(): Promise<Store> {
  const schema = randomSchemaName();
  const store = await openStore({ url: urlWithSchema(schema) });
  const close = store.close.bind(store);
  store.close = async () => {
    await close();
    await dropSchema(schema);
  };
  return store;
}
