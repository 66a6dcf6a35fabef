// Story decisions for articles stored pending (polls store first, group once the round has settled). The online
// story engine's answers depend on the order it sees articles in, and arrival order depends on network timing and on
// how many processes fetched; so a settled batch is decided in an order that depends on neither: publication time
// (else fetch time, the engine's own clock), then canonical URL. Database ids are not used: they follow arrival.
// The same articles settling in one batch get the same stories, whoever stored them and in whatever order.
// `marsad import` stores every record first and then decides in the same order, in batches (groupPendingInBatches).
import type { Store } from '../store/types.ts';
import type { StoryDecision, StoryEngine } from '../stories/types.ts';
import { loadStoryEngine, storyDocsAhead, type CachedStoryDoc } from './story-state.ts';
import { canonicalOrder } from './decision-order.ts';

/**
 * Past this since the last decisions, pending articles are decided even though the round has not settled (polls still
 * in flight or queued): a round that never settles must not keep its articles out of stories.
 */
export const MAX_SETTLE_WAIT_MS = 5 * 60_000;

/** Pending articles analysed at a time before their decisions in `groupPending`. */
const LIVE_ANALYSIS_CHUNK = 64;

/** The order a settled batch is decided in (src/pipeline/decision-order.ts). */
export { canonicalOrder } from './decision-order.ts';

export interface GroupPendingResult {
  /** Articles this call decided. */
  decided: number;
  /**
   * True when an article listed as pending had been decided (or removed) by someone else when its turn came: the
   * engine has not seen that decision, so the call stopped there and the caller must reload the engine and call again.
   */
  stale: boolean;
}

export interface GroupPendingOptions {
  /** Seconds each decision took (engine and transaction). */
  onDecided?: (seconds: number) => void;
  /** Asked before each article; false stops (the story writer lost its lease, or is shutting down). */
  keepGoing?: () => boolean;
}

/**
 * Decides every pending article, one transaction each, in canonical order. If a transaction fails after the engine
 * decided, the engine is ahead of the store: the error is rethrown and the caller reloads the engine.
 */
export async function groupPending(store: Store, engine: StoryEngine, options: GroupPendingOptions = {}): Promise<GroupPendingResult> {
  const rows = (await store.listStoryDocs({ pending: true })).sort(canonicalOrder);
  let decided = 0;
  // Analysed a few at a time ahead of their transactions (storyDocsAhead); few, so that a stop wastes little.
  for (const [row, doc] of storyDocsAhead(rows, { chunk: LIVE_ANALYSIS_CHUNK })) {
    if (options.keepGoing && !options.keepGoing()) break;
    const start = performance.now();
    const decision = await store.decidePendingArticle(row.articleId, () => engine.assign(doc));
    if (!decision) return { decided, stale: true };
    decided++;
    options.onDecided?.((performance.now() - start) / 1000);
  }
  return { decided, stale: false };
}

/** Articles per batch when `marsad import` decides stories (`--story-batch`). */
export const DEFAULT_STORY_BATCH = 5000;

export interface BatchedGroupResult {
  decided: number;
  batches: number;
  /** The engine that decided the last batch, in step with the store once it committed (null if nothing was pending). */
  engine: StoryEngine | null;
}

/**
 * Decides every pending article in canonical order, in batches of `batchSize`: each batch by an engine restored from
 * the store (loadStoryEngine) and committed in one transaction. A batch's articles and the engine it starts from then
 * depend only on what the store holds, never on where an earlier run was killed: a killed batch leaves nothing, and
 * the restarted run lists the same remaining articles, cuts the same batches and restores the same engine, so an import
 * killed and restarted any number of times ends with the stories of an uninterrupted one.
 */
export async function groupPendingInBatches(store: Store, batchSize = DEFAULT_STORY_BATCH, options: { onBatch?: (decided: number) => void } = {}): Promise<BatchedGroupResult> {
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error(`story batch size must be a positive integer, got ${batchSize}`);
  // Keys only: the texts of a large import's pending articles are read a batch at a time.
  let keys = (await store.listPendingStoryKeys()).sort(canonicalOrder);
  let at = 0, decided = 0, batches = 0;
  let engine: StoryEngine | null = null;
  const docs = new Map<number, CachedStoryDoc>();
  while (at < keys.length) {
    const batch = keys.slice(at, at + batchSize);
    const wanted = new Set(batch.map((k) => k.articleId));
    engine = null; // the last batch's engine is garbage once the next is restored: never hold both
    engine = await loadStoryEngine(store, docs);
    const rows = (await store.listStoryDocs({ pending: true, since: batch[0]!.time, until: batch[batch.length - 1]!.time }))
      .filter((r) => wanted.has(r.articleId))
      .sort(canonicalOrder);
    // Analysed ahead of the decisions (storyDocsAhead: 5,000 at a time, the default batch whole).
    const decisions: { articleId: number; decision: StoryDecision }[] = [];
    for (const [row, doc] of storyDocsAhead(rows, { docs })) decisions.push({ articleId: row.articleId, decision: engine.assign(doc) });
    if (rows.length !== batch.length || !(await store.applyStoryDecisions(decisions))) {
      // Another writer decided some of them meanwhile: start again from what the store holds now.
      engine = null;
      docs.clear();
      keys = (await store.listPendingStoryKeys()).sort(canonicalOrder);
      at = 0;
      continue;
    }
    at += batch.length;
    decided += batch.length;
    batches++;
    options.onBatch?.(decided);
  }
  return { decided, batches, engine };
}
