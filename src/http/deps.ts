// What the web layer needs from the rest of marsad; passed in once by whoever starts the server.
import type { Store } from '../store/types.ts';
import type { StoryEngine } from '../stories/types.ts';

export interface SearchOptions {
  limit: number;
  cursor?: string | null;
}

export type SearchFunction = (q: string, opts: SearchOptions) => Promise<unknown>;

export interface HttpConfig {
  /** Admin pages are off when null. */
  adminToken: string | null;
  siteTitle?: string;
  /** IANA zone for dates shown to readers; UTC when absent. */
  timeZone?: string;
  /** Absolute origin (https://example.org) used in feeds; derived from the request when absent. */
  publicUrl?: string;
  /** false turns off keeping rendered answers between store changes (src/http/response-cache.ts); on by default. */
  responseCache?: boolean;
}

export interface HttpDeps {
  store: Store;
  engine: StoryEngine | null;
  search: SearchFunction;
  config: HttpConfig;
  /** Injected clock so "منذ 5 دقائق" is testable. */
  now?: () => Date;
}
