// The queue pieces against real Redis (unique prefix per run, removed afterwards): deterministic job ids deduplicate,
// the scheduler never offers one source's poll twice, the queues say when a round has settled, the writer lease
// admits one holder, and the group writer reloads its engine when stories were decided elsewhere.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { Redis } from 'ioredis';
import { openJobQueues, obliterateQueues } from '../../src/jobs/queue/job-queues.ts';
import { startQueueScheduler } from '../../src/jobs/queue/queue-scheduler.ts';
import { writerLease } from '../../src/jobs/queue/writer-lease.ts';
import { GroupWriter } from '../../src/jobs/queue/group-writer.ts';
import { fromWireItem, toWireItem } from '../../src/jobs/queue/job-payloads.ts';
import { openStore } from '../../src/store/open-store.ts';
import { ArticlePipeline } from '../../src/pipeline/article-pipeline.ts';
import { extractHtml } from '../../src/extract/index.ts';
import { loadConfig, ConfigError } from '../../src/config/config.ts';
import { REDIS_TEST_URL, dropPrefix, redisAvailable, uniquePrefix } from './queue-harness.ts';

test('config: MARSAD_REDIS_URL, MARSAD_QUEUE_PREFIX and MARSAD_JOB_LOCK_MS; bad values are clear errors', () => {
  const c = loadConfig({}, { MARSAD_REDIS_URL: 'redis://:secret@127.0.0.1:6379/2', MARSAD_QUEUE_PREFIX: 'news', MARSAD_JOB_LOCK_MS: '5000' });
  assert.equal(c.redisUrl, 'redis://:secret@127.0.0.1:6379/2');
  assert.equal(c.queuePrefix, 'news');
  assert.equal(c.jobLockMs, 5000);
  assert.equal(loadConfig({}, {}).redisUrl, null);
  assert.throws(() => loadConfig({}, { MARSAD_JOB_LOCK_MS: 'soon' }), ConfigError);
  assert.throws(() => loadConfig({}, { MARSAD_QUEUE_PREFIX: 'a:b' }), ConfigError);
});

test('feed items survive the trip through JSON with their dates', () => {
  const item = { guid: 'g', url: 'http://127.0.0.1/a', title: 'عنوان', summary: null, contentHtml: null, author: null, published: new Date('2026-11-20T10:00:00Z'), updated: null, image: null, categories: ['سياسة'] };
  const back = fromWireItem(JSON.parse(JSON.stringify(toWireItem(item))));
  assert.deepEqual(back, item);
});

