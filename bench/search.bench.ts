// node --import tsx bench/search.bench.ts [--days N] [--no-stories] [--queries N] [--db existing-marsad.db]
// (--db reuses a database already built from the same data, e.g. by `marsad import`, and measures queries only.)
// Builds marsad's search index over the SaudiNewsNet articles (../shared/data/saudinewsnet/*.zip) through the real
// analyzer, store and story engine, then runs the same generated queries against it and against a plain SQLite FTS5
// index of the raw text (unicode61 remove_diacritics 2): latency of a first page, build time, index size, and recall on
// hand-listed spelling/clitic variant families (relevant = articles containing any listed form as a whole word).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { unzipSync, strFromU8 } from 'fflate';
import { openStore } from '../src/store/open-store.ts';
import type { Store } from '../src/store/types.ts';
import { indexTerms } from '../src/text/analyze.ts';
import { tokenize } from '../src/text/tokenizer.ts';
import { findEntities } from '../src/text/entities.ts';
import { createStoryEngine } from '../src/stories/story-engine.ts';
import { buildStoryDoc } from '../src/stories/story-doc.ts';
import { storyTextAnalyzer } from '../src/pipeline/story-analyzer.ts';
import { search } from '../src/search/search.ts';
import { parseQuery } from '../src/search/query-parser.ts';
import { buildPlan } from '../src/search/query-plan.ts';

const SHARED = resolve(import.meta.dirname, '../../shared/data/saudinewsnet');
const args = process.argv.slice(2);
const opt = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const DAYS = opt('--days') ? Number(opt('--days')) : Infinity;
const WITH_STORIES = !args.includes('--no-stories');
const QUERY_COUNT = Number(opt('--queries') ?? 240);
const EXISTING_DB = opt('--db');

if (!existsSync(SHARED)) {
  console.log(`bench search: ${SHARED} is missing (../shared is not here); nothing measured`);
  process.exit(0);
}

interface Rec { source: string; url: string; date_extracted: string; title: string; author: string | null; content: string }

// ---- load ----------------------------------------------------------------------------------------------------------
const zips = readdirSync(SHARED).filter((f) => f.endsWith('.zip')).sort().slice(0, DAYS);
const seen = new Set<string>();
const records: Rec[] = [];
for (const z of zips) {
  const files = unzipSync(readFileSync(join(SHARED, z)));
  for (const [name, data] of Object.entries(files)) {
    if (!name.endsWith('.json')) continue;
    for (const r of JSON.parse(strFromU8(data)) as Rec[]) {
      if (!r.url || seen.has(r.url) || !r.content) continue;
      seen.add(r.url);
      records.push(r);
    }
  }
}
const timeOf = (r: Rec) => {
  const t = Date.parse(r.date_extracted.replace(' ', 'T') + 'Z');
  return Number.isFinite(t) ? t : 0;
};
records.sort((a, b) => timeOf(a) - timeOf(b) || (a.url < b.url ? -1 : 1));
console.log(`data: SaudiNewsNet ${zips.length} day files, ${records.length} articles with text (${zips[0]} … ${zips[zips.length - 1]}); node ${process.version}`);

const dir = mkdtempSync(join(tmpdir(), 'marsad-search-bench-'));
const pct = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!; };
const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;
const leadOf = (text: string) => { const p = text.trim().split(/\n\s*\n/)[0]!.trim(); return p.length > 300 ? p.slice(0, p.lastIndexOf(' ', 300) > 150 ? p.lastIndexOf(' ', 300) : 300) : p; };

