// Story decisions for articles stored pending (polls store first, group once the round has settled). The online
// story engine's answers depend on the order it sees articles in, and arrival order depends on network timing and on
// how many processes fetched; so a settled batch is decided in an order that depends on neither: publication time
// (else fetch time, the engine's own clock), then canonical URL. Database ids are not used: they follow arrival.
// The same articles settling in one batch get the same stories, whoever stored them and in whatever order.
import type { StoredStoryDocRow, Store } from '../store/types.ts';
import type { StoryEngine } from '../stories/types.ts';
import { storyDocFromRow } from './story-state.ts';

/**
 * Past this since the last decisions, pending articles are decided even though the round has not settled (polls still
 * in flight or queued): a round that never settles must not keep its articles out of stories.
 */
export const MAX_SETTLE_WAIT_MS = 5 * 60_000;

/** The order a settled batch is decided in. */
export function canonicalOrder(a: StoredStoryDocRow, b: StoredStoryDocRow): number {
  return Date.parse(a.time) - Date.parse(b.time) || (a.canonicalUrl < b.canonicalUrl ? -1 : a.canonicalUrl > b.canonicalUrl ? 1 : 0);
}

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
  for (const row of rows) {
    if (options.keepGoing && !options.keepGoing()) break;
    const start = performance.now();
    const decision = await store.decidePendingArticle(row.articleId, () => engine.assign(storyDocFromRow(row)));
    if (!decision) return { decided, stale: true };
    decided++;
    options.onDecided?.((performance.now() - start) / 1000);
  }
  return { decided, stale: false };
}
