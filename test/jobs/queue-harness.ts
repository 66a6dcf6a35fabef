// Shared by the queue tests: Redis on 127.0.0.1:6379 (MARSAD_TEST_REDIS_URL), unique queue prefixes cleaned up after
// each run, the fixture server with the demo outlets plus generated ones (over 1,000 articles), a single-process SQLite
// reference run through the in-process scheduler `marsad serve` uses, and partitions read back from a store.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { test } from 'node:test';
import { Redis } from 'ioredis';
import type { Store } from '../../src/store/types.ts';
import { startFixtureServer, type FixtureServer } from '../../src/demo/fixture-server.ts';
import { openStore } from '../../src/store/open-store.ts';
import { loadStoryEngine } from '../../src/pipeline/story-state.ts';
import { ArticlePipeline } from '../../src/pipeline/article-pipeline.ts';
import { createFetcher } from '../../src/ingest/fetcher.ts';
import { startScheduler } from '../../src/jobs/scheduler.ts';
import { redisProblem } from '../../src/jobs/queue/redis-connection.ts';

export const REDIS_TEST_URL = process.env.MARSAD_TEST_REDIS_URL || 'redis://127.0.0.1:6379';
export const SKIP_REDIS = process.env.MARSAD_SKIP_REDIS === '1';

/** True when Redis answers; otherwise registers one failing (or, under MARSAD_SKIP_REDIS=1, skipped) test. */
export async function redisAvailable(what: string): Promise<boolean> {
  const problem = await redisProblem(REDIS_TEST_URL);
  if (!problem) return true;
  if (SKIP_REDIS) test(`${what} (Redis)`, { skip: `Redis not reachable at ${REDIS_TEST_URL} and MARSAD_SKIP_REDIS=1` }, () => {});
  else
    test(`${what} (Redis)`, () => {
      throw new Error(`Redis is not reachable at ${REDIS_TEST_URL} (${problem}). Start redis-server on 127.0.0.1:6379, point MARSAD_TEST_REDIS_URL at one, or set MARSAD_SKIP_REDIS=1 to skip these tests.`);
    });
  return false;
}

export function uniquePrefix(): string {
  return `marsadtest-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
}

/** Deletes every key under the prefix. */
export async function dropPrefix(prefix: string): Promise<void> {
  const redis = new Redis(REDIS_TEST_URL, { maxRetriesPerRequest: 1 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      cursor = next;
      if (keys.length) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

/** The ten demo outlets (91 articles) and ten generated ones of 100 articles each: 1,091 articles in 20 feeds. */
export function startScaleFixture(): Promise<FixtureServer> {
  return startFixtureServer({ port: 0, baseTime: new Date('2026-11-20T12:00:00Z'), generated: { outlets: 10, perOutlet: 100 } });
}

/**
 * Subscribes every feed the fixture server plays (demo and generated outlets), as ordinary sources: the test serves
 * them itself, while demo-flagged sources are polled only when `marsad serve` runs its own demo.
 */
export async function subscribeAll(store: Store, fixture: FixtureServer): Promise<void> {
  for (const f of fixture.feeds) await store.addSource({ url: f.url, name: f.name, kind: 'feed' });
}

/** Article URL → story id of every stored article ('null' while its story is pending), in the order they were stored. */
export async function partition(store: Store): Promise<Map<string, string>> {
  const ids = (await store.listStoryDocs()).map((r) => r.articleId).sort((a, b) => a - b);
  const out = new Map<string, string>();
  for (const a of await store.getArticles(ids)) out.set(a.url, String(a.storyId));
  return out;
}

/**
 * The single-process SQLite run the distributed ones must equal: `marsad serve`'s in-process scheduler polls every
 * feed (four at a time) and decides the stories once its round has settled.
 */
export async function referenceRun(fixture: FixtureServer, dir: string): Promise<{ partition: Map<string, string>; urls: string[]; seconds: number }> {
  const store = await openStore({ db: join(dir, 'reference.db') });
  const fetcher = createFetcher({ allowlist: [new URL(fixture.origin).host], perHostDelayMs: 0, perHostConcurrency: 8 });
  const t0 = performance.now();
  try {
    await subscribeAll(store, fixture);
    const scheduler = startScheduler({ store, fetcher, pipeline: new ArticlePipeline(store, await loadStoryEngine(store)), concurrency: 4, tickMs: 200 });
    try {
      await until(
        'the single-process run to poll every feed and decide every story',
        async () => (await store.listSources()).every((s) => s.lastPolledAt !== null) && (await store.countArticles({ state: 'pending' })) === 0,
        300_000,
      );
    } finally {
      await scheduler.stop();
    }
    const p = await partition(store);
    return { partition: p, urls: [...p.keys()], seconds: (performance.now() - t0) / 1000 };
  } finally {
    await fetcher.close();
    await store.close();
  }
}

export async function until(what: string, check: () => Promise<boolean>, timeoutMs: number, describe: () => string = () => ''): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}. ${describe()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
