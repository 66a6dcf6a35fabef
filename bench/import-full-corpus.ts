// The full-corpus phase of `npm run bench:import`: every SaudiNewsNet day (../shared, read-only) imported by the real
// `marsad import` into one SQLite database, then `marsad doctor` and `marsad backup` run on it as a user runs them, each
// a child process timed by GNU time (wall, CPU, peak RSS of that process). Peers side by side: the sqlite3 shell's
// PRAGMA integrity_check and VACUUM INTO on the same file. The imported database is cached under /tmp (it takes
// minutes to build); re-runs reuse it and say so. BENCH_IMPORT_REBUILD=1 rebuilds it.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openStore } from '../src/store/open-store.ts';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin/marsad.js');
const GNU_TIME = '/usr/bin/time';
const SQLITE3 = '/usr/bin/sqlite3';
const CACHE_DIR = process.env.BENCH_IMPORT_CACHE || '/tmp/marsad-bench-import';
/** Bump when the build below changes what it writes. */
const BUILD_VERSION = 'full-1';

interface Usage {
  code: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
  cpuSeconds: number;
  peakRssMib: number;
}

interface BuildInfo {
  builtAt: string;
  commit: string;
  zips: string[];
  read: number;
  new: number;
  duplicate: number;
  rejected: number;
  seconds: number;
  cpuSeconds: number;
  peakRssMib: number;
}

