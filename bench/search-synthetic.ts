// The synthetic 1,000,000-article corpus of bench/search.bench.ts: the real SaudiNewsNet articles (already built into
// a marsad database by the real pipeline) replayed with light perturbation until the target size.
//
// Each replay r of an article gets: its dates shifted by r × 28 days (plus up to ±6 h), a new id, URL and canonical URL,
// its story renumbered (the replay keeps the original grouping), and a perturbed body: two adjacent sentences swapped
// (half of the articles), one sentence dropped (a third), and about 1 word in 100 respelled (hamza seat, final ة/ى,
// a diacritic), given a و clitic, or dropped; a sixth of the titles get one word respelled. The lead paragraph is
// kept as is (the lead columns stay true). Entities are those of the original article.
//
// Analysed once: each real article's body is split into sentences and every sentence's index terms computed once;
// a replay's body terms are the kept sentences' terms in the new order, with only the sentences it changed analysed
// again (the tokenizer has no context across a sentence boundary, which the build checks on a sample).
//
// Written in bulk: 20,000 articles per transaction straight into the store's schema (the baseline by a worker thread), with the rows
// src/store/sqlite/article-writer.ts writes (articles, both FTS5 indexes, article_entities, story_members) and the
// store's own StoryBookkeeping for the story rows, so the result passes `marsad doctor`
// (test/bench/search-synthetic.test.ts checks that on a small corpus). Quotes are not replayed (search does not read
// them). The same raw titles and texts go into the plain-FTS5 baseline, with each article's variant families.
import { copyFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { openStore } from '../src/store/open-store.ts';
import { StoryBookkeeping } from '../src/store/sqlite/story-bookkeeping.ts';
import { indexTerms } from '../src/text/analyze.ts';
import { scanTokens } from '../src/text/tokenizer.ts';
import { splitSentences } from '../src/text/sentence-splitter.ts';
import { familyOfWord } from './search-queries.ts';

export const SYNTH_BUILD_VERSION = 'synth-1';
const DAY = 86_400_000;
const REPLAY_SHIFT_DAYS = 28;
const BATCH = 20_000;
/** Story ids of replay r are r × STORY_STRIDE + the original id. */
const STORY_STRIDE = 10_000_000;

export interface SynthInfo {
  builtAt: string;
  commit: string;
  articles: number;
  baseArticles: number;
  replays: number;
  buildS: number;
  cpuS: number;
  /** Sampled replays whose generated terms were compared with the analyzer run on the generated text. */
  termChecks: number;
  termMismatches: number;
}

interface Sentence { start: number; end: number; surface: string; stems: string; families: number[] }

interface BaseDoc {
  id: number;
  sourceId: number;
  sourceName: string;
  url: string;
  title: string;
  byline: string | null;
  lang: string;
  text: string;
  html: string;
  lead: string;
  image: string | null;
  section: string | null;
  fingerprint: string;
  boilerplate: string;
  time: number;
  terms: [titleSurface: string, titleStems: string, leadSurface: string, leadStems: string];
  storyId: number | null;
  score: number;
  duplicateOf: number | null;
  entities: [string, number][];
  /** Body sentences; the first `fixed` hold the lead and are never changed. */
  sentences: Sentence[];
  fixed: number;
  titleFamilies: number[];
}

function termsOf(text: string): { surface: string; stems: string; families: number[] } {
  const surface: string[] = [];
  const stems: string[] = [];
  const families: number[] = [];
  scanTokens(text, (kind, start, end, norm, stem, stop) => {
    if (kind === 'arabic') {
      const f = familyOfWord(text.slice(start, end));
      if (f !== undefined) families.push(f);
    }
    if (stop) return;
    surface.push(norm);
    stems.push(stem);
  });
  return { surface: surface.join(' '), stems: stems.join(' '), families };
}

const joinTerms = (parts: string[]) => parts.filter((p) => p.length > 0).join(' ');

/** A small deterministic generator per (article, replay). */
function rng(a: number, b: number): () => number {
  let s = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 1, 0x85ebca77)) >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const ARABIC_WORD = /^[\u0621-\u064a]{3,}$/;

