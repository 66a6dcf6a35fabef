// `marsad stories rebuild`: regroup a time range from scratch. Articles outside the range keep their stories and are
// restored first, so new story ids never collide with theirs and the range can still join them.
import type { Store } from '../store/types.ts';
import { createStoryEngine } from '../stories/story-engine.ts';
import { storyDocsAhead } from '../pipeline/story-state.ts';

export interface RebuildResult {
  articles: number;
  stories: number;
  merged: number;
}

export async function rebuildStoryRange(store: Store, range: { since: string | null; until: string | null }): Promise<RebuildResult> {
  const rows = await store.listStoryDocs();
  const since = range.since ? Date.parse(range.since) : -Infinity;
  const until = range.until ? Date.parse(range.until) : Infinity;
  const inRange = (t: string) => {
    const ms = Date.parse(t);
    return ms >= since && ms <= until;
  };
  const engine = createStoryEngine();
  for (const [row, doc] of storyDocsAhead(rows.filter((r) => !inRange(r.time) && r.storyId !== null))) engine.restore(doc, row.storyId!, row.duplicateOf);
  const assignments = new Map<number, { articleId: number; storyId: number; duplicateOf: number | null; score: number }>();
  let merged = 0;
  for (const [row, doc] of storyDocsAhead(rows.filter((r) => inRange(r.time)))) {
    const d = engine.assign(doc);
    assignments.set(row.articleId, { articleId: row.articleId, storyId: d.storyId, duplicateOf: d.duplicateOf, score: d.score });
    for (const m of d.merged) {
      merged++;
      for (const a of assignments.values()) if (a.storyId === m.from) a.storyId = m.into;
    }
    for (const mv of d.moved) {
      const a = assignments.get(mv.articleId);
      if (a) a.storyId = mv.to;
    }
  }
  await store.replaceStoryAssignments([...assignments.values()]);
  return { articles: assignments.size, stories: new Set([...assignments.values()].map((a) => a.storyId)).size, merged };
}
