// Retention: articles older than N days go (with their index rows, entities, quotes; stories kept consistent).
// Run by `marsad prune` and, when config.retentionDays is set, by the scheduler at most once per interval.
import type { PruneResult, Store } from '../store/types.ts';

const DAY_MS = 86_400_000;

/** The ISO instant before which articles are pruned. */
export function retentionCutoff(days: number, now: Date): string {
  if (!Number.isFinite(days) || days < 0) throw new Error(`retention: days must be a non-negative number, got ${days}`);
  return new Date(now.getTime() - days * DAY_MS).toISOString();
}

export async function pruneOlderThan(store: Store, days: number, now: Date = new Date()): Promise<PruneResult & { before: string }> {
  const before = retentionCutoff(days, now);
  const r = await store.pruneArticles(before);
  return { ...r, before };
}

export interface RetentionTask {
  /** Prunes when the last run is at least `everyMs` old; null when it did not run. Never runs twice at once. */
  maybeRun(): Promise<(PruneResult & { before: string }) | null>;
}

export function createRetentionTask(
  store: Store,
  days: number,
  options: { everyMs?: number; now?: () => Date; onResult?: (r: PruneResult & { before: string }) => void; onError?: (e: Error) => void } = {},
): RetentionTask {
  const now = options.now ?? (() => new Date());
  const everyMs = options.everyMs ?? 3_600_000;
  let lastRun = -Infinity;
  let running: Promise<(PruneResult & { before: string }) | null> | null = null;
  return {
    maybeRun() {
      if (running) return running;
      const t = now();
      if (t.getTime() - lastRun < everyMs) return Promise.resolve(null);
      lastRun = t.getTime();
      running = pruneOlderThan(store, days, t)
        .then((r) => {
          options.onResult?.(r);
          return r;
        })
        .catch((e: Error) => {
          options.onError?.(e);
          return null;
        })
        .finally(() => {
          running = null;
        });
      return running;
    },
  };
}
