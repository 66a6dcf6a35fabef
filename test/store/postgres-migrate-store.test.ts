// `marsad migrate-store` through the real entry point: a small SQLite database made by `marsad import` is copied into a
// fresh PostgreSQL schema, and both give the same `marsad stories --json` and `marsad search --json`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli, runCliJson, tempDir } from '../support/run-cli.ts';
import { dropSchema, postgresAvailable, randomSchemaName, urlWithSchema } from './postgres-test-database.ts';

const FIX = fileURLToPath(new URL('../fixtures/cli/', import.meta.url));

if (await postgresAvailable('migrate-store')) {
  test('migrate-store copies a SQLite database into PostgreSQL with the same stories, ids and search results', { timeout: 180_000 }, async (t) => {
    const dir = tempDir();
    const schema = randomSchemaName();
    const url = urlWithSchema(schema);
    t.after(async () => {
      dir.cleanup();
      await dropSchema(schema);
    });
    const db = join(dir.path, 'm.db');
    const imported = await runCliJson(['import', '--db', db, join(FIX, 'articles.json'), join(FIX, 'page.html')]);
    assert.equal(imported.new, 4);

    const copied = await runCliJson(['migrate-store', '--from', `sqlite:${db}`, '--to', url]);
    assert.equal(copied.counts.articles, 4);
    assert.equal(copied.counts.storyMembers, 4);
    assert.ok(copied.counts.sources >= 1);
    assert.ok(copied.counts.stories >= 1 && copied.counts.stories <= 4);

    const onSqlite = await runCliJson(['stories', '--db', db]);
    const onPostgres = await runCliJson(['stories'], { env: { MARSAD_DATABASE_URL: url } });
    assert.equal(onPostgres.stories.length, onSqlite.stories.length);
    assert.deepEqual(onPostgres, onSqlite, 'identical stories JSON, ids included');

    const query = 'محطه التحليه';
    const found = await runCliJson(['search', query], { env: { MARSAD_DATABASE_URL: url } });
    assert.deepEqual(found, await runCliJson(['search', '--db', db, query]));
    assert.ok(found.hits.length > 0);

    // A non-empty target is refused without --force (a user error: exit 2, one line), and replaced with it.
    const refused = await runCli(['migrate-store', '--from', `sqlite:${db}`, '--to', url]);
    assert.equal(refused.code, 2, refused.stderr);
    assert.match(refused.stderr, /already holds marsad data.*--force/);
    const forced = await runCli(['migrate-store', '--from', `sqlite:${db}`, '--to', url, '--force']);
    assert.equal(forced.code, 0, forced.stderr);
    assert.match(forced.stdout, /4 articles/);
  });
}
