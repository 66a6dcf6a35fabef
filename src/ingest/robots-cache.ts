// robots.txt per origin, cached with a TTL (RFC 9309): 4xx means no rules, 5xx or unreachable means everything is
// disallowed until the next try, a 200 is parsed. Crawl-delay is reported so the host gap can be raised.
import { createRequire } from 'node:module';

interface Robots {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
}
// robots-parser is CommonJS whose typings claim an ES default export; require() gives the real function.
const robotsParser = createRequire(import.meta.url)('robots-parser') as (url: string, contents: string) => Robots;

export type RobotsFetchOutcome = { status: number; text: string } | { unreachable: true };

export interface RobotsVerdict {
  allowed: boolean;
  crawlDelayMs: number | null;
}

interface Entry {
  expiresAt: number;
  allowed: (url: string) => boolean;
  crawlDelayMs: number | null;
}

const UNREACHABLE_TTL_MS = 10 * 60_000;

export class RobotsCache {
  private readonly entries = new Map<string, Entry>();
  private readonly inflight = new Map<string, Promise<Entry>>();

  constructor(
    private readonly load: (robotsUrl: string) => Promise<RobotsFetchOutcome>,
    private readonly ttlMs: number,
    /** Product token matched against User-agent lines. */
    private readonly agent: string,
  ) {}

  async check(url: URL): Promise<RobotsVerdict> {
    const origin = url.origin;
    let entry = this.entries.get(origin);
    if (!entry || entry.expiresAt <= Date.now()) {
      let pending = this.inflight.get(origin);
      if (!pending) {
        pending = this.fetchEntry(origin).finally(() => this.inflight.delete(origin));
        this.inflight.set(origin, pending);
      }
      entry = await pending;
      this.entries.set(origin, entry);
    }
    return { allowed: entry.allowed(url.href), crawlDelayMs: entry.crawlDelayMs };
  }

  private async fetchEntry(origin: string): Promise<Entry> {
    const robotsUrl = `${origin}/robots.txt`;
    const outcome = await this.load(robotsUrl);
    const now = Date.now();
    if ('unreachable' in outcome || outcome.status >= 500) {
      return { expiresAt: now + Math.min(this.ttlMs, UNREACHABLE_TTL_MS), allowed: () => false, crawlDelayMs: null };
    }
    if (outcome.status >= 400) return { expiresAt: now + this.ttlMs, allowed: () => true, crawlDelayMs: null };
    const robots = robotsParser(robotsUrl, outcome.text);
    const delay = robots.getCrawlDelay(this.agent);
    return {
      expiresAt: now + this.ttlMs,
      allowed: (u) => robots.isAllowed(u, this.agent) !== false,
      crawlDelayMs: typeof delay === 'number' && Number.isFinite(delay) && delay > 0 ? delay * 1000 : null,
    };
  }
}
