// A second, small FTS5 index over the title and lead terms only. FTS5 column filters still decode a term's whole
// position list, so ranking "query words in the title or lead" on the main index costs nearly as much as ranking
// everything; this index's doclists are a fraction of the size. Used for the first tier of very common queries.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE VIRTUAL TABLE heads_fts USING fts5(
    title_surface, title_stems, lead_surface, lead_stems,
    content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 0'
  )`.execute(db);
  await sql`INSERT INTO heads_fts (heads_fts) VALUES ('rebuild')`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE IF EXISTS heads_fts`.execute(db);
}
