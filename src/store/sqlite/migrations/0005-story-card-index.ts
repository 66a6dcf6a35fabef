// A covering index of the short article columns a story's member list shows (time, outlet, link, title, image, copy
// of). The article row keeps its text and clean HTML before the lead, image and duplicate_of columns, so reading those
// from the row walks the text's overflow pages: for the front page's 20 big stories (thousands of members on the
// SaudiNewsNet month) that was most of the time. The store names it with INDEXED BY, as SQLite prefers the rowid.
// PostgreSQL keeps long text out of line (TOAST), so its rows are read without walking the text and need no such index.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('articles_story_card')
    .on('articles')
    .columns(['id', 'sort_time', 'source_id', 'published_at', 'duplicate_of', 'url', 'title', 'image'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('articles_story_card').ifExists().execute();
}
