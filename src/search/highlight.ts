// Highlighting on the ORIGINAL text: the analyzer's token offsets say where each matching word is, so diacritics,
// hamza spellings and clitics stay exactly as the outlet wrote them. Output is HTML: text escaped, matches in <mark>.
// Runs the tokenizer's scanner (the same one tokenize() uses) without building Token objects, and stems a token only
// when a query stem occurs inside its normalized form. A snippet does not even tokenize the whole text: a scan that
// accepts every spelling folding to a query form finds the candidate words, each is then checked by the tokenizer
// exactly as a full scan would, and only the chosen passage is tokenized (match-finder.ts).
import { scanTokens, stemFor } from '../text/tokenizer.ts';
import { isStopword } from '../text/stopwords.ts';
import { findHits, runBounds, type Hit } from './match-finder.ts';

export interface MatchKeys {
  /** Normalized surface forms that match anywhere. */
  surface: Set<string>;
  /** Stems that match anywhere. */
  stems: Set<string>;
  /** Exact phrases (normalized forms of their non-stopword words): matched only as a consecutive run. */
  phrases: string[][];
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Long texts are highlighted within their first part only: snippets come from there and it bounds the cost. */
const MAX_SCAN_CHARS = 40_000;

interface Scan {
  starts: number[];
  ends: number[];
  /** Token index → the query key it matched (for counting distinct query words). */
  hits: Map<number, string>;
}

function scan(text: string, keys: MatchKeys): Scan {
  const starts: number[] = [];
  const ends: number[] = [];
  const hits = new Map<number, string>();
  const stemKeys = [...keys.stems];
  const wantPhrases = keys.phrases.length > 0;
  const contentIdx: number[] = [];
  const contentNorm: string[] = [];
  scanTokens(text, (kind, start, end, norm) => {
    const i = starts.length;
    starts.push(start);
    ends.push(end);
    if ((kind === 'arabic' || kind === 'latin') && isStopword(norm)) return;
    if (wantPhrases) { contentIdx.push(i); contentNorm.push(norm); }
    if (keys.surface.has(norm)) { hits.set(i, `s:${norm}`); return; }
    for (const k of stemKeys) {
      if (norm.includes(k)) {
        const st = stemFor(kind, norm);
        if (keys.stems.has(st)) hits.set(i, `t:${st}`);
        return;
      }
    }
  });
  for (const phrase of keys.phrases) {
    if (phrase.length === 0) continue;
    for (let c = 0; c + phrase.length <= contentNorm.length; c++) {
      let ok = true;
      for (let k = 0; k < phrase.length && ok; k++) ok = contentNorm[c + k] === phrase[k];
      if (ok) for (let k = 0; k < phrase.length; k++) hits.set(contentIdx[c + k]!, `p:${phrase.join(' ')}`);
    }
  }
  return { starts, ends, hits };
}

function hitsOf(s: Scan): Hit[] {
  return [...s.hits.keys()].sort((a, b) => a - b).map((i) => ({ start: s.starts[i]!, end: s.ends[i]!, key: s.hits.get(i)! }));
}

/** HTML for text[start, end) with the hits (in text order) marked; hits separated only by spaces (a phrase) share one mark. */
function render(text: string, hits: Hit[], start: number, end: number): string {
  const spans: [number, number][] = [];
  for (const h of hits) {
    if (h.end <= start) continue;
    if (h.start >= end) break;
    const a = Math.max(h.start, start);
    const b = Math.min(h.end, end);
    const last = spans[spans.length - 1];
    if (last && /^\s*$/.test(text.slice(last[1], a))) last[1] = b;
    else spans.push([a, b]);
  }
  let html = '';
  let at = start;
  for (const [a, b] of spans) {
    html += `${escapeHtml(text.slice(at, a))}<mark>${escapeHtml(text.slice(a, b))}</mark>`;
    at = b;
  }
  return html + escapeHtml(text.slice(at, end));
}

/** The whole text (a title) with its matches marked. */
export function highlightAll(text: string, keys: MatchKeys): string {
  return render(text, findHits(text, keys) ?? hitsOf(scan(text, keys)), 0, text.length);
}

/** The same marks from a scan of every token (the reference the fast path must agree with). */
export function highlightAllFullScan(text: string, keys: MatchKeys): string {
  return render(text, hitsOf(scan(text, keys)), 0, text.length);
}

/**
 * What choosing a passage needs to know about token boundaries: answered from a scan of every token, or by tokenizing
 * only the few runs of text around the answer (match-finder.ts).
 */
export interface TokenBounds {
  /** The first token start at or after q, or -1. */
  firstStartFrom(q: number): number;
  /** Whether a token starts before s. */
  hasTokenBefore(s: number): boolean;
  /** The last token end at or before `limit` among tokens starting at or after `from`, or -1. */
  lastEndWithin(from: number, limit: number): number;
}

/**
 * A passage of about `maxChars` around the densest cluster of distinct query words, cut at word boundaries, with
 * "…" where it was cut. Falls back to the opening of the text when nothing matches (a title-only hit).
 */
export function snippet(text: string, keys: MatchKeys, maxChars = 220): { html: string; matches: number } {
  const scanned = text.length > MAX_SCAN_CHARS ? text.slice(0, MAX_SCAN_CHARS) : text;
  const hits = findHits(scanned, keys);
  if (!hits) return snippetFullScan(text, keys, maxChars);
  return passage(text, scanned, hits, maxChars, runBounds(scanned));
}

/** The same passage from a scan of every token of the text (the reference the fast path must agree with). */
export function snippetFullScan(text: string, keys: MatchKeys, maxChars = 220): { html: string; matches: number } {
  const scanned = text.length > MAX_SCAN_CHARS ? text.slice(0, MAX_SCAN_CHARS) : text;
  const s = scan(scanned, keys);
  const { starts, ends } = s;
  // Index of the first element >= x in a sorted array.
  const lowerBound = (xs: number[], x: number) => {
    let lo = 0, hi = xs.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (xs[mid]! < x) lo = mid + 1; else hi = mid; }
    return lo;
  };
  return passage(text, scanned, hitsOf(s), maxChars, {
    firstStartFrom: (q) => { const i = lowerBound(starts, q); return i < starts.length ? starts[i]! : -1; },
    hasTokenBefore: (x) => starts.length > 0 && starts[0]! < x,
    lastEndWithin: (from, limit) => {
      const i = lowerBound(ends, limit + 1) - 1;
      return i >= 0 && starts[i]! >= from ? ends[i]! : -1;
    },
  });
}

