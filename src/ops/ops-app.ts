// /healthz (the process is alive), /readyz (its dependencies answer: store, Redis when configured) and /metrics
// (Prometheus text). A tiny Hono app mounted in front of the reader, or served alone by a worker.
import { Hono } from 'hono';
import type { MarsadMetrics } from './metrics.ts';

export interface ReadinessCheck {
  name: string;
  /** Null when healthy, else why not. */
  check(): Promise<string | null>;
}

function withTimeout(p: Promise<string | null>, ms: number): Promise<string | null> {
  let t: NodeJS.Timeout | undefined;
  return Promise.race([
    p.catch((e: Error) => e.message || String(e)),
    new Promise<string>((r) => {
      t = setTimeout(() => r(`no answer within ${ms} ms`), ms);
    }),
  ]).finally(() => clearTimeout(t));
}

export function createOpsApp(deps: { checks: ReadinessCheck[]; metrics: MarsadMetrics; isShuttingDown?: () => boolean; timeoutMs?: number }): Hono {
  const app = new Hono();
  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', async (c) => {
    if (deps.isShuttingDown?.()) return c.json({ status: 'shutting-down', checks: {} }, 503);
    const results = await Promise.all(deps.checks.map(async (k) => [k.name, await withTimeout(k.check(), deps.timeoutMs ?? 2000)] as const));
    const checks = Object.fromEntries(results.map(([n, problem]) => [n, problem === null ? 'ok' : problem]));
    const ready = results.every(([, p]) => p === null);
    return c.json({ status: ready ? 'ready' : 'not-ready', checks }, ready ? 200 : 503);
  });
  app.get('/metrics', async (c) => c.body(await deps.metrics.render(), 200, { 'content-type': deps.metrics.contentType }));
  return app;
}
