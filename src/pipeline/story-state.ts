// The story engine's working state lives in memory; it is rebuilt from the store at start, so a restart,
// a second process or a `stories rebuild` give the same answers as the process that decided.
import type { StoredStoryDocRow, Store } from '../store/types.ts';
import type { StoryDoc, StoryEngine } from '../stories/types.ts';
import { createStoryEngine, DEFAULT_STORY_CONFIG } from '../stories/story-engine.ts';
import { buildStoryDoc } from '../stories/story-doc.ts';
import { storyTextAnalyzer } from './story-analyzer.ts';
import { canonicalOrder } from './decision-order.ts';

export function storyDocFromRow(row: StoredStoryDocRow): StoryDoc {
  return buildStoryDoc({ articleId: row.articleId, sourceId: row.sourceId, time: Date.parse(row.time), title: row.title, lead: row.lead, text: row.text, byline: row.byline }, storyTextAnalyzer);
}

/** Rows analysed this many at a time ahead of their decisions (see storyDocsAhead). */
const ANALYSIS_CHUNK = 5000;

/**
 * Each row with its doc, the docs built a chunk at a time before the chunk's rows are handed out: analysing between
 * engine calls pushes the engine's index out of the CPU caches (bench:stories reads import's batches about a tenth
 * faster than article by article), and a doc depends only on its row, so the decisions are the same.
 */
export function* storyDocsAhead(rows: readonly StoredStoryDocRow[], options: { chunk?: number; docs?: Map<number, CachedStoryDoc> } = {}): Generator<[StoredStoryDocRow, StoryDoc]> {
  const chunk = options.chunk ?? ANALYSIS_CHUNK;
  for (let at = 0; at < rows.length; at += chunk) {
    const part = rows.slice(at, at + chunk);
    const built = part.map((row) => cachedStoryDoc(row, options.docs));
    for (let i = 0; i < part.length; i++) yield [part[i]!, built[i]!];
  }
}

/**
 * Only the articles of the last two time windows (before the latest grouped article) are re-analysed and restored:
 * older ones would be evicted anyway, and re-analysing a whole archive made a start take minutes (228 s on 30k
 * articles). Their story ids are still reserved, so a new story never reuses one. `docs` keeps the analysed articles
 * between restores of one process (import restores once per batch): a doc depends only on its stored row, so a
 * restore from it equals one that analyses again.
 */
const RESTORE_SLICE_MS = 6 * 3_600_000;

/** An analysed article kept between restores: everything but the text, which each restore reads with the row anyway. */
export type CachedStoryDoc = Omit<StoryDoc, 'text'>;

/** The doc of a row, from `docs` when it was analysed before in this process (and kept there, without its text). */
export function cachedStoryDoc(row: StoredStoryDocRow, docs?: Map<number, CachedStoryDoc>): StoryDoc {
  const kept = docs?.get(row.articleId);
  if (kept) return { ...kept, text: row.text };
  const doc = storyDocFromRow(row);
  if (docs) {
    const { text: _text, ...rest } = doc;
    docs.set(row.articleId, rest);
  }
  return doc;
}

export async function loadStoryEngine(store: Store, docs?: Map<number, CachedStoryDoc>): Promise<StoryEngine> {
  const engine = createStoryEngine();
  const { latestGrouped, maxStoryId } = await store.storyExtent();
  if (latestGrouped !== null) {
    // Two windows back: by the time the restore reaches the window, document frequencies are what the live engine had.
    const horizon = Date.parse(latestGrouped) - 2 * DEFAULT_STORY_CONFIG.windowDays * 24 * 3_600_000;
    const end = Date.parse(latestGrouped);
    // Read a slice at a time: the rows' texts are garbage once restored, and read whole, each batch of a 31k import
    // held two windows' texts (10k SaudiNewsNet articles) at once.
    for (let from = horizon; from <= end; from += RESTORE_SLICE_MS) {
      const rows = await store.listStoryDocs({ since: new Date(from).toISOString(), until: new Date(Math.min(from + RESTORE_SLICE_MS - 1, end)).toISOString() });
      // Replayed in the order the stories were decided in (the store lists by time and id): engine ties go by it.
      const restored = rows.sort(canonicalOrder).filter((row) => row.storyId !== null && Date.parse(row.time) >= horizon);
      for (const [row, doc] of storyDocsAhead(restored, { docs })) engine.restore(doc, row.storyId!, row.duplicateOf);
    }
    if (docs) for (const [id, doc] of docs) if (!(doc.time >= horizon)) docs.delete(id);
  }
  engine.reserveStoryIds(maxStoryId);
  return engine;
}
