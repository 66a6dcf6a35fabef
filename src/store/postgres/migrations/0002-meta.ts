// Meta values kept beside the data (key → text), as in SQLite (src/store/sqlite/migrations/0004-meta.ts): the analyzer
// version of the stored search terms, the progress of an interrupted reindex. An empty database starts at the current
// version; one that holds articles keeps no value (built before versions were recorded).
import { sql, type Kysely } from 'kysely';
import { ANALYZER_VERSION } from '../../../text/analyzer-version.ts';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE TABLE meta (key text COLLATE "C" PRIMARY KEY, value text NOT NULL)`.execute(db);
  await sql`INSERT INTO meta (key, value) SELECT 'search_analyzer', ${ANALYZER_VERSION} WHERE NOT EXISTS (SELECT 1 FROM articles)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE IF EXISTS meta`.execute(db);
}
