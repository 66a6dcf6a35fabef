// The tokenizer's stem ids (StoryDoc.stemIds) are a shortcut to the engine's vocabulary: grouping with them must be
// grouping without them, and a list that no longer lines up with its stems must be ignored, not trusted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createStoryEngine } from '../../src/stories/story-engine.ts';
import { buildStoryDoc } from '../../src/stories/story-doc.ts';
import { storyTextAnalyzer } from '../../src/pipeline/story-analyzer.ts';
import { loadDemoData } from '../../src/demo/demo-data.ts';
import type { StoryDoc } from '../../src/stories/types.ts';

const T0 = Date.UTC(2026, 10, 20, 12);
const demo = loadDemoData().articles;
const docs: StoryDoc[] = demo.map((a, i) => buildStoryDoc({
  articleId: i + 1, sourceId: 1 + (a.outlet.length * 31 + a.outlet.charCodeAt(0)) % 97, time: T0 - a.publishedOffsetMinutes * 60_000,
  title: a.headline, lead: '', text: a.paragraphs.join('\n'), byline: a.byline ?? null,
}, storyTextAnalyzer)).sort((x, y) => x.time - y.time || x.articleId - y.articleId);

function grouped(input: StoryDoc[]): { stories: number[]; sims: number[] } {
  const e = createStoryEngine();
  const stories = input.map((d) => e.assign(d).storyId);
  const sims: number[] = [];
  for (let i = 0; i < input.length; i++) for (let j = i + 1; j < input.length; j++) sims.push(e.similarity(input[i]!.articleId, input[j]!.articleId));
  return { stories, sims };
}

test('buildStoryDoc gives stem ids aligned with the title, headline and body stems', () => {
  for (const d of docs) {
    assert.ok(d.stemIds, `article ${d.articleId} has stem ids`);
    assert.equal(d.stemIds.title?.length, d.titleStems.length);
    assert.equal(d.stemIds.headline?.length, d.headlineStems?.length);
    assert.equal(d.stemIds.body?.length, d.bodyStems.length);
  }
  // One stem, one id; an event type added to the headline is not a stem, and numbers go by their text.
  const idOf = new Map<string, number>();
  for (const d of docs) {
    for (const [stems, ids] of [[d.titleStems, d.stemIds!.title!], [d.bodyStems, d.stemIds!.body!]] as const) {
      stems.forEach((s, k) => {
        const id = ids[k]!;
        if (s.startsWith('event:') || !/\p{L}/u.test(s)) { assert.equal(id, -1, s); return; }
        assert.ok(id >= 0, `stem ${s} has an id`);
        const seen = idOf.get(s);
        if (seen === undefined) idOf.set(s, id); else assert.equal(id, seen, `stem ${s} keeps one id`);
      });
    }
  }
  assert.equal(new Set(idOf.values()).size, idOf.size, 'two stems never share an id');
});

test('the demo groups the same with and without stem ids, every pair at the same similarity', () => {
  assert.ok(docs.length > 20, 'the demo has enough articles to mean something');
  const withIds = grouped(docs);
  const without = grouped(docs.map(({ stemIds: _, ...d }) => d));
  assert.deepEqual(withIds.stories, without.stories);
  assert.deepEqual(withIds.sims, without.sims);
  assert.ok(new Set(withIds.stories).size < docs.length, 'some reports were grouped');
});

test('stem ids that no longer line up with their stems are ignored', () => {
  // As the replay bench does: one stem dropped from each body, its ids left as they were.
  const dropped = docs.map((d) => ({ ...d, bodyStems: d.bodyStems.slice(1) }));
  const stripped = dropped.map(({ stemIds: _, ...d }) => d);
  assert.deepEqual(grouped(dropped), grouped(stripped));
});
