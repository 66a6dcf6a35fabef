// The story stage's cost per article in counted machine work, not in time: the 2-core VMs this project runs on have
// read the same code from 0.87 to 1.34 ms CPU per article within one hour, so a change worth a few per cent cannot be
// seen in bench:stories' articles/s. Here a live pipeline's order (each article analyzed, then grouped) runs under
// valgrind's cachegrind with V8 single-threaded (no concurrent compilation or GC threads), which makes the counts
// repeat to ~10 ppm run to run: instructions, and misses of a simulated 32 KiB L1 and 1 MiB last level (an L2's size).
// The same code bundled from two trees (this checkout and a worktree of HEAD) read 0.999 in instructions and 0.98 in
// L1 misses (code and data laid out elsewhere), so differences under about 1 % are not a change's.
// The marginal cost of articles LO+1..HI (two runs, N=LO and N=HI) leaves out start-up and most compilation.
// Run: npm run bench:stories-cost   (needs valgrind: apt-get install valgrind; about 3 minutes per system)
//      BENCH_COST_BASE=<git revision> also measures that revision side by side (a temporary git worktree).
//      BENCH_COST_LO / BENCH_COST_HI change the range (defaults 2500 / 5000).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { corpusInTimeOrder, SNN_DIR } from './story-inputs.ts';

const ROOT = resolve(import.meta.dirname, '..');
const LO = Number(process.env.BENCH_COST_LO ?? 2500), HI = Number(process.env.BENCH_COST_HI ?? 5000);
const BASE = process.env.BENCH_COST_BASE;
const SIM = ['--I1=32768,8,64', '--D1=32768,8,64', '--LL=1048576,8,64'];

/** Per function: instructions, L1 data misses, last-level misses (reads and writes; instruction fetch misses apart). */
interface Cost { ir: number; d1: number; ll: number }
type Bucket = 'JS (JIT code)' | 'builtins' | 'GC' | 'compiler' | 'runtime, libc';
const BUCKETS: Bucket[] = ['JS (JIT code)', 'builtins', 'GC', 'compiler', 'runtime, libc'];

function bucketOf(fn: string): Bucket {
  const name = fn.includes(':') ? fn.slice(fn.indexOf(':') + 1) : fn;
  // JIT code has no symbols for valgrind: it is the "???" left after the binaries' own functions.
  if (name === '???') return 'JS (JIT code)';
  if (name.startsWith('Builtins_')) return 'builtins';
  if (/compiler::|maglev|Turbofan|interpreter::BytecodeGenerator/i.test(name)) return 'compiler';
  if (/Scaveng|Marking|MarkCompact|Sweeper|Evacuat|RecordMigrated|LiveObject|CppMarking|SizeFromMap|GetHeaderSize|ShouldVisit|IteratePointers|Pretenuring|heap::base|Heap::|MemoryAllocator|FreeList|RememberedSet|SlotSet|ArrayBufferSweeper|Worklist/.test(name)) return 'GC';
  return 'runtime, libc';
}

/** Totals by bucket from a cachegrind output file. */
function readCachegrind(path: string): Map<Bucket, Cost> {
  const out = new Map<Bucket, Cost>(BUCKETS.map((b) => [b, { ir: 0, d1: 0, ll: 0 }]));
  let events: string[] = [];
  let bucket: Cost | undefined;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('events:')) events = line.slice(7).trim().split(/\s+/);
    else if (line.startsWith('fn=')) bucket = out.get(bucketOf(line.slice(3)));
    else if (bucket && /^\d/.test(line)) {
      const v = line.split(' ').slice(1).map(Number);
      const at = (e: string) => v[events.indexOf(e)] ?? 0;
      bucket.ir += at('Ir');
      bucket.d1 += at('D1mr') + at('D1mw');
      bucket.ll += at('DLmr') + at('DLmw');
    }
  }
  return out;
}

