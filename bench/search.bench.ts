// npm run bench:search   (BENCH_SEARCH_SIZES=31k | 1m | 31k,1m — default both; BENCH_SEARCH_QUERIES=240;
//                          BENCH_SEARCH_CACHE=/tmp/marsad-bench-search; --profile FILE.json writes the 31k query loop's
//                          marsad searches as a V8 CPU profile)
// Reads ../shared/data/saudinewsnet/*.zip (read-only) and measures marsad's search on two corpora:
//   31k: every SaudiNewsNet article built into a marsad database through the real analyzer, story engine and store
//        (store.insertArticle, one transaction per article), as `marsad import` would;
//   1m:  1,000,000 articles: those real articles replayed with light perturbation (bench/search-synthetic.ts: shifted
//        dates, swapped and dropped sentences, respelled, clitic-prefixed and dropped words, new ids/URLs/stories),
//        bulk-written into the same schema.
// Both are built once and cached under /tmp (see bench/search-corpus.ts for what invalidates the cache): a re-run
// reuses them and prints the build figures recorded when they were built.
// Against each, the same fixed query set (generated from the corpus's own titles with a fixed seed: single words,
// clitic/spelling variants, two words, phrases, OR, exclusions, source/date/entity filters) runs through search() for
// the first page of 20 story groups, highlighted (with and without facets), and through plain SQLite FTS5
// (unicode61 remove_diacritics 2) on the raw text; then recall on variant spellings for both.
import { existsSync, writeFileSync } from 'node:fs';
import { loadavg, cpus } from 'node:os';
import { join } from 'node:path';
import { Session } from 'node:inspector/promises';
import Database from 'better-sqlite3';
import { openStore } from '../src/store/open-store.ts';
import type { Store } from '../src/store/types.ts';
import { search } from '../src/search/search.ts';
import { parseQuery } from '../src/search/query-parser.ts';
import { buildPlan } from '../src/search/query-plan.ts';
import { compileFtsMatch } from '../src/store/sqlite/fts-match.ts';
import {
  buildRealCorpus, cached, cacheKey, CACHE_DIR, fileMiB, gitCommit, loadRecords, REAL_BUILD_VERSION, SHARED,
  type Cached, type RealCorpus,
} from './search-corpus.ts';
import { buildSynthetic, SYNTH_BUILD_VERSION, type SynthInfo } from './search-synthetic.ts';
import { FAMILIES, generateQueries, type BenchQuery, type QueryKind } from './search-queries.ts';

const args = process.argv.slice(2);
const opt = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const SIZES = (process.env.BENCH_SEARCH_SIZES ?? '31k,1m').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
const QUERY_COUNT = Number(process.env.BENCH_SEARCH_QUERIES ?? 240);
const PROFILE = opt('--profile');
// BENCH_SEARCH_DRIVE=0: rare filters never list the candidates (the walk over the words' matches), for a before/after.
const DRIVE = process.env.BENCH_SEARCH_DRIVE !== '0';
const SYNTH_TARGET = 1_000_000;

if (!existsSync(SHARED)) {
  console.log(`bench search: ${SHARED} is missing (../shared is not here); nothing measured`);
  process.exit(0);
}

const pct = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!; };
const f2 = (x: number) => x.toFixed(2);
const lat = (xs: number[]) => `p50=${f2(pct(xs, 50))} p95=${f2(pct(xs, 95))} p99=${f2(pct(xs, 99))} max=${f2(Math.max(...xs))} ms`;
const log = (s: string) => console.log(s);

const { records, zips } = loadRecords();
log(`data: SaudiNewsNet ${zips.length} day files, ${records.length} articles with text (${zips[0]} … ${zips[zips.length - 1]}); ` +
  `node ${process.version}; ${cpus().length} CPUs, load average ${loadavg()[0]!.toFixed(1)}; cache ${CACHE_DIR}`);

// ---- corpora ---------------------------------------------------------------------------------------------------------
const realKey = cacheKey([REAL_BUILD_VERSION, ...zips, String(records.length)]);
const real: Cached<RealCorpus> = await cached(`31k-${realKey}`, (dir) => buildRealCorpus(records, dir, true));
const synth: Cached<SynthInfo> | null = SIZES.includes('1m')
  ? await cached(`1m-${cacheKey([SYNTH_BUILD_VERSION, realKey, String(SYNTH_TARGET)])}`,
    (dir) => buildSynthetic(real.dir, dir, SYNTH_TARGET, gitCommit(), log))
  : null;

