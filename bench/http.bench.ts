// npm run bench:http — the web reader under load on the SaudiNewsNet corpus (../shared/data/saudinewsnet/*.zip, read
// only). The articles go through `marsad import`'s path (importFiles) into a SQLite database, cached under
// /tmp/marsad-bench-http/<corpus key>/ so later runs skip the import; then `marsad serve --role web` runs in a child
// process on 127.0.0.1 and autocannon measures the front page, story pages, article pages and /api/v1/stories.
// Each endpoint is measured twice: one connection (a reader's latency: the server's time per request) and
// BENCH_HTTP_CONNECTIONS connections (throughput and latency under load). Loopback only.
// Env: BENCH_HTTP_SECONDS (10), BENCH_HTTP_CONNECTIONS (10), BENCH_HTTP_REBUILD=1 (re-import), BENCH_HTTP_CACHE (dir),
//      BENCH_HTTP_PROFILE=1 (server runs with --cpu-prof; the .cpuprofile lands in the cache dir).
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { openStore } from '../src/store/open-store.ts';
import { ArticlePipeline } from '../src/pipeline/article-pipeline.ts';
import { loadStoryEngine } from '../src/pipeline/story-state.ts';
import { importFiles, type ImportSummary } from '../src/jobs/import-files.ts';

const SHARED = resolve(import.meta.dirname, '../../shared/data/saudinewsnet');
const SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_HTTP_CONNECTIONS ?? 10);
const PROFILE = process.env.BENCH_HTTP_PROFILE === '1';
const CACHE_ROOT = process.env.BENCH_HTTP_CACHE ?? '/tmp/marsad-bench-http';
const TARGET_FRONT_P50_MS = 20;
const TARGET_API_RPS = 1000;

if (!existsSync(SHARED)) {
  console.log(`bench http: ${SHARED} is missing (../shared is not here); cannot run, nothing measured`);
  process.exit(0);
}
const zips = readdirSync(SHARED).filter((f) => f.endsWith('.zip')).sort().map((f) => join(SHARED, f));
if (zips.length === 0) {
  console.log(`bench http: no .zip files in ${SHARED}; cannot run, nothing measured`);
  process.exit(0);
}

interface CorpusMeta {
  files: number;
  summary: ImportSummary;
  importSeconds: number;
  builtAt: string;
}

// The corpus (file names and sizes) names the cache; a change of data builds a new database.
const corpusKey = createHash('sha256')
  .update(zips.map((z) => `${z.replace(/.*\//, '')}:${statSync(z).size}`).join('\n'))
  .digest('hex')
  .slice(0, 16);
const cacheDir = join(CACHE_ROOT, `saudinewsnet-${corpusKey}`);
const dbPath = join(cacheDir, 'marsad.db');
const metaPath = join(cacheDir, 'corpus.json');

async function buildDatabase(): Promise<CorpusMeta> {
  mkdirSync(cacheDir, { recursive: true });
  // Built under another name and renamed when complete, so an interrupted import is never mistaken for a cache.
  const building = join(cacheDir, `building-${process.pid}.db`);
  for (const f of [building, `${building}-wal`, `${building}-shm`]) rmSync(f, { force: true });
  console.log(`import: ${zips.length} SaudiNewsNet day files into ${building} through marsad's import path (a few minutes; cached afterwards)`);
  const store = await openStore({ db: building });
  const pipeline = new ArticlePipeline(store, await loadStoryEngine(store));
  const t0 = process.hrtime.bigint();
  const summary = await importFiles(zips, store, pipeline);
  const importSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
  await store.close();
  for (const f of [dbPath, `${dbPath}-wal`, `${dbPath}-shm`]) rmSync(f, { force: true });
  renameSync(building, dbPath);
  const meta: CorpusMeta = { files: zips.length, summary, importSeconds, builtAt: new Date().toISOString() };
  writeFileSync(metaPath, JSON.stringify(meta, null, 2));
  return meta;
}

let meta: CorpusMeta;
if (process.env.BENCH_HTTP_REBUILD !== '1' && existsSync(dbPath) && existsSync(metaPath)) {
  meta = JSON.parse(readFileSync(metaPath, 'utf8')) as CorpusMeta;
  console.log(`database: cached ${dbPath} (built ${meta.builtAt} in ${meta.importSeconds.toFixed(0)} s; import skipped — BENCH_HTTP_REBUILD=1 rebuilds)`);
} else {
  meta = await buildDatabase();
  console.log(`database: built ${dbPath} in ${meta.importSeconds.toFixed(0)} s (cached for later runs)`);
}
const s = meta.summary;
console.log(
  `data: SaudiNewsNet, ${meta.files} day files, ${s.read} records read: ${s.new} articles stored, ${s.duplicate} duplicates, ${s.rejected} rejected; ` +
    `database ${(statSync(dbPath).size / 2 ** 20).toFixed(0)} MiB; node ${process.version}`,
);

