// Meta values kept beside the data (key → text): which analyzer version built the stored search terms, and the progress
// of an interrupted `marsad search reindex`. A database with no article yet has nothing stale, so it starts at the
// current version; one that already holds articles keeps no value (built before versions were recorded).
import { sql, type Kysely } from 'kysely';
import { ANALYZER_VERSION } from '../../../text/analyzer-version.ts';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createTable('meta').addColumn('key', 'text', (c) => c.primaryKey()).addColumn('value', 'text', (c) => c.notNull()).execute();
  await sql`INSERT INTO meta (key, value) SELECT 'search_analyzer', ${ANALYZER_VERSION} WHERE NOT EXISTS (SELECT 1 FROM articles)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('meta').ifExists().execute();
}
