// Binds a Hono app to a Node HTTP server.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';

export interface RunningHttpServer {
  port: number;
  close(): Promise<void>;
}

export function startHttpServer(app: Hono, options: { port: number; host: string }): Promise<RunningHttpServer> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, (info: AddressInfo) => {
      server.off('error', reject);
      resolve({
        port: info.port,
        close: () =>
          new Promise<void>((done, fail) => {
            // Keep-alive sockets would otherwise hold close() open.
            if ('closeIdleConnections' in server) (server as { closeIdleConnections(): void }).closeIdleConnections();
            server.close((err) => (err ? fail(err) : done()));
          }),
      });
    });
    server.once('error', reject);
  });
}
