// A scheduler and three workers (child processes) poll the demo and generated outlets (1,091 articles) over loopback
// into one PostgreSQL schema: every article is stored exactly once, and the stories equal those of a single-process
// SQLite run of the same outlets (B-cubed F1 = 1 between the two) although the workers store articles in another order.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FixtureServer } from '../../src/demo/fixture-server.ts';
import { openStore } from '../../src/store/open-store.ts';
import type { Store } from '../../src/store/types.ts';
import { scoreClustering } from '../support/clustering-metrics.ts';
import { tempDir } from '../support/run-cli.ts';
import { dropSchema, postgresAvailable, randomSchemaName, urlWithSchema } from '../store/postgres-test-database.ts';
import { dropPrefix, partition, redisAvailable, referenceRun, startScaleFixture, subscribeAll, uniquePrefix, until } from './queue-harness.ts';
import { startCluster } from './queue-cluster.ts';

const ready = (await redisAvailable('queue: scheduler + 3 workers')) && (await postgresAvailable('queue: scheduler + 3 workers'));

if (ready) {
  let fixture: FixtureServer;
  const dir = tempDir();
  before(async () => {
    fixture = await startScaleFixture();
  });
  after(async () => {
    await fixture.close();
    dir.cleanup();
  });

  test('scheduler + 3 workers store 1,091 articles once each, in the same stories as one SQLite process', { timeout: 600_000 }, async (t) => {
    const reference = await referenceRun(fixture, dir.path);
    t.diagnostic(`single-process SQLite run: ${reference.urls.length} articles, ${new Set(reference.partition.values()).size} stories in ${reference.seconds.toFixed(1)} s`);
    assert.ok(reference.urls.length >= 1000, `the reference run stored ${reference.urls.length} articles`);
    const schema = randomSchemaName('marsad_queue');
    const prefix = uniquePrefix();
    const store: Store = await openStore({ url: urlWithSchema(schema) });
    t.after(async () => {
      await store.close();
      await dropSchema(schema);
      await dropPrefix(prefix);
    });
    await subscribeAll(store, fixture);
    const t0 = performance.now();
    const cluster = startCluster({ databaseUrl: urlWithSchema(schema), prefix, fixtureHost: new URL(fixture.origin).host, workers: 3 });
    t.after(async () => void (await cluster.stop()));

    await until('every reference article stored and in its story', async () => (await store.countArticles({ state: 'grouped' })) >= reference.urls.length, 420_000, cluster.logs);
    t.diagnostic(`scheduler + 3 workers: every article in its story ${((performance.now() - t0) / 1000).toFixed(1)} s after the processes started`);
    const got = await partition(store);
    assert.equal(await store.countArticles(), reference.urls.length, 'no article stored twice');
    assert.deepEqual([...got.keys()].sort(), [...reference.urls].sort(), 'the same articles as the single-process run');
    for (const [url, story] of got) assert.notEqual(story, 'null', `${url} has a story`);
    // The workers stored the articles in another order than the single process did (ids follow arrival)…
    const order = (m: Map<string, string>) => [...m.keys()].join('\n');
    t.diagnostic(`arrival order ${order(got) === order(reference.partition) ? 'the same as' : 'differs from'} the single-process run's`);
    // …and the stories are the same all the same: decided once the round settled, in an order arrival cannot change.
    const scores = scoreClustering(reference.partition, got);
    t.diagnostic(`${got.size} articles, ${new Set(got.values()).size} stories; B-cubed F1 vs the single-process SQLite run = ${scores.f1.toFixed(4)} (pairwise ${scores.pairwiseF1.toFixed(4)})`);
    assert.equal(scores.f1, 1, `B-cubed F1 vs the single-process run ${scores.f1.toFixed(4)}`);
    assert.equal(scores.pairwiseF1, 1);
    // Stories were decided by the lease holder. (On a loaded machine a lease can lapse and pass to another worker: that
    // one reloads its engine from the store and carries on, which the equality above covers.)
    const writers = cluster.workers.filter((w) => /decides stories now/.test(w.output()));
    t.diagnostic(`${writers.length} worker(s) held the writer lease in turn`);
    assert.ok(writers.length >= 1, 'a story writer');
    assert.ok(writers.some((w) => /articles grouped/.test(w.output())), 'the writer logged its decisions');

    // SIGTERM: every process stops taking work, closes its connections and exits cleanly.
    const codes = await cluster.stop();
    assert.deepEqual(codes, [0, 0, 0, 0], cluster.logs());
    for (const w of cluster.workers) assert.match(w.output(), /worker: stopped/);
    assert.match(cluster.scheduler.output(), /"msg":"stopped"/);
  });
}
