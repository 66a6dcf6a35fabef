// The story engine's working state lives in memory; it is rebuilt from the store at start, so a restart,
// a second process or a `stories rebuild` give the same answers as the process that decided.
import type { StoredStoryDocRow, Store } from '../store/types.ts';
import type { StoryDoc, StoryEngine } from '../stories/types.ts';
import { createStoryEngine } from '../stories/story-engine.ts';
import { buildStoryDoc } from '../stories/story-doc.ts';
import { storyTextAnalyzer } from './story-analyzer.ts';

export function storyDocFromRow(row: StoredStoryDocRow): StoryDoc {
  return buildStoryDoc({ articleId: row.articleId, sourceId: row.sourceId, time: Date.parse(row.time), title: row.title, lead: row.lead, text: row.text }, storyTextAnalyzer);
}

export async function loadStoryEngine(store: Store): Promise<StoryEngine> {
  const engine = createStoryEngine();
  for (const row of await store.listStoryDocs()) {
    if (row.storyId === null) continue;
    engine.restore(storyDocFromRow(row), row.storyId, row.duplicateOf);
  }
  return engine;
}
