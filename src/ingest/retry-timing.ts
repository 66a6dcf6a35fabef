// How long a caller should wait before asking a host again. The fetcher never sleeps on these: it reports them and the
// scheduler decides.

/** Parses a Retry-After header (delta-seconds or an HTTP-date) into milliseconds from `now`; null when absent/invalid. */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | null {
  if (value == null) return null;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  if (!/[a-z]/i.test(v)) return null;
  const at = Date.parse(v);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - now);
}

export interface BackoffOptions {
  baseMs?: number;
  maxMs?: number;
  /** Returns a number in [0, 1); injectable so tests are deterministic. */
  random?: () => number;
}

/**
 * Exponential backoff with "full jitter" for the n-th consecutive failure (1-based): a random delay in
 * [base·2^(n-1)/2, base·2^(n-1)], capped, so many sources failing together do not retry in lockstep.
 */
export function backoffDelayMs(failures: number, options: BackoffOptions = {}): number {
  const base = options.baseMs ?? 60_000;
  const max = options.maxMs ?? 6 * 3600_000;
  const random = options.random ?? Math.random;
  if (failures <= 0) return 0;
  const ceiling = Math.min(max, base * 2 ** Math.min(failures - 1, 30));
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}