/** Respelling a word the way outlets differ: the analyzer folds all of these back. */
function respell(word: string, rand: () => number): string {
  if (/[أإآ]/.test(word) && rand() < 0.6) return word.replace(/[أإآ]/, 'ا');
  if (/ة$/.test(word)) return word.slice(0, -1) + 'ه';
  if (/ى$/.test(word)) return word.slice(0, -1) + 'ي';
  return word[0] + '\u064e' + word.slice(1); // a fatha on the first letter
}

/** One sentence with a word respelled, given a و clitic, or dropped. */
function perturbSentence(text: string, rand: () => number): string {
  const words: [number, number][] = [];
  scanTokens(text, (kind, start, end, _norm, _stem, stop) => {
    if (kind === 'arabic' && !stop && ARABIC_WORD.test(text.slice(start, end))) words.push([start, end]);
  });
  if (words.length === 0) return text;
  const [a, b] = words[Math.floor(rand() * words.length)]!;
  const word = text.slice(a, b);
  const op = rand();
  if (op < 0.5) return text.slice(0, a) + respell(word, rand) + text.slice(b);
  if (op < 0.8 && word[0] !== 'و') return text.slice(0, a) + 'و' + text.slice(a);
  if (words.length < 3) return text;
  // Dropped with the space after it (or before it, at the end).
  return text[b] === ' ' ? text.slice(0, a) + text.slice(b + 1) : text.slice(0, a > 0 && text[a - 1] === ' ' ? a - 1 : a) + text.slice(b);
}

function loadBase(db: Database.Database): BaseDoc[] {
  const sources = new Map((db.prepare(`SELECT id, name FROM sources`).all() as { id: number; name: string }[]).map((s) => [s.id, s.name]));
  const entities = new Map<number, [string, number][]>();
  for (const r of db.prepare(`SELECT article_id, entity_id, count FROM article_entities ORDER BY article_id, entity_id`).raw(true).iterate() as Iterable<[number, string, number]>) {
    let list = entities.get(r[0]);
    if (!list) entities.set(r[0], (list = []));
    list.push([r[1], r[2]]);
  }
  const rows = db
    .prepare(
      `SELECT a.id, a.source_id, a.url, a.title, a.byline, a.lang, a.text, a.html_clean, a.lead, a.image, a.section, a.fingerprint,
              a.boilerplate, a.sort_time, a.title_surface, a.title_stems, a.lead_surface, a.lead_stems, a.body_surface,
              sm.story_id, sm.score, a.duplicate_of
       FROM articles a LEFT JOIN story_members sm ON sm.article_id = a.id ORDER BY a.id`,
    )
    .all() as {
      id: number; source_id: number; url: string; title: string; byline: string | null; lang: string; text: string; html_clean: string;
      lead: string; image: string | null; section: string | null; fingerprint: string; boilerplate: string; sort_time: string;
      title_surface: string; title_stems: string; lead_surface: string; lead_stems: string; body_surface: string;
      story_id: number | null; score: number | null; duplicate_of: number | null;
    }[];
  return rows.map((r) => {
    let sentences: Sentence[] = splitSentences(r.text).map((s) => ({ start: s.start, end: s.end, ...termsOf(s.text) }));
    // The lead is the text's first paragraph (or its opening): sentences that start inside it stay as they are.
    const leadEnd = r.text.startsWith(r.lead) ? r.lead.length : 0;
    let fixed = sentences.findIndex((s) => s.start >= leadEnd);
    if (fixed < 0) fixed = sentences.length;
    // Where per-sentence analysis would not reproduce the stored terms, the body is one unchangeable piece.
    if (joinTerms(sentences.map((s) => s.surface)) !== r.body_surface) {
      sentences = [{ start: 0, end: r.text.length, ...termsOf(r.text) }];
      fixed = 1;
    }
    return {
      id: r.id, sourceId: r.source_id, sourceName: sources.get(r.source_id) ?? String(r.source_id), url: r.url, title: r.title,
      byline: r.byline, lang: r.lang, text: r.text, html: r.html_clean, lead: r.lead, image: r.image, section: r.section,
      fingerprint: r.fingerprint, boilerplate: r.boilerplate, time: Date.parse(r.sort_time),
      terms: [r.title_surface, r.title_stems, r.lead_surface, r.lead_stems],
      storyId: r.story_id, score: r.score ?? 0, duplicateOf: r.duplicate_of, entities: entities.get(r.id) ?? [],
      sentences, fixed, titleFamilies: termsOf(r.title).families,
    };
  });
}

