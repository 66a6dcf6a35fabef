// Shared by the queue tests: Redis on 127.0.0.1:6379 (MARSAD_TEST_REDIS_URL), unique queue prefixes cleaned up after
// each run, a single-process SQLite reference run over the demo fixture server, and partitions read back from a store.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { test } from 'node:test';
import { Redis } from 'ioredis';
import type { Store } from '../../src/store/types.ts';
import type { FixtureServer } from '../../src/demo/fixture-server.ts';
import { demoSources } from '../../src/demo/fixture-server.ts';
import { openStore } from '../../src/store/open-store.ts';
import { loadStoryEngine } from '../../src/pipeline/story-state.ts';
import { ArticlePipeline } from '../../src/pipeline/article-pipeline.ts';
import { createFetcher } from '../../src/ingest/fetcher.ts';
import { pollSources } from '../../src/jobs/poll-sources.ts';
import { redisProblem } from '../../src/jobs/queue/redis-connection.ts';
import { createStoryEngine } from '../../src/stories/story-engine.ts';
import { storyDocFromRow } from '../../src/pipeline/story-state.ts';

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

export async function subscribeDemo(store: Store, origin: string): Promise<void> {
  for (const s of demoSources(origin)) await store.addSource({ url: s.url, name: s.name, category: s.category, kind: 'feed', demo: true });
}

/** Article URL → story id of every stored article. */
export async function partition(store: Store): Promise<Map<string, string>> {
  const ids = (await store.listStoryDocs()).map((r) => r.articleId);
  const out = new Map<string, string>();
  for (const a of await store.getArticles(ids)) out.set(a.url, String(a.storyId));
  return out;
}

/** One in-process poll of every demo feed into SQLite: the reference the distributed runs must equal. */
export async function referenceRun(fixture: FixtureServer, dir: string): Promise<{ partition: Map<string, string>; urls: string[] }> {
  const store = await openStore({ db: join(dir, 'reference.db') });
  const fetcher = createFetcher({ allowlist: [new URL(fixture.origin).host], perHostDelayMs: 0, perHostConcurrency: 8 });
  try {
    await subscribeDemo(store, fixture.origin);
    const engine = await loadStoryEngine(store);
    await pollSources(await store.listSources(), { store, fetcher, pipeline: new ArticlePipeline(store, engine) }, 4);
    const p = await partition(store);
    return { partition: p, urls: [...p.keys()] };
  } finally {
    await fetcher.close();
    await store.close();
  }
}

export async function until(what: string, check: () => Promise<boolean>, timeoutMs: number, describe: () => string = () => ''): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}. ${describe()}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/**
 * Article URL → story when ONE fresh engine sees the stored articles in the order they were decided (article ids
 * grow under the store's story lock, so id order is decision order). The online engine is order-dependent, so this —
 * not an independent run that saw another order — is what a correct single writer must reproduce exactly.
 */
export async function replayPartition(store: Store): Promise<Map<string, string>> {
  const rows = (await store.listStoryDocs()).sort((a, b) => a.articleId - b.articleId);
  const engine = createStoryEngine();
  const story = new Map<number, number>();
  for (const row of rows) {
    const d = engine.assign(storyDocFromRow(row));
    story.set(row.articleId, d.storyId);
    for (const m of d.merged) for (const [id, s] of story) if (s === m.from) story.set(id, m.into);
    for (const mv of d.moved) story.set(mv.articleId, mv.to);
  }
  const out = new Map<string, string>();
  for (const a of await store.getArticles(rows.map((r) => r.articleId))) out.set(a.url, String(story.get(a.id)));
  return out;
}
