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
  title: string | null;
  summary: string | null;
  /** Full content when the feed carries it (content:encoded, atom content, content_html). Untrusted HTML. */
  contentHtml: string | null;
  author: string | null;
  published: Date | null;
  updated: Date | null;
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
