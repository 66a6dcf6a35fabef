// Upgrades: a database written by the first schema version (test/fixtures/schema-v1, migration 0001 only) opens with a
// plain openStore, is migrated forward, and reads back whole.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { openStore } from '../../src/store/open-store.ts';
import type { SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { sqliteMigrations } from '../../src/store/sqlite/migrations/migration-list.ts';

const FIXTURE = fileURLToPath(new URL('../fixtures/schema-v1/marsad-v1.db', import.meta.url));

function migrationsOf(path: string): string[] {
  const db = new Database(path, { readonly: true });
  try {
    return (db.prepare(`SELECT name FROM kysely_migration ORDER BY name`).all() as { name: string }[]).map((r) => r.name);
  } finally {
    db.close();
  }
}

test('a schema-v1 database is migrated forward by a plain open and its data reads back', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-v1-'));
  const path = join(dir, 'old.db');
  copyFileSync(FIXTURE, path);
  assert.deepEqual(migrationsOf(path), ['0001-initial'], 'the fixture is really the first schema');
  const store = (await openStore({ db: path })) as SqliteStore;
  try {
    const all = Object.keys(await sqliteMigrations.getMigrations()).sort();
    assert.ok(all.length > 1);
    assert.deepEqual(migrationsOf(path), all);

    const a = await store.getArticleByUrl('https://qadima.example/news/1');
    assert.equal(a?.title, 'افتتاح جسر الغيمة فوق الوادي');
    assert.equal(a?.sourceName, 'القديمة');
    assert.equal(a?.storyId, 1);
    const story = await store.getStory(1);
    assert.equal(story?.size, 2);
    assert.deepEqual(story?.articles.map((x) => x.id), [1, 2]);
    assert.deepEqual((await store.storyEntities(1, 5)).map((e) => e.id), ['place:ghayma-bridge']);

    // Indexes added by later migrations cover the old rows (heads_fts is filled when it is created).
    const heads = store.raw.prepare(`SELECT rowid AS id FROM heads_fts WHERE heads_fts MATCH '"كثيف"'`).all() as { id: number }[];
    assert.deepEqual(heads.map((h) => h.id), [2]);
    const report = await store.doctor({ repair: false });
    assert.equal(report.ok, true, JSON.stringify(report.checks.filter((c) => c.found)));
    assert.equal(report.counts.articles, 2);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
