import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { createOpsApp } from '../../src/ops/ops-app.ts';
import { createMetrics } from '../../src/ops/metrics.ts';
import { MeasuredPipeline, measuredFetcher } from '../../src/ops/instrumented.ts';
import { createLogger } from '../../src/ops/logger.ts';
import { openStore } from '../../src/store/open-store.ts';
import { createStoryEngine } from '../../src/stories/story-engine.ts';
import { extractHtml } from '../../src/extract/index.ts';
import { FetchError, type Fetcher } from '../../src/ingest/types.ts';
import { redisProblem } from '../../src/jobs/queue/redis-connection.ts';

test('/healthz answers; /readyz is 503 naming the failing dependency, 200 when all answer, 503 while shutting down', async () => {
  let storeDown = true;
  let stopping = false;
  const app = createOpsApp({
    metrics: createMetrics({}, { defaultMetrics: false }),
    isShuttingDown: () => stopping,
    checks: [
      { name: 'store', check: async () => (storeDown ? 'database is locked' : null) },
      { name: 'redis', check: async () => null },
    ],
  });
  assert.equal((await app.request('/healthz')).status, 200);
  let res = await app.request('/readyz');
  assert.equal(res.status, 503);
  assert.deepEqual(await res.json(), { status: 'not-ready', checks: { store: 'database is locked', redis: 'ok' } });
  storeDown = false;
  res = await app.request('/readyz');
  assert.equal(res.status, 200);
  assert.equal(((await res.json()) as { status: string }).status, 'ready');
  stopping = true;
  assert.equal((await app.request('/readyz')).status, 503);
});

test('/readyz: a check that never answers fails after the timeout instead of hanging', async () => {
  const app = createOpsApp({ metrics: createMetrics({}, { defaultMetrics: false }), timeoutMs: 50, checks: [{ name: 'redis', check: () => new Promise(() => {}) }] });
  const res = await app.request('/readyz');
  assert.equal(res.status, 503);
  assert.match(JSON.stringify(await res.json()), /no answer within 50 ms/);
});

test('an unreachable Redis is reported, not thrown', async () => {
  const problem = await redisProblem('redis://127.0.0.1:1', 1000);
  assert.ok(problem && problem.length > 0);
  assert.match((await redisProblem('http://x')) ?? '', /redis:\/\//);
});

test('/metrics: Prometheus text with fetches, failures, articles stored, grouping latency and queue depth', async () => {
  const metrics = createMetrics(
    { queueDepth: async () => [{ queue: 'group', waiting: 7, active: 1, delayed: 0, failed: 2 }], storedArticles: async () => 42 },
    { defaultMetrics: false },
  );
  const inner: Fetcher = {
    async fetch(url) {
      if (url.endsWith('/missing')) throw new FetchError('not found', 'http-status', 404);
      return { url, status: 200, notModified: false, text: '', body: Buffer.alloc(0), etag: null, lastModified: null } as never;
    },
    async close() {},
  };
  const fetcher = measuredFetcher(inner, metrics);
  await fetcher.fetch('http://127.0.0.1/feed', { purpose: 'feed' });
  await assert.rejects(fetcher.fetch('http://127.0.0.1/missing', { purpose: 'article' }));

  const store = await openStore({ db: ':memory:' });
  try {
    const source = await store.addSource({ url: 'http://127.0.0.1/feed', name: 'وكالة المثال' });
    const pipeline = new MeasuredPipeline(store, createStoryEngine(), metrics);
    const body = 'أعلنت بلدية مدينة الواحة الخيالية اليوم افتتاح جسر جديد فوق النهر بعد عامين من العمل المتواصل، وقال رئيس البلدية إن الجسر سيخفف الازدحام في وسط المدينة.';
    const extracted = extractHtml(`<html lang="ar"><head><title>افتتاح جسر الواحة</title></head><body><article><h1>افتتاح جسر الواحة</h1><p>${body}</p></article></body></html>`, { url: 'http://127.0.0.1/a1' });
    const first = await pipeline.ingest({ sourceId: source.id, url: 'http://127.0.0.1/a1', extracted, fetchedAt: new Date() });
    assert.equal(first.status, 'new');
    assert.equal((await pipeline.ingest({ sourceId: source.id, url: 'http://127.0.0.1/a1', extracted, fetchedAt: new Date() })).status, 'duplicate');
  } finally {
    await store.close();
  }

  const app = createOpsApp({ metrics, checks: [] });
  const res = await app.request('/metrics');
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /^text\/plain; version=0\.0\.4/);
  const text = await res.text();
  assert.match(text, /^marsad_fetches_total\{purpose="feed",outcome="ok"\} 1$/m);
  assert.match(text, /^marsad_fetches_total\{purpose="article",outcome="error"\} 1$/m);
  assert.match(text, /^marsad_articles_total\{outcome="new"\} 1$/m);
  assert.match(text, /^marsad_articles_total\{outcome="duplicate"\} 1$/m);
  assert.match(text, /^marsad_grouping_seconds_count\{outcome="new"\} 1$/m);
  assert.match(text, /^marsad_grouping_seconds_bucket\{le="\+Inf",outcome="new"\} 1$/m);
  assert.match(text, /^marsad_queue_jobs\{queue="group",state="waiting"\} 7$/m);
  assert.match(text, /^marsad_queue_jobs\{queue="group",state="failed"\} 2$/m);
  assert.match(text, /^marsad_stored_articles 42$/m);
});

test('logs are one JSON object per line with level, time, role and message', () => {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  const logger = createLogger({ role: 'worker', destination: sink });
  logger.info({ sourceId: 3 }, 'poll وكالة المثال: 2 queued');
  logger.debug('hidden at info level');
  assert.equal(lines.length, 1);
  const entry = JSON.parse(lines[0]!) as Record<string, unknown>;
  assert.equal(entry.role, 'worker');
  assert.equal(entry.msg, 'poll وكالة المثال: 2 queued');
  assert.equal(entry.sourceId, 3);
  assert.equal(entry.level, 30);
  assert.ok(!Number.isNaN(Date.parse(String(entry.time))));
});
