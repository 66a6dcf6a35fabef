// The retention task the scheduler runs when config.retentionDays is set: prunes by the cutoff, at most once per interval.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.ts';
import { createRetentionTask, retentionCutoff } from '../../src/jobs/retention.ts';
import { makeArticle, newStory } from './store-fixtures.ts';

test('retention prunes what is older than the window, at most once per interval', async () => {
  const store = await openSqliteStore(':memory:');
  try {
    const s = (await store.addSource({ url: 'https://nakheel.example/feed', name: 'النخيل' })).id;
    await store.insertArticle(makeArticle(s, { publishedAt: '2026-03-01T10:00:00.000Z' }), newStory(1));
    await store.insertArticle(makeArticle(s, { publishedAt: '2026-03-20T10:00:00.000Z' }), newStory(2));
    assert.equal(retentionCutoff(10, new Date('2026-03-25T00:00:00Z')), '2026-03-15T00:00:00.000Z');
    assert.throws(() => retentionCutoff(-1, new Date()), /non-negative/);

    let clock = new Date('2026-03-25T00:00:00Z');
    const seen: number[] = [];
    const task = createRetentionTask(store, 10, { everyMs: 3_600_000, now: () => clock, onResult: (r) => seen.push(r.articles) });
    const first = await task.maybeRun();
    assert.deepEqual(first && { articles: first.articles, stories: first.stories }, { articles: 1, stories: 1 });
    assert.equal(await store.countArticles(), 1);
    clock = new Date('2026-03-25T00:30:00Z');
    assert.equal(await task.maybeRun(), null, 'not again within the hour');
    assert.equal(await store.countArticles(), 1);
    clock = new Date('2026-04-10T00:00:00Z');
    const later = await task.maybeRun();
    assert.equal(later?.articles, 1);
    assert.deepEqual(seen, [1, 1]);
    assert.equal((await store.doctor({ repair: false })).ok, true);
  } finally {
    await store.close();
  }
});
