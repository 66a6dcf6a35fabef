// In-process scheduler: polls each source when it is due (intervals are decided per source by pollSource), and
// decides the stories of what the polls stored once the round has settled: no poll in flight and no source due. That
// is the batch boundary the queue workers use too (src/jobs/queue/group-writer.ts), so the same articles arriving in
// one round give the same stories in one process or across many.
import type { Store } from '../store/types.ts';
import { pollSource, type PollDeps, type SourcePollResult } from './poll-sources.ts';
import { isPollDue } from './feed-poll.ts';
import { createRetentionTask } from './retention.ts';
import { MAX_SETTLE_WAIT_MS } from '../pipeline/pending-stories.ts';

export interface Scheduler {
  /** Polls every due source now; resolves when those polls end and, if that settled the round, its stories are decided. */
  tick(): Promise<SourcePollResult[]>;
  stop(): Promise<void>;
}

export function startScheduler(deps: PollDeps & {
  store: Store; concurrency?: number; tickMs?: number; onResult?: (r: SourcePollResult) => void;
  /** config.retentionDays: when set, articles older than this are pruned at most hourly from the tick. */
  retentionDays?: number | null; onPrune?: (r: { articles: number; stories: number; before: string }) => void;
  /** Story decisions of a settled round: how many, or the error. */
  onGrouped?: (r: { decided: number } | { error: Error }) => void;
  maxSettleWaitMs?: number;
  /** False when the demo's fixture server is not running: its fictional outlets would only fail (default true). */
  pollDemo?: boolean;
}): Scheduler {
  const now = deps.now ?? (() => new Date());
  const retention = deps.retentionDays ? createRetentionTask(deps.store, deps.retentionDays, { now, onResult: deps.onPrune }) : null;
  const inFlight = new Map<number, Promise<SourcePollResult>>();
  let stopped = false;
  let grouping: Promise<void> | null = null;
  let lastGroupedAt = Date.now();

  const dueSources = async () =>
    (await deps.store.listSources()).filter((s) => !inFlight.has(s.id) && isPollDue(s, now(), deps.pollDemo !== false));

  const group = (): Promise<void> => {
    grouping ??= deps.pipeline
      .groupPending()
      .then((r) => {
        deps.onGrouped?.({ decided: r.decided });
      })
      .catch((e: Error) => {
        deps.onGrouped?.({ error: e });
      })
      .finally(() => {
        lastGroupedAt = Date.now();
        grouping = null;
      });
    return grouping;
  };

  /** Decides what is pending once nothing is in flight and nothing is due (or the round has run too long). */
  const settle = async (): Promise<void> => {
    if (stopped) return;
    const overdue = Date.now() - lastGroupedAt > (deps.maxSettleWaitMs ?? MAX_SETTLE_WAIT_MS);
    if (!overdue && (inFlight.size > 0 || (await dueSources()).length > 0)) return;
    await group();
  };

  const tick = async (): Promise<SourcePollResult[]> => {
    if (stopped) return [];
    void retention?.maybeRun();
    const due = await dueSources();
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
    const results = await Promise.all(started);
    await settle();
    return results;
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
      await grouping;
    },
  };
}