function run(bundle: string, inputs: string, n: number, outFile: string): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn('valgrind', ['--tool=cachegrind', '--cache-sim=yes', ...SIM, `--cachegrind-out-file=${outFile}`, '--smc-check=all-non-file',
      process.execPath, '--single-threaded', bundle, inputs, String(n)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '', stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('close', (code) => code === 0 ? done(stdout.trim()) : fail(new Error(`cachegrind run (N=${n}) failed with ${code}: ${stderr.slice(-2000)}`)));
  });
}

/** The runner bundled with the src/ of `tree`, so a worktree of another revision is measured with the same runner. */
function bundle(tree: string, outDir: string, name: string): string {
  const entry = join(tree, 'bench', '.stories-cost-run.ts');
  copyFileSync(join(ROOT, 'bench', 'stories-cost-run.ts'), entry);
  const outfile = join(outDir, `${name}.mjs`);
  try {
    // Packages stay imports, resolved from this checkout's node_modules (the bundle is written under it).
    buildSync({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile, logLevel: 'warning' });
  } finally {
    rmSync(entry, { force: true });
  }
  return outfile;
}

async function measure(name: string, bundlePath: string, inputs: string, dir: string): Promise<{ cost: Map<Bucket, Cost>; checksum: string }> {
  const lo = join(dir, `${name}.lo.out`), hi = join(dir, `${name}.hi.out`);
  const [, checksum] = await Promise.all([run(bundlePath, inputs, LO, lo), run(bundlePath, inputs, HI, hi)]);
  const a = readCachegrind(lo), b = readCachegrind(hi);
  const per = new Map<Bucket, Cost>();
  for (const k of BUCKETS) {
    const x = a.get(k)!, y = b.get(k)!, n = HI - LO;
    per.set(k, { ir: (y.ir - x.ir) / n, d1: (y.d1 - x.d1) / n, ll: (y.ll - x.ll) / n });
  }
  return { cost: per, checksum };
}

const sum = (cs: Cost[]): Cost => cs.reduce((s, x) => ({ ir: s.ir + x.ir, d1: s.d1 + x.d1, ll: s.ll + x.ll }), { ir: 0, d1: 0, ll: 0 });
const total = (c: Map<Bucket, Cost>): Cost => sum([...c.values()]);
const withoutGc = (c: Map<Bucket, Cost>): Cost => sum([...c].filter(([b]) => b !== 'GC').map(([, x]) => x));
/** A rough cycle model, only to weigh misses against instructions: 3 instructions a cycle, 12 cycles an L1 miss served by L2, 40 beyond. */
const model = (c: Cost): number => c.ir / 3 + 12 * c.d1 + 40 * c.ll;
const k = (x: number): string => `${(x / 1000).toFixed(1)}k`;