function passage(text: string, scanned: string, hits: Hit[], maxChars: number, tokens: TokenBounds): { html: string; matches: number } {
  let first: number;
  if (hits.length > 0) {
    // Slide over matches: the window starting at match a covers the matches that end within start + maxChars.
    let best = -1;
    let anchor = hits[0]!.start;
    for (let a = 0; a < hits.length; a++) {
      const from = hits[a]!.start;
      const distinct = new Set<string>();
      let count = 0;
      for (let b = a; b < hits.length && hits[b]!.end - from <= maxChars; b++) {
        distinct.add(hits[b]!.key);
        count++;
      }
      const score = distinct.size * 100 + count;
      if (score > best) { best = score; anchor = from; }
    }
    // Some context before the first match: back up about a sixth of the window, to a word start.
    first = tokens.firstStartFrom(anchor - maxChars / 6);
  } else {
    first = tokens.firstStartFrom(0);
    if (first < 0) return { html: escapeHtml(scanned.slice(0, maxChars)), matches: 0 };
  }
  // Start at the sentence start when it is close enough.
  let start = first;
  const sentence = Math.max(scanned.lastIndexOf('.', start), scanned.lastIndexOf('\n', start), scanned.lastIndexOf('؟', start));
  if (!tokens.hasTokenBefore(first)) start = 0;
  else if (sentence >= 0 && start - sentence <= maxChars / 6) start = sentence + 1;
  while (start < scanned.length && /\s/.test(scanned[start]!)) start++;
  let end = start;
  const last = tokens.lastEndWithin(first, start + maxChars);
  if (last >= 0) end = last;
  if (end === start) end = Math.min(scanned.length, start + maxChars);
  // Keep closing punctuation attached to the last word; a short wordless tail is kept whole.
  const tail = scanned.slice(end);
  if (tail.length <= 12 && !/[\p{L}\p{N}]/u.test(tail)) end = scanned.length;
  else while (end < scanned.length && end - start < maxChars + 2 && /[.،؛:!?؟»”")]/.test(scanned[end]!)) end++;

  const html = (start > 0 ? '… ' : '') + render(scanned, hits, start, end) + (end < text.length ? ' …' : '');
  let matches = 0;
  for (const h of hits) if (h.start >= start && h.end <= end) matches++;
  return { html, matches };
}
