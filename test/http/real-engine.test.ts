// The article page with the real story engine rebuilt from the fixture store (as `marsad serve` does).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from '../../src/http/app.ts';
import { loadStoryEngine } from '../../src/pipeline/story-state.ts';
import type { StoryEngine } from '../../src/stories/types.ts';
import { buildFixture, depsFor, type Fixture } from './http-fixture.ts';

let fx: Fixture;
let engine: StoryEngine;
before(async () => {
  fx = await buildFixture();
  engine = await loadStoryEngine(fx.store);
});

test('more from this story comes from the engine and never lists the article itself', async () => {
  const res = await createApp(depsFor(fx, { engine })).request(`/api/v1/articles/${fx.articles.bridgeWahat}`);
  assert.equal(res.status, 200);
  const body = (await res.json()) as any;
  const same = body.sameStory.map((a: any) => a.id);
  assert.ok(same.includes(fx.articles.bridgeAgency) || same.includes(fx.articles.bridgeMarfa), JSON.stringify(same));
  assert.ok(!same.includes(fx.articles.bridgeWahat));
  for (const a of [...body.similar, ...body.sameStory]) assert.equal(typeof a.url, 'string');
  for (const a of body.similar) assert.notEqual(a.storyId, fx.stories.bridge, 'similar articles come from other stories');
});

test('every article page renders with the real engine', async () => {
  const app = createApp(depsFor(fx, { engine }));
  for (const id of Object.values(fx.articles)) {
    const res = await app.request(`/articles/${id}`);
    assert.equal(res.status, 200, `article ${id}`);
  }
});
