// Polite, defensive HTTP GET for feeds and pages. Everything fetched is hostile until proven otherwise: the SSRF guard
// runs before every hop and again inside the connector, sizes are counted on the wire and after decompression, and
// redirects are followed by hand so each hop is checked. Defaults are documented in docs/fetching.md.
import { pipeline } from 'node:stream/promises';
import type { Readable, Transform } from 'node:stream';
import zlib from 'node:zlib';
import { Agent, buildConnector } from 'undici';
import type { Dispatcher } from 'undici';
import { decodeBytes } from './charset.ts';
import { HostLimiter } from './host-limiter.ts';
import { parseRetryAfter } from './retry-timing.ts';
import { RobotsCache } from './robots-cache.ts';
import type { RobotsFetchOutcome } from './robots-cache.ts';
import { SsrfGuard, checkUrlShape, defaultPort } from './ssrf-guard.ts';
import { FetchError } from './types.ts';
import type { FetchOptions, FetchResult, Fetcher, FetcherOptions } from './types.ts';

export const DEFAULT_USER_AGENT = 'marsad/0.1 (+https://github.com/marsad-news/marsad)';
const ROBOTS_TOKEN = 'marsad';

export const FETCHER_DEFAULTS = {
  userAgent: DEFAULT_USER_AGENT,
  connectTimeoutMs: 10_000,
  headersTimeoutMs: 15_000,
  bodyTimeoutMs: 15_000,
  totalTimeoutMs: 60_000,
  maxBodyBytes: 10 * 1024 * 1024,
  maxDecompressedBytes: 20 * 1024 * 1024,
  maxRedirects: 5,
  perHostConcurrency: 2,
  perHostDelayMs: 1_000,
  maxCrawlDelayMs: 30_000,
  robotsTtlMs: 3_600_000,
} as const;

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const ACCEPT: Record<NonNullable<FetchOptions['purpose']>, string> = {
  feed: 'application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5',
  article: 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5',
  robots: 'text/plain, */*;q=0.5',
  check: '*/*',
};

type Settings = { -readonly [K in keyof typeof FETCHER_DEFAULTS]: (typeof FETCHER_DEFAULTS)[K] extends string ? string : number };

function flattenHeaders(h: Dispatcher.ResponseData['headers']): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h)) {
    if (v === undefined) continue;
    out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : String(v);
  }
  return out;
}

function decoderFor(encoding: string): Transform | null {
  switch (encoding) {
    case 'gzip':
    case 'x-gzip':
      return zlib.createGunzip();
    case 'deflate':
      return zlib.createInflate();
    case 'br':
      return zlib.createBrotliDecompress();
    case 'identity':
    case '':
      return null;
    default:
      throw new FetchError(`unsupported content-encoding "${encoding}"`, 'network');
  }
}

/** Reads a body counting wire bytes and, after decompressing it ourselves, decoded bytes; stops at either limit. */
async function readBody(
  body: Readable,
  contentEncoding: string | undefined,
  limits: { maxBodyBytes: number; maxDecompressedBytes: number },
): Promise<Buffer> {
  const encodings = (contentEncoding ?? '')
    .split(',')
    .map((e) => e.trim().toLowerCase())
    .filter((e) => e && e !== 'identity')
    .reverse();
  const decoders = encodings.map(decoderFor).filter((d): d is Transform => d !== null);
  let wire = 0;
  const countWire = async function* (src: AsyncIterable<Buffer>) {
    for await (const chunk of src) {
      wire += chunk.length;
      if (wire > limits.maxBodyBytes) {
        throw new FetchError(`body larger than ${limits.maxBodyBytes} bytes`, 'too-large');
      }
      yield chunk;
    }
  };
  const chunks: Buffer[] = [];
  let decoded = 0;
  const collect = async (src: AsyncIterable<Buffer>) => {
    for await (const chunk of src) {
      decoded += chunk.length;
      if (decoded > limits.maxDecompressedBytes) {
        throw decoders.length
          ? new FetchError(
              `decompressed body exceeds ${limits.maxDecompressedBytes} bytes (${wire} bytes on the wire so far)`,
              'decompression-bomb',
            )
          : new FetchError(`body larger than ${limits.maxDecompressedBytes} bytes`, 'too-large');
      }
      chunks.push(chunk);
    }
  };
  try {
    await (pipeline as (...streams: unknown[]) => Promise<void>)(body, countWire, ...decoders, collect);
  } catch (err) {
    if (err instanceof FetchError) throw err;
    const e = err as NodeJS.ErrnoException;
    if (typeof e.code === 'string' && e.code.startsWith('Z_')) {
      throw new FetchError(`corrupt ${encodings.join('+')} body: ${e.message}`, 'network');
    }
    throw err;
  }
  return Buffer.concat(chunks);
}