async function main(): Promise<void> {
  console.log('== story stage cost per article, counted (cachegrind, V8 single-threaded)');
  if (spawnSync('valgrind', ['--version']).status !== 0) {
    console.log('valgrind is not installed (Debian: apt-get install valgrind): skipped');
    console.log('bench stories-cost marsad: skipped=no-valgrind');
    return;
  }
  if (!existsSync(SNN_DIR)) {
    console.log(`SaudiNewsNet corpus missing (${SNN_DIR}): skipped`);
    console.log('bench stories-cost marsad: skipped=no-corpus');
    return;
  }
  const cacheDir = join(ROOT, 'node_modules', '.cache');
  mkdirSync(cacheDir, { recursive: true });
  const dir = mkdtempSync(join(cacheDir, 'marsad-stories-cost-'));
  const worktree = BASE ? join(dir, 'base') : null;
  try {
    const inputs = join(dir, 'inputs.json');
    writeFileSync(inputs, JSON.stringify(corpusInTimeOrder().slice(0, HI)));
    console.log(`data: SaudiNewsNet in time order, articles ${LO + 1}-${HI} (the marginal cost: runs over the first ${LO} and the first ${HI}, subtracted), each analyzed then grouped, article by article as a live pipeline decides`);
    console.log(`simulated caches: L1 data 32 KiB 8-way, last level 1 MiB 8-way (an L2's size); ${process.version}; one build repeats to ~10 ppm, two builds of the same code differ by up to ~2 % in L1 misses`);
    const systems: { name: string; bundle: string }[] = [{ name: 'marsad', bundle: bundle(ROOT, dir, 'marsad') }];
    if (BASE && worktree) {
      const rev = spawnSync('git', ['rev-parse', '--short', BASE], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
      if (!rev) throw new Error(`BENCH_COST_BASE=${BASE} is not a revision of this repository`);
      const add = spawnSync('git', ['worktree', 'add', '--detach', worktree, BASE], { cwd: ROOT, encoding: 'utf8' });
      if (add.status !== 0) throw new Error(`git worktree add failed: ${add.stderr}`);
      systems.push({ name: `base-${rev}`, bundle: bundle(worktree, dir, 'base') });
    }
    const results: { name: string; cost: Map<Bucket, Cost>; checksum: string }[] = [];
    for (const s of systems) results.push({ name: s.name, ...(await measure(s.name, s.bundle, inputs, dir)) });
    console.log(`\n${'per article'.padEnd(16)}${results.map((r) => r.name.padStart(34)).join('')}`);
    console.log(`${''.padEnd(16)}${results.map(() => `${'instr'.padStart(12)}${'L1 miss'.padStart(11)}${'LL miss'.padStart(11)}`).join('')}`);
    for (const b of [...BUCKETS, 'total', 'total but GC'] as const) {
      const row = results.map((r) => { const c = b === 'total' ? total(r.cost) : b === 'total but GC' ? withoutGc(r.cost) : r.cost.get(b)!; return `${k(c.ir).padStart(12)}${k(c.d1).padStart(11)}${k(c.ll).padStart(11)}`; });
      console.log(`${b.padEnd(16)}${row.join('')}`);
    }
    console.log(`${'model cycles'.padEnd(16)}${results.map((r) => `${k(model(total(r.cost)))} (${k(model(withoutGc(r.cost)))} but GC)`.padStart(34)).join('')}`);
    console.log('(model: instructions/3 + 12 per L1 miss + 40 per LL miss, a weighting of misses against instructions, not a prediction of time. The GC row moves in steps: whether a full mark-compact of the heap falls inside the range. Compare "total but GC" for a change that allocates about the same.)');
    for (const r of results) console.log(`${r.name}: ${r.checksum}`);
    if (results.length === 2) {
      for (const [label, f] of [['total', total], ['total but GC', withoutGc]] as const) {
        const [m, b] = results.map((r) => f(r.cost));
        console.log(`marsad / ${results[1]!.name}, ${label}: instructions ${(m!.ir / b!.ir).toFixed(3)}, L1 misses ${(m!.d1 / b!.d1).toFixed(3)}, LL misses ${(m!.ll / b!.ll).toFixed(3)}, model ${(model(m!) / model(b!)).toFixed(3)}`);
      }
    }
    console.log('');
    for (const r of results) {
      const t = total(r.cost);
      console.log(`bench stories-cost ${r.name}: articles=${LO + 1}-${HI} instructions_per_article=${t.ir.toFixed(0)} l1_misses_per_article=${t.d1.toFixed(0)} ll_misses_per_article=${t.ll.toFixed(0)} js_instructions_per_article=${r.cost.get('JS (JIT code)')!.ir.toFixed(0)} gc_instructions_per_article=${r.cost.get('GC')!.ir.toFixed(0)} model_cycles_per_article=${model(t).toFixed(0)} model_cycles_but_gc_per_article=${model(withoutGc(r.cost)).toFixed(0)}`);
    }
  } finally {
    if (worktree && existsSync(worktree)) spawnSync('git', ['worktree', 'remove', '--force', worktree], { cwd: ROOT });
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
