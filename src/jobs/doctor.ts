// `marsad doctor`: the store's consistency checks and repairs, plus the one repair only the story engine can make —
// articles left outside any story are regrouped (a rebuild of the time range they span).
import type { DoctorReport, Store } from '../store/types.ts';
import { rebuildStoryRange } from './rebuild-stories.ts';

export interface DoctorRun extends DoctorReport {
  /** Articles regrouped into stories by the repair (0 without --repair). */
  regrouped: number;
}

export async function runDoctor(store: Store, options: { repair: boolean }): Promise<DoctorRun> {
  const first = await store.doctor({ repair: options.repair });
  const unassigned = first.checks.find((c) => c.name === 'articles-without-story');
  if (!options.repair || !unassigned || unassigned.remaining === 0) return { ...first, regrouped: 0 };

  const times = (await store.listStoryDocs()).filter((d) => d.storyId === null).map((d) => d.time).sort();
  const rebuilt = await rebuildStoryRange(store, { since: times[0] ?? null, until: times[times.length - 1] ?? null });
  const second = await store.doctor({ repair: true });
  const checks = first.checks.map((c) => {
    const after = second.checks.find((x) => x.name === c.name);
    const remaining = after ? after.remaining : c.remaining;
    return { ...c, remaining, repaired: Math.max(0, c.found - remaining), repairable: after ? after.repairable : c.repairable };
  });
  return { ...second, checks, ok: checks.every((c) => c.remaining === 0), regrouped: rebuilt.articles };
}
