// The data bench/search.bench.ts measures on: the SaudiNewsNet articles (../shared, read-only) built into a marsad
// database through the real analyzer, story engine and store (cached under /tmp so re-runs measure queries only), and
// the plain FTS5 baseline over the same raw text. bench/search-synthetic.ts grows the 1M-article corpus from these.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { unzipSync, strFromU8 } from 'fflate';
import { openStore } from '../src/store/open-store.ts';
import { indexTerms } from '../src/text/analyze.ts';
import { ANALYZER_VERSION } from '../src/text/analyzer-version.ts';
import { scanTokens, tokenize } from '../src/text/tokenizer.ts';
import { familyOfWord } from './search-queries.ts';
import { findEntities } from '../src/text/entities.ts';
import { createStoryEngine } from '../src/stories/story-engine.ts';
import { buildStoryDoc } from '../src/stories/story-doc.ts';
import { storyTextAnalyzer } from '../src/pipeline/story-analyzer.ts';

export const ROOT = resolve(import.meta.dirname, '..');
export const SHARED = resolve(ROOT, '../shared/data/saudinewsnet');
/** Built databases live here between runs (BENCH_SEARCH_CACHE to move it; delete it to force a rebuild). */
export const CACHE_DIR = process.env.BENCH_SEARCH_CACHE || '/tmp/marsad-bench-search';

export interface Rec { source: string; url: string; date_extracted: string; title: string; author: string | null; content: string }

export function loadRecords(days = Infinity): { records: Rec[]; zips: string[] } {
  const zips = readdirSync(SHARED).filter((f) => f.endsWith('.zip')).sort().slice(0, days);
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
  records.sort((a, b) => timeOf(a) - timeOf(b) || (a.url < b.url ? -1 : 1));
  return { records, zips };
}

export function timeOf(r: Rec): number {
  const t = Date.parse(r.date_extracted.replace(' ', 'T') + 'Z');
  return Number.isFinite(t) ? t : 0;
}

export function leadOf(text: string): string {
  const p = text.trim().split(/\n\s*\n/)[0]!.trim();
  return p.length > 300 ? p.slice(0, p.lastIndexOf(' ', 300) > 150 ? p.lastIndexOf(' ', 300) : 300) : p;
}

/**
 * A cached database is reused while what wrote its rows is unchanged: the analyzer (its ANALYZER_VERSION, which is bumped
 * with any change to the terms it writes) and the bench's own builders (their version constants). Migrations added since
 * are applied when the store opens it, as on any upgraded database; story-engine changes do not invalidate it (grouping
 * changes the stories, not the index), so a cached database's stories are those of the engine at build time. Its
 * info.json says when and at which commit it was built.
 */
export function cacheKey(parts: string[]): string {
  const h = createHash('sha256');
  for (const e of [ANALYZER_VERSION, ...parts]) h.update(e).update('\0');
  return h.digest('hex').slice(0, 12);
}

/** Bump when buildReal or buildBaseline change what they write. */
export const REAL_BUILD_VERSION = 'real-1';

export function gitCommit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

export interface Cached<T> { dir: string; info: T; reused: boolean }

/**
 * A cache entry is a directory (marsad.db, baseline.db, info.json), built under a scratch name and renamed into place
 * when complete, so an interrupted build never passes for a cached one.
 */
export async function cached<T>(name: string, build: (dir: string) => Promise<T>): Promise<Cached<T>> {
  mkdirSync(CACHE_DIR, { recursive: true });
  const dir = join(CACHE_DIR, name);
  const infoPath = join(dir, 'info.json');
  if (existsSync(infoPath)) return { dir, info: JSON.parse(readFileSync(infoPath, 'utf8')) as T, reused: true };
  // Older builds of the same corpus (another key) are ours and large: make room.
  const prefix = name.slice(0, name.lastIndexOf('-') + 1);
  for (const f of readdirSync(CACHE_DIR)) if (f.startsWith(prefix) && !f.startsWith(name)) rmSync(join(CACHE_DIR, f), { recursive: true, force: true });
  const part = `${dir}.part`;
  // One build at a time: a second run would delete the first one's files under it.
  const lock = `${dir}.lock`;
  try {
    writeFileSync(lock, String(process.pid), { flag: 'wx' });
  } catch {
    const pid = Number(readFileSync(lock, 'utf8'));
    let alive = false;
    try { process.kill(pid, 0); alive = true; } catch { /* gone */ }
    if (alive) throw new Error(`${name} is being built by process ${pid}; run again when it has finished`);
    writeFileSync(lock, String(process.pid));
  }
  rmSync(part, { recursive: true, force: true });
  mkdirSync(part);
  const info = await build(part);
  // A read-only connection closing last leaves the WAL files behind: one read-write open and close folds them in.
  for (const f of readdirSync(part)) {
    if (!f.endsWith('.db')) continue;
    const db = new Database(join(part, f));
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
  }
  for (const f of readdirSync(part)) if (/-(wal|shm)$/.test(f)) throw new Error(`${join(part, f)} left behind: a database was not closed cleanly`);
  writeFileSync(join(part, 'info.json'), JSON.stringify(info, null, 1));
  rmSync(dir, { recursive: true, force: true });
  renameSync(part, dir);
  rmSync(lock, { force: true });
  return { dir, info, reused: false };
}

export interface RealBuild {
  builtAt: string;
  commit: string;
  articles: number;
  stories: number;
  buildS: number;
  cpuS: number;
  analyzeS: number;
  decideS: number;
  storeS: number;
}

