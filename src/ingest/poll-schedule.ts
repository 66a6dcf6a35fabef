// When to poll a source next: often for outlets that publish all day, rarely for weekly blogs, backing off on errors
// and never earlier than a server's Retry-After. Jitter keeps sources that were added together from polling together.

export const MIN_INTERVAL_SECONDS = 5 * 60;
export const MAX_INTERVAL_SECONDS = 24 * 3600;
const UNKNOWN_RATE_INTERVAL_SECONDS = 6 * 3600;
const JITTER = 0.1;

export interface PollState {
  /** Estimated publishing rate; null or 0 when unknown. */
  itemsPerDay: number | null;
  consecutiveFailures: number;
  retryAfterMs: number | null;
}

export interface PollScheduleOptions {
  /** Returns [0, 1). Use `seededRandom(seed)` for reproducible schedules. */
  random?: () => number;
  minSeconds?: number;
  maxSeconds?: number;
}

/** mulberry32: small, fast, good enough for jitter, and reproducible from a seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Seconds until the next poll. */
export function nextInterval(state: PollState, options: PollScheduleOptions = {}): number {
  const min = options.minSeconds ?? MIN_INTERVAL_SECONDS;
  const max = options.maxSeconds ?? MAX_INTERVAL_SECONDS;
  const random = options.random ?? Math.random;
  const rate = state.itemsPerDay;
  // Poll about twice per expected gap between items, so a new item waits half a gap on average.
  let seconds = rate && rate > 0 && Number.isFinite(rate) ? 86400 / (rate * 2) : UNKNOWN_RATE_INTERVAL_SECONDS;
  seconds = Math.min(max, Math.max(min, seconds));
  const failures = Math.max(0, Math.floor(state.consecutiveFailures || 0));
  if (failures > 0) seconds = Math.min(max, seconds * 2 ** Math.min(failures, 20));
  seconds *= 1 - JITTER + 2 * JITTER * random();
  seconds = Math.min(max, Math.max(min, seconds));
  // Retry-After is the server's explicit word: honoured even above the jittered value, capped only by the maximum.
  if (state.retryAfterMs != null && state.retryAfterMs > 0) {
    seconds = Math.max(seconds, Math.min(max, Math.ceil(state.retryAfterMs / 1000)));
  }
  return Math.round(seconds);
}

/**
 * Items per day from the dates of a feed's items: count over the time from the oldest dated item to `now`, so a feed
 * whose last item is weeks old reads as slow even if its items were once published in a burst. Only the last 30 days
 * count when there are enough dates inside them.
 */
export function estimateItemsPerDay(dates: Date[], now: Date = new Date()): number {
  const t = now.getTime();
  const valid = dates.map((d) => d.getTime()).filter((x) => Number.isFinite(x) && x <= t);
  if (valid.length === 0) return 0;
  const recent = valid.filter((x) => x >= t - 30 * 86400_000);
  const use = recent.length >= 2 ? recent : valid;
  const oldest = Math.min(...use);
  const days = Math.max((t - oldest) / 86400_000, 1 / 24);
  return use.length / days;
}
