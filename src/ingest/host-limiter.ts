// Politeness per host: at most N requests in flight and a minimum gap between the starts of two requests.

interface Waiter {
  go: () => void;
  fail: (reason: unknown) => void;
}

interface HostState {
  active: number;
  nextStartAt: number;
  delayMs: number;
  queue: Waiter[];
  timer: NodeJS.Timeout | null;
}

export class HostLimiter {
  private readonly hosts = new Map<string, HostState>();
  private closed = false;

  constructor(
    private readonly concurrency: number,
    private readonly defaultDelayMs: number,
  ) {
    if (!(concurrency >= 1)) throw new RangeError('per-host concurrency must be at least 1');
  }

  private state(host: string): HostState {
    let s = this.hosts.get(host);
    if (!s) {
      s = { active: 0, nextStartAt: 0, delayMs: this.defaultDelayMs, queue: [], timer: null };
      this.hosts.set(host, s);
    }
    return s;
  }

  /** Raises (never lowers below the default) the gap for one host, e.g. from robots.txt Crawl-delay. */
  setDelay(host: string, delayMs: number): void {
    const s = this.state(host);
    s.delayMs = Math.max(this.defaultDelayMs, delayMs);
  }

  delayFor(host: string): number {
    return this.state(host).delayMs;
  }

  /** Runs `task` when the host has a free slot and its gap has passed. */
  async run<T>(host: string, task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (this.closed) throw new Error('host limiter closed');
    const s = this.state(host);
    await new Promise<void>((resolve, reject) => {
      const onAbort = () => {
        const i = s.queue.indexOf(waiter);
        if (i >= 0) s.queue.splice(i, 1);
        reject(signal!.reason ?? new Error('aborted'));
      };
      const waiter: Waiter = {
        go: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
        fail: (reason) => {
          signal?.removeEventListener('abort', onAbort);
          reject(reason);
        },
      };
      if (signal?.aborted) return onAbort();
      signal?.addEventListener('abort', onAbort, { once: true });
      s.queue.push(waiter);
      this.pump(s);
    });
    try {
      return await task();
    } finally {
      s.active--;
      this.pump(s);
    }
  }

  private pump(s: HostState): void {
    if (this.closed || s.timer || s.queue.length === 0 || s.active >= this.concurrency) return;
    const wait = s.nextStartAt - Date.now();
    if (wait > 0) {
      s.timer = setTimeout(() => {
        s.timer = null;
        this.pump(s);
      }, wait);
      return;
    }
    const next = s.queue.shift()!;
    s.active++;
    s.nextStartAt = Date.now() + s.delayMs;
    next.go();
    this.pump(s);
  }

  /** Stops all timers and fails every queued wait; running tasks finish on their own. */
  close(): void {
    this.closed = true;
    for (const s of this.hosts.values()) {
      if (s.timer) clearTimeout(s.timer);
      s.timer = null;
      for (const w of s.queue.splice(0)) w.fail(new Error('host limiter closed'));
    }
  }
}