/** Every record through the analyzer, the story engine and store.insertArticle, one transaction per article. */
export async function buildReal(records: Rec[], path: string, withStories: boolean): Promise<RealBuild> {
  const store = await openStore({ db: path });
  const sourceIds = new Map<string, number>();
  for (const name of [...new Set(records.map((r) => r.source))].sort()) {
    sourceIds.set(name, (await store.addSource({ url: `https://${name}.saudinewsnet.test/`, name })).id);
  }
  const engine = withStories ? createStoryEngine() : null;
  let analyzeMs = 0, decideMs = 0, storeMs = 0;
  let nextStory = 1;
  const cpu0 = process.cpuUsage();
  const t00 = performance.now();
  let done = 0;
  for (const r of records) {
    const t0 = performance.now();
    const title = r.title?.trim() || r.content.slice(0, 80);
    const text = r.content.trim();
    const lead = leadOf(text);
    const tt = indexTerms(title), lt = indexTerms(lead), bt = indexTerms(text);
    const entities = findEntities(text, tokenize(text));
    const time = timeOf(r);
    const iso = new Date(time).toISOString();
    const t1 = performance.now();
    analyzeMs += t1 - t0;
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
        const s = performance.now();
        const decision = engine
          ? engine.assign(buildStoryDoc({ articleId, sourceId: sourceIds.get(r.source)!, time, title, lead, text }, storyTextAnalyzer))
          : { storyId: nextStory++, score: 1, duplicateOf: null, merged: [], moved: [] };
        d = performance.now() - s;
        return decision;
      },
    );
    decideMs += d;
    storeMs += performance.now() - t1 - d;
    if (process.stdout.isTTY && (++done & 1023) === 0) process.stdout.write(`\r  building: ${done}/${records.length}`);
  }
  const buildS = (performance.now() - t00) / 1000;
  const c = process.cpuUsage(cpu0);
  const raw = (store as unknown as { raw: Database.Database }).raw;
  const stories = (raw.prepare(`SELECT count(*) AS n FROM stories`).get() as { n: number }).n;
  const articles = await store.countArticles();
  await store.optimizeSearchIndex(); // as marsad import does after storing
  raw.pragma('wal_checkpoint(TRUNCATE)');
  await store.close();
  if (process.stdout.isTTY) process.stdout.write('\r');
  return {
    builtAt: new Date().toISOString(), commit: gitCommit(), articles, stories, buildS, cpuS: (c.user + c.system) / 1e6,
    analyzeS: analyzeMs / 1000, decideS: decideMs / 1000, storeS: storeMs / 1000,
  };
}

export interface BaselineBuild { buildS: number; articles: number }

/**
 * Plain FTS5 over the raw title and text, as an application without an Arabic analyzer would index them, with the same
 * rowids as marsad's articles; and, per article, the variant families (bench/search-queries.ts) its words belong to.
 */
export function buildBaseline(records: Rec[], marsadPath: string, path: string): BaselineBuild {
  const marsad = new Database(marsadPath, { readonly: true });
  const idByUrl = new Map((marsad.prepare(`SELECT id, url FROM articles`).all() as { id: number; url: string }[]).map((x) => [x.url, x.id]));
  marsad.close();
  const base = new Database(path);
  base.pragma('journal_mode = WAL');
  base.pragma('synchronous = NORMAL');
  base.exec(`CREATE VIRTUAL TABLE raw_fts USING fts5(title, content, source UNINDEXED, day UNINDEXED, tokenize='unicode61 remove_diacritics 2')`);
  base.exec(`CREATE TABLE relevant (family INTEGER NOT NULL, article_id INTEGER NOT NULL, PRIMARY KEY (family, article_id)) WITHOUT ROWID`);
  const insert = base.prepare(`INSERT INTO raw_fts (rowid, title, content, source, day) VALUES (?, ?, ?, ?, ?)`);
  const t0 = performance.now();
  let n = 0;
  base.transaction(() => {
    for (const r of records) {
      const id = idByUrl.get(r.url);
      if (id === undefined) continue;
      insert.run(id, r.title ?? '', r.content, r.source, new Date(timeOf(r)).toISOString().slice(0, 10));
      n++;
    }
  })();
  const buildS = (performance.now() - t0) / 1000;
  // Not part of the baseline's build time: the relevance judgments, in the same words as marsad stores them.
  const marsad2 = new Database(marsadPath, { readonly: true });
  const rel = base.prepare(`INSERT INTO relevant (family, article_id) VALUES (?, ?)`);
  base.transaction(() => {
    for (const a of marsad2.prepare(`SELECT id, title, text FROM articles`).iterate() as Iterable<{ id: number; title: string; text: string }>) {
      for (const f of familiesIn(`${a.title}\n${a.text}`)) rel.run(f, a.id);
    }
  })();
  marsad2.close();
  base.pragma('wal_checkpoint(TRUNCATE)');
  base.close();
  return { buildS, articles: n };
}

/** Families whose forms occur as whole Arabic words (diacritics ignored). */
export function familiesIn(text: string): Set<number> {
  const out = new Set<number>();
  scanTokens(text, (kind, start, end) => {
    if (kind !== 'arabic') return;
    const f = familyOfWord(text.slice(start, end));
    if (f !== undefined) out.add(f);
  });
  return out;
}

export interface RealCorpus extends RealBuild { baseline: BaselineBuild }

export async function buildRealCorpus(records: Rec[], dir: string, withStories: boolean): Promise<RealCorpus> {
  const real = await buildReal(records, join(dir, 'marsad.db'), withStories);
  return { ...real, baseline: buildBaseline(records, join(dir, 'marsad.db'), join(dir, 'baseline.db')) };
}

export function fileMiB(path: string): number {
  let bytes = 0;
  for (const f of [path, `${path}-wal`]) if (existsSync(f)) bytes += statSync(f).size;
  return bytes / 2 ** 20;
}
