// Highlighting on the ORIGINAL text: the analyzer's token offsets say where each matching word is, so diacritics,
// hamza spellings and clitics stay exactly as the outlet wrote them. Output is HTML: text escaped, matches in <mark>.
// Runs the tokenizer's scanner (the same one tokenize() uses) without building Token objects, and stems a token only
// when a query stem occurs inside its normalized form: highlighting a page of long articles stays well under a
// millisecond per article.
import { scanTokens, stemFor } from '../text/tokenizer.ts';
import { isStopword } from '../text/stopwords.ts';

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

/** HTML for text[start, end) with matching tokens marked; matches separated only by spaces (a phrase) share one mark. */
function render(text: string, s: Scan, start: number, end: number): string {
  const spans: [number, number][] = [];
  for (const i of [...s.hits.keys()].sort((a, b) => a - b)) {
    if (s.ends[i]! <= start) continue;
    if (s.starts[i]! >= end) break;
    const a = Math.max(s.starts[i]!, start);
    const b = Math.min(s.ends[i]!, end);
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
  return render(text, scan(text, keys), 0, text.length);
}

/**
 * A passage of about `maxChars` around the densest cluster of distinct query words, cut at word boundaries, with
 * "…" where it was cut. Falls back to the opening of the text when nothing matches (a title-only hit).
 */
export function snippet(text: string, keys: MatchKeys, maxChars = 220): { html: string; matches: number } {
  const scanned = text.length > MAX_SCAN_CHARS ? text.slice(0, MAX_SCAN_CHARS) : text;
  const s = scan(scanned, keys);
  const { starts, ends, hits } = s;
  if (starts.length === 0) return { html: escapeHtml(scanned.slice(0, maxChars)), matches: 0 };
  const order = [...hits.keys()].sort((a, b) => a - b);

  let startTok = 0;
  if (order.length > 0) {
    // Slide over matches: the window starting at match a covers the matches that end within start + maxChars.
    let best = -1;
    let bestStart = order[0]!;
    for (let a = 0; a < order.length; a++) {
      const from = starts[order[a]!]!;
      const distinct = new Set<string>();
      let count = 0;
      for (let b = a; b < order.length && ends[order[b]!]! - from <= maxChars; b++) {
        distinct.add(hits.get(order[b]!)!);
        count++;
      }
      const score = distinct.size * 100 + count;
      if (score > best) { best = score; bestStart = order[a]!; }
    }
    // Some context before the first match: back up about a sixth of the window, to a word start.
    const anchor = starts[bestStart]!;
    startTok = bestStart;
    while (startTok > 0 && anchor - starts[startTok - 1]! <= maxChars / 6) startTok--;
  }
  // Start at the sentence start when it is close enough.
  let start = starts[startTok]!;
  const sentence = Math.max(scanned.lastIndexOf('.', start), scanned.lastIndexOf('\n', start), scanned.lastIndexOf('؟', start));
  if (startTok === 0) start = 0;
  else if (sentence >= 0 && start - sentence <= maxChars / 6) start = sentence + 1;
  while (start < scanned.length && /\s/.test(scanned[start]!)) start++;
  let end = start;
  for (let i = startTok; i < starts.length && ends[i]! - start <= maxChars; i++) end = ends[i]!;
  if (end === start) end = Math.min(scanned.length, start + maxChars);
  // Keep closing punctuation attached to the last word; a short wordless tail is kept whole.
  const tail = scanned.slice(end);
  if (tail.length <= 12 && !/[\p{L}\p{N}]/u.test(tail)) end = scanned.length;
  else while (end < scanned.length && end - start < maxChars + 2 && /[.،؛:!?؟»”")]/.test(scanned[end]!)) end++;

  const html = (start > 0 ? '… ' : '') + render(scanned, s, start, end) + (end < text.length ? ' …' : '');
  let matches = 0;
  for (const i of order) if (starts[i]! >= start && ends[i]! <= end) matches++;
  return { html, matches };
}
