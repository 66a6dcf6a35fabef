// Other addresses of a stored article, as in SQLite (src/store/sqlite/migrations/0006-article-aliases.ts).
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE TABLE article_aliases (
    url text COLLATE "C" PRIMARY KEY,
    article_id bigint NOT NULL REFERENCES articles(id) ON DELETE CASCADE
  )`.execute(db);
  await sql`CREATE INDEX article_aliases_article ON article_aliases (article_id)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE IF EXISTS article_aliases`.execute(db);
}
