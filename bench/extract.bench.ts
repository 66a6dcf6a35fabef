// npm run bench:extract — main-text extraction quality and speed of marsad's extractor against @mozilla/readability
// (on linkedom) over the Scrapinghub article-extraction benchmark (../shared/data/extraction/aeb, 181 pages), then
// publication-date accuracy over the htmldate test set (../shared/data/extraction/htmldate, 200 pages, 8 Arabic).
// Options: --only=<id substring> prints one page's extraction next to its ground truth; --verbose lists the worst pages.
import { Readability } from '@mozilla/readability';
import iconv from 'iconv-lite';
import { parseHTML } from 'linkedom';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { extractHtml } from '../src/extract/index.ts';
import { detectLanguage } from '../src/text/language-id.ts';

const DATA = resolve(import.meta.dirname, '../../shared/data/extraction');
const AEB = join(DATA, 'aeb');
const HTMLDATE = join(DATA, 'htmldate');
const args = process.argv.slice(2);
const only = args.find((a) => a.startsWith('--only='))?.slice(7);
const datesOnly = args.includes('--dates');
const verbose = args.includes('--verbose');
// --quick: marsad only, one round (for iterating on the extractor); the summary lines need a full run.
const quick = args.includes('--quick');

interface Score {
  f1: number;
  precision: number;
  recall: number;
}

// Python's re \w on str: letters, digits (all numeric), underscore; combining marks are not word characters.
const WORD = /[\p{L}\p{N}_]+/gu;

function bag(text: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of text.toLowerCase().match(WORD) ?? []) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}

function wordF1(predicted: string, gold: string): Score {
  const p = bag(predicted);
  const g = bag(gold);
  let common = 0;
  let np = 0;
  let ng = 0;
  for (const [w, c] of p) {
    np += c;
    common += Math.min(c, g.get(w) ?? 0);
  }
  for (const c of g.values()) ng += c;
  if (np === 0 && ng === 0) return { f1: 1, precision: 1, recall: 1 };
  const precision = np ? common / np : 0;
  const recall = ng ? common / ng : 0;
  return { f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, precision, recall };
}

function readabilityExtract(html: string): { text: string; date: string | null } {
  const { document } = parseHTML(html);
  const r = new Readability(document as unknown as Document).parse();
  return { text: r?.textContent ?? '', date: r?.publishedTime ?? null };
}

function marsadExtract(html: string, url?: string): { text: string; date: string | null } {
  const a = extractHtml(html, { url: url ?? null });
  return { text: a.text, date: a.publishedAt };
}

type System = 'marsad' | 'readability';
const systems: Partial<Record<System, (html: string, url?: string) => { text: string; date: string | null }>> = quick
  ? { marsad: marsadExtract }
  : { marsad: marsadExtract, readability: readabilityExtract };
const systemNames = Object.keys(systems) as System[];

const fmt = (x: number, d = 3): string => x.toFixed(d);

const results: Record<System, Record<string, string>> = { marsad: {}, readability: {} };