/** One command under GNU time: its own wall time, CPU time and peak RSS (not this process's). */
function timed(cmd: string, args: string[], timeoutMs = 6 * 3600_000): Usage {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-bench-time-'));
  const out = join(dir, 'time.txt');
  try {
    const r = spawnSync(GNU_TIME, ['-o', out, '-f', '%e %U %S %M', cmd, ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 256 * 2 ** 20,
      timeout: timeoutMs,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, MARSAD_DEMO: '0' },
    });
    // GNU time writes "Command exited with non-zero status N" before the figures when the command fails.
    const line = readFileSync(out, 'utf8').trim().split('\n').pop()!;
    const [e, u, s, m] = line.split(' ').map(Number);
    return { code: r.status, stdout: r.stdout, stderr: r.stderr, seconds: e!, cpuSeconds: u! + s!, peakRssMib: m! / 1024 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function marsad(args: string[]): Usage {
  return timed(process.execPath, [BIN, ...args]);
}

function commit(): string {
  const r = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : 'unknown';
}

/**
 * The cache holds while the data is the same. A newer marsad opens an older database as an operator's would: newer
 * migrations are applied (before measuring, see below), and the grouping it holds is that of the build's commit.
 */
function cacheKey(zips: string[]): string {
  const h = createHash('sha256').update(BUILD_VERSION);
  for (const z of zips) h.update(z.replace(/.*\//, '')).update(String(statSync(z).size));
  return h.digest('hex').slice(0, 12);
}

function mib(path: string): number {
  let bytes = 0;
  for (const f of [path, `${path}-wal`]) if (existsSync(f)) bytes += statSync(f).size;
  return bytes / 2 ** 20;
}

/** The imported database, built once (under a scratch name, renamed when complete) and reused after. */
function fullDatabase(zips: string[], log: (line: string) => void): { db: string; info: BuildInfo; reused: boolean } {
  const dir = join(CACHE_DIR, `31k-${cacheKey(zips)}`);
  const db = join(dir, 'marsad.db');
  const infoPath = join(dir, 'info.json');
  if (process.env.BENCH_IMPORT_REBUILD === '1') rmSync(dir, { recursive: true, force: true });
  if (existsSync(infoPath) && existsSync(db)) return { db, info: JSON.parse(readFileSync(infoPath, 'utf8')) as BuildInfo, reused: true };
  mkdirSync(CACHE_DIR, { recursive: true });
  // Older builds (another key) are ours and large.
  for (const f of readdirSync(CACHE_DIR)) if (f.startsWith('31k-') && f !== `31k-${cacheKey(zips)}`) rmSync(join(CACHE_DIR, f), { recursive: true, force: true });
  const part = `${dir}.part`;
  rmSync(part, { recursive: true, force: true });
  mkdirSync(part);
  log(`full corpus: no cached database in ${CACHE_DIR}; importing all ${zips.length} days with \`marsad import\` (minutes; cached for re-runs)`);
  const run = marsad(['import', ...zips, '--db', join(part, 'marsad.db'), '--json']);
  if (run.code !== 0) throw new Error(`marsad import exited ${run.code}: ${run.stderr.slice(0, 2000)}`);
  const summary = JSON.parse(run.stdout) as { read: number; new: number; duplicate: number; rejected: number };
  const info: BuildInfo = {
    builtAt: new Date().toISOString(),
    commit: commit(),
    zips: zips.map((z) => z.replace(/.*\//, '')),
    read: summary.read,
    new: summary.new,
    duplicate: summary.duplicate,
    rejected: summary.rejected,
    seconds: run.seconds,
    cpuSeconds: run.cpuSeconds,
    peakRssMib: run.peakRssMib,
  };
  writeFileSync(join(part, 'info.json'), JSON.stringify(info, null, 1));
  rmSync(dir, { recursive: true, force: true });
  renameSync(part, dir);
  return { db, info, reused: false };
}

/** Runs the full-corpus phase and returns the lines to print; explains itself when something it needs is missing. */
export async function measureFullCorpus(sharedDir: string, log: (line: string) => void): Promise<string[]> {
  if (!existsSync(sharedDir)) return [`full corpus: ${sharedDir} not found (../shared is not here), nothing measured`];
  if (!existsSync(GNU_TIME)) return [`full corpus: ${GNU_TIME} (GNU time) is missing, so peak memory cannot be measured; nothing measured`];
  const zips = readdirSync(sharedDir).filter((f) => f.endsWith('.zip')).sort().map((f) => join(sharedDir, f));
  if (!zips.length) return [`full corpus: no .zip in ${sharedDir}, nothing measured`];

  const { db, info, reused } = fullDatabase(zips, log);
  const lines: string[] = [];
  lines.push(
    reused
      ? `full corpus: reusing the cached database ${db} (built ${info.builtAt} at commit ${info.commit}; import not re-run — BENCH_IMPORT_REBUILD=1 rebuilds it)`
      : `full corpus: built ${db} at commit ${info.commit}`,
  );
  lines.push(
    `full corpus import (${reused ? 'when built' : 'this run'}): ${info.zips.length} days, read ${info.read}, new ${info.new}, duplicate ${info.duplicate}, rejected ${info.rejected}; ${info.seconds.toFixed(0)} s wall, ${info.cpuSeconds.toFixed(0)} CPU-s (${(info.read / info.cpuSeconds).toFixed(0)} articles per CPU-second), peak RSS ${info.peakRssMib.toFixed(0)} MiB, database ${mib(db).toFixed(0)} MiB`,
  );

  // Schema migrations newer than the cached database run here, once, so they are not timed as part of doctor.
  const t0 = process.hrtime.bigint();
  const store = await openStore({ db });
  await store.close();
  const migrateS = Number(process.hrtime.bigint() - t0) / 1e9;
  if (migrateS > 1) lines.push(`full corpus: opening it (schema brought up to date) took ${migrateS.toFixed(1)} s, not counted below`);
  lines.push(`bench import import-31k: articles=${info.read} new=${info.new} seconds=${info.seconds.toFixed(0)} cpu_s=${info.cpuSeconds.toFixed(0)} articles_per_cpu_s=${(info.read / info.cpuSeconds).toFixed(0)} peak_rss_mib=${info.peakRssMib.toFixed(0)} cached=${reused}`);

  const scratch = mkdtempSync(join(tmpdir(), 'marsad-bench-full-'));
  try {
    const doctor = marsad(['doctor', '--db', db, '--json']);
    const report = JSON.parse(doctor.stdout) as { ok: boolean; checks: unknown[]; counts: { articles: number; stories: number } };
    if (doctor.code !== 0 && report.ok) throw new Error(`marsad doctor exited ${doctor.code}: ${doctor.stderr.slice(0, 2000)}`);
    const backupPath = join(scratch, 'backup.db');
    const backup = marsad(['backup', backupPath, '--db', db, '--json']);
    if (backup.code !== 0) throw new Error(`marsad backup exited ${backup.code}: ${backup.stderr.slice(0, 2000)}`);
    const backupMib = mib(backupPath);
    rmSync(backupPath, { force: true });

    const haveSqlite = existsSync(SQLITE3);
    const integrity = haveSqlite ? timed(SQLITE3, [db, 'PRAGMA integrity_check']) : null;
    const vacuumPath = join(scratch, 'vacuum-into.db');
    const vacuum = haveSqlite ? timed(SQLITE3, [db, `VACUUM INTO '${vacuumPath}'`]) : null;
    const vacuumMib = vacuum ? mib(vacuumPath) : 0;
    const version = haveSqlite ? spawnSync(SQLITE3, ['--version'], { encoding: 'utf8' }).stdout.split(' ')[0] : null;

    const articles = report.counts.articles;
    lines.push(`each command is its own process (node ${process.version}, startup included), measured by GNU time; peers: the sqlite3 ${version ?? '(missing)'} shell on the same file`);
    lines.push(
      `marsad doctor: ${report.ok ? 'consistent' : 'INCONSISTENT'} (${report.checks.length} checks over ${articles} articles, ${report.counts.stories} stories) in ${doctor.seconds.toFixed(2)} s wall, ${doctor.cpuSeconds.toFixed(2)} CPU-s, peak RSS ${doctor.peakRssMib.toFixed(0)} MiB` +
        (integrity ? ` · peer PRAGMA integrity_check alone ${integrity.seconds.toFixed(2)} s, peak RSS ${integrity.peakRssMib.toFixed(0)} MiB` : ''),
    );
    lines.push(
      `marsad backup: ${backupMib.toFixed(0)} MiB in ${backup.seconds.toFixed(2)} s wall (online copy + verification), ${backup.cpuSeconds.toFixed(2)} CPU-s, peak RSS ${backup.peakRssMib.toFixed(0)} MiB` +
        (vacuum ? ` · peer VACUUM INTO ${vacuumMib.toFixed(0)} MiB in ${vacuum.seconds.toFixed(2)} s, peak RSS ${vacuum.peakRssMib.toFixed(0)} MiB` : ''),
    );
    lines.push(`bench import doctor-31k: articles=${articles} seconds=${doctor.seconds.toFixed(2)} cpu_s=${doctor.cpuSeconds.toFixed(2)} peak_rss_mib=${doctor.peakRssMib.toFixed(0)} ok=${report.ok}`);
    if (integrity) lines.push(`bench import sqlite-integrity-check-31k: articles=${articles} seconds=${integrity.seconds.toFixed(2)} cpu_s=${integrity.cpuSeconds.toFixed(2)} peak_rss_mib=${integrity.peakRssMib.toFixed(0)}`);
    lines.push(`bench import backup-31k: articles=${articles} db_mib=${backupMib.toFixed(0)} seconds=${backup.seconds.toFixed(2)} cpu_s=${backup.cpuSeconds.toFixed(2)} peak_rss_mib=${backup.peakRssMib.toFixed(0)}`);
    if (vacuum) lines.push(`bench import sqlite-vacuum-into-31k: articles=${articles} db_mib=${vacuumMib.toFixed(0)} seconds=${vacuum.seconds.toFixed(2)} cpu_s=${vacuum.cpuSeconds.toFixed(2)} peak_rss_mib=${vacuum.peakRssMib.toFixed(0)}`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return lines;
}
