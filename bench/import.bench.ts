// npm run bench:import — imports one SaudiNewsNet day (../shared/data/saudinewsnet/2015-08-03.zip by default) into a
// fresh SQLite database through the same path as `marsad import`, and prints articles per second and peak memory.
// Then the full corpus (bench/import-full-corpus.ts): `marsad doctor` and `marsad backup` on all 31,030 articles, on a
// database imported once and cached under /tmp (the first run takes minutes longer; later runs say they reuse it).
// Usage: npm run bench:import [-- path/to/day.zip ...]   (given files: those only, unless BENCH_IMPORT_FULL=1)
//        BENCH_IMPORT_FULL=0 skips the full corpus; BENCH_IMPORT_REBUILD=1 re-imports it.
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openStore } from '../src/store/open-store.ts';
import { ArticlePipeline } from '../src/pipeline/article-pipeline.ts';
import { loadStoryEngine } from '../src/pipeline/story-state.ts';
import { importFiles } from '../src/jobs/import-files.ts';
import { measureFullCorpus } from './import-full-corpus.ts';

const SHARED = resolve(import.meta.dirname, '../../shared/data/saudinewsnet');
const args = process.argv.slice(2);
const files = args.length ? args : [join(SHARED, '2015-08-03.zip')];
const fullCorpus = (process.env.BENCH_IMPORT_FULL ?? (args.length ? '0' : '1')) === '1';
if (!files.every((f) => existsSync(f))) {
  console.log(`bench import: data not found (${files.join(', ')}); ../shared is not here, nothing measured`);
  process.exit(0);
}

const dir = mkdtempSync(join(tmpdir(), 'marsad-bench-'));
const dbPath = join(dir, 'bench.db');
let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
try {
  const store = await openStore({ db: dbPath });
  const pipeline = new ArticlePipeline(store, await loadStoryEngine(store));
  const t0 = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  const summary = await importFiles(files, store, pipeline);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const ops = await measureOperations(store, dir);
  await store.close();
  clearInterval(sampler);
  peakRss = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);
  const dbBytes = statSync(dbPath).size + (existsSync(dbPath + '-wal') ? statSync(dbPath + '-wal').size : 0);
  console.log(`data: ${files.map((f) => f.replace(/.*\//, '')).join(', ')} (SaudiNewsNet), fresh SQLite database, one process, node ${process.version}`);
  console.log(`read ${summary.read}, new ${summary.new}, duplicate ${summary.duplicate}, rejected ${summary.rejected} ${JSON.stringify(summary.reasons)}`);
  console.log(`time ${seconds.toFixed(2)} s, ${(summary.read / seconds).toFixed(0)} articles/s (fetch-free: extraction of records, analysis, near-duplicates, FTS indexing, one transaction per article; stories decided afterwards in batches)`);
  console.log(`CPU ${cpuSeconds.toFixed(2)} s, ${(summary.read / cpuSeconds).toFixed(0)} articles per CPU-second (wall time depends on machine load: load average ${(await import('node:os')).loadavg()[0]!.toFixed(1)})`);
  console.log(`peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MiB, database ${(dbBytes / 2 ** 20).toFixed(1)} MiB`);
  console.log(`bench import marsad-sqlite: articles=${summary.read} seconds=${seconds.toFixed(2)} articles_per_s=${(summary.read / seconds).toFixed(0)} cpu_s=${cpuSeconds.toFixed(2)} articles_per_cpu_s=${(summary.read / cpuSeconds).toFixed(0)} peak_rss_mib=${(peakRss / 2 ** 20).toFixed(0)} db_mib=${(dbBytes / 2 ** 20).toFixed(1)}`);
  for (const line of ops) console.log(line);
} finally {
  clearInterval(sampler);
  rmSync(dir, { recursive: true, force: true });
}

if (fullCorpus) {
  console.log('');
  for (const line of await measureFullCorpus(SHARED, (l) => console.log(l))) console.log(line);
} else {
  console.log('full corpus: skipped (BENCH_IMPORT_FULL=0, or files were given); `npm run bench:import` alone measures doctor and backup on all 31,030 articles');
}

/**
 * Operations on the imported database: `marsad doctor` (all checks) next to SQLite's bare integrity_check, and
 * `marsad backup` (online backup API + verification) next to VACUUM INTO. Time and RSS growth of each.
 */
async function measureOperations(store: Awaited<ReturnType<typeof openStore>>, dir: string): Promise<string[]> {
  const raw = (store as unknown as { raw?: import('better-sqlite3').Database }).raw;
  if (!raw) return ['operations: not a SQLite store, nothing measured'];
  const measure = async (fn: () => unknown) => {
    const rss0 = process.memoryUsage().rss;
    let peak = rss0;
    const tick = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const t = process.hrtime.bigint();
    const value = await fn();
    const seconds = Number(process.hrtime.bigint() - t) / 1e9;
    clearInterval(tick);
    peak = Math.max(peak, process.memoryUsage().rss);
    return { value, seconds, rssMib: (peak - rss0) / 2 ** 20 };
  };
  const doctor = await measure(() => store.doctor({ repair: false }));
  const integrity = await measure(() => raw.pragma('integrity_check'));
  const backup = await measure(() => store.backup(join(dir, 'backup.db')));
  const vacuum = await measure(() => raw.prepare(`VACUUM INTO ?`).run(join(dir, 'vacuum-into.db')));
  const report = doctor.value as Awaited<ReturnType<typeof store.doctor>>;
  const mib = (f: string) => (statSync(f).size / 2 ** 20).toFixed(1);
  return [
    `doctor: ${report.ok ? 'consistent' : 'INCONSISTENT'} (${report.checks.length} checks over ${report.counts.articles} articles, ${report.counts.stories} stories) in ${doctor.seconds.toFixed(2)} s, RSS +${doctor.rssMib.toFixed(0)} MiB; peer PRAGMA integrity_check alone ${integrity.seconds.toFixed(2)} s`,
    `backup: ${mib(join(dir, 'backup.db'))} MiB in ${backup.seconds.toFixed(2)} s (copy + verification), RSS +${backup.rssMib.toFixed(0)} MiB; peer VACUUM INTO ${mib(join(dir, 'vacuum-into.db'))} MiB in ${vacuum.seconds.toFixed(2)} s`,
    `bench doctor marsad-sqlite: articles=${report.counts.articles} seconds=${doctor.seconds.toFixed(2)} rss_growth_mib=${doctor.rssMib.toFixed(0)} ok=${report.ok}`,
    `bench doctor sqlite-integrity-check: articles=${report.counts.articles} seconds=${integrity.seconds.toFixed(2)} rss_growth_mib=${integrity.rssMib.toFixed(0)}`,
    `bench backup marsad-sqlite: db_mib=${mib(join(dir, 'backup.db'))} seconds=${backup.seconds.toFixed(2)} rss_growth_mib=${backup.rssMib.toFixed(0)}`,
    `bench backup sqlite-vacuum-into: db_mib=${mib(join(dir, 'vacuum-into.db'))} seconds=${vacuum.seconds.toFixed(2)} rss_growth_mib=${vacuum.rssMib.toFixed(0)}`,
  ];
}
