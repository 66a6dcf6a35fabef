// doctor, prune and backup on the PostgreSQL store.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { PostgresStore } from '../../src/store/postgres/postgres-store.ts';
import { tempDir } from '../support/run-cli.ts';
import { joinStory, makeArticle, newStory } from './store-fixtures.ts';
import { freshPostgresStore, postgresAvailable } from './postgres-test-database.ts';

if (await postgresAvailable('postgres maintenance')) {
  test('postgres maintenance: doctor finds and repairs story counters, prune keeps stories consistent, backup is a pg_dump', { timeout: 120_000 }, async (t) => {
    const store = (await freshPostgresStore()) as PostgresStore;
    const dir = tempDir();
    t.after(async () => {
      await store.close();
      dir.cleanup();
    });
    const a = await store.addSource({ url: 'https://palm-gazette.test/feed' });
    const b = await store.addSource({ url: 'https://desert-times.test/rss' });
    const old = await store.insertArticle(makeArticle(a.id, { publishedAt: '2026-01-01T10:00:00.000Z', entities: [{ id: 'place:old-town', kind: 'place', name: 'البلدة القديمة', surface: 'البلدة القديمة', start: 0, end: 5 }] }), newStory(1));
    const kept = await store.insertArticle(makeArticle(b.id, { publishedAt: '2026-03-01T10:00:00.000Z' }), joinStory(1, 0.8));
    await store.insertArticle(makeArticle(a.id, { publishedAt: '2026-01-02T10:00:00.000Z' }), newStory(2));

    const healthy = await store.doctor({ repair: false });
    assert.equal(healthy.ok, true, JSON.stringify(healthy.checks.filter((c) => c.found)));
    assert.equal(healthy.counts.articles, 3);
    assert.equal(healthy.counts.stories, 2);

    await sql`UPDATE stories SET size = 99 WHERE id = 1`.execute(store.db);
    const sick = await store.doctor({ repair: false });
    assert.equal(sick.ok, false);
    assert.deepEqual(sick.checks.find((c) => c.name === 'story-counters')!.examples, [1]);
    const repaired = await store.doctor({ repair: true });
    assert.equal(repaired.ok, true);
    assert.equal(repaired.checks.find((c) => c.name === 'story-counters')!.repaired, 1);
    assert.equal((await store.getStory(1))!.size, 2);

    const pruned = await store.pruneArticles('2026-02-01T00:00:00.000Z');
    assert.deepEqual(pruned, { articles: 2, stories: 1 });
    assert.equal(await store.getArticle(old.articleId), null);
    assert.equal(await store.getStory(2), null);
    const s1 = (await store.getStory(1))!;
    assert.equal(s1.size, 1);
    assert.equal(s1.headlineArticleId, kept.articleId);
    assert.equal((await store.doctor({ repair: false })).ok, true, 'no orphan entity left');
    await assert.rejects(() => store.pruneArticles('someday'), /not a date/);

    const backup = await store.backup(join(dir.path, 'nested', 'marsad.dump'));
    assert.ok(existsSync(backup.path) && statSync(backup.path).size > 0);
    assert.equal(backup.articles, 1);
    assert.equal(backup.stories, 1);
    assert.ok(!existsSync(`${backup.path}.partial`));
  });
}
