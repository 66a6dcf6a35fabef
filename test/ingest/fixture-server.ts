// A throwaway HTTP server on 127.0.0.1 (port 0) for ingest tests. Routes are plain handlers; every request is recorded.
import http from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface FixtureServer {
  port: number;
  origin: string;
  /** `127.0.0.1:port`, for the fetcher's allowlist. */
  hostPort: string;
  requests: Array<{ path: string; headers: http.IncomingHttpHeaders }>;
  route(path: string, handler: Handler): void;
  close(): Promise<void>;
}

export async function startFixtureServer(routes: Record<string, Handler> = {}): Promise<FixtureServer> {
  const table = new Map(Object.entries(routes));
  const requests: FixtureServer['requests'] = [];
  const server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push({ path, headers: req.headers });
    const handler = table.get(path) ?? table.get(path.split('?')[0]!);
    if (!handler) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not here');
      return;
    }
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    hostPort: `127.0.0.1:${port}`,
    requests,
    route: (path, handler) => void table.set(path, handler),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Writes `chunk` every `everyMs` until the client goes away (slow drips and endless bodies). */
export function dripForever(res: ServerResponse, chunk: Buffer | string, everyMs: number): void {
  const timer = setInterval(() => {
    if (res.destroyed || res.writableEnded) return clearInterval(timer);
    res.write(chunk);
  }, everyMs);
  res.on('close', () => clearInterval(timer));
}

/** Writes as fast as the client reads, forever (until the client goes away). */
export function floodForever(res: ServerResponse, chunk: Buffer): void {
  const pump = () => {
    while (!res.destroyed && res.write(chunk)) {
      // keep writing until the socket buffer is full
    }
    if (!res.destroyed) res.once('drain', pump);
  };
  pump();
}