const ready = await redisAvailable('queue units');
if (ready) {
  const prefix = uniquePrefix();
  const queues = openJobQueues({ redisUrl: REDIS_TEST_URL, prefix });
  after(async () => {
    await obliterateQueues(queues).catch(() => undefined);
    await queues.close();
    await dropPrefix(prefix);
  });

  test('the same poll or fetch job added twice is one job', async () => {
    await queues.addPoll({ sourceId: 1, due: '2026-11-20T10:00:00.000Z' });
    await queues.addPoll({ sourceId: 1, due: '2026-11-20T10:00:00.000Z' });
    await queues.addPoll({ sourceId: 1, due: '2026-11-20T10:05:00.000Z' });
    const item = toWireItem({ guid: 'x', url: 'http://127.0.0.1/a?utm_source=x', title: null, summary: null, contentHtml: null, author: null, published: null, updated: null, image: null, categories: [] });
    await queues.addFetchArticle({ sourceId: 1, canonicalUrl: 'http://127.0.0.1/a', item });
    await queues.addFetchArticle({ sourceId: 2, canonicalUrl: 'http://127.0.0.1/a', item });
    const depth = Object.fromEntries((await queues.depth()).map((d) => [d.queue, d.waiting]));
    assert.deepEqual(depth, { poll: 2, 'fetch-article': 1 });
  });

  test('the queues have settled only when no poll or fetch job waits, runs or waits for a retry', async () => {
    const local = openJobQueues({ redisUrl: REDIS_TEST_URL, prefix: `${prefix}-settle` });
    try {
      assert.equal(await local.settled(), true, 'empty queues');
      await local.addPolls([{ sourceId: 1, due: '' }, { sourceId: 2, due: '' }]);
      assert.equal(await local.settled(), false, 'polls waiting');
      await local.poll.obliterate({ force: true });
      const item = toWireItem({ guid: 'x', url: 'http://127.0.0.1/b', title: null, summary: null, contentHtml: null, author: null, published: null, updated: null, image: null, categories: [] });
      await local.fetchArticle.add('fetch', { sourceId: 1, canonicalUrl: 'http://127.0.0.1/b', item }, { delay: 60_000 });
      assert.equal(await local.settled(), false, 'a fetch waiting for its retry');
      await local.fetchArticle.obliterate({ force: true });
      assert.equal(await local.settled(), true);
    } finally {
      await obliterateQueues(local).catch(() => undefined);
      await local.close();
      await dropPrefix(`${prefix}-settle`);
    }
  });

  test('the queue scheduler offers each due feed once per due time, however many ticks or schedulers run', async () => {
    const store = await openStore({ db: ':memory:' });
    const local = openJobQueues({ redisUrl: REDIS_TEST_URL, prefix: `${prefix}-sched` });
    try {
      const due = await store.addSource({ url: 'http://127.0.0.1/due.xml', name: 'due' });
      const later = await store.addSource({ url: 'http://127.0.0.1/later.xml', name: 'later' });
      await store.updateSource(later.id, { nextPollAt: new Date(Date.now() + 3600_000).toISOString() });
      await store.addSource({ url: 'http://127.0.0.1/page', name: 'page', kind: 'page' });
      const a = startQueueScheduler({ store, queues: local, tickMs: 60_000 });
      const b = startQueueScheduler({ store, queues: local, tickMs: 60_000 });
      await a.tick();
      await b.tick();
      await a.stop();
      await b.stop();
      const jobs = await local.poll.getJobs(['waiting']);
      assert.deepEqual(jobs.map((j) => j.data.sourceId), [due.id]);
    } finally {
      await obliterateQueues(local).catch(() => undefined);
      await local.close();
      await dropPrefix(`${prefix}-sched`);
      await store.close();
    }
  });

  test('the writer lease admits one holder, passes on release and expires when its holder stops renewing', async () => {
    const r1 = new Redis(REDIS_TEST_URL);
    const r2 = new Redis(REDIS_TEST_URL);
    try {
      const key = `${prefix}:lease-test`;
      const a = writerLease(r1, key, 400);
      const b = writerLease(r2, key, 400);
      assert.equal(await a.tryAcquire(), true);
      assert.equal(await b.tryAcquire(), false);
      assert.equal(await a.tryAcquire(), true, 'the holder renews');
      await a.release();
      assert.equal(await b.tryAcquire(), true, 'free after release');
      assert.equal(await a.tryAcquire(), false);
      await new Promise((r) => setTimeout(r, 600));
      assert.equal(await a.tryAcquire(), true, 'expired once b stopped renewing');
      assert.equal(await b.tryAcquire(), false, 'b learns it lost the lease');
      assert.equal(b.held(), false);
    } finally {
      r1.disconnect();
      r2.disconnect();
    }
  });
}