function undiciCode(err: unknown): string | undefined {
  let e: unknown = err;
  for (let i = 0; i < 4 && e; i++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('UND_ERR')) return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

function findFetchError(err: unknown): FetchError | null {
  let e: unknown = err;
  for (let i = 0; i < 4 && e; i++) {
    if (e instanceof FetchError) return e;
    e = (e as { cause?: unknown }).cause;
  }
  return null;
}

/**
 * Header values arrive as latin1 code units. Servers put raw UTF-8 in Location (Arabic slugs); browsers read it as
 * UTF-8, and so do we when the bytes are valid UTF-8.
 */
function locationText(raw: string): string {
  if (!/[\x80-\xff]/.test(raw) || /[^\x00-\xff]/.test(raw)) return raw;
  const bytes = Buffer.from(raw, 'latin1');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return raw;
  }
}

/** Drops a body we will not read; the error that destroying emits is expected and must not crash the process. */
function discard(body: Readable): void {
  body.on('error', () => {});
  body.destroy();
}

type HopOutcome = { kind: 'redirect'; location: string; status: number } | { kind: 'done'; result: FetchResult };

class MarsadFetcher implements Fetcher {
  private readonly s: Settings;
  private readonly guard: SsrfGuard;
  private readonly agent: Agent;
  private readonly limiter: HostLimiter;
  private readonly robots: RobotsCache;

  constructor(options: FetcherOptions) {
    const defined = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
    this.s = { ...FETCHER_DEFAULTS, ...defined } as Settings;
    this.guard = new SsrfGuard({ allowlist: options.allowlist, lookup: options.lookup, connectHook: options.connectHook });
    const base = buildConnector({ timeout: this.s.connectTimeoutMs });
    const guard = this.guard;
    const connect: buildConnector.connector = (opts, callback) => {
      const port = Number(opts.port) || defaultPort(opts.protocol);
      const hostname = opts.hostname.replace(/^\[|\]$/g, '');
      guard.addressForConnect(hostname, port).then(
        ({ address }) => {
          const servername = opts.servername ?? (/^[\d.]+$|:/.test(hostname) ? undefined : hostname);
          base({ ...opts, hostname: address, servername }, callback);
        },
        (err: Error) => callback(err, null),
      );
    };
    this.agent = new Agent({
      connect,
      headersTimeout: this.s.headersTimeoutMs,
      bodyTimeout: this.s.bodyTimeoutMs,
      connections: this.s.perHostConcurrency,
    });
    this.limiter = new HostLimiter(this.s.perHostConcurrency, this.s.perHostDelayMs);
    this.robots = new RobotsCache((u) => this.loadRobots(u), this.s.robotsTtlMs, ROBOTS_TOKEN);
  }

  private async loadRobots(robotsUrl: string): Promise<RobotsFetchOutcome> {
    try {
      const r = await this.fetch(robotsUrl, { purpose: 'robots' });
      return { status: r.status, text: r.text };
    } catch (err) {
      if (err instanceof FetchError && err.code === 'http-status' && err.status) return { status: err.status, text: '' };
      if (err instanceof FetchError && (err.code === 'ssrf-blocked' || err.code === 'bad-url')) throw err;
      return { unreachable: true };
    }
  }

  async fetch(requestedUrl: string, options: FetchOptions = {}): Promise<FetchResult> {
    const purpose = options.purpose ?? 'feed';
    let current = checkUrlShape(requestedUrl);
    const visited = new Set<string>([current.href]);
    let redirects = 0;
    // The deadline starts when the first hop leaves the host queue, so waiting politely is not counted against it.
    const clock = { deadlineAt: 0 };
    for (;;) {
      await this.guard.check(current.href);
      if (purpose === 'article') await this.checkRobots(current);
      const hopUrl = current;
      let outcome: HopOutcome;
      try {
        outcome = await this.limiter.run(hopUrl.host, () => this.hop(requestedUrl, hopUrl, options, clock), options.signal);
      } catch (err) {
        if (err instanceof FetchError) throw err;
        // A wait in the host queue ends early only by the caller's signal or by close().
        const why = options.signal?.aborted ? 'aborted by caller' : 'cancelled: fetcher closed';
        throw new FetchError(`fetch of ${hopUrl.href} ${why} while waiting for ${hopUrl.host}`, 'network');
      }
      if (outcome.kind === 'done') return outcome.result;
      if (redirects >= this.s.maxRedirects) {
        throw new FetchError(`more than ${this.s.maxRedirects} redirects (last hop ${hopUrl.href})`, 'too-many-redirects', outcome.status);
      }
      let next: URL;
      try {
        next = new URL(outcome.location, hopUrl);
      } catch {
        throw new FetchError(`redirect to an invalid location: ${outcome.location.slice(0, 200)}`, 'bad-url', outcome.status);
      }
      next.hash = '';
      if (visited.has(next.href)) {
        throw new FetchError(`redirect loop: ${hopUrl.href} → ${next.href}`, 'redirect-loop', outcome.status);
      }
      visited.add(next.href);
      redirects++;
      current = checkUrlShape(next.href);
    }
  }

