// In-process scheduler: polls each source when it is due (intervals are decided per source by pollSource).
import type { Store } from '../store/types.ts';
import { pollSource, type PollDeps, type SourcePollResult } from './poll-sources.ts';
import { createRetentionTask } from './retention.ts';

export interface Scheduler {
  /** Polls every due source now; resolves when those polls end. */
  tick(): Promise<SourcePollResult[]>;
  stop(): Promise<void>;
}

export function startScheduler(deps: PollDeps & {
  store: Store; concurrency?: number; tickMs?: number; onResult?: (r: SourcePollResult) => void;
  /** config.retentionDays: when set, articles older than this are pruned at most hourly from the tick. */
  retentionDays?: number | null; onPrune?: (r: { articles: number; stories: number; before: string }) => void;
}): Scheduler {
  const now = deps.now ?? (() => new Date());
  const retention = deps.retentionDays ? createRetentionTask(deps.store, deps.retentionDays, { now, onResult: deps.onPrune }) : null;
  const inFlight = new Map<number, Promise<SourcePollResult>>();
  let stopped = false;

  const tick = async (): Promise<SourcePollResult[]> => {
    if (stopped) return [];
    void retention?.maybeRun();
    const due = (await deps.store.listSources()).filter(
      (s) => s.kind === 'feed' && !inFlight.has(s.id) && (!s.nextPollAt || Date.parse(s.nextPollAt) <= now().getTime()),
    );
    const room = Math.max(0, (deps.concurrency ?? 4) - inFlight.size);
    const started = due.slice(0, room).map((s) => {
      const p = pollSource(s, deps)
        .then((r) => {
          deps.onResult?.(r);
          return r;
        })
        .finally(() => inFlight.delete(s.id));
      inFlight.set(s.id, p);
      return p;
    });
    return Promise.all(started);
  };

  const timer = setInterval(() => {
    tick().catch(() => undefined);
  }, deps.tickMs ?? 2000);
  timer.unref();
  void tick().catch(() => undefined);

  return {
    tick,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await Promise.allSettled([...inFlight.values()]);
    },
  };
}
