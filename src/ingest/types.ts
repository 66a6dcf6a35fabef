// Boundary of the ingest stage: what fetching and feed parsing hand to the rest of the pipeline.

export interface FetchOptions {
  /** Previous validators, for conditional GET. */
  etag?: string | null;
  lastModified?: string | null;
  /** Purpose decides politeness rules: robots.txt is honoured for article pages, not for feeds. */
  purpose?: 'feed' | 'article' | 'robots' | 'check';
  signal?: AbortSignal;
}

export interface FetchResult {
  requestedUrl: string;
  /** URL after redirects. */
  url: string;
  status: number;
  notModified: boolean;
  headers: Record<string, string>;
  body: Buffer;
  /** Body decoded to text with the charset decided as browsers do. */
  text: string;
  charset: string;
  etag: string | null;
  lastModified: string | null;
  contentType: string | null;
}

/** A fetch that failed for a reason worth recording on the source. */
export class FetchError extends Error {
  constructor(
    message: string,
    readonly code:
      | 'ssrf-blocked'
      | 'timeout'
      | 'too-large'
      | 'decompression-bomb'
      | 'too-many-redirects'
      | 'redirect-loop'
      | 'http-status'
      | 'robots-disallowed'
      | 'network'
      | 'bad-url',
    readonly status?: number,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'FetchError';
  }
}

export interface Fetcher {
  fetch(url: string, options?: FetchOptions): Promise<FetchResult>;
  close(): Promise<void>;
}

export interface FeedItem {
  /** Stable identity inside the feed (guid/id), else the link. */
  guid: string;
  /** Absolute article URL (relative links already resolved). */
  url: string;
  /** Plain text (markup dropped, entities decoded): escape it when rendering. */
  title: string | null;
  /** Plain text of the description/summary (markup and script bodies dropped). */
  summary: string | null;
  /** Full content when the feed carries it (content:encoded, atom content, content_html). Untrusted HTML. */
  contentHtml: string | null;
  author: string | null;
  /** Null when missing, unreadable, before 1995 or more than a day in the future. */
  published: Date | null;
  updated: Date | null;
  /** Absolute http(s) URL. */
  image: string | null;
  categories: string[];
}

export interface ParsedFeed {
  format: 'rss' | 'atom' | 'rdf' | 'json';
  title: string | null;
  siteUrl: string | null;
  language: string | null;
  items: FeedItem[];
}

export interface OpmlOutline {
  title: string;
  xmlUrl: string;
  htmlUrl: string | null;
  /** Path of enclosing outline titles, outermost first. */
  category: string[];
}

/** One DNS answer. */
export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** DNS resolution used by the SSRF guard; injectable so tests never query a real resolver. */
export type LookupHook = (hostname: string) => Promise<ResolvedAddress[]>;

/** What the connector is about to open. A connect hook that throws refuses the connection. */
export interface ConnectAttempt {
  host: string;
  port: number;
  address: string;
}

/** Defaults are documented in docs/fetching.md. */
export interface FetcherOptions {
  userAgent?: string;
  connectTimeoutMs?: number;
  /** Time allowed for the response headers to arrive. */
  headersTimeoutMs?: number;
  /** Longest silence allowed between two body chunks. */
  bodyTimeoutMs?: number;
  /** Deadline for one whole fetch (all redirect hops and the body), from when it leaves the host queue: defeats slow drips. */
  totalTimeoutMs?: number;
  /** Largest body accepted on the wire (compressed). */
  maxBodyBytes?: number;
  /** Largest body accepted after decompression. */
  maxDecompressedBytes?: number;
  maxRedirects?: number;
  perHostConcurrency?: number;
  /** Minimum time between the starts of two requests to one host. */
  perHostDelayMs?: number;
  /** Cap on a robots.txt Crawl-delay (a hostile value must not stall the fetcher). */
  maxCrawlDelayMs?: number;
  robotsTtlMs?: number;
  /** Exact `host:port` pairs allowed even though they are loopback/private (demo and tests). */
  allowlist?: readonly string[];
  lookup?: LookupHook;
  connectHook?: (attempt: ConnectAttempt) => void;
}