// ---- queries ---------------------------------------------------------------------------------------------------------
const names = (() => {
  const db = new Database(join(real.dir, 'marsad.db'), { readonly: true });
  const byUrl = new Map<string, string[]>();
  for (const r of db.prepare(
    `SELECT a.url, e.name FROM article_entities ae JOIN articles a ON a.id = ae.article_id JOIN entities e ON e.id = ae.entity_id ORDER BY a.id, e.id`,
  ).iterate() as Iterable<{ url: string; name: string }>) {
    let l = byUrl.get(r.url);
    if (!l) byUrl.set(r.url, (l = []));
    l.push(r.name);
  }
  db.close();
  return byUrl;
})();
const queries = generateQueries(records, QUERY_COUNT, (r) => names.get(r.url) ?? []);
const kinds = [...new Set(queries.map((q) => q.kind))];
log(`queries: ${queries.length} (${kinds.map((k) => `${k} ${queries.filter((q) => q.kind === k).length}`).join(', ')}), first page of 20`);

interface Measured {
  size: string;
  articles: number;
  buildS: number;
  buildCpuS: number;
  buildNote: string;
  indexMiB: number;
  dbMiB: number;
  full: number[]; fullCpu: number[]; noFacets: number[]; noFacetsCpu: number[]; warmFull: number[]; warmFullCpu: number[];
  byKind: Map<QueryKind, { wall: number[]; cpu: number[] }>;
  base: number[]; baseCpu: number[];
  baseBuildS: number; baseMiB: number;
  recall: number; baseRecall: number; outside: number; baseOutside: number; forms: number;
  empty: number; refused: number; baseEmpty: number;
}
const results: Measured[] = [];

const cpuMs = (c: NodeJS.CpuUsage) => { const d = process.cpuUsage(c); return (d.user + d.system) / 1000; };
function sizes(dbPath: string, like: string[]): number {
  const db = new Database(dbPath, { readonly: true });
  let bytes = 0;
  for (const l of like) bytes += (db.prepare(`SELECT coalesce(sum(pgsize), 0) AS b FROM dbstat WHERE name LIKE ?`).get(l) as { b: number }).b;
  db.close();
  return bytes / 2 ** 20;
}

