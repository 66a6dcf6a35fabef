// Story grouping benchmark: quality on the labelled SaudiNewsNet day(s) against a single-link TF-IDF baseline run
// side by side, correlation with human similarity judgements, and throughput/memory over the whole corpus.
// Run: npm run bench:stories   (the synthetic replay goes to 1M articles; BENCH_STORIES_REPLAY=100000 stops it at 100k). The scale
// section names the machine and times a fixed plain-JS reference workload, so runs on different VMs can be compared;
// it runs in fresh child processes (scaleInFreshProcess): the two phases apart, then article by article (a live
// pipeline), then in `marsad import`'s batches.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { normalize } from '../src/text/normalize.ts';
import { buildStoryDoc, type StoryTextAnalyzer } from '../src/stories/story-doc.ts';
import { createStoryEngine } from '../src/stories/story-engine.ts';
import { corpusInTimeOrder, docInput, readZip, SNN_DIR, timeOf, type RawArticle } from './story-inputs.ts';
import type { StoryDoc } from '../src/stories/types.ts';
import { DEFAULT_STORY_BATCH } from '../src/pipeline/pending-stories.ts';

const SHARED = resolve(import.meta.dirname, '../../shared/data');
const STORIES_DIR = join(SHARED, 'stories');
const SIM_FILE = join(SHARED, 'similarity/semeval2022-task8-ar-train.tsv');

/** The analyzer the pipeline gives the story stage (src/pipeline/story-analyzer.ts), so the bench groups what serve groups. */
async function loadAnalyzer(): Promise<{ name: string; analyzer: StoryTextAnalyzer }> {
  const { storyTextAnalyzer } = await import('../src/pipeline/story-analyzer.ts');
  return { name: 'src/pipeline/story-analyzer.ts (indexTerms + gazetteer entities + headline places)', analyzer: storyTextAnalyzer };
}

// ---------- scoring (as ../shared/checks/bcubed.py) ----------
interface Scores { bp: number; br: number; bf: number; pp: number; pr: number; pf: number }
function score(gold: Map<string, string>, pred: Map<string, string>): Scores {
  const keys = [...gold.keys()];
  const g = new Map<string, Set<string>>(), p = new Map<string, Set<string>>();
  const pk = (k: string) => pred.get(k) ?? `__single__${k}`;
  for (const k of keys) {
    const gc = gold.get(k)!, pc = pk(k);
    if (!g.has(gc)) g.set(gc, new Set()); g.get(gc)!.add(k);
    if (!p.has(pc)) p.set(pc, new Set()); p.get(pc)!.add(k);
  }
  let bp = 0, br = 0, tp2 = 0;
  for (const k of keys) {
    const G = g.get(gold.get(k)!)!, P = p.get(pk(k))!;
    let inter = 0;
    for (const x of P) if (G.has(x)) inter++;
    bp += inter / P.size; br += inter / G.size; tp2 += inter - 1;
  }
  bp /= keys.length; br /= keys.length;
  const bf = bp + br ? (2 * bp * br) / (bp + br) : 0;
  const pairs = (m: Map<string, Set<string>>) => [...m.values()].reduce((s, x) => s + (x.size * (x.size - 1)) / 2, 0);
  const tp = tp2 / 2, gp = pairs(g), ppairs = pairs(p);
  const pp = ppairs ? tp / ppairs : 1, pr = gp ? tp / gp : 1;
  const pf = pp + pr ? (2 * pp * pr) / (pp + pr) : 0;
  return { bp, br, bf, pp, pr, pf };
}
const f3 = (x: number) => x.toFixed(3);
/** Four decimals for the scores: a target of 0.95 is not met by 0.9497 printed as 0.950. */
const f4 = (x: number) => x.toFixed(4);
const fmt = (s: Scores) => `bcubed_p=${f4(s.bp)} bcubed_r=${f4(s.br)} bcubed_f1=${f4(s.bf)} pair_p=${f4(s.pp)} pair_r=${f4(s.pr)} pair_f1=${f4(s.pf)}`;