// ---- server ----------------------------------------------------------------------------------------------------

interface RunningChild {
  child: ChildProcess;
  url: string;
  startMs: number;
}

async function startServer(): Promise<RunningChild> {
  const args = ['--import', 'tsx'];
  if (PROFILE) args.push('--cpu-prof', '--cpu-prof-dir', cacheDir);
  args.push(join(import.meta.dirname, 'http-bench-server.ts'), dbPath);
  const child = spawn(process.execPath, args, { cwd: resolve(import.meta.dirname, '..'), stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! });
  return new Promise((done, fail) => {
    child.once('exit', (code) => fail(new Error(`bench server exited with code ${code} before listening`)));
    lines.once('line', (line) => {
      const info = JSON.parse(line) as { url: string; startMs: number };
      done({ child, url: info.url, startMs: info.startMs });
    });
  });
}

async function stopServer(server: RunningChild): Promise<void> {
  if (server.child.exitCode !== null) return;
  await new Promise<void>((done) => {
    server.child.once('exit', () => done());
    server.child.kill('SIGTERM');
  });
}

/** The server process's CPU time so far, seconds (utime + stime from /proc; Linux only, else null). */
function cpuSecondsOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields after the command: state is [0], so utime (14th overall) is [11] and stime [12]; clock ticks of 1/100 s.
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

// ---- measurement -----------------------------------------------------------------------------------------------

interface Measured {
  name: string;
  paths: number;
  connections: number;
  rps: number;
  total: number;
  p50: number;
  p975: number;
  p99: number;
  errors: number;
  non2xx: number;
  cpuMsPerRequest: number | null;
  load: [number, number];
}

async function measure(origin: string, pid: number, name: string, paths: string[], connections: number, seconds: number, cold = false): Promise<Measured> {
  let next = 0;
  // A distinct query string per request (the routes ignore it) defeats the response cache: the cost of assembling.
  const pathOf = (i: number) => (cold ? `${paths[i % paths.length]}${paths[i % paths.length]!.includes('?') ? '&' : '?'}cold=${i}` : paths[i % paths.length]);
  const load0 = loadavg()[0]!;
  const cpu0 = cpuSecondsOf(pid);
  const result = await autocannon({
    url: origin,
    connections,
    duration: seconds,
    requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: pathOf(next++) }) }],
  });
  const cpu1 = cpuSecondsOf(pid);
  const total = result.requests.total;
  return {
    name: cold ? `${name} (cold)` : name,
    paths: cold ? total : paths.length,
    connections,
    rps: result.requests.average,
    total,
    p50: result.latency.p50,
    p975: result.latency.p97_5,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
    cpuMsPerRequest: cpu0 !== null && cpu1 !== null && total > 0 ? ((cpu1 - cpu0) * 1000) / total : null,
    load: [load0, loadavg()[0]!],
  };
}

function line(m: Measured): string {
  const cpu = m.cpuMsPerRequest === null ? 'n/a' : `${m.cpuMsPerRequest.toFixed(2)} ms`;
  const perCpuS = m.cpuMsPerRequest ? (1000 / m.cpuMsPerRequest).toFixed(0) : 'n/a';
  const bad = m.errors || m.non2xx ? ` — ${m.errors} errors, ${m.non2xx} non-2xx` : '';
  return (
    `  ${m.name.padEnd(16)} c=${String(m.connections).padStart(2)}  ${m.rps.toFixed(0).padStart(6)} req/s  ` +
    `p50 ${m.p50} ms  p97.5 ${m.p975} ms  p99 ${m.p99} ms  (${m.total} requests over ${m.paths} path${m.paths > 1 ? 's' : ''}; ` +
    `server CPU ${cpu}/request = ${perCpuS} req per CPU-second; load ${m.load[0].toFixed(1)}→${m.load[1].toFixed(1)})${bad}`
  );
}