interface Replay {
  url: string;
  title: string;
  titleSurface: string;
  titleStems: string;
  text: string;
  bodySurface: string;
  bodyStems: string;
  time: number;
  families: Set<number>;
}

function replay(doc: BaseDoc, r: number): Replay {
  const rand = rng(doc.id, r);
  const time = doc.time + r * REPLAY_SHIFT_DAYS * DAY + Math.round((rand() - 0.5) * 12 * 3600_000);
  const u = new URL(doc.url);
  const url = `${u.protocol}//${u.host}/r${r}${u.pathname}${u.search}`;

  let title = doc.title;
  let [titleSurface, titleStems] = doc.terms;
  let titleFamilies = doc.titleFamilies;
  if (rand() < 1 / 6) {
    const words: [number, number][] = [];
    scanTokens(title, (kind, start, end, _n, _s, stop) => { if (kind === 'arabic' && !stop && ARABIC_WORD.test(title.slice(start, end))) words.push([start, end]); });
    if (words.length) {
      const [a, b] = words[Math.floor(rand() * words.length)]!;
      title = title.slice(0, a) + respell(title.slice(a, b), rand) + title.slice(b);
      const t = termsOf(title);
      titleSurface = t.surface; titleStems = t.stems; titleFamilies = t.families;
    }
  }

  // Body: the order of sentence slots, then per-slot text (original or perturbed) and terms.
  const n = doc.sentences.length;
  const order = doc.sentences.map((_, i) => i);
  const movable = n - doc.fixed;
  if (movable >= 2 && rand() < 0.5) {
    const i = doc.fixed + Math.floor(rand() * (movable - 1));
    [order[i], order[i + 1]] = [order[i + 1]!, order[i]!];
  }
  const dropped = movable >= 3 && rand() < 1 / 3 ? doc.fixed + Math.floor(rand() * movable) : -1;
  const changed = new Map<number, string>();
  if (movable > 0) {
    const words = doc.sentences.reduce((k, s) => k + s.surface.length, 0) / 6;
    const edits = Math.max(1, Math.round(words / 100));
    for (let e = 0; e < edits; e++) {
      const i = doc.fixed + Math.floor(rand() * movable);
      const s = doc.sentences[i]!;
      changed.set(i, perturbSentence(changed.get(i) ?? doc.text.slice(s.start, s.end), rand));
    }
  }
  let text = '';
  const surface: string[] = [];
  const stems: string[] = [];
  const families = new Set<number>(titleFamilies);
  let at = 0; // end of the previous slot in the original text
  for (let slot = 0; slot < n; slot++) {
    const slotSentence = doc.sentences[slot]!;
    const gap = doc.text.slice(at, slotSentence.start);
    at = slotSentence.end;
    const i = order[slot]!;
    if (slot === dropped) continue; // the sentence in this slot, with the gap before it
    const s = doc.sentences[i]!;
    text += gap;
    const c = changed.get(i);
    if (c === undefined) {
      text += doc.text.slice(s.start, s.end);
      surface.push(s.surface);
      stems.push(s.stems);
      for (const f of s.families) families.add(f);
    } else {
      text += c;
      const t = termsOf(c);
      surface.push(t.surface);
      stems.push(t.stems);
      for (const f of t.families) families.add(f);
    }
  }
  text += doc.text.slice(at);
  return { url, title, titleSurface, titleStems, text, bodySurface: joinTerms(surface), bodyStems: joinTerms(stems), time, families };
}