test('group writer: decides what is pending, and reloads its engine when stories were decided elsewhere', async () => {
  const store = await openStore({ db: ':memory:' });
  try {
    const source = await store.addSource({ url: 'http://127.0.0.1/feed', name: 'وكالة المثال' });
    const page = (n: number, title: string) =>
      extractHtml(`<html lang="ar"><head><title>${title}</title></head><body><article><h1>${title}</h1><p>أعلنت بلدية مدينة الواحة الخيالية اليوم ${title} بعد عامين من العمل المتواصل، وقال رئيس البلدية إن المشروع رقم ${n} سيخفف الازدحام في وسط المدينة ويخدم آلاف السكان.</p></article></body></html>`, { url: `http://127.0.0.1/a${n}` });
    // What a fetch worker does: store only.
    const worker = new ArticlePipeline(store, null);
    const fetched = (n: number, title: string) => worker.storePending({ sourceId: source.id, url: `http://127.0.0.1/a${n}`, extracted: page(n, title), fetchedAt: new Date('2026-11-20T10:00:00Z') });
    const a = new GroupWriter(store);
    const b = new GroupWriter(store);
    assert.equal((await fetched(1, 'افتتاح جسر الواحة الجديد')).status, 'new');
    assert.equal((await fetched(2, 'افتتاح جسر الواحة الجديد فوق النهر')).status, 'new');
    assert.equal(await store.countArticles({ state: 'pending' }), 2, 'stored, searchable, story pending');
    assert.equal(await a.groupPending(), 2);
    assert.equal(await store.countArticles({ state: 'pending' }), 0);
    assert.equal(await a.groupPending(), 0, 'nothing left');
    assert.equal(a.reloads, 1, 'loaded once, then kept in step by its own decisions');
    await fetched(3, 'افتتاح جسر الواحة الجديد رسميا');
    assert.equal(await b.groupPending(), 1);
    assert.equal(b.reloads, 1);
    // a has not seen b's decision: it must reload before deciding article 4.
    await fetched(4, 'سوق الخضار في الواحة يفتح أبوابه');
    assert.equal(await a.groupPending(), 1);
    assert.equal(a.reloads, 2);
    // Delivered again (at-least-once): nothing is stored twice.
    assert.equal((await fetched(4, 'سوق الخضار في الواحة يفتح أبوابه')).status, 'duplicate');
    assert.equal(await store.countArticles(), 4);
    for (const id of [1, 2, 3, 4]) assert.notEqual((await store.getArticle(id))?.storyId, null);
    assert.equal((await store.getArticle(1))?.storyId, (await store.getArticle(3))?.storyId, 'the bridge reports share a story');
  } finally {
    await store.close();
  }
});

test('a reading process follows stories decided elsewhere: its engine reloads when the stories gain articles', async () => {
  const { followStoreEngine } = await import('../../src/jobs/queue/following-engine.ts');
  const { createStoryEngine } = await import('../../src/stories/story-engine.ts');
  const store = await openStore({ db: ':memory:' });
  const following = followStoreEngine(store, createStoryEngine(), 60_000);
  try {
    const source = await store.addSource({ url: 'http://127.0.0.1/feed', name: 'وكالة المثال' });
    const other = await store.addSource({ url: 'http://127.0.0.1/feed2', name: 'صحيفة المثال' });
    await following.refresh();
    const worker = new ArticlePipeline(store, null);
    const writer = new GroupWriter(store);
    const text = 'أعلنت بلدية مدينة الواحة الخيالية اليوم افتتاح جسر جديد فوق النهر بعد عامين من العمل المتواصل، وقال رئيس البلدية إن الجسر سيخفف الازدحام في وسط المدينة.';
    const a = await worker.storePending({ sourceId: source.id, url: 'http://127.0.0.1/b1', extracted: extractHtml(`<html lang="ar"><body><article><h1>افتتاح جسر الواحة</h1><p>${text}</p></article></body></html>`, { url: 'http://127.0.0.1/b1' }), fetchedAt: new Date('2026-11-20T10:00:00Z') });
    const b = await worker.storePending({ sourceId: other.id, url: 'http://127.0.0.1/b2', extracted: extractHtml(`<html lang="ar"><body><article><h1>الواحة تفتتح جسرها الجديد</h1><p>${text} وحضر الافتتاح عدد من المسؤولين.</p></article></body></html>`, { url: 'http://127.0.0.1/b2' }), fetchedAt: new Date('2026-11-20T11:00:00Z') });
    assert.ok(a.status === 'new' && b.status === 'new');
    assert.equal(await following.refresh(), false, 'stored but not yet in stories: nothing to follow');
    assert.equal(await writer.groupPending(), 2);
    assert.equal(following.engine.similarity(a.articleId, b.articleId), 0, 'not known before the refresh');
    assert.equal(await following.refresh(), true);
    assert.ok(following.engine.similarity(a.articleId, b.articleId) > 0, 'known after the refresh');
    assert.equal(await following.refresh(), false, 'no reload when nothing changed');
    assert.throws(() => following.engine.assign({} as never), /does not decide/);
  } finally {
    following.stop();
    await store.close();
  }
});
