// The scheduler when jobs are distributed: each tick adds one poll job per due feed source and polls nothing itself.
// The job id is the source and its due time, so ticks, restarts and a second scheduler never poll a source twice.
// A tick's polls are added in one write: the story writer waits for the queues to drain before deciding, and must
// never see a round half-enqueued (src/jobs/queue/group-writer.ts).
import type { Store } from '../../store/types.ts';
import type { JobQueues } from './job-queues.ts';
import { isPollDue } from '../feed-poll.ts';

export interface QueueScheduler {
  /** Enqueues every due source now; resolves with how many polls were offered. */
  tick(): Promise<number>;
  stop(): Promise<void>;
}

export function startQueueScheduler(deps: {
  store: Store; queues: JobQueues; tickMs?: number; now?: () => Date; onError?: (e: Error) => void;
  /** False when the demo's fixture server is not running: its fictional outlets would only fail (default true). */
  pollDemo?: boolean;
}): QueueScheduler {
  const now = deps.now ?? (() => new Date());
  let stopped = false;
  let running: Promise<number> | null = null;
  const tick = async (): Promise<number> => {
    if (stopped) return 0;
    const due = (await deps.store.listSources()).filter((s) => isPollDue(s, now(), deps.pollDemo !== false));
    await deps.queues.addPolls(due.map((s) => ({ sourceId: s.id, due: s.nextPollAt ?? '' })));
    return due.length;
  };
  const guarded = () => {
    if (running) return running;
    running = tick()
      .catch((e: Error) => {
        deps.onError?.(e);
        return 0;
      })
      .finally(() => {
        running = null;
      });
    return running;
  };
  const timer = setInterval(() => void guarded(), deps.tickMs ?? 2000);
  timer.unref();
  void guarded();
  return {
    tick,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
