// Scale-out benchmark: ingest throughput (articles/s from the fixture server's feeds to stored, indexed, grouped
// articles — searchable, since the index is written in the same transaction) for the embedded single-process SQLite
// setup and for PostgreSQL with 1 and 3 `marsad worker` processes behind a `serve --role scheduler`, side by side;
// then search latency p50/p99 on the PostgreSQL data.
// Data: the offline demo (src/demo: ten fictional outlets, their feeds and article pages) over loopback HTTP.
// Run: npm run bench:scale   (MARSAD_BENCH_POSTGRES_URL, MARSAD_BENCH_REDIS_URL override the local servers;
//      BENCH_SCALE_ARTICLES=1000 adds generated fictional outlets, 100 articles each, served by the same fixture server)
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { Redis } from 'ioredis';
import { startFixtureServer, demoSources, type FixtureServer } from '../src/demo/fixture-server.ts';
import { openStore } from '../src/store/open-store.ts';
import type { Store } from '../src/store/types.ts';
import { loadStoryEngine } from '../src/pipeline/story-state.ts';
import { ArticlePipeline } from '../src/pipeline/article-pipeline.ts';
import { createFetcher } from '../src/ingest/fetcher.ts';
import { pollSources } from '../src/jobs/poll-sources.ts';
import { search } from '../src/search/search.ts';
import { redisProblem } from '../src/jobs/queue/redis-connection.ts';

const PG_URL = process.env.MARSAD_BENCH_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/test';
const REDIS_URL = process.env.MARSAD_BENCH_REDIS_URL || 'redis://127.0.0.1:6379';
const BIN = resolve(import.meta.dirname, '../bin/marsad.js');

interface Row { system: string; articles: number; seconds: number; perSec: number; note: string }
const rows: Row[] = [];

const extra = Number(process.env.BENCH_SCALE_ARTICLES ?? 0);
async function subscribe(store: Store, fixture: FixtureServer) {
  const demo = new Set(demoSources(fixture.origin).map((s) => s.url));
  for (const f of fixture.feeds) await store.addSource({ url: f.url, name: f.name, kind: 'feed', demo: demo.has(f.url) });
}
function hosts(fixture: FixtureServer): string[] {
  return [new URL(fixture.origin).host];
}