try {
  // ---- marsad build ----------------------------------------------------------------------------------------------
  const dbPath = EXISTING_DB ?? join(dir, 'marsad.db');
  const store = await openStore({ db: dbPath });
  const sourceIds = new Map<string, number>();
  for (const name of [...new Set(records.map((r) => r.source))].sort()) {
    sourceIds.set(name, (await store.addSource({ url: `https://${name}.saudinewsnet.test/`, name })).id);
  }
  const engine = WITH_STORIES ? createStoryEngine() : null;
  let analyzeMs = 0, decideMs = 0, storeMs = 0;
  let nextStory = 1;
  const buildStart = process.hrtime.bigint();
  for (const r of EXISTING_DB ? [] : records) {
    const t0 = process.hrtime.bigint();
    const title = r.title?.trim() || r.content.slice(0, 80);
    const text = r.content.trim();
    const lead = leadOf(text);
    const tt = indexTerms(title), lt = indexTerms(lead), bt = indexTerms(text);
    const entities = findEntities(text, tokenize(text));
    const time = timeOf(r);
    const iso = new Date(time).toISOString();
    const t1 = process.hrtime.bigint();
    analyzeMs += Number(t1 - t0) / 1e6;
    let d = 0;
    await store.insertArticle(
      {
        url: r.url, canonicalUrl: r.url, sourceId: sourceIds.get(r.source)!, title, byline: r.author || null,
        publishedAt: iso, fetchedAt: iso, lang: 'ar', text, html: '', lead, image: null, section: null,
        fingerprint: `${r.url.length}:${title.length}:${text.length}`,
        titleSurface: tt.surface.join(' '), titleStems: tt.stems.join(' '),
        leadSurface: lt.surface.join(' '), leadStems: lt.stems.join(' '),
        bodySurface: bt.surface.join(' '), bodyStems: bt.stems.join(' '),
        entities, quotes: [], boilerplate: [],
      },
      (articleId) => {
        const s = process.hrtime.bigint();
        const decision = engine
          ? engine.assign(buildStoryDoc({ articleId, sourceId: sourceIds.get(r.source)!, time, title, lead, text }, storyTextAnalyzer))
          : { storyId: nextStory++, score: 1, duplicateOf: null, merged: [], moved: [] };
        d = Number(process.hrtime.bigint() - s) / 1e6;
        return decision;
      },
    );
    decideMs += d;
    storeMs += ms(t1) - d;
  }
  const buildS = ms(buildStart) / 1000;
  const raw = (store as unknown as { raw: Database.Database }).raw;
  raw.pragma('wal_checkpoint(TRUNCATE)');
  const pages = (like: string) => (raw.prepare(`SELECT coalesce(sum(pgsize), 0) AS b FROM dbstat WHERE name LIKE ?`).get(like) as { b: number }).b;
  const ftsBytes = pages('articles_fts%');
  const dbBytes = statSync(dbPath).size;
  const storyCount = (raw.prepare(`SELECT count(*) AS n FROM stories`).get() as { n: number }).n;
  if (EXISTING_DB) console.log(`marsad build: skipped, reusing ${EXISTING_DB} (${await store.countArticles()} articles)`);
  else console.log(`marsad build: ${buildS.toFixed(1)} s total = analysis ${(analyzeMs / 1000).toFixed(1)} s + story engine ${(decideMs / 1000).toFixed(1)} s + store/index ${(storeMs / 1000).toFixed(1)} s ` +
    `(${(storeMs / records.length).toFixed(2)} ms per article in the store transaction); ${storyCount} stories${WITH_STORIES ? '' : ' (no engine: one per article)'}`);
  console.log(`marsad index: FTS5 ${(ftsBytes / 2 ** 20).toFixed(1)} MiB (6 term columns, external content), whole database ${(dbBytes / 2 ** 20).toFixed(1)} MiB`);

  // ---- baseline build ----------------------------------------------------------------------------------------------
  const basePath = join(dir, 'baseline.db');
  const base = new Database(basePath);
  base.pragma('journal_mode = WAL');
  base.pragma('synchronous = NORMAL');
  base.exec(`CREATE VIRTUAL TABLE raw_fts USING fts5(title, content, source UNINDEXED, day UNINDEXED, tokenize='unicode61 remove_diacritics 2')`);
  const baseInsert = base.prepare(`INSERT INTO raw_fts (rowid, title, content, source, day) VALUES (?, ?, ?, ?, ?)`);
  const idByUrl = new Map<string, number>((raw.prepare(`SELECT id, url FROM articles`).all() as { id: number; url: string }[]).map((x) => [x.url, x.id]));
  const bt0 = process.hrtime.bigint();
  base.transaction(() => {
    for (const r of records) if (idByUrl.has(r.url)) baseInsert.run(idByUrl.get(r.url)!, r.title ?? '', r.content, r.source, new Date(timeOf(r)).toISOString().slice(0, 10));
  })();
  const baseBuildS = ms(bt0) / 1000;
  base.pragma('wal_checkpoint(TRUNCATE)');
  const baseBytes = (base.prepare(`SELECT coalesce(sum(pgsize), 0) AS b FROM dbstat WHERE name LIKE 'raw_fts%'`).get() as { b: number }).b;
  console.log(`baseline build: ${baseBuildS.toFixed(1)} s (raw title+content into FTS5, one transaction); FTS5 ${(baseBytes / 2 ** 20).toFixed(1)} MiB (stores its own copy of the text)`);

  // ---- queries ---------------------------------------------------------------------------------------------------
  // Deterministic: words drawn from the corpus's own titles with a fixed-seed generator.
  let seed = 20150721;
  const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const titleWords = (r: Rec) => tokenize(r.title ?? '').filter((t) => t.kind === 'arabic' && !t.stop && t.surface.length >= 3);
  const sourceNames = [...sourceIds.keys()];
  interface Q { marsad: string; fts: string; filter?: { source?: string; from?: string } }
  const fq = (w: string) => `"${w.replace(/"/g, '""')}"`;
  const queries: Q[] = [];
  let guard = 0;
  while (queries.length < QUERY_COUNT && guard++ < QUERY_COUNT * 50) {
    const r = records[Math.floor(rand() * records.length)]!;
    const ws = titleWords(r);
    if (ws.length < 2) continue;
    const i = Math.floor(rand() * (ws.length - 1));
    const a = ws[i]!.surface, b = ws[i + 1]!.surface, c = ws[Math.floor(rand() * ws.length)]!.surface;
    const kind = queries.length % 8;
    if (kind <= 2) queries.push({ marsad: a, fts: fq(a) });
    else if (kind === 3) queries.push({ marsad: `${a} ${c}`, fts: `${fq(a)} ${fq(c)}` });
    else if (kind === 4) queries.push({ marsad: `"${a} ${b}"`, fts: `"${a} ${b}"` });
    else if (kind === 5) queries.push({ marsad: `${a} OR ${c}`, fts: `${fq(a)} OR ${fq(c)}` });
    else if (kind === 6) {
      const ex = ws.find((t) => t.surface !== a)?.surface;
      if (!ex) continue;
      const other = titleWords(records[Math.floor(rand() * records.length)]!)[0]?.surface;
      if (!other || other === a) continue;
      queries.push({ marsad: `${a} -${other}`, fts: `${fq(a)} NOT ${fq(other)}` });
    } else {
      const src = sourceNames[Math.floor(rand() * sourceNames.length)]!;
      queries.push({ marsad: `${a} source:${src}`, fts: fq(a), filter: { source: src } });
    }
  }

  const baseStmt = base.prepare(
    `SELECT rowid, title, snippet(raw_fts, 1, '<mark>', '</mark>', '…', 24) AS s FROM raw_fts WHERE raw_fts MATCH ? ORDER BY rank LIMIT 20`,
  );
  const baseSourceStmt = base.prepare(
    `SELECT rowid, title, snippet(raw_fts, 1, '<mark>', '</mark>', '…', 24) AS s FROM raw_fts WHERE raw_fts MATCH ? AND source = ? ORDER BY rank LIMIT 20`,
  );
  const runBase = (q: Q) => (q.filter?.source ? baseSourceStmt.all(q.fts, q.filter.source) : baseStmt.all(q.fts));

  // Warm both (page cache, statement cache, JIT) on a slice of the queries, then measure every query once.
  for (const q of queries.slice(0, 20)) { await search(store, q.marsad, { limit: 20 }); runBase(q); }
  // Wall time and this process's CPU time per query: on a shared, loaded machine the CPU figure is the stable one.
  const marsadLat: number[] = [], marsadCpu: number[] = [], marsadNoFacetLat: number[] = [], marsadNoFacetCpu: number[] = [];
  const baseLat: number[] = [], baseCpu: number[] = [];
  const cpuMs = (c: NodeJS.CpuUsage) => { const d = process.cpuUsage(c); return (d.user + d.system) / 1000; };
  let errors = 0, emptyMarsad = 0, emptyBase = 0;
  for (const q of queries) {
    let t = process.hrtime.bigint();
    let c = process.cpuUsage();
    const res = await search(store, q.marsad, { limit: 20 });
    marsadLat.push(ms(t)); marsadCpu.push(cpuMs(c));
    if (res.error) errors++;
    if (res.hits.length === 0) emptyMarsad++;
    t = process.hrtime.bigint(); c = process.cpuUsage();
    await search(store, q.marsad, { limit: 20, facets: false });
    marsadNoFacetLat.push(ms(t)); marsadNoFacetCpu.push(cpuMs(c));
    t = process.hrtime.bigint(); c = process.cpuUsage();
    const b = runBase(q);
    baseLat.push(ms(t)); baseCpu.push(cpuMs(c));
    if (b.length === 0) emptyBase++;
  }
  const lat = (xs: number[]) => `p50=${pct(xs, 50).toFixed(2)} p95=${pct(xs, 95).toFixed(2)} p99=${pct(xs, 99).toFixed(2)} max=${Math.max(...xs).toFixed(2)} ms`;
  console.log(`\nqueries: ${queries.length} generated from titles (1-word ×3/8, 2-word, phrase, OR, exclusion, source filter ×1/8 each), first page of 20; load average ${(await import('node:os')).loadavg()[0]!.toFixed(1)}`);
  console.log(`marsad   grouped+highlighted+facets   wall ${lat(marsadLat)} | cpu ${lat(marsadCpu)}  (${emptyMarsad} empty, ${errors} refused)`);
  console.log(`marsad   grouped+highlighted, no facets wall ${lat(marsadNoFacetLat)} | cpu ${lat(marsadNoFacetCpu)}`);
  console.log(`baseline FTS5 raw + snippet(), no grouping/facets/totals wall ${lat(baseLat)} | cpu ${lat(baseCpu)}  (${emptyBase} empty)`);

  // ---- variant recall ----------------------------------------------------------------------------------------------
  // Families of forms of one word as Arabic news writes it: article, conjunction and preposition clitics, hamza and
  // taa-marbuta spellings, diacritics. Each form is a query; relevant = articles containing any form of the family.
  const FAMILIES: string[][] = [
    ['رئيس', 'الرئيس', 'للرئيس', 'والرئيس', 'برئيس', 'ورئيس'],
    ['السعودية', 'السعوديه', 'سعودية', 'للسعودية', 'والسعودية', 'بالسعودية'],
    ['مسؤول', 'مسئول', 'المسؤول', 'المسئول', 'والمسؤول', 'للمسؤول'],
    ['وزارة', 'الوزارة', 'وزاره', 'للوزارة', 'بوزارة', 'ووزارة'],
    ['أمير', 'امير', 'الأمير', 'الامير', 'للأمير', 'والأمير'],
    ['مدينة', 'المدينة', 'مدينه', 'بمدينة', 'لمدينة', 'ومدينة'],
    ['حكومة', 'الحكومة', 'حكومه', 'للحكومة', 'والحكومة', 'بالحكومة'],
    ['إرهاب', 'ارهاب', 'الإرهاب', 'الارهاب', 'للإرهاب', 'والإرهاب'],
    ['اقتصاد', 'الاقتصاد', 'للاقتصاد', 'والاقتصاد', 'بالاقتصاد'],
    ['مشروع', 'المشروع', 'للمشروع', 'والمشروع', 'بمشروع'],
    ['شركة', 'الشركة', 'شركه', 'للشركة', 'بشركة', 'والشركة'],
    ['جامعة', 'الجامعة', 'بجامعة', 'لجامعة', 'والجامعة'],
    ['مستشفى', 'المستشفى', 'مستشفي', 'بمستشفى', 'للمستشفى'],
    ['الأمن', 'الامن', 'للأمن', 'والأمن', 'بالأمن'],
    ['قرار', 'القرار', 'بقرار', 'والقرار', 'للقرار'],
    ['مجلس', 'المجلس', 'بمجلس', 'لمجلس', 'ومجلس'],
    ['سوق', 'السوق', 'بالسوق', 'للسوق', 'والسوق'],
    ['نفط', 'النفط', 'للنفط', 'والنفط', 'بالنفط'],
    ['الهلال', 'للهلال', 'والهلال', 'بالهلال'],
    ['اتفاق', 'الاتفاق', 'باتفاق', 'والاتفاق', 'للاتفاق'],
    ['تعليم', 'التعليم', 'للتعليم', 'والتعليم', 'بالتعليم'],
    ['محمد', 'مُحَمَّد', 'ومحمد', 'لمحمد', 'بمحمد'],
    ['مؤتمر', 'المؤتمر', 'بمؤتمر', 'للمؤتمر', 'والمؤتمر'],
    ['دمج', 'الدمج', 'بدمج', 'ودمج'],
    ['مسجد', 'المسجد', 'بالمسجد', 'للمسجد', 'ومسجد'],
  ];
  const strip = (w: string) => w.replace(/[\u064b-\u065f\u0670\u0640]/g, '');
  const familyOf = new Map<string, number>();
  FAMILIES.forEach((f, i) => f.forEach((w) => familyOf.set(strip(w), i)));
  const relevant: Set<number>[] = FAMILIES.map(() => new Set());
  for (const r of records) {
    const id = idByUrl.get(r.url)!;
    for (const w of `${r.title ?? ''} ${r.content}`.split(/[^\p{L}\p{M}]+/u)) {
      const f = familyOf.get(strip(w));
      if (f !== undefined) relevant[f]!.add(id);
    }
  }
  const baseAll = base.prepare(`SELECT rowid FROM raw_fts WHERE raw_fts MATCH ?`).pluck();
  let mRecall = 0, bRecall = 0, mOutside = 0, bOutside = 0, n = 0;
  const perForm: string[] = [];
  for (let f = 0; f < FAMILIES.length; f++) {
    const rel = relevant[f]!;
    if (rel.size === 0) continue;
    for (const form of FAMILIES[f]!) {
      const parsed = parseQuery(form);
      if (!parsed.ok) continue;
      const built = buildPlan(parsed);
      const res = await store.searchArticles({ ...built.plan, groupByStory: false, limit: 1_000_000, offset: 0, recency: null, facets: false });
      const got = res.hits.map((h) => h.articleId);
      const bgot = baseAll.all(fq(form)) as number[];
      const rec = (xs: number[]) => xs.filter((x) => rel.has(x)).length / rel.size;
      const out = (xs: number[]) => (xs.length ? xs.filter((x) => !rel.has(x)).length / xs.length : 0);
      mRecall += rec(got); bRecall += rec(bgot); mOutside += out(got); bOutside += out(bgot); n++;
      perForm.push(`${form}:${(rec(got) * 100).toFixed(0)}/${(rec(bgot) * 100).toFixed(0)}`);
    }
  }
  console.log(`\nvariant recall over ${n} forms in ${FAMILIES.length} families (all matches, not just page 1), marsad/baseline % per form:`);
  console.log(perForm.join('  '));
  console.log(`mean recall: marsad ${(mRecall / n * 100).toFixed(1)}%, baseline ${(bRecall / n * 100).toFixed(1)}%; ` +
    `share of matches containing no listed form (other inflections, or false stem matches): marsad ${(mOutside / n * 100).toFixed(1)}%, baseline ${(bOutside / n * 100).toFixed(1)}%`);

  console.log(`\nbench search marsad-fts5-analyzed: articles=${records.length} queries=${queries.length} p50_ms=${pct(marsadLat, 50).toFixed(2)} p95_ms=${pct(marsadLat, 95).toFixed(2)} p99_ms=${pct(marsadLat, 99).toFixed(2)} cpu_p50_ms=${pct(marsadCpu, 50).toFixed(2)} cpu_p99_ms=${pct(marsadCpu, 99).toFixed(2)} cpu_p99_nofacets_ms=${pct(marsadNoFacetCpu, 99).toFixed(2)} build_s=${EXISTING_DB ? 'reused' : buildS.toFixed(1)} store_ms_per_article=${EXISTING_DB ? 'na' : (storeMs / records.length).toFixed(2)} index_mib=${(ftsBytes / 2 ** 20).toFixed(1)} variant_recall=${(mRecall / n).toFixed(3)}`);
  console.log(`bench search fts5-unicode61-raw: articles=${records.length} queries=${queries.length} p50_ms=${pct(baseLat, 50).toFixed(2)} p95_ms=${pct(baseLat, 95).toFixed(2)} p99_ms=${pct(baseLat, 99).toFixed(2)} cpu_p50_ms=${pct(baseCpu, 50).toFixed(2)} cpu_p99_ms=${pct(baseCpu, 99).toFixed(2)} build_s=${baseBuildS.toFixed(1)} index_mib=${(baseBytes / 2 ** 20).toFixed(1)} variant_recall=${(bRecall / n).toFixed(3)}`);
  await store.close();
  base.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