// ---------- baseline: single-link TF-IDF cosine, title + first 600 characters ----------
const WORD = /[\p{L}\p{N}]+/gu;
function tfidfVectors(texts: string[]): Map<string, number>[] {
  const toks = texts.map((t) => normalize(t).match(WORD) ?? []);
  const df = new Map<string, number>();
  for (const ws of toks) for (const w of new Set(ws)) df.set(w, (df.get(w) ?? 0) + 1);
  const n = texts.length;
  return toks.map((ws) => {
    const tf = new Map<string, number>();
    for (const w of ws) tf.set(w, (tf.get(w) ?? 0) + 1);
    const v = new Map<string, number>();
    let norm = 0;
    for (const [w, c] of tf) { const x = (1 + Math.log(c)) * Math.log(n / df.get(w)!); v.set(w, x); norm += x * x; }
    norm = Math.sqrt(norm) || 1;
    for (const [w, x] of v) v.set(w, x / norm);
    return v;
  });
}
function cosMap(a: Map<string, number>, b: Map<string, number>): number {
  const [s, l] = a.size < b.size ? [a, b] : [b, a];
  let d = 0;
  for (const [w, x] of s) { const y = l.get(w); if (y) d += x * y; }
  return d;
}
function baseline(rows: RawArticle[], gold: Map<string, string>): { threshold: number; s: Scores; single: Scores } {
  const vecs = tfidfVectors(rows.map((r) => `${r.title} ${(r.content ?? '').slice(0, 600)}`));
  const sims: [number, number, number][] = [];
  for (let i = 0; i < vecs.length; i++) for (let j = i + 1; j < vecs.length; j++) {
    const c = cosMap(vecs[i]!, vecs[j]!);
    if (c >= 0.1) sims.push([c, i, j]);
  }
  sims.sort((x, y) => y[0] - x[0]);
  const parent = rows.map((_, i) => i);
  const find = (x: number): number => { while (parent[x] !== x) { parent[x] = parent[parent[x]!]!; x = parent[x]!; } return x; };
  const predAt = () => { const m = new Map<string, string>(); rows.forEach((r, i) => { if (!m.has(r.url)) m.set(r.url, String(find(i))); }); return m; };
  const single = score(gold, predAt());
  let best = { threshold: 1, s: single };
  let k = 0;
  for (let th = 0.9; th >= 0.1 - 1e-9; th -= 0.025) {
    while (k < sims.length && sims[k]![0] >= th) { const [, i, j] = sims[k]!; parent[find(i)] = find(j); k++; }
    const s = score(gold, predAt());
    if (s.bf > best.s.bf) best = { threshold: th, s };
  }
  return { ...best, single };
}

// ---------- marsad on a labelled day ----------
function runMarsad(rows: RawArticle[], analyzer: StoryTextAnalyzer, config = {}): Map<string, string> {
  const order = rows.map((r, i) => ({ r, i, t: timeOf(r) })).sort((a, b) => (a.t - b.t) || (a.i - b.i));
  const engine = createStoryEngine(config);
  const storyOf = new Map<number, number>();
  for (const { r, i, t } of order) {
    const d = engine.assign(buildStoryDoc(docInput(r, i + 1, t), analyzer));
    storyOf.set(i + 1, d.storyId);
    // Apply the decision exactly as the pipeline stores it.
    for (const m of d.merged) for (const [a, s] of storyOf) if (s === m.from) storyOf.set(a, m.into);
    for (const mv of d.moved) storyOf.set(mv.articleId, mv.to);
  }
  for (const [a, s] of storyOf) {
    const live = engine.storyOf(a);
    if (live !== undefined && live !== s) throw new Error(`decision protocol out of sync for article ${a}: ${s} vs ${live}`);
  }
  const pred = new Map<string, string>();
  rows.forEach((r, i) => { if (!pred.has(r.url)) pred.set(r.url, String(storyOf.get(i + 1))); });
  return pred;
}

/**
 * The day as `marsad import` groups it: the zip imported into a throwaway SQLite store through the real import path
 * (records cleaned by the scraped-text extractor, stored, then decided in time and canonical-URL order), and each
 * label's URL read back through its canonical form. This is the figure `marsad stories --json` gives, which is what
 * ../shared/checks/contract.sh and the maintainers' checks score.
 */
async function runImported(zip: string, rows: RawArticle[]): Promise<Map<string, string>> {
  const { openStore } = await import('../src/store/open-store.ts');
  const { ArticlePipeline } = await import('../src/pipeline/article-pipeline.ts');
  const { importFiles } = await import('../src/jobs/import-files.ts');
  const { canonicalizeUrl } = await import('../src/ingest/canonical-url.ts');
  const store = await openStore({ db: ':memory:' });
  try {
    await importFiles([zip], store, new ArticlePipeline(store, null));
    // The stories as `marsad stories --json` lists them: every article's URL and its other addresses (alsoAt).
    const byUrl = new Map<string, number>();
    for (let cursor: string | undefined, more = true; more;) {
      const page = await store.listStories({ limit: 500, cursor, minArticles: 1 });
      for (const s of page.items) {
        for (const a of s.articles) {
          byUrl.set(canonicalizeUrl(a.url), s.id);
          for (const x of a.alsoAt ?? []) byUrl.set(canonicalizeUrl(x.url), s.id);
        }
      }
      cursor = page.nextCursor ?? undefined;
      more = !!page.nextCursor;
    }
    const pred = new Map<string, string>();
    for (const r of rows) {
      if (pred.has(r.url)) continue;
      let key: string;
      try { key = canonicalizeUrl(r.url); } catch { continue; }
      const s = byUrl.get(key);
      if (s !== undefined) pred.set(r.url, String(s));
    }
    return pred;
  } finally {
    await store.close();
  }
}