if (datesOnly) {
  // --dates: publication dates only.
} else if (!existsSync(join(AEB, 'ground-truth.json'))) {
  console.log(`bench extract: ${AEB} is missing (../shared not present); extraction quality not measured`);
} else {
  const truth = JSON.parse(readFileSync(join(AEB, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  let ids = Object.keys(truth).filter((id) => existsSync(join(AEB, 'html', `${id}.html.gz`))).sort();
  if (only) ids = ids.filter((id) => id.includes(only));
  const pages = ids.map((id) => ({ id, html: gunzipSync(readFileSync(join(AEB, 'html', `${id}.html.gz`))).toString('utf8'), gold: truth[id].articleBody, url: truth[id].url }));
  console.log(`extraction: ${pages.length} pages from ${AEB}; word-level bag-of-words F1 per page (tokens [\\p{L}\\p{N}_]+, lowercased), averaged`);
  if (only) {
    for (const p of pages) {
      const m = marsadExtract(p.html, p.url);
      const r = readabilityExtract(p.html);
      console.log(`--- ${p.id} ${p.url}\nmarsad ${JSON.stringify(wordF1(m.text, p.gold))}\nreadability ${JSON.stringify(wordF1(r.text, p.gold))}`);
      console.log(`=== marsad text ===\n${m.text}\n=== gold ===\n${p.gold}`);
    }
    process.exit(0);
  }
  // Warm both up on a few pages so JIT compilation is not billed to whichever runs first.
  for (const p of pages.slice(0, 10)) for (const name of systemNames) systems[name]!(p.html, p.url);
  const perPage: Record<System, Score[]> = { marsad: [], readability: [] };
  const seconds: Record<System, number> = { marsad: Infinity, readability: Infinity };
  // Two alternating rounds, best time kept: the machine is shared and timings are noisy.
  for (let round = 0; round < (quick ? 1 : 2); round++) {
    for (const name of systemNames) {
      const texts: string[] = [];
      const t0 = process.hrtime.bigint();
      for (const p of pages) texts.push(systems[name]!(p.html, p.url).text);
      seconds[name] = Math.min(seconds[name], Number(process.hrtime.bigint() - t0) / 1e9);
      if (round === 0) perPage[name] = pages.map((p, i) => wordF1(texts[i], p.gold));
    }
  }
  const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  console.log('system        F1     precision  recall  pages/s');
  for (const name of systemNames) {
    const s = perPage[name];
    const row = { f1: mean(s.map((x) => x.f1)), precision: mean(s.map((x) => x.precision)), recall: mean(s.map((x) => x.recall)) };
    const pps = pages.length / seconds[name];
    console.log(`${name.padEnd(12)}  ${fmt(row.f1)}  ${fmt(row.precision)}      ${fmt(row.recall)}   ${fmt(pps, 1)}`);
    Object.assign(results[name], { f1: fmt(row.f1), precision: fmt(row.precision), recall: fmt(row.recall), pages_per_s: fmt(pps, 1) });
  }
  console.log('reference figures (same data, published elsewhere): rs-trafilatura 0.970, trafilatura 0.958, Readability on linkedom ~0.953 at ~40 pages/s');
  if (verbose) {
    const order = pages.map((p, i) => ({ p, m: perPage.marsad[i], r: perPage.readability[i] as Score | undefined })).sort((a, b) => a.m.f1 - b.m.f1);
    for (const { p, m, r } of order.slice(0, 25)) {
      console.log(`  ${p.id.slice(0, 12)} marsad f1=${fmt(m.f1)} p=${fmt(m.precision)} r=${fmt(m.recall)} | readability f1=${r ? fmt(r.f1) : '-'}  ${p.url}`);
    }
  }
}

function decodePage(buf: Buffer): string {
  const head = buf.subarray(0, 4096).toString('latin1');
  const charset = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (charset && charset !== 'utf-8' && charset !== 'utf8' && iconv.encodingExists(charset)) {
    const utf8 = buf.toString('utf8');
    // Many pages declare a legacy charset but are served as UTF-8: trust the bytes when they decode cleanly.
    if (!utf8.includes('\uFFFD')) return utf8;
    return iconv.decode(buf, charset);
  }
  return buf.toString('utf8');
}

if (!existsSync(join(HTMLDATE, 'dates.json'))) {
  console.log(`bench extract: ${HTMLDATE} is missing (../shared not present); date accuracy not measured`);
} else if (!only) {
    // The file writes NaN for pages without a gold date; those count as right only when no date is returned.
  const gold = JSON.parse(readFileSync(join(HTMLDATE, 'dates.json'), 'utf8').replace(/\bNaN\b/g, 'null')) as Record<string, { file: string; date: string | null }>;
  const entries = Object.entries(gold).filter(([, v]) => existsSync(join(HTMLDATE, 'pages', v.file)));
  const pages = entries.map(([url, v]) => {
    const html = decodePage(readFileSync(join(HTMLDATE, 'pages', v.file)));
    const visible = html.replace(/<script\b[\s\S]*?<\/script>|<style\b[\s\S]*?<\/style>|<[^>]+>/gi, ' ');
    const arabic = detectLanguage(visible.replace(/\s+/g, ' ')) === 'ar';
    return { url, file: v.file, date: v.date, html, arabic };
  });
  console.log(`\npublication dates: ${pages.length} pages from ${HTMLDATE} (${pages.filter((p) => p.arabic).length} Arabic); day-level accuracy, a missing date counts as wrong`);
  for (const name of systemNames) {
    let right = 0;
    let arabicRight = 0;
    const misses: string[] = [];
    const arabicLines: string[] = [];
    for (const p of pages) {
      let got: string | null = null;
      try {
        got = systems[name]!(p.html, p.url).date;
      } catch (e) {
        got = null;
      }
      const day = got ? got.slice(0, 10) : null;
      const ok = day === p.date;
      if (ok) right++;
      else misses.push(`    ${p.file} gold=${p.date} got=${got} ${p.url}`);
      if (p.arabic) {
        if (ok) arabicRight++;
        arabicLines.push(`    ${ok ? 'ok  ' : 'MISS'} gold=${p.date} got=${got} ${p.url}`);
      }
    }
    const arabicTotal = pages.filter((p) => p.arabic).length;
    console.log(`${name.padEnd(12)}  accuracy ${fmt(right / pages.length)} (${right}/${pages.length}), Arabic ${arabicRight}/${arabicTotal}`);
    if (name === 'marsad') {
      for (const l of arabicLines) console.log(l);
      if (verbose) for (const l of misses) console.log(l);
    }
    results[name].date_accuracy = fmt(right / pages.length);
    results[name].arabic_dates = `${arabicRight}/${arabicTotal}`;
  }
}

for (const name of systemNames) {
  const kv = Object.entries(results[name]).map(([k, v]) => `${k}=${v}`).join(' ');
  console.log(`bench extract ${name}: ${kv || 'data=missing'}`);
}
