// First schema. Written with Kysely's schema builder (not raw SQL) so src/store/postgres can mirror it column for column;
// only the FTS5 table at the end is SQLite-specific (PostgreSQL will use a tsvector column instead).
// Times are ISO 8601 text in UTC; booleans are 0/1 integers.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('sources')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('url', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().defaultTo('feed'))
    .addColumn('category', 'text')
    .addColumn('site_url', 'text')
    .addColumn('etag', 'text')
    .addColumn('last_modified', 'text')
    .addColumn('interval_sec', 'integer', (c) => c.notNull().defaultTo(900))
    .addColumn('next_poll_at', 'text')
    .addColumn('last_polled_at', 'text')
    .addColumn('last_success_at', 'text')
    .addColumn('last_error', 'text')
    .addColumn('last_error_at', 'text')
    .addColumn('consecutive_failures', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('articles_per_day', 'real', (c) => c.notNull().defaultTo(0))
    .addColumn('full_text', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('fetches')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('source_id', 'integer', (c) => c.references('sources.id').onDelete('cascade'))
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('http_status', 'integer')
    .addColumn('bytes', 'integer')
    .addColumn('new_articles', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('error', 'text')
    .execute();
  await db.schema.createIndex('fetches_source_time').on('fetches').columns(['source_id', 'started_at']).execute();

  await db.schema
    .createTable('articles')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('canonical_url', 'text', (c) => c.notNull().unique())
    .addColumn('source_id', 'integer', (c) => c.notNull().references('sources.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('byline', 'text')
    .addColumn('published_at', 'text')
    .addColumn('fetched_at', 'text', (c) => c.notNull())
    // published_at when known, else fetched_at: the one time every list, filter and story span uses.
    .addColumn('sort_time', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('html_clean', 'text', (c) => c.notNull())
    .addColumn('lead', 'text', (c) => c.notNull())
    .addColumn('image', 'text')
    .addColumn('section', 'text')
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('duplicate_of', 'integer', (c) => c.references('articles.id').onDelete('set null'))
    .addColumn('boilerplate', 'text', (c) => c.notNull().defaultTo('[]'))
    // Analyzer terms, space-joined. Kept here (not only in the index) so the story engine can be rebuilt from the store.
    .addColumn('title_surface', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('title_stems', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('lead_surface', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('lead_stems', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('body_surface', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('body_stems', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema.createIndex('articles_fingerprint').on('articles').column('fingerprint').execute();
  await db.schema.createIndex('articles_sort_time').on('articles').column('sort_time').execute();
  await db.schema.createIndex('articles_source_time').on('articles').columns(['source_id', 'sort_time']).execute();
  await db.schema.createIndex('articles_url').on('articles').column('url').execute();

  await db.schema
    .createTable('stories')
    // Not auto-incremented: ids come from the story engine.
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('headline_article_id', 'integer', (c) => c.references('articles.id').onDelete('set null'))
    // 1 when the story engine chose the headline (setStoryHeadline); otherwise the store picks it on every change.
    .addColumn('headline_pinned', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('first_seen_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('outlets', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('stories_rank').on('stories').columns(['outlets', 'last_seen_at', 'id']).execute();
  await db.schema.createIndex('stories_recent').on('stories').columns(['last_seen_at', 'id']).execute();

  await db.schema
    .createTable('story_members')
    .addColumn('story_id', 'integer', (c) => c.notNull().references('stories.id').onDelete('cascade'))
    .addColumn('article_id', 'integer', (c) => c.notNull().unique().references('articles.id').onDelete('cascade'))
    .addColumn('score', 'real', (c) => c.notNull())
    .addColumn('added_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('story_members_story').on('story_members').columns(['story_id', 'article_id']).execute();

  await db.schema
    .createTable('entities')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    // normalize(name), so `entity:` filters match however the user spells the name.
    .addColumn('name_norm', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('entities_name_norm').on('entities').column('name_norm').execute();

  await db.schema
    .createTable('article_entities')
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('entity_id', 'text', (c) => c.notNull().references('entities.id'))
    .addColumn('count', 'integer', (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint('article_entities_pk', ['article_id', 'entity_id'])
    .execute();
  await db.schema.createIndex('article_entities_entity').on('article_entities').columns(['entity_id', 'article_id']).execute();

  await db.schema
    .createTable('quotes')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('speaker', 'text')
    .addColumn('speaker_id', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('start', 'integer', (c) => c.notNull())
    .addColumn('end', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('quotes_article').on('quotes').column('article_id').execute();

  // External-content FTS5 index over the analyzer's terms (already normalized and stemmed, so the tokenizer only needs
  // to split on spaces and must not fold anything: remove_diacritics 0). Surface and stem columns are separate so an
  // exact form scores above a stem-only match; rowid = articles.id.
  await sql`CREATE VIRTUAL TABLE articles_fts USING fts5(
    title_surface, title_stems, lead_surface, lead_stems, body_surface, body_stems,
    content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 0'
  )`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE IF EXISTS articles_fts`.execute(db);
  for (const t of ['quotes', 'article_entities', 'entities', 'story_members', 'stories', 'articles', 'fetches', 'sources']) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
