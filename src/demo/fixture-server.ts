// The offline demo: a loopback HTTP server playing ten fictional Arabic outlets (feeds, article pages, front pages),
// used by `npm start` and the end-to-end tests. Nothing here ever leaves 127.0.0.1.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadDemoData, type DemoData } from './demo-data.ts';
import { feedPath } from './outlet-feed.ts';
import { buildFixtureSite, type SiteFeed, type SiteResponse } from './fixture-site.ts';
import { buildGeneratedOutlets, type GeneratedOutletsOptions } from './generated-outlets.ts';

export interface FixtureServerOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Loopback only; anything else is refused. */
  host?: string;
  /** Publication times are baseTime minus each article's offset. Defaults to now. */
  baseTime?: Date;
  /** Alternative data folder (tests); defaults to the repository's demo/. */
  dataDir?: string;
  /** Generated outlets served beside the demo ones (runs that need more articles: scale tests, bench:scale). */
  generated?: GeneratedOutletsOptions;
}

export interface FixtureServer {
  origin: string;
  port: number;
  /** The demo outlets' feeds, then the generated ones'. */
  feeds: SiteFeed[];
  articleUrls: string[];
  /** Absolute article URL → event id (the true grouping). */
  truth: Map<string, string>;
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

let cachedData: DemoData | null = null;
function demoData(dir?: string): DemoData {
  if (dir) return loadDemoData(dir);
  cachedData ??= loadDemoData();
  return cachedData;
}

/** The demo outlets as sources to subscribe to. */
export function demoSources(origin: string): { url: string; name: string; category: string }[] {
  const base = origin.replace(/\/+$/, '');
  return demoData().outlets.map((o) => ({ url: base + feedPath(o), name: o.name, category: o.category }));
}

function ifNoneMatchHits(header: string, etag: string): boolean {
  return header
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
    .some((t) => t === '*' || t === etag);
}

function handle(req: IncomingMessage, res: ServerResponse, responses: Map<string, SiteResponse>): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
    res.end('method not allowed\n');
    return;
  }
  let path: string;
  try {
    path = decodeURIComponent(new URL(req.url ?? '/', 'http://fixture.invalid').pathname);
  } catch {
    res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('bad request\n');
    return;
  }
  if (/^\/[a-z0-9-]+$/.test(path) && responses.has(`${path}/`)) {
    res.writeHead(301, { location: `${path}/` });
    res.end();
    return;
  }
  const hit = responses.get(path);
  if (!hit) {
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>الصفحة غير موجودة</title></head><body><h1>404 — الصفحة غير موجودة</h1></body></html>\n');
    return;
  }
  const headers = {
    etag: hit.etag,
    'last-modified': hit.lastModified.toUTCString(),
    'cache-control': 'max-age=60',
  };
  const inm = req.headers['if-none-match'];
  const ims = req.headers['if-modified-since'];
  // If-None-Match wins over If-Modified-Since when both are sent (RFC 9110 §13.2.2).
  const notModified = inm !== undefined ? ifNoneMatchHits(inm, hit.etag) : ims !== undefined && Date.parse(ims) >= hit.lastModified.getTime();
  if (notModified) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  res.writeHead(200, { ...headers, 'content-type': hit.contentType, 'content-length': hit.body.length });
  res.end(req.method === 'HEAD' ? undefined : hit.body);
}

export async function startFixtureServer(options: FixtureServerOptions = {}): Promise<FixtureServer> {
  const host = options.host ?? '127.0.0.1';
  if (!LOOPBACK.has(host)) throw new Error(`the fixture server binds to loopback only, not ${host}`);
  const data = demoData(options.dataDir);
  const baseTime = options.baseTime ?? new Date();
  if (Number.isNaN(baseTime.getTime())) throw new Error('baseTime is not a valid date');

  let responses = new Map<string, SiteResponse>();
  const server = createServer((req, res) => handle(req, res, responses));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const site = buildFixtureSite(data, origin, baseTime);
  if (options.generated) {
    const more = buildGeneratedOutlets(options.generated, origin, baseTime);
    for (const [path, r] of more.responses) site.responses.set(path, r);
    site.feeds.push(...more.feeds);
    site.articleUrls.push(...more.articleUrls);
    for (const [url, event] of more.truth) site.truth.set(url, event);
  }
  responses = site.responses;

  return {
    origin,
    port,
    feeds: site.feeds,
    articleUrls: site.articleUrls,
    truth: site.truth,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
