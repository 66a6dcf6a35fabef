// Keeps rendered 200 answers to GET requests while the store has not changed, for no longer than the answer's own
// max-age (what any shared cache may keep it anyway). A story page or the front page costs tens of milliseconds to
// assemble from thousands of article rows; between two polls it is the same page for every reader.
// The ETag is computed once when the answer is stored, so the etag middleware outside only compares it.
import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { ChangeToken } from '../store/change-token.ts';

export interface ResponseCacheOptions {
  token: ChangeToken;
  /** Whether answers to this path may be kept at all (never admin pages: they carry a per-session token). */
  cacheable: (path: string) => boolean;
  /** Seconds to keep an answer whose route set no Cache-Control (the value the app will send). */
  defaultMaxAge: (path: string) => number;
  /** The clock pages are rendered with, so an injected test clock ages entries too. */
  now: () => number;
  maxEntries?: number;
  maxBytes?: number;
}

interface Entry {
  token: string;
  expires: number;
  headers: [string, string][];
  // A Uint8Array (not an ArrayBuffer) is what @hono/node-server writes straight to the socket.
  body: Uint8Array<ArrayBuffer>;
}

function maxAgeOf(cacheControl: string | null, fallback: number): number {
  if (cacheControl === null) return fallback;
  if (/\b(no-store|no-cache|private)\b/i.test(cacheControl)) return 0;
  const m = /\bmax-age=(\d+)/i.exec(cacheControl);
  return m ? Number(m[1]) : 0;
}

export function responseCache(options: ResponseCacheOptions): MiddlewareHandler {
  const maxEntries = options.maxEntries ?? 2000;
  const maxBytes = options.maxBytes ?? 64 * 2 ** 20;
  // Insertion order is recency order: a hit re-inserts its entry, eviction takes from the front.
  const entries = new Map<string, Entry>();
  let bytes = 0;

  const drop = (key: string, entry: Entry) => {
    entries.delete(key);
    bytes -= entry.body.byteLength;
  };

  return async function cache(c, next) {
    if (c.req.method !== 'GET' || !options.cacheable(c.req.path)) return next();
    const token = options.token();
    if (token === null) return next();
    const key = c.req.url;
    const now = options.now();
    const hit = entries.get(key);
    if (hit) {
      drop(key, hit);
      if (hit.token === token && hit.expires > now) {
        entries.set(key, hit);
        bytes += hit.body.byteLength;
        c.res = new Response(hit.body, { status: 200, headers: hit.headers });
        return;
      }
    }

    await next();
    const res = c.res;
    if (res.status !== 200 || !res.body || res.headers.has('set-cookie')) return;
    const maxAge = maxAgeOf(res.headers.get('cache-control'), options.defaultMaxAge(c.req.path));
    if (maxAge <= 0) return;
    const body = new Uint8Array(await res.arrayBuffer());
    const headers = new Headers(res.headers);
    if (!headers.has('etag')) headers.set('ETag', `"${createHash('sha1').update(body).digest('hex')}"`);
    c.res = new Response(body, { status: 200, headers });
    // The store may have changed while this answer was assembled: keep it only under the token it was started with.
    if (body.byteLength > maxBytes / 8 || options.token() !== token) return;
    const pairs: [string, string][] = [];
    headers.forEach((value, name) => pairs.push([name, value]));
    const entry: Entry = { token, expires: now + maxAge * 1000, headers: pairs, body };
    entries.set(key, entry);
    bytes += body.byteLength;
    for (const [k, e] of entries) {
      if (entries.size <= maxEntries && bytes <= maxBytes) break;
      drop(k, e);
    }
  };
}
