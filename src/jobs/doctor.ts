// `marsad doctor`: the store's consistency checks and repairs, plus the one repair only the story engine can make —
// articles waiting for their story (stored by a poll whose round had not settled, or left outside any story) are
// decided the way the scheduler would: an engine restored from the store, the pending articles in canonical order.
import type { DoctorReport, SearchIndexOptimizeResult, Store } from '../store/types.ts';
import { reindexSearch } from './reindex-search.ts';
import { searchAnalyzerCheck } from './search-analyzer-check.ts';
import { loadStoryEngine } from '../pipeline/story-state.ts';
import { groupPending } from '../pipeline/pending-stories.ts';

export interface DoctorRun extends DoctorReport {
  /** Articles regrouped into stories by the repair (0 without --repair). */
  regrouped: number;
  /** --repair also compacts the search index (null without --repair). */
  searchIndex: SearchIndexOptimizeResult | null;
}

/** Also checks that the stored search terms are the running analyzer's; `repair` reindexes them when they are not. */
export async function runDoctor(store: Store, options: { repair: boolean }): Promise<DoctorRun> {
  let analyzer = await searchAnalyzerCheck(store);
  if (options.repair && analyzer.found > 0) {
    await reindexSearch(store);
    const after = await searchAnalyzerCheck(store);
    analyzer = { ...analyzer, remaining: after.found, repaired: analyzer.found - after.found, repairable: after.repairable };
  }
  const run = await storeDoctor(store, options);
  const searchIndex = options.repair ? await store.optimizeSearchIndex() : null;
  return { ...run, checks: [...run.checks, analyzer], searchIndex };
}

async function storeDoctor(store: Store, options: { repair: boolean }): Promise<Omit<DoctorRun, 'searchIndex'>> {
  const first = await store.doctor({ repair: options.repair });
  const unassigned = first.checks.find((c) => c.name === 'articles-without-story');
  if (!options.repair || !unassigned || unassigned.remaining === 0) return { ...first, regrouped: 0 };

  const grouped = await groupPending(store, await loadStoryEngine(store));
  const second = await store.doctor({ repair: true });
  const checks = first.checks.map((c) => {
    const after = second.checks.find((x) => x.name === c.name);
    const remaining = after ? after.remaining : c.remaining;
    return { ...c, remaining, repaired: Math.max(0, c.found - remaining), repairable: after ? after.repairable : c.repairable };
  });
  return { ...second, checks, ok: checks.every((c) => c.remaining === 0 || c.pending), regrouped: grouped.decided };
}
