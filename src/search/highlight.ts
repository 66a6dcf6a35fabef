// Highlighting on the ORIGINAL text: the analyzer's token offsets say where each matching word is, so diacritics,
// hamza spellings and clitics stay exactly as the outlet wrote them. Output is HTML: text escaped, matches in <mark>.
import { tokenize } from '../text/tokenizer.ts';
import type { Token } from '../text/types.ts';

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

/** Indices of tokens that match, with the key that made them match (for counting distinct query words). */
function matchTokens(tokens: Token[], keys: MatchKeys): Map<number, string> {
  const hits = new Map<number, string>();
  const content: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.stop) continue;
    content.push(i);
    if (keys.surface.has(t.norm)) hits.set(i, `s:${t.norm}`);
    else if (keys.stems.has(t.stem)) hits.set(i, `t:${t.stem}`);
  }
  for (const phrase of keys.phrases) {
    if (phrase.length === 0) continue;
    for (let c = 0; c + phrase.length <= content.length; c++) {
      let ok = true;
      for (let k = 0; k < phrase.length && ok; k++) ok = tokens[content[c + k]!]!.norm === phrase[k];
      if (ok) for (let k = 0; k < phrase.length; k++) hits.set(content[c + k]!, `p:${phrase.join(' ')}`);
    }
  }
  return hits;
}

/** HTML for text[start, end) with matching tokens marked; matches separated only by spaces (a phrase) share one mark. */
function render(text: string, tokens: Token[], hits: Map<number, string>, start: number, end: number): string {
  const spans: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.end <= start || !hits.has(i)) continue;
    if (t.start >= end) break;
    const s = Math.max(t.start, start);
    const e = Math.min(t.end, end);
    const last = spans[spans.length - 1];
    if (last && /^\s*$/.test(text.slice(last[1], s))) last[1] = e;
    else spans.push([s, e]);
  }
  let html = '';
  let at = start;
  for (const [s, e] of spans) {
    html += `${escapeHtml(text.slice(at, s))}<mark>${escapeHtml(text.slice(s, e))}</mark>`;
    at = e;
  }
  return html + escapeHtml(text.slice(at, end));
}

/** The whole text (a title) with its matches marked. */
export function highlightAll(text: string, keys: MatchKeys): string {
  const tokens = tokenize(text);
  return render(text, tokens, matchTokens(tokens, keys), 0, text.length);
}

/**
 * A passage of about `maxChars` around the densest cluster of distinct query words, cut at word boundaries, with
 * "…" where it was cut. Falls back to the opening of the text when nothing matches (a title-only hit).
 */
export function snippet(text: string, keys: MatchKeys, maxChars = 220): { html: string; matches: number } {
  const scanned = text.length > MAX_SCAN_CHARS ? text.slice(0, MAX_SCAN_CHARS) : text;
  const tokens = tokenize(scanned);
  const hits = matchTokens(tokens, keys);
  const order = [...hits.keys()].sort((a, b) => a - b);

  let startTok = 0;
  if (order.length > 0) {
    // Slide over matches: the window starting at match a covers matches until one ends past start + maxChars.
    let best = -1;
    let bestStart = order[0]!;
    for (let a = 0; a < order.length; a++) {
      const from = tokens[order[a]!]!.start;
      const distinct = new Set<string>();
      let count = 0;
      for (let b = a; b < order.length && tokens[order[b]!]!.end - from <= maxChars; b++) {
        distinct.add(hits.get(order[b]!)!);
        count++;
      }
      const score = distinct.size * 100 + count;
      if (score > best) { best = score; bestStart = order[a]!; }
    }
    // Some context before the first match: back up about a sixth of the window, to a word start.
    const anchor = tokens[bestStart]!.start;
    startTok = bestStart;
    while (startTok > 0 && anchor - tokens[startTok - 1]!.start <= maxChars / 6) startTok--;
  }
  if (tokens.length === 0) return { html: escapeHtml(scanned.slice(0, maxChars)), matches: 0 };
  // Start at the sentence start when it is close enough.
  let start = tokens[startTok]!.start;
  const sentence = Math.max(scanned.lastIndexOf('.', start), scanned.lastIndexOf('\n', start), scanned.lastIndexOf('؟', start));
  if (startTok === 0) start = 0;
  else if (sentence >= 0 && start - sentence <= maxChars / 6) start = sentence + 1;
  while (start < scanned.length && /\s/.test(scanned[start]!)) start++;
  let end = start;
  for (let i = startTok; i < tokens.length && tokens[i]!.end - start <= maxChars; i++) end = tokens[i]!.end;
  if (end === start) end = Math.min(scanned.length, start + maxChars);
  // Keep closing punctuation attached to the last word; a short wordless tail is kept whole.
  const tail = scanned.slice(end);
  if (tail.length <= 12 && !/[\p{L}\p{N}]/u.test(tail)) end = scanned.length;
  else while (end < scanned.length && end - start < maxChars + 2 && /[.،؛:!?؟»”")]/.test(scanned[end]!)) end++;

  const html = (start > 0 ? '… ' : '') + render(scanned, tokens, hits, start, end) + (end < text.length ? ' …' : '');
  let matches = 0;
  for (const i of order) if (tokens[i]!.start >= start && tokens[i]!.end <= end) matches++;
  return { html, matches };
}