async function measure(size: string, dir: string, articles: number, buildS: number, buildCpuS: number, buildNote: string, baseBuildS: number, info: object): Promise<void> {
  const info2 = info as { indexMiB?: number; baseMiB?: number };
  // dbstat reads every page: counted once per cached build.
  const indexMiB = info2.indexMiB ??= sizes(join(dir, 'marsad.db'), ['articles_fts%', 'heads_fts%']);
  const baseMiB = info2.baseMiB ??= sizes(join(dir, 'baseline.db'), ['raw_fts%']);
  writeFileSync(join(dir, 'info.json'), JSON.stringify(info, null, 1));
  const store: Store = await openStore({ db: join(dir, 'marsad.db') });
  // As an import leaves it (a cache built before imports did this is merged once, in place).
  const opt = await store.optimizeSearchIndex();
  console.log(`${size}: search index ${opt.segmentsBefore} -> ${opt.segmentsAfter} segments (${opt.steps} merge steps, ${opt.seconds.toFixed(1)} s)`);
  const base = new Database(join(dir, 'baseline.db'), { readonly: true });
  const m: Measured = {
    size, articles, buildS, buildCpuS, buildNote, indexMiB, dbMiB: fileMiB(join(dir, 'marsad.db')), full: [], fullCpu: [], noFacets: [],
    noFacetsCpu: [], warmFull: [], warmFullCpu: [], byKind: new Map(), base: [], baseCpu: [], baseBuildS, baseMiB, recall: 0, baseRecall: 0, outside: 0,
    baseOutside: 0, forms: 0, empty: 0, refused: 0, baseEmpty: 0,
  };
  const cols = `rowid, title, snippet(raw_fts, 1, '<mark>', '</mark>', '…', 24) AS s`;
  const baseStmt = base.prepare(`SELECT ${cols} FROM raw_fts WHERE raw_fts MATCH ? ORDER BY rank LIMIT 20`);
  const baseSource = base.prepare(`SELECT ${cols} FROM raw_fts WHERE raw_fts MATCH ? AND source = ? ORDER BY rank LIMIT 20`);
  const baseDays = base.prepare(`SELECT ${cols} FROM raw_fts WHERE raw_fts MATCH ? AND day BETWEEN ? AND ? ORDER BY rank LIMIT 20`);
  const runBase = (q: BenchQuery) =>
    q.filter?.source ? baseSource.all(q.fts, q.filter.source)
      : q.filter?.fromDay ? baseDays.all(q.fts, q.filter.fromDay, q.filter.toDay)
        : baseStmt.all(q.fts);

  // Warm both (page cache, statement caches, JIT) on a slice of the queries, then measure every query once.
  for (const q of queries.slice(0, 24)) { await search(store, q.marsad, { limit: 20 }); runBase(q); }
  const session = PROFILE && size === SIZES[0] ? new Session() : null;
  if (session) { session.connect(); await session.post('Profiler.enable'); await session.post('Profiler.start'); }
  for (const q of queries) {
    let t = performance.now();
    let c = process.cpuUsage();
    const res = await search(store, q.marsad, { limit: 20, driveFilters: DRIVE });
    const wall = performance.now() - t;
    const cpu = cpuMs(c);
    m.full.push(wall); m.fullCpu.push(cpu);
    let list = m.byKind.get(q.kind);
    if (!list) m.byKind.set(q.kind, (list = { wall: [], cpu: [] }));
    list.wall.push(wall); list.cpu.push(cpu);
    if (res.error) m.refused++;
    else if (res.hits.length === 0) m.empty++;
    t = performance.now(); c = process.cpuUsage();
    await search(store, q.marsad, { limit: 20, facets: false });
    m.noFacets.push(performance.now() - t); m.noFacetsCpu.push(cpuMs(c));
    // The no-facets run sees the query a second time: compare it with a second full run, not the first one.
    t = performance.now(); c = process.cpuUsage();
    await search(store, q.marsad, { limit: 20 });
    m.warmFull.push(performance.now() - t); m.warmFullCpu.push(cpuMs(c));
    t = performance.now(); c = process.cpuUsage();
    const b = runBase(q);
    m.base.push(performance.now() - t); m.baseCpu.push(cpuMs(c));
    if (b.length === 0) m.baseEmpty++;
  }
  if (session) {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(PROFILE!, JSON.stringify(profile));
    session.disconnect();
    log(`  CPU profile of the ${size} query loop written to ${PROFILE}`);
  }

  // Recall on variant spellings: every match (the same MATCH expression search() runs), not just the first page.
  const raw = (store as unknown as { raw: Database.Database }).raw;
  const relevantOf = base.prepare(`SELECT article_id FROM relevant WHERE family = ?`).pluck();
  const baseAll = base.prepare(`SELECT rowid FROM raw_fts WHERE raw_fts MATCH ?`).pluck();
  const marsadAll = raw.prepare(`SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?`).pluck();
  const perForm: string[] = [];
  for (let f = 0; f < FAMILIES.length; f++) {
    const rel = new Set(relevantOf.all(f) as number[]);
    if (rel.size === 0) continue;
    for (const form of FAMILIES[f]!) {
      const parsed = parseQuery(form);
      if (!parsed.ok) continue;
      const match = compileFtsMatch(buildPlan(parsed).plan);
      const got = match ? (marsadAll.all(match) as number[]) : [];
      const bgot = baseAll.all(`"${form}"`) as number[];
      const rec = (xs: number[]) => xs.filter((x) => rel.has(x)).length / rel.size;
      const out = (xs: number[]) => (xs.length ? xs.filter((x) => !rel.has(x)).length / xs.length : 0);
      m.recall += rec(got); m.baseRecall += rec(bgot); m.outside += out(got); m.baseOutside += out(bgot); m.forms++;
      perForm.push(`${form}:${(rec(got) * 100).toFixed(0)}/${(rec(bgot) * 100).toFixed(0)}`);
    }
  }
  await store.close();
  base.close();

  log(`\n== ${size}: ${articles} articles — ${buildNote}`);
  log(`marsad   index: FTS5 ${m.indexMiB.toFixed(1)} MiB (main index of 6 term columns + title/lead index, external content), whole database ${m.dbMiB.toFixed(1)} MiB`);
  log(`baseline index: FTS5 ${m.baseMiB.toFixed(1)} MiB (stores its own copy of the text); built in ${m.baseBuildS.toFixed(1)} s`);
  log(`queries at load average ${loadavg()[0]!.toFixed(1)}${DRIVE ? '' : ' (BENCH_SEARCH_DRIVE=0: rare filters never list the candidates)'}:`);
  log(`marsad   grouped+highlighted+facets      wall ${lat(m.full)} | cpu ${lat(m.fullCpu)}  (${m.empty} empty, ${m.refused} refused)`);
  log(`marsad   the same query again (warm), with facets  wall ${lat(m.warmFull)} | cpu ${lat(m.warmFullCpu)}`);
  log(`marsad   the same query again (warm), no facets    wall ${lat(m.noFacets)} | cpu ${lat(m.noFacetsCpu)}`);
  log(`baseline FTS5 raw + snippet(), no grouping/facets/totals  wall ${lat(m.base)} | cpu ${lat(m.baseCpu)}  (${m.baseEmpty} empty)`);
  log(`marsad wall p50/p99 by kind: ${[...m.byKind].map(([k, xs]) => `${k} ${f2(pct(xs.wall, 50))}/${f2(pct(xs.wall, 99))}`).join(' · ')}`);
  log(`marsad cpu p50/p99 by kind: ${[...m.byKind].map(([k, xs]) => `${k} ${f2(pct(xs.cpu, 50))}/${f2(pct(xs.cpu, 99))}`).join(' · ')}`);
  log(`variant recall over ${m.forms} forms in ${FAMILIES.length} families (all matches), marsad/baseline % per form:`);
  log(perForm.join('  '));
  log(`mean recall: marsad ${(m.recall / m.forms * 100).toFixed(1)}%, baseline ${(m.baseRecall / m.forms * 100).toFixed(1)}%; ` +
    `share of matches containing no listed form (other inflections, or false stem matches): marsad ${(m.outside / m.forms * 100).toFixed(1)}%, baseline ${(m.baseOutside / m.forms * 100).toFixed(1)}%`);
  results.push(m);
}

