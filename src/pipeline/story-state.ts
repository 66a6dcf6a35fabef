// The story engine's working state lives in memory; it is rebuilt from the store at start, so a restart,
// a second process or a `stories rebuild` give the same answers as the process that decided.
import type { StoredStoryDocRow, Store } from '../store/types.ts';
import type { StoryDoc, StoryEngine } from '../stories/types.ts';
import { createStoryEngine, DEFAULT_STORY_CONFIG } from '../stories/story-engine.ts';
import { buildStoryDoc } from '../stories/story-doc.ts';
import { storyTextAnalyzer } from './story-analyzer.ts';

export function storyDocFromRow(row: StoredStoryDocRow): StoryDoc {
  return buildStoryDoc({ articleId: row.articleId, sourceId: row.sourceId, time: Date.parse(row.time), title: row.title, lead: row.lead, text: row.text }, storyTextAnalyzer);
}

/**
 * Only the articles of the last two time windows (before the latest grouped article) are re-analysed and restored:
 * older ones would be evicted anyway, and re-analysing a whole archive made a start take minutes (228 s on 30k
 * articles). Their story ids are still reserved, so a new story never reuses one.
 */
export async function loadStoryEngine(store: Store): Promise<StoryEngine> {
  const engine = createStoryEngine();
  const rows = (await store.listStoryDocs()).filter((r) => r.storyId !== null);
  let latest = -Infinity, maxStory = 0;
  for (const r of rows) {
    const t = Date.parse(r.time);
    if (t > latest) latest = t;
    if (r.storyId! > maxStory) maxStory = r.storyId!;
  }
  // Two windows back: by the time the restore reaches the window, document frequencies are what the live engine had.
  const horizon = latest - 2 * DEFAULT_STORY_CONFIG.windowDays * 24 * 3_600_000;
  for (const row of rows) {
    if (!(Date.parse(row.time) >= horizon)) continue;
    engine.restore(storyDocFromRow(row), row.storyId!, row.duplicateOf);
  }
  engine.reserveStoryIds(maxStory);
  return engine;
}