type BaselineRow = [id: number, title: string, text: string, source: string, day: string, families: number[]];

/**
 * The baseline writer thread (plain JavaScript: a worker does not get the TypeScript loader): a batch of rows per
 * message, inserted in one transaction and answered with 'done'; then 'finish', answered with 'closed'.
 */
const BASELINE_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require('better-sqlite3');
const db = new Database(workerData.path);
db.pragma('journal_mode = DELETE');
db.pragma('journal_mode = MEMORY');
db.pragma('synchronous = OFF');
db.pragma('cache_size = -500000');
db.exec("INSERT INTO raw_fts (raw_fts, rank) VALUES ('hashsize', ${256 * 2 ** 20})");
const insertRaw = db.prepare('INSERT INTO raw_fts (rowid, title, content, source, day) VALUES (?, ?, ?, ?, ?)');
const insertRelevant = db.prepare('INSERT INTO relevant (family, article_id) VALUES (?, ?)');
const write = db.transaction((rows) => {
  for (const [id, title, text, source, day, families] of rows) {
    insertRaw.run(id, title, text, source, day);
    for (const f of families) insertRelevant.run(f, id);
  }
});
parentPort.on('message', (m) => {
  if (m === 'finish') {
    db.exec("INSERT INTO raw_fts (raw_fts, rank) VALUES ('hashsize', ${2 ** 20})");
    db.pragma('journal_mode = WAL');
    db.close();
    parentPort.postMessage('closed');
    return;
  }
  write(m);
  parentPort.postMessage('done');
});
`;

/**
 * Copies the real corpus (`base`: marsad.db and baseline.db built by bench/search-corpus.ts) into `dir` and appends
 * replays until `target` articles.
 */
export async function buildSynthetic(base: string, dir: string, target: number, commit: string, log: (s: string) => void): Promise<SynthInfo> {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  // The real corpus at the current schema first (migrations run on open), so the copy needs none.
  await (await openStore({ db: `${base}/marsad.db` })).close();
  copyFileSync(`${base}/marsad.db`, `${dir}/marsad.db`);
  copyFileSync(`${base}/baseline.db`, `${dir}/baseline.db`);
  const db = new Database(`${dir}/marsad.db`);
  // A scratch build: journal in memory, no syncs; the cache entry only becomes valid once complete. (OFF is refused in
  // better-sqlite3's defensive mode, and leaving WAL needs a stop at DELETE.)
  db.pragma('journal_mode = DELETE');
  db.pragma('journal_mode = MEMORY');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -1000000');
  db.pragma('temp_store = MEMORY');
  // Bigger in-memory term batches before FTS5 writes a segment (the default is 1 MiB); reset at the end.
  // (FTS5 wants an integer here; a bound JS number would arrive as a REAL.)
  for (const t of ['articles_fts', 'heads_fts']) db.exec(`INSERT INTO ${t} (${t}, rank) VALUES ('hashsize', ${256 * 2 ** 20})`);
  // The baseline is written by a worker thread on the other core.
  const worker = new Worker(BASELINE_WORKER, { eval: true, workerData: { path: `${dir}/baseline.db` } });
  const replies: ((m: string) => void)[] = [];
  worker.on('message', (m: string) => replies.shift()?.(m));
  worker.on('error', (e) => { throw e; });
  const ask = (m: BaselineRow[] | 'finish') => new Promise<string>((resolve) => { replies.push(resolve); worker.postMessage(m); });
  let pending: Promise<string> | null = null;

  const docs = loadBase(db);
  log(`  synthetic: ${docs.length} real articles analysed once (${docs.filter((d) => d.sentences.length === 1 && d.fixed === 1).length} kept whole); ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const FTS = 'title_surface, title_stems, lead_surface, lead_stems, body_surface, body_stems';
  const insertArticle = db.prepare(
    `INSERT INTO articles (url, canonical_url, source_id, title, byline, published_at, fetched_at, sort_time, lang, text,
       html_clean, lead, image, section, fingerprint, duplicate_of, boilerplate, ${FTS})
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertFts = db.prepare(`INSERT INTO articles_fts (rowid, ${FTS}) VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const insertHeads = db.prepare(`INSERT INTO heads_fts (rowid, title_surface, title_stems, lead_surface, lead_stems) VALUES (?, ?, ?, ?, ?)`);
  const insertEntity = db.prepare(`INSERT INTO article_entities (article_id, entity_id, count) VALUES (?, ?, ?)`);
  const insertMember = db.prepare(`INSERT INTO story_members (story_id, article_id, score, added_at) VALUES (?, ?, ?, ?)`);
  const stories = new StoryBookkeeping(db);
  // The generated terms against the analyzer run on the generated text.
  const verify = (x: Replay) => {
    const t = indexTerms(x.text), h = indexTerms(x.title);
    return t.surface.join(' ') === x.bodySurface && t.stems.join(' ') === x.bodyStems && h.surface.join(' ') === x.titleSurface && h.stems.join(' ') === x.titleStems;
  };

  let total = (db.prepare(`SELECT count(*) AS n FROM articles`).get() as { n: number }).n;
  const baseArticles = total;
  let termChecks = 0, termMismatches = 0;
  let r = 0;
  while (total < target) {
    r++;
    const newId = new Map<number, number>();
    const touched = new Set<number>();
    for (let from = 0; from < docs.length && total < target; from += BATCH) {
      const batch = docs.slice(from, Math.min(docs.length, from + BATCH, from + target - total));
      const rows: BaselineRow[] = [];
      const write = () => {
        for (const d of batch) {
          const x = replay(d, r);
          const iso = new Date(x.time).toISOString();
          const [, , leadSurface, leadStems] = d.terms;
          const id = Number(insertArticle.run(
            x.url, x.url, d.sourceId, x.title, d.byline, iso, iso, iso, d.lang, x.text, d.html, d.lead, d.image, d.section,
            `r${r}:${d.fingerprint}`, d.duplicateOf == null ? null : newId.get(d.duplicateOf) ?? null, d.boilerplate,
            x.titleSurface, x.titleStems, leadSurface, leadStems, x.bodySurface, x.bodyStems,
          ).lastInsertRowid);
          newId.set(d.id, id);
          insertFts.run(id, x.titleSurface, x.titleStems, leadSurface, leadStems, x.bodySurface, x.bodyStems);
          insertHeads.run(id, x.titleSurface, x.titleStems, leadSurface, leadStems);
          for (const [e, c] of d.entities) insertEntity.run(id, e, c);
          if (d.storyId != null) {
            const s = r * STORY_STRIDE + d.storyId;
            stories.ensure(s, iso);
            insertMember.run(s, id, d.score, iso);
            touched.add(s);
          }
          rows.push([id, x.title, x.text, d.sourceName, iso.slice(0, 10), [...x.families]]);
          if ((id & 1023) === 0) {
            termChecks++;
            if (!verify(x)) termMismatches++;
          }
        }
        total += batch.length;
      };
      db.transaction(write)();
      // One batch in flight: the worker writes this one while the next is generated.
      await pending;
      pending = ask(rows);
      log(`  synthetic: replay ${r}, ${total} articles, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    }
    db.transaction(() => { for (const s of touched) stories.refresh(s); })();
  }
  // Back to FTS5's default batch size (better-sqlite3 keeps shadow tables read-only, so the setting row stays, at the
  // default value), and to WAL.
  for (const t of ['articles_fts', 'heads_fts']) db.exec(`INSERT INTO ${t} (${t}, rank) VALUES ('hashsize', ${2 ** 20})`);
  db.pragma('journal_mode = WAL');
  db.close();
  await pending;
  await ask('finish');
  await worker.terminate();
  const c = process.cpuUsage(cpu0);
  return {
    builtAt: new Date().toISOString(), commit, articles: total, baseArticles, replays: r, buildS: (performance.now() - t0) / 1000,
    cpuS: (c.user + c.system) / 1e6, termChecks, termMismatches,
  };
}