const server = await startServer();
try {
  const origin = server.url;
  console.log(`server: marsad serve --role web (SQLite, no scheduler) at ${origin}, ready in ${server.startMs.toFixed(0)} ms${PROFILE ? ', --cpu-prof on' : ''}`);

  // The pages readers reach from the front page: the 100 top-ranked stories and the first report of each.
  const top = (await (await fetch(`${origin}/api/v1/stories?limit=100`)).json()) as { items: { id: number; size: number; articles: { id: number }[] }[] };
  if (top.items.length === 0) throw new Error('the database has no stories');
  const storyPaths = top.items.map((st) => `/stories/${st.id}`);
  const articlePaths = top.items.map((st) => `/articles/${st.articles[0]!.id}`);
  const meanSize = top.items.reduce((n, st) => n + st.size, 0) / top.items.length;
  const endpoints: [string, string[]][] = [
    ['front page /', ['/']],
    ['story page', storyPaths],
    ['article page', articlePaths],
    ['/api/v1/stories', ['/api/v1/stories']],
    // The peer: a handler that does no work, through the same server, Hono app and autocannon: the floor on this machine.
    ['floor /healthz', ['/healthz']],
  ];
  for (const [name, paths] of endpoints) {
    const r = await fetch(origin + paths[0]);
    await r.arrayBuffer();
    if (r.status !== 200) throw new Error(`${paths[0]} answered ${r.status}`);
  }
  console.log(
    `endpoints: / (20 stories), /stories/:id and /articles/:id cycling over the ${top.items.length} top-ranked stories (mean ${meanSize.toFixed(1)} articles) ` +
      `and the first report of each, /api/v1/stories (default page of 20); GET without If-None-Match, so every answer is a full 200`,
  );
  console.log(
    `runs per endpoint, ${SECONDS} s each: cold (1 connection, a distinct query string per request, so nothing comes from the response cache: ` +
      `the cost of assembling the page from the store), then after one pass over every path, 1 and ${CONNECTIONS} connections with the cache as readers meet it ` +
      `between two polls; autocannon in this process, the server in its own; latency in whole ms (autocannon's resolution)`,
  );
  console.log(`load average before: ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${(await import('node:os')).cpus().length} cores`);

  const results = new Map<string, { one: Measured; many: Measured; cold: Measured }>();
  for (const [name, paths] of endpoints) {
    const cold = await measure(origin, server.child.pid!, name, paths, 1, SECONDS, true);
    // Every path once, so the runs below read kept answers as readers between two polls do.
    for (const path of paths) await (await fetch(origin + path)).arrayBuffer();
    const one = await measure(origin, server.child.pid!, name, paths, 1, SECONDS);
    const many = await measure(origin, server.child.pid!, name, paths, CONNECTIONS, SECONDS);
    console.log(line(cold));
    console.log(line(one));
    console.log(line(many));
    results.set(name, { one, many, cold });
  }

  const front = results.get('front page /')!;
  const api = results.get('/api/v1/stories')!;
  const floorRuns = results.get('floor /healthz')!;
  const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
  console.log(
    `target front page p50 ≤ ${TARGET_FRONT_P50_MS} ms: ${front.one.p50} ms at 1 connection (${verdict(front.one.p50 <= TARGET_FRONT_P50_MS)}), ` +
      `${front.many.p50} ms at ${CONNECTIONS} (${verdict(front.many.p50 <= TARGET_FRONT_P50_MS)}); cold, after a store change: ${front.cold.p50} ms`,
  );
  console.log(
    `target /api/v1/stories ≥ ${TARGET_API_RPS} req/s: ${api.one.rps.toFixed(0)} req/s at 1 connection (${verdict(api.one.rps >= TARGET_API_RPS)}), ` +
      `${api.many.rps.toFixed(0)} at ${CONNECTIONS} (${verdict(api.many.rps >= TARGET_API_RPS)}); the no-work floor on this machine now: ` +
      `${floorRuns.one.rps.toFixed(0)} / ${floorRuns.many.rps.toFixed(0)} req/s; server CPU per answer ${api.many.cpuMsPerRequest?.toFixed(2) ?? 'n/a'} ms`,
  );
  console.log(`load average after: ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  const key = (name: string) => name.replace(/^\//, '').replace(/[^a-z0-9]+/gi, '_').replace(/_$/, '');
  const parts = [`articles=${s.new}`, `connections=${CONNECTIONS}`];
  for (const [name, { one, many, cold }] of results) {
    const k = key(name);
    parts.push(`${k}_rps=${many.rps.toFixed(0)}`, `${k}_p50_ms=${many.p50}`, `${k}_p99_ms=${many.p99}`, `${k}_p50_ms_c1=${one.p50}`, `${k}_cold_p50_ms=${cold.p50}`);
    if (many.cpuMsPerRequest) parts.push(`${k}_req_per_cpu_s=${(1000 / many.cpuMsPerRequest).toFixed(0)}`);
  }
  parts.push(`load=${front.many.load[0].toFixed(1)}`);
  const floor = results.get('floor /healthz')!;
  console.log(`bench http marsad: ${parts.filter((p) => !p.startsWith('floor')).join(' ')}`);
  console.log(
    `bench http floor-healthz: connections=${CONNECTIONS} rps=${floor.many.rps.toFixed(0)} p50_ms=${floor.many.p50} p99_ms=${floor.many.p99} p50_ms_c1=${floor.one.p50}` +
      (floor.many.cpuMsPerRequest ? ` req_per_cpu_s=${(1000 / floor.many.cpuMsPerRequest).toFixed(0)}` : ''),
  );
} finally {
  await stopServer(server);
  if (PROFILE) console.log(`profile: ${readdirSync(cacheDir).filter((f) => f.endsWith('.cpuprofile')).map((f) => join(cacheDir, f)).join(', ')}`);
}