async function sqliteRun(fixture: FixtureServer, expected: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-bench-'));
  const store = await openStore({ db: join(dir, 'bench.db') });
  const fetcher = createFetcher({ allowlist: hosts(fixture), perHostDelayMs: 0, perHostConcurrency: 8 });
  try {
    const engine = await loadStoryEngine(store);
    const t0 = performance.now();
    await subscribe(store, fixture);
    await pollSources(await store.listSources(), { store, fetcher, pipeline: new ArticlePipeline(store, engine) }, 4);
    const s = (performance.now() - t0) / 1000;
    const n = await store.countArticles();
    rows.push({ system: 'sqlite-1proc', articles: n, seconds: s, perSec: n / s, note: n === expected ? '' : `expected ${expected}` });
  } finally {
    await fetcher.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function child(args: string[], env: Record<string, string>): { proc: ChildProcess; ready: Promise<void> } {
  const proc = spawn(process.execPath, [BIN, ...args], { env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let out = '';
  const ready = new Promise<void>((res, rej) => {
    proc.stderr!.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      if (/worker: ready|scheduler: enqueueing/.test(out)) res();
    });
    proc.on('close', (code) => rej(new Error(`marsad ${args[0]} exited ${code}: ${out.slice(-800)}`)));
  });
  ready.catch(() => undefined);
  return { proc, ready };
}

async function postgresRun(fixture: FixtureServer, expected: number, workers: number): Promise<Store | null> {
  const schema = `marsad_bench_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const u = new URL(PG_URL);
  u.searchParams.set('options', `-c search_path=${schema}`);
  const prefix = `marsadbench-${randomBytes(4).toString('hex')}`;
  const store = await openStore({ url: u.href });
  const env = { MARSAD_DATABASE_URL: u.href, MARSAD_REDIS_URL: REDIS_URL, MARSAD_QUEUE_PREFIX: prefix, MARSAD_ALLOW_HOSTS: hosts(fixture).join(','), MARSAD_HOST_DELAY_MS: '0', MARSAD_DEMO: '0', MARSAD_LOG_LEVEL: 'info' };
  const procs = [child(['serve', '--role', 'scheduler', '--no-demo'], env), ...Array.from({ length: workers }, () => child(['worker', '--concurrency', '4'], env))];
  try {
    await Promise.all(procs.map((p) => p.ready));
    const t0 = performance.now();
    await subscribe(store, fixture);
    const deadline = Date.now() + 600_000;
    // Done when every article is stored and in its story (workers store at once; the story writer decides once the queues drain).
    let storedAt: number | null = null;
    while ((await store.countArticles({ state: 'grouped' })) < expected && Date.now() < deadline) {
      if (storedAt === null && (await store.countArticles()) >= expected) storedAt = performance.now();
      await new Promise((r) => setTimeout(r, 100));
    }
    const s = (performance.now() - t0) / 1000;
    const n = await store.countArticles({ state: 'grouped' });
    if (storedAt !== null) console.log(`postgres-${workers}w: every article stored (searchable) after ${((storedAt - t0) / 1000).toFixed(1)} s, every story decided after ${s.toFixed(1)} s`);
    // Where the time goes: per-queue job run time and the span from the first to the last finished job.
    const redis = new Redis(REDIS_URL);
    const parts: string[] = [];
    for (const q of ['poll', 'fetch-article']) {
      const ids = await redis.zrange(`${prefix}:${q}:completed`, 0, -1);
      const spans: { p: number; f: number }[] = [];
      for (const id of ids) {
        const [p, f] = await redis.hmget(`${prefix}:${q}:${id}`, 'processedOn', 'finishedOn');
        if (p && f) spans.push({ p: Number(p), f: Number(f) });
      }
      if (!spans.length) continue;
      const mean = spans.reduce((a, x) => a + (x.f - x.p), 0) / spans.length;
      const span = Math.max(...spans.map((x) => x.f)) - Math.min(...spans.map((x) => x.p));
      parts.push(`${q} ${spans.length} jobs mean ${mean.toFixed(0)} ms, first→last ${(span / 1000).toFixed(1)} s`);
    }
    redis.disconnect();
    console.log(`postgres-${workers}w: ${parts.join('; ')}`);
    rows.push({ system: `postgres-${workers}w`, articles: n, seconds: s, perSec: n / s, note: n === expected ? '' : `timed out at ${n}/${expected}` });
    return store;
  } finally {
    for (const p of procs) p.proc.kill('SIGTERM');
    await Promise.all(procs.map((p) => new Promise((r) => (p.proc.exitCode !== null ? r(null) : p.proc.on('close', r)))));
    const redis = new Redis(REDIS_URL);
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      cursor = next;
      if (keys.length) await redis.del(...keys);
    } while (cursor !== '0');
    redis.disconnect();
    if (workers !== 3) await dropSchema(store, schema);
    else (store as Store & { schema?: string }).schema = schema;
  }
}

async function dropSchema(store: Store, schema: string) {
  await store.close();
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await c.end();
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

const fixture = await startFixtureServer({ port: 0, baseTime: new Date('2026-11-20T12:00:00Z'), generated: extra > 0 ? { outlets: Math.ceil(extra / 100), perOutlet: 100 } : undefined });
const expected = fixture.articleUrls.length;
const demoFeeds = demoSources(fixture.origin).length;
console.log(`data: demo fixture server, ${demoFeeds} demo feeds${fixture.feeds.length > demoFeeds ? ` + ${fixture.feeds.length - demoFeeds} generated outlets` : ''}, ${fixture.articleUrls.length} articles over loopback HTTP; host delay 0`);
console.log('measured: wall time from subscribing the sources to the last article stored and in its story (searchable as soon as stored; stories decided once the round has settled)');
await sqliteRun(fixture, expected);

const pgProblem = await (async () => {
  const c = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    await c.query('SELECT 1');
    return null;
  } catch (e) {
    return (e as Error).message;
  } finally {
    await c.end().catch(() => undefined);
  }
})();
const rProblem = await redisProblem(REDIS_URL);
let searchLine = '';
if (pgProblem || rProblem) {
  console.log(`PostgreSQL/Redis runs skipped: ${pgProblem ? `PostgreSQL ${pgProblem}` : ''} ${rProblem ? `Redis ${rProblem}` : ''}`);
} else {
  const one = await postgresRun(fixture, expected, 1);
  void one;
  const three = await postgresRun(fixture, expected, 3);
  if (three) {
    const titles = (await three.getArticles((await three.listStoryDocs()).map((r) => r.articleId))).map((a) => a.title);
    const words = [...new Set(titles.flatMap((t) => t.split(/\s+/).filter((w) => w.length >= 4)))].slice(0, 40);
    const times: number[] = [];
    for (let round = 0; round < 5; round++)
      for (const w of words) {
        const t = performance.now();
        await search(three, w);
        times.push(performance.now() - t);
      }
    times.sort((a, b) => a - b);
    searchLine = `bench scale postgres-search: queries=${times.length} distinct=${words.length} p50_ms=${quantile(times, 0.5).toFixed(1)} p99_ms=${quantile(times, 0.99).toFixed(1)} articles=${await three.countArticles()}`;
    await dropSchema(three, (three as Store & { schema?: string }).schema!);
  }
}
await fixture.close();

console.log('\nsystem          articles  seconds  articles/s');
for (const r of rows) console.log(`${r.system.padEnd(15)} ${String(r.articles).padStart(8)} ${r.seconds.toFixed(2).padStart(8)} ${r.perSec.toFixed(1).padStart(11)} ${r.note}`);
console.log('note: 2 shared cores; worker processes compete with the scheduler, PostgreSQL and each other for them, so more workers cannot add CPU here');
for (const r of rows) console.log(`bench scale ${r.system}: articles=${r.articles} seconds=${r.seconds.toFixed(2)} articles_per_s=${r.perSec.toFixed(1)}`);
if (searchLine) console.log(searchLine);
