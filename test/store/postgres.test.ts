import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { openStore } from '../../src/store/open-store.ts';
import { parsePostgresUrl } from '../../src/store/postgres/connection-url.ts';
import { postgresMigrations } from '../../src/store/postgres/migrations/migration-list.ts';
import { runStoreSuite } from './store-suite.ts';
import { makeArticle, newStory } from './store-fixtures.ts';
import { dropSchema, freshPostgresStore, sequentialPostgresStores, postgresAvailable, POSTGRES_TEST_URL, randomSchemaName, urlWithSchema } from './postgres-test-database.ts';

test('postgres URL: the schema comes from options=-c search_path=…', () => {
  assert.equal(parsePostgresUrl('postgres://u@h:5432/db?options=-c%20search_path%3Dnews_a').schema, 'news_a');
  assert.equal(parsePostgresUrl('postgresql://h/db?options=--search_path%3Dnews_b').schema, 'news_b');
  assert.equal(parsePostgresUrl('postgres://h/db?options=-c%20search_path%3Dnews_c,public').schema, 'news_c');
  assert.equal(parsePostgresUrl('postgres://h/db').schema, null);
  assert.equal(parsePostgresUrl('postgres://user:secret@h:5432/db').display, 'h:5432/db', 'no credentials in messages');
  assert.throws(() => parsePostgresUrl('postgres://[bad'), /Invalid PostgreSQL URL/);
  assert.throws(() => parsePostgresUrl('mysql://h/db'), /Not a PostgreSQL URL/);
});

if (await postgresAvailable('postgres store')) {
  const suiteStores = sequentialPostgresStores();
  after(() => suiteStores.cleanup());
  runStoreSuite('postgres', suiteStores.make);

  test('postgres store: a schema named in the URL is created, used, and reopened without re-migrating', async () => {
    const schema = randomSchemaName();
    try {
      const url = urlWithSchema(schema);
      const store = await openStore({ url });
      assert.equal(store.dialect, 'postgres');
      const s = await store.addSource({ url: 'https://palm-gazette.test/feed' });
      await store.close();
      const again = await openStore({ url });
      assert.equal((await again.getSource(s.id))?.url, 'https://palm-gazette.test/feed');
      await again.close();
      const client = new pg.Client({ connectionString: POSTGRES_TEST_URL });
      await client.connect();
      try {
        const tables = await client.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY 1`, [schema]);
        const names = tables.rows.map((r) => r.table_name);
        for (const t of ['articles', 'sources', 'stories', 'story_members', 'kysely_migration']) assert.ok(names.includes(t), `${t} in ${schema}`);
        const migrations = await client.query(`SELECT count(*)::int AS n FROM "${schema}".kysely_migration`);
        assert.equal(migrations.rows[0].n, Object.keys(await postgresMigrations.getMigrations()).length, 'each migration applied once');
      } finally {
        await client.end();
      }
    } finally {
      await dropSchema(schema);
    }
  });

  test('postgres store: two instances in two schemas of one database do not see each other', async () => {
    const a = await freshPostgresStore();
    const b = await freshPostgresStore();
    try {
      const sa = await a.addSource({ url: 'https://palm-gazette.test/feed' });
      await a.insertArticle(makeArticle(sa.id), newStory(1));
      assert.equal(await a.countArticles(), 1);
      assert.equal(await b.countArticles(), 0);
      assert.deepEqual(await b.listSources(), []);
    } finally {
      await a.close();
      await b.close();
    }
  });

  test('postgres store: concurrent inserts from several connections keep stories consistent', async () => {
    const schema = randomSchemaName();
    const url = urlWithSchema(schema);
    const first = await openStore({ url });
    const stores = [first, await openStore({ url }), await openStore({ url })];
    try {
      const src = await first.addSource({ url: 'https://palm-gazette.test/feed' });
      // 3 writers × 8 articles, all joining story 1, plus the same canonical URL raced by every writer.
      await Promise.all(
        stores.map(async (store, w) => {
          for (let i = 0; i < 8; i++) {
            await store.insertArticle(makeArticle(src.id, { publishedAt: `2026-03-01T${String(10 + i).padStart(2, '0')}:0${w}:00.000Z` }), newStory(1));
          }
          await store.insertArticle(makeArticle(src.id, { canonicalUrl: 'https://palm-gazette.test/raced' }), newStory(2));
        }),
      );
      assert.equal(await first.countArticles(), 25, 'the raced URL is stored once');
      const story = (await first.getStory(1))!;
      assert.equal(story.size, 24);
      assert.equal(story.firstSeenAt, '2026-03-01T10:00:00.000Z');
      assert.equal(story.lastSeenAt, '2026-03-01T17:02:00.000Z');
      assert.equal((await first.getStory(2))!.size, 1);
    } finally {
      for (const s of stores) await s.close();
      await dropSchema(schema);
    }
  });

  test('openStore reports an unreachable PostgreSQL server clearly', async () => {
    await assert.rejects(() => openStore({ url: 'postgres://postgres@127.0.0.1:1/none' }), /Cannot open PostgreSQL database 127\.0\.0\.1:1\/none/);
    await assert.rejects(() => openStore({ url: 'mysql://x' }), /Unsupported database URL/);
  });
}