/**
 * The development day without its largest gold story (the 109-article bombing): the rest has the shape of an ordinary
 * day, scored against the maintainers' own labels, whose way of drawing a story's bounds the hidden day shares (the
 * days labelled for this project overstate recall: pairs outside their candidate groups were never shown; see
 * bench/labels/README.md). The remaining records go
 * through `marsad import` as a zip of their own, the baseline at its best threshold on the same articles.
 */
async function withoutLargestStory(day: string, rows: RawArticle[], gold: Map<string, string>, summary: Record<string, Record<string, string>>): Promise<void> {
  const sizes = new Map<string, number>();
  for (const s of gold.values()) sizes.set(s, (sizes.get(s) ?? 0) + 1);
  const [largest, n] = [...sizes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
  const rest = rows.filter((r) => gold.get(r.url) !== largest);
  const restGold = new Map([...gold].filter(([, s]) => s !== largest));
  const dir = mkdtempSync(join(tmpdir(), 'marsad-bench-'));
  try {
    const zip = join(dir, `${day}-without-${largest}.zip`);
    writeFileSync(zip, zipSync({ [`${day}.json`]: strToU8(JSON.stringify(rest)) }));
    const mine = score(restGold, await runImported(zip, rest));
    const base = baseline(rest, restGold);
    console.log(`without its largest gold story (${largest}, ${n} articles): ${rest.length} articles, the shape of an ordinary day`);
    console.log(`  marsad   ${fmt(mine)}`);
    console.log(`  baseline ${fmt(base.s)}  (best threshold ${base.threshold.toFixed(3)})`);
    summary.marsad![`${day}_without_largest_bcubed_f1`] = f4(mine.bf);
    summary.marsad![`${day}_without_largest_pairwise_f1`] = f4(mine.pf);
    summary.baseline![`${day}_without_largest_bcubed_f1`] = f4(base.s.bf);
    summary.baseline![`${day}_without_largest_pairwise_f1`] = f4(base.s.pf);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * More SaudiNewsNet days, labelled for this project by careful reading (bench/labels/README.md: how, and how they
 * compare with the maintainers' labels of the development day). Ordinary days, unlike the development day with its
 * 109-article bombing: what a day the maintainers have not shown looks like. Both systems as on the development day.
 */
async function labelledDays(summary: Record<string, Record<string, string>>): Promise<void> {
  if (process.env.BENCH_STORIES_LABELLED === '0') return;
  const { createHash } = await import('node:crypto');
  const dir = resolve(import.meta.dirname, 'labels');
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => /^\d{4}-\d{2}-\d{2}\.tsv$/.test(f)).sort() : [];
  const devDays = new Set(readdirSync(STORIES_DIR));
  const rowsOut: string[] = [];
  const sums = { m: [0, 0], b: [0, 0], n: 0 };
  // Days labelled blind after the code was fixed (held-out.txt: a day per line, # comments; what later sessions used them for is said there).
  const heldFile = join(dir, 'held-out.txt');
  const heldOut = new Set(existsSync(heldFile) ? readFileSync(heldFile, 'utf8').split('\n').map((l) => l.replace(/#.*/, '').trim()).filter(Boolean) : []);
  const held = { m: [0, 0], n: 0 };
  console.log(`\n== more SaudiNewsNet days, labelled for this project (bench/labels; the development day's own labels are the maintainers')`);
  for (const f of files) {
    if (devDays.has(f)) continue;
    const zip = join(SNN_DIR, f.replace(/\.tsv$/, '.zip'));
    if (!existsSync(zip)) continue;
    const rows = readZip(zip);
    const byHash = new Map(readFileSync(join(dir, f), 'utf8').split('\n').filter(Boolean).map((l) => l.split('\t') as [string, string]));
    const gold = new Map<string, string>();
    for (const r of rows) {
      const sid = byHash.get(createHash('sha1').update(r.url).digest('hex').slice(0, 16));
      if (sid && !gold.has(r.url)) gold.set(r.url, sid);
    }
    if (gold.size === 0) continue;
    const mine = score(gold, await runImported(zip, rows));
    const base = baseline(rows, gold);
    const day = f.replace('.tsv', '');
    rowsOut.push(`${day}  ${String(gold.size).padStart(4)} articles  marsad B-cubed ${f4(mine.bf)} pairwise ${f4(mine.pf)} (P ${f4(mine.pp)} R ${f4(mine.pr)})   baseline ${f4(base.s.bf)} / ${f4(base.s.pf)} at ${base.threshold.toFixed(3)}${heldOut.has(day) ? '   (held out)' : ''}`);
    if (heldOut.has(day)) { held.m[0] += mine.bf; held.m[1] += mine.pf; held.n++; }
    summary.marsad![`${day}_labelled_bcubed_f1`] = f4(mine.bf);
    summary.marsad![`${day}_labelled_pairwise_f1`] = f4(mine.pf);
    summary.baseline![`${day}_labelled_bcubed_f1`] = f4(base.s.bf);
    summary.baseline![`${day}_labelled_pairwise_f1`] = f4(base.s.pf);
    sums.m[0] += mine.bf; sums.m[1] += mine.pf; sums.b[0] += base.s.bf; sums.b[1] += base.s.pf; sums.n++;
  }
  for (const r of rowsOut) console.log(r);
  if (sums.n > 0) {
    console.log(`mean over ${sums.n} days: marsad ${f4(sums.m[0]! / sums.n)} / ${f4(sums.m[1]! / sums.n)}, baseline ${f4(sums.b[0]! / sums.n)} / ${f4(sums.b[1]! / sums.n)} (B-cubed / pairwise F1)`);
    summary.marsad!.labelled_days_mean_bcubed_f1 = f4(sums.m[0]! / sums.n);
    summary.marsad!.labelled_days_mean_pairwise_f1 = f4(sums.m[1]! / sums.n);
    summary.baseline!.labelled_days_mean_bcubed_f1 = f4(sums.b[0]! / sums.n);
    summary.baseline!.labelled_days_mean_pairwise_f1 = f4(sums.b[1]! / sums.n);
    if (held.n > 0 && held.n < sums.n) {
      const t = sums.n - held.n;
      console.log(`  tuned on (${t} days): marsad ${f4((sums.m[0]! - held.m[0]!) / t)} / ${f4((sums.m[1]! - held.m[1]!) / t)}; held out (${held.n}): marsad ${f4(held.m[0]! / held.n)} / ${f4(held.m[1]! / held.n)}`);
      summary.marsad!.held_out_days_mean_bcubed_f1 = f4(held.m[0]! / held.n);
      summary.marsad!.held_out_days_mean_pairwise_f1 = f4(held.m[1]! / held.n);
    }
  } else console.log('no labelled day found beside its SaudiNewsNet zip');
}

function pearson(x: number[], y: number[]): number {
  const n = x.length, mx = x.reduce((a, b) => a + b, 0) / n, my = y.reduce((a, b) => a + b, 0) / n;
  let sxy = 0, sxx = 0, syy = 0;
  for (let i = 0; i < n; i++) { sxy += (x[i]! - mx) * (y[i]! - my); sxx += (x[i]! - mx) ** 2; syy += (y[i]! - my) ** 2; }
  return sxy / Math.sqrt(sxx * syy);
}

async function main(): Promise<void> {
  if (!existsSync(STORIES_DIR) || !existsSync(SNN_DIR)) {
    console.log(`bench stories: ../shared/data is missing (${SHARED}); nothing to measure.`);
    return;
  }
  const { name: analyzerName, analyzer } = await loadAnalyzer();
  console.log(`analyzer: ${analyzerName}`);
  const summary: Record<string, Record<string, string>> = { marsad: {}, baseline: {} };
  const days = readdirSync(STORIES_DIR).filter((f) => f.endsWith('.tsv')).sort();
  let devRows: RawArticle[] = [];
  for (const f of days) {
    const zip = join(SNN_DIR, f.replace(/\.tsv$/, '.zip'));
    if (!existsSync(zip)) { console.log(`${f}: no matching ${zip}, skipped`); continue; }
    const rows = readZip(zip);
    const labels = readFileSync(join(STORIES_DIR, f), 'utf8').split('\n').filter(Boolean).map((l) => l.split('\t'));
    if (labels.length !== rows.length) throw new Error(`${f}: ${labels.length} labels for ${rows.length} articles`);
    const gold = new Map<string, string>();
    labels.forEach(([url, sid], i) => {
      if (url !== rows[i]!.url) throw new Error(`${f}: line ${i + 1} url differs from the zip's article ${i}`);
      if (!gold.has(url!)) gold.set(url!, sid!);
    });
    if (devRows.length === 0) devRows = rows;
    const t0 = performance.now();
    const mine = score(gold, await runImported(zip, rows));
    const ms = performance.now() - t0;
    const t1 = performance.now();
    const raw = score(gold, runMarsad(rows, analyzer, JSON.parse(process.env.BENCH_STORIES_CONFIG ?? '{}')));
    const msRaw = performance.now() - t1;
    const base = baseline(rows, gold);
    console.log(`\n== ${f}: ${rows.length} articles, ${new Set(gold.values()).size} gold stories`);
    console.log(`marsad   ${fmt(mine)}  (through \`marsad import\` into an in-memory SQLite store, as the CLI gives it: ${ms.toFixed(0)} ms)`);
    console.log(`  (raw)  ${fmt(raw)}  (the engine fed the records' content uncleaned, in date order: ${msRaw.toFixed(0)} ms incl. analysis)`);
    console.log(`baseline ${fmt(base.s)}  (single-link TF-IDF cosine, title+600 chars, best threshold ${base.threshold.toFixed(3)})`);
    console.log(`alone    ${fmt(base.single)}  (every article its own story)`);
    summary.marsad![`${f.replace('.tsv', '')}_bcubed_f1`] = f4(mine.bf);
    summary.marsad![`${f.replace('.tsv', '')}_pairwise_f1`] = f4(mine.pf);
    summary.marsad![`${f.replace('.tsv', '')}_raw_bcubed_f1`] = f4(raw.bf);
    summary.marsad![`${f.replace('.tsv', '')}_raw_pairwise_f1`] = f4(raw.pf);
    summary.baseline![`${f.replace('.tsv', '')}_bcubed_f1`] = f4(base.s.bf);
    summary.baseline![`${f.replace('.tsv', '')}_pairwise_f1`] = f4(base.s.pf);
    await withoutLargestStory(f.replace('.tsv', ''), rows, gold, summary);
    if (!summary.marsad!.bcubed_f1) {
      summary.marsad!.bcubed_f1 = f4(mine.bf); summary.marsad!.pairwise_f1 = f4(mine.pf);
      summary.baseline!.bcubed_f1 = f4(base.s.bf); summary.baseline!.pairwise_f1 = f4(base.s.pf);
    }
  }

  await labelledDays(summary);

  // Similarity vs human judgements (overall: 1 = same event … 4 = unrelated, so a good similarity correlates negatively).
  if (existsSync(SIM_FILE)) {
    const lines = readFileSync(SIM_FILE, 'utf8').split('\n').filter(Boolean).slice(1).map((l) => l.split('\t'));
    const engine = createStoryEngine();
    const t = Date.UTC(2015, 7, 9);
    devRows.forEach((r, i) => engine.assign(buildStoryDoc(docInput(r, 1_000_000 + i, t), analyzer)));
    const human: number[] = [], ours: number[] = [], base: number[] = [];
    const baseVecs = tfidfVectors(lines.flatMap((c) => [c[8]!.slice(0, 700), c[9]!.slice(0, 700)]));
    lines.forEach((c, i) => {
      const a = 2_000_000 + 2 * i, b = a + 1;
      engine.assign(buildStoryDoc({ articleId: a, sourceId: 9001, time: t, title: '', lead: '', text: c[8]! }, analyzer));
      engine.assign(buildStoryDoc({ articleId: b, sourceId: 9002, time: t, title: '', lead: '', text: c[9]! }, analyzer));
      human.push(Number(c[1])); ours.push(engine.similarity(a, b)); base.push(cosMap(baseVecs[2 * i]!, baseVecs[2 * i + 1]!));
    });
    const rM = pearson(ours, human), rB = pearson(base, human);
    console.log(`\n== similarity vs SemEval-2022 task 8 (ar train, ${lines.length} pairs; overall 1=same..4=unrelated, so expect r < 0)`);
    console.log(`marsad   pearson=${f3(rM)}   baseline (TF-IDF cosine, first 600+ chars) pearson=${f3(rB)}`);
    summary.marsad!.semeval_pearson = f3(rM);
    summary.baseline!.semeval_pearson = f3(rB);
  } else console.log(`similarity data missing (${SIM_FILE}), skipped`);

  if (process.env.BENCH_STORIES_QUICK) console.log('\nBENCH_STORIES_QUICK set: scale and replay skipped');
  else scaleInFreshProcess(summary);
  console.log('');
  for (const [sys, kv] of Object.entries(summary)) console.log(`bench stories ${sys}: ${Object.entries(kv).map(([k, v]) => `${k}=${v}`).join(' ')}`);
}

/** CPU time (user + system) of this process in ms: the machine may be shared, CPU time is what one core pays. */
const cpuMs = (): number => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };

/**
 * The same small pure-JS workload on every machine, so throughput read on different VMs can be compared: 2-core VMs
 * here have differed more than 2× in speed for the same code. Typed-array gathers (as the engine's cosines do) and a
 * sort; no allocation in the timed part, so the garbage collector does not blur it. Best of 5.
 */
function machineReference(): { cpu: string; cores: number; ms: number } {
  let cpu = cpus()[0]?.model?.trim() ?? 'unknown CPU';
  try {
    const info = readFileSync('/proc/cpuinfo', 'utf8');
    const family = /^cpu family\s*:\s*(\d+)/m.exec(info)?.[1], model = /^model\s*:\s*(\d+)/m.exec(info)?.[1];
    if (family) cpu += ` (family ${family}, model ${model ?? '?'})`;
  } catch { /* not Linux: the model name alone */ }
  let x = 0x9e3779b9;
  const rand = () => { x ^= x << 13; x ^= x >>> 17; x ^= x << 5; return (x >>> 0) / 4294967296; };
  const dense = Float64Array.from({ length: 1 << 17 }, rand);
  const idx = Int32Array.from({ length: 1 << 22 }, () => Math.floor(rand() * (1 << 17)));
  const w = Float32Array.from({ length: 1 << 22 }, rand);
  const floats = Float64Array.from({ length: 500_000 }, rand);
  const scratch = new Float64Array(floats.length);
  let ms = Infinity, sum = 0;
  for (let round = 0; round < 5; round++) {
    scratch.set(floats);
    const t0 = cpuMs();
    for (let k = 0; k < 8; k++) for (let i = 0; i < idx.length; i++) sum += dense[idx[i]!]! * w[i]!;
    scratch.sort();
    ms = Math.min(ms, cpuMs() - t0);
    if (scratch[0]! > scratch[1]!) throw new Error('machine reference: the sort went wrong');
  }
  if (!(sum > 0)) throw new Error('machine reference: the gathers went wrong');
  return { cpu, cores: cpus().length, ms };
}
const SCALE_SUMMARY = 'bench-stories-scale-summary ';

/**
 * The corpus pass and the replay run in a process of their own, as a worker starts: the sections before them left a
 * heap of several hundred MB and the tokenizer's word cache warm with the labelled days' words (all of them corpus
 * days), which made the figures depend on what ran first (a tenth slower through the heap, faster analysis through the
 * cache). The child prints its section and hands its summary figures back on one tagged line. A second child runs
 * the corpus pass again article by article (interleaved), and a third in import's batches (importBatches).
 */
function scaleInFreshProcess(summary: Record<string, Record<string, string>>): void {
  for (const mode of ['phases', 'interleaved', 'batches']) {
    const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], {
      env: { ...process.env, BENCH_STORIES_SCALE_CHILD: mode }, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 64 * 2 ** 20,
    });
    for (const line of (child.stdout ?? '').replace(/\n$/, '').split('\n')) {
      if (line.startsWith(SCALE_SUMMARY)) Object.assign(summary.marsad!, JSON.parse(line.slice(SCALE_SUMMARY.length)) as Record<string, string>);
      else console.log(line);
    }
    if (child.status !== 0) throw new Error(`bench stories: the scale process (${mode}) failed (status ${child.status}${child.error ? `, ${child.error.message}` : ''})`);
  }
}

/** One scale section in its child process; the machine reference first, before the analyzer and the corpus fill the heap. */
async function scaleChild(): Promise<void> {
  const mode = process.env.BENCH_STORIES_SCALE_CHILD;
  const reference = mode === 'phases' ? machineReference() : null;
  const { analyzer } = await loadAnalyzer();
  const summary: Record<string, Record<string, string>> = { marsad: {} };
  if (reference) await scale(summary, analyzer, reference);
  else if (mode === 'batches') importBatches(summary, analyzer);
  else interleaved(summary, analyzer);
  console.log(SCALE_SUMMARY + JSON.stringify(summary.marsad));
}

/**
 * The corpus pass as a live pipeline decides single articles: each article analyzed, then grouped, before the next
 * (article-pipeline.ts `ingest`; polls' `groupPending` analyses 64 ahead), in a fresh process of its own. The analyzer's
 * word caches and the engine's index take turns in the CPU caches here,
 * while the phases apart hold every doc until grouping: session 24 read this order a tenth slower, session 25 (inputs
 * built before the clock) from a tenth slower to a little faster, run to run.
 */
function interleaved(summary: Record<string, Record<string, string>>, analyzer: StoryTextAnalyzer): void {
  const all = corpusInTimeOrder();
  global.gc?.();
  const engine = createStoryEngine();
  const t0 = performance.now(), c0 = cpuMs();
  for (const input of all) engine.assign(buildStoryDoc(input, analyzer));
  const wall = performance.now() - t0, cpu = cpuMs() - c0;
  console.log(`\n== scale, interleaved: the same ${all.length} articles analyzed and grouped article by article, as a live pipeline decides single articles (fresh process; from the extractor's output, built before the clock starts)`);
  console.log(`marsad   ${(all.length / (cpu / 1000)).toFixed(0)} articles/s of CPU time (${(all.length / (wall / 1000)).toFixed(0)} wall), ${(cpu / all.length).toFixed(2)} ms CPU/article`);
  summary.marsad!.articles_per_s_interleaved = (all.length / (cpu / 1000)).toFixed(0);
  summary.marsad!.articles_per_s_interleaved_wall = (all.length / (wall / 1000)).toFixed(0);
}

/**
 * The corpus pass as `marsad import` runs it (pending-stories.ts groupPendingInBatches): batches of DEFAULT_STORY_BATCH
 * articles, each analysed whole, then grouped in order, in a fresh process of its own. Only the order of the work
 * differs from interleaved(): the decisions are the same.
 */
function importBatches(summary: Record<string, Record<string, string>>, analyzer: StoryTextAnalyzer): void {
  const all = corpusInTimeOrder();
  global.gc?.();
  const engine = createStoryEngine();
  const t0 = performance.now(), c0 = cpuMs();
  for (let at = 0; at < all.length; at += DEFAULT_STORY_BATCH) {
    const docs = all.slice(at, at + DEFAULT_STORY_BATCH).map((input) => buildStoryDoc(input, analyzer));
    for (const doc of docs) engine.assign(doc);
  }
  const wall = performance.now() - t0, cpu = cpuMs() - c0;
  console.log(`\n== scale, import batches: the same ${all.length} articles as \`marsad import\` decides them, ${DEFAULT_STORY_BATCH} a batch, each batch analyzed, then grouped (fresh process; from the extractor's output, built before the clock starts)`);
  console.log(`marsad   ${(all.length / (cpu / 1000)).toFixed(0)} articles/s of CPU time (${(all.length / (wall / 1000)).toFixed(0)} wall), ${(cpu / all.length).toFixed(2)} ms CPU/article`);
  summary.marsad!.articles_per_s_import_batches = (all.length / (cpu / 1000)).toFixed(0);
  summary.marsad!.articles_per_s_import_batches_wall = (all.length / (wall / 1000)).toFixed(0);
}

async function scale(summary: Record<string, Record<string, string>>, analyzer: StoryTextAnalyzer, ref: ReturnType<typeof machineReference>): Promise<void> {
  // Throughput and memory over the whole corpus in time order.
  const all = corpusInTimeOrder();
  global.gc?.();
  let peak = process.memoryUsage().rss;
  const engine = createStoryEngine();
  // CPU time next to wall time. Each phase is timed over the whole corpus: reading the clock around every article (a
  // getrusage call each time) cost about 5 % of the time it measured. Analysis of all, then grouping of all in the same
  // order: the split per phase, and the docs the replay reuses. The pipeline's own order is measured by interleaved().
  const docs: StoryDoc[] = [];
  let t0 = performance.now(), c0 = cpuMs();
  for (const input of all) docs.push(buildStoryDoc(input, analyzer));
  const tAnalysis = performance.now() - t0, cAnalysis = cpuMs() - c0;
  peak = Math.max(peak, process.memoryUsage().rss);
  t0 = performance.now(); c0 = cpuMs();
  for (let i = 0; i < docs.length; i++) {
    engine.assign(docs[i]!);
    if ((i & 1023) === 0) peak = Math.max(peak, process.memoryUsage().rss);
  }
  const tGroup = performance.now() - t0, cGroup = cpuMs() - c0;
  peak = Math.max(peak, process.memoryUsage().rss);
  const rate = all.length / ((tAnalysis + tGroup) / 1000);
  const cpuRate = all.length / ((cAnalysis + cGroup) / 1000);
  const n = all.length;
  console.log(`\n== scale: all SaudiNewsNet (${n} articles, ${readdirSync(SNN_DIR).length} days) in time order, one thread, in a fresh process (cold caches, no heap left by the sections above); timed from the extractor's output (title, lead, text, byline), built before the clock starts`);
  console.log(`machine: ${ref.cpu}, ${ref.cores} cores, Node ${process.version}; reference workload (32M typed-array gathers and a 500k float sort, fixed seed; pure JS, no marsad code; best of 5, run first thing in the process) ${ref.ms.toFixed(0)} ms CPU`);
  summary.marsad!.machine_reference_ms_cpu = ref.ms.toFixed(0);
  console.log(`marsad   ${cpuRate.toFixed(0)} articles/s of CPU time (${rate.toFixed(0)} wall): analysis ${(cAnalysis / n).toFixed(2)} ms CPU/article (${(tAnalysis / n).toFixed(2)} wall), near-dup+grouping ${(cGroup / n).toFixed(2)} ms CPU/article (${(tGroup / n).toFixed(2)} wall); peak rss ${(peak / 2 ** 20).toFixed(0)} MiB; ${engine.size} articles / ${engine.storyCount} stories in the window at the end, ${engine.vocabularySize} terms in the vocabulary (never shrunk)`);
  summary.marsad!.articles_per_s = cpuRate.toFixed(0);
  summary.marsad!.articles_per_s_wall = rate.toFixed(0);
  summary.marsad!.analysis_ms_cpu = (cAnalysis / n).toFixed(2);
  summary.marsad!.grouping_ms_cpu = (cGroup / n).toFixed(2);
  summary.marsad!.peak_rss_mib = (peak / 2 ** 20).toFixed(0);

  // The issue asks for 10k, 100k and 1M by default; BENCH_STORIES_REPLAY=100000 is the shorter run (about 15 minutes less).
  const replayMax = Number(process.env.BENCH_STORIES_REPLAY ?? 1_000_000);
  if (replayMax > 0) {
    // Synthetic replay: the corpus again and again, dates shifted past the previous pass, one stem dropped per article.
    const span = all[all.length - 1]!.time - all[0]!.time + 24 * 3_600_000;
    const eng = createStoryEngine();
    const marks = [...new Set([10_000, 100_000, 1_000_000, replayMax])].filter((m) => m <= replayMax);
    let done = 0, tMs = 0, lastMark = 0, lastMs = 0;
    console.log(`\n== synthetic replay to ${replayMax} articles (pre-analyzed docs, shifted dates, one stem dropped; grouping + near-dup only)`);
    while (done < replayMax) {
      const pass = Math.floor(done / docs.length), d = docs[done % docs.length]!;
      const drop = (done * 2654435761) % Math.max(1, d.bodyStems.length);
      const doc: StoryDoc = { ...d, articleId: done + 1, time: d.time + pass * span, bodyStems: d.bodyStems.filter((_, k) => k !== drop) };
      const t0 = cpuMs();
      eng.assign(doc);
      tMs += cpuMs() - t0;
      done++;
      if (marks.includes(done)) {
        const rss = process.memoryUsage().rss;
        console.log(`  at ${done}: ${(done / (tMs / 1000)).toFixed(0)} articles/s of CPU time overall, ${((tMs - lastMs) / (done - lastMark)).toFixed(3)} ms CPU/article since last mark, rss ${(rss / 2 ** 20).toFixed(0)} MiB, window ${eng.size} articles`);
        summary.marsad![`replay_${done}_ms_cpu_per_article`] = ((tMs - lastMs) / (done - lastMark)).toFixed(3);
        lastMark = done; lastMs = tMs;
      }
    }
    const first = summary.marsad!.replay_10000_ms_cpu_per_article, last = summary.marsad![`replay_${replayMax}_ms_cpu_per_article`];
    if (replayMax > 10_000 && first && last) {
      const ratio = Number(last) / Number(first);
      console.log(`  per-article cost at ${replayMax} (since the previous mark) / at 10000: ${ratio.toFixed(2)}× (target ≤ 2×)`);
      summary.marsad!.replay_cost_ratio_vs_10000 = ratio.toFixed(2);
    }
  }

}

if (process.env.BENCH_STORIES_SCALE_CHILD) await scaleChild();
else await main();
