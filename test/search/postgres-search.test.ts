// The search suite on PostgreSQL, and what only PostgreSQL has: the text-search vectors.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { assertArabicTermsIntact, runSearchSuite } from './search-suite.ts';
import { freshPostgresStore, postgresAvailable, POSTGRES_TEST_URL } from '../store/postgres-test-database.ts';

if (await postgresAvailable('postgres search')) {
  // One schema a store: the suite keeps its shared store open while a test seeds another.
  const { shared } = runSearchSuite('postgres', { makeStore: freshPostgresStore });

  describe('postgres search: the text-search vectors keep analyzer terms intact', () => {
    test('every Arabic index term is exactly one lexeme of its vector, unchanged', async () => {
      const schema = (shared() as unknown as { schema: string }).schema;
      const client = new pg.Client({ connectionString: POSTGRES_TEST_URL });
      await client.connect();
      try {
        const lexemes = new Set<string>(
          (await client.query(`SELECT DISTINCT unnest(tsvector_to_array(surface_tsv || stems_tsv)) AS l FROM "${schema}".articles`)).rows.map((r) => r.l),
        );
        const rows = (await client.query(`SELECT title_surface, title_stems, body_surface, body_stems FROM "${schema}".articles`)).rows as Record<string, string>[];
        assertArabicTermsIntact(rows, lexemes, 'a lexeme');
      } finally {
        await client.end();
      }
    });
  });
}