if (SIZES.includes('31k')) {
  const i = real.info;
  await measure('31k', real.dir, i.articles, i.buildS, i.cpuS,
    `${real.reused ? `cached build from ${i.builtAt} (commit ${i.commit}) reused` : 'built now'}: ${i.buildS.toFixed(1)} s wall, ${i.cpuS.toFixed(1)} s CPU ` +
    `(analysis ${i.analyzeS.toFixed(1)} s + story engine ${i.decideS.toFixed(1)} s + store/index ${i.storeS.toFixed(1)} s, ` +
    `${(i.storeS * 1000 / i.articles).toFixed(2)} ms per article in the store transaction); ${i.stories} stories`,
    i.baseline.buildS, i);
}
if (synth) {
  const i = synth.info;
  await measure('1m', synth.dir, i.articles, i.buildS, i.cpuS,
    `${synth.reused ? `cached build from ${i.builtAt} (commit ${i.commit}) reused` : 'built now'}: ${i.baseArticles} real + ${i.articles - i.baseArticles} replayed ` +
    `(${i.replays} replays) in ${i.buildS.toFixed(0)} s wall, ${i.cpuS.toFixed(0)} s CPU, bulk-written (marsad and baseline together); ` +
    `generated terms matched the analyzer on ${i.termChecks - i.termMismatches}/${i.termChecks} sampled articles`,
    NaN, i);
}

log('');
for (const m of results) {
  const recall = (m.recall / m.forms).toFixed(3);
  log(`bench search marsad-${m.size}: articles=${m.articles} queries=${queries.length} p50_ms=${f2(pct(m.full, 50))} p95_ms=${f2(pct(m.full, 95))} p99_ms=${f2(pct(m.full, 99))} ` +
    `cpu_p50_ms=${f2(pct(m.fullCpu, 50))} cpu_p99_ms=${f2(pct(m.fullCpu, 99))} nofacets_p50_ms=${f2(pct(m.noFacets, 50))} nofacets_p99_ms=${f2(pct(m.noFacets, 99))} ` +
    `build_s=${m.buildS.toFixed(1)} build_cpu_s=${m.buildCpuS.toFixed(1)} index_mib=${m.indexMiB.toFixed(1)} db_mib=${m.dbMiB.toFixed(1)} variant_recall=${recall}`);
  log(`bench search fts5-unicode61-raw-${m.size}: articles=${m.articles} queries=${queries.length} p50_ms=${f2(pct(m.base, 50))} p95_ms=${f2(pct(m.base, 95))} p99_ms=${f2(pct(m.base, 99))} ` +
    `cpu_p50_ms=${f2(pct(m.baseCpu, 50))} cpu_p99_ms=${f2(pct(m.baseCpu, 99))} build_s=${Number.isNaN(m.baseBuildS) ? 'with-marsad' : m.baseBuildS.toFixed(1)} index_mib=${m.baseMiB.toFixed(1)} ` +
    `variant_recall=${(m.baseRecall / m.forms).toFixed(3)}`);
}