  private async checkRobots(url: URL): Promise<void> {
    const verdict = await this.robots.check(url);
    if (verdict.crawlDelayMs !== null) {
      this.limiter.setDelay(url.host, Math.min(verdict.crawlDelayMs, this.s.maxCrawlDelayMs));
    }
    if (!verdict.allowed) throw new FetchError(`robots.txt of ${url.origin} disallows ${url.pathname}`, 'robots-disallowed');
  }

  private async hop(requestedUrl: string, url: URL, options: FetchOptions, clock: { deadlineAt: number }): Promise<HopOutcome> {
    const purpose = options.purpose ?? 'feed';
    const headers: Record<string, string> = {
      'user-agent': this.s.userAgent,
      accept: ACCEPT[purpose],
      'accept-encoding': 'gzip, deflate, br',
      'accept-language': 'ar, en;q=0.5',
    };
    if (options.etag) headers['if-none-match'] = options.etag;
    if (options.lastModified) headers['if-modified-since'] = options.lastModified;
    if (!clock.deadlineAt) clock.deadlineAt = Date.now() + this.s.totalTimeoutMs;
    const deadline = AbortSignal.timeout(Math.max(1, clock.deadlineAt - Date.now()));
    const signal = options.signal ? AbortSignal.any([options.signal, deadline]) : deadline;
    let res: Dispatcher.ResponseData | undefined;
    try {
      res = await this.agent.request({
        origin: url.origin,
        path: `${url.pathname}${url.search}`,
        method: 'GET',
        headers,
        signal,
        headersTimeout: this.s.headersTimeoutMs,
        bodyTimeout: this.s.bodyTimeoutMs,
      });
      const status = res.statusCode;
      const flat = flattenHeaders(res.headers);
      if (REDIRECT_STATUSES.has(status) && flat.location) {
        discard(res.body);
        return { kind: 'redirect', location: locationText(flat.location), status };
      }
      if (status === 304) {
        discard(res.body);
        return { kind: 'done', result: this.result(requestedUrl, url, status, flat, Buffer.alloc(0)) };
      }
      if (status < 200 || status >= 300) {
        discard(res.body);
        const retryAfter = status === 429 || status === 503 ? parseRetryAfter(flat['retry-after']) : null;
        throw new FetchError(`HTTP ${status} from ${url.href}`, 'http-status', status, retryAfter ?? undefined);
      }
      const declared = Number(flat['content-length']);
      if (Number.isFinite(declared) && declared > this.s.maxBodyBytes) {
        discard(res.body);
        throw new FetchError(`declared body of ${declared} bytes exceeds ${this.s.maxBodyBytes}`, 'too-large', status);
      }
      const body = await readBody(res.body, flat['content-encoding'], this.s);
      return { kind: 'done', result: this.result(requestedUrl, url, status, flat, body) };
    } catch (err) {
      if (res) discard(res.body);
      const own = findFetchError(err);
      if (own) throw own;
      if (deadline.aborted) {
        throw new FetchError(`fetch of ${url.href} exceeded ${this.s.totalTimeoutMs} ms`, 'timeout');
      }
      if (options.signal?.aborted) throw new FetchError(`fetch of ${url.href} aborted by caller`, 'network');
      const code = undiciCode(err);
      if (code === 'UND_ERR_CONNECT_TIMEOUT') throw new FetchError(`connect to ${url.host} timed out`, 'timeout');
      if (code === 'UND_ERR_HEADERS_TIMEOUT') throw new FetchError(`no response headers from ${url.host} in time`, 'timeout');
      if (code === 'UND_ERR_BODY_TIMEOUT') throw new FetchError(`body from ${url.host} stalled`, 'timeout');
      throw new FetchError(`network error fetching ${url.href}: ${(err as Error).message}`, 'network');
    }
  }

  private result(requestedUrl: string, url: URL, status: number, headers: Record<string, string>, body: Buffer): FetchResult {
    const contentType = headers['content-type'] ?? null;
    const { text, charset } = body.length ? decodeBytes(body, contentType) : { text: '', charset: 'utf-8' };
    return {
      requestedUrl,
      url: url.href,
      status,
      notModified: status === 304,
      headers,
      body,
      text,
      charset,
      etag: headers.etag ?? null,
      lastModified: headers['last-modified'] ?? null,
      contentType,
    };
  }

  async close(): Promise<void> {
    this.limiter.close();
    await this.agent.close();
  }
}

export function createFetcher(options: FetcherOptions = {}): Fetcher {
  return new MarsadFetcher(options);
}
