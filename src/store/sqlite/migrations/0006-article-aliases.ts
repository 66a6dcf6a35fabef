// Other addresses of a stored article: the same outlet's same text reached under another URL (a page scraped twice, a
// moved page). The article is stored once; its other URLs are kept here so a story still lists every address a reader
// or a labelled data set may know it by.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE TABLE article_aliases (
    url TEXT PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE
  )`.execute(db);
  await sql`CREATE INDEX article_aliases_article ON article_aliases (article_id)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE IF EXISTS article_aliases`.execute(db);
}
