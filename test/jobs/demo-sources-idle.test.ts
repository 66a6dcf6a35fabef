// Once the demo is off, its fictional outlets stay subscribed but are never polled: their fixture server is gone and
// every poll would only fail. Against the real fixture server, fetcher and pipeline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startFixtureServer, demoSources } from '../../src/demo/fixture-server.ts';
import { openStore } from '../../src/store/open-store.ts';
import { startScheduler } from '../../src/jobs/scheduler.ts';
import type { SourcePollResult } from '../../src/jobs/poll-sources.ts';
import { createConfiguredFetcher } from '../../src/jobs/configured-fetcher.ts';
import { loadConfig } from '../../src/config/config.ts';
import { ArticlePipeline } from '../../src/pipeline/article-pipeline.ts';
import { loadStoryEngine } from '../../src/pipeline/story-state.ts';

for (const pollDemo of [false, true]) {
  test(`the scheduler ${pollDemo ? 'polls' : 'skips'} demo outlets when pollDemo is ${pollDemo}`, async () => {
    const fixture = await startFixtureServer({ port: 0, host: '127.0.0.1' });
    const store = await openStore({ db: ':memory:' });
    const fetcher = createConfiguredFetcher(loadConfig({}, {}), [new URL(fixture.origin).host]);
    try {
      const [first, second] = demoSources(fixture.origin);
      const real = await store.addSource({ url: first!.url, name: first!.name, kind: 'feed' });
      const demo = await store.addSource({ url: second!.url, name: second!.name, kind: 'feed', demo: true });
      const results: SourcePollResult[] = [];
      const scheduler = startScheduler({ store, fetcher, pipeline: new ArticlePipeline(store, await loadStoryEngine(store)), tickMs: 3_600_000, pollDemo, onResult: (r) => results.push(r) });
      await scheduler.tick();
      // Stopping waits for the polls the first tick started.
      await scheduler.stop();
      const polled = results.map((r) => r.sourceId).sort();
      assert.deepEqual(polled, pollDemo ? [real.id, demo.id].sort() : [real.id]);
      assert.ok(results.every((r) => r.status !== 'failed'), JSON.stringify(results.map((r) => r.error)));
    } finally {
      await fetcher.close();
      await store.close();
      await fixture.close();
    }
  });
}
