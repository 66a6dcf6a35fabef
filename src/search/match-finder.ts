// Finds the words of a text that match the query without tokenizing the whole text: a snippet needs every match (to
// pick the densest passage) but only the tokens of the passage itself. A scan of the text accepts every spelling that
// normalizes to a text containing a query form (each letter as any character folding to it, with removable marks
// anywhere in between), so it may accept too much but never misses; every candidate word is then tokenized and checked
// exactly as highlight.ts's full scan checks a token. Words are tokenized within runs between ASCII whitespace, where
// the tokenizer never looks across. The scan is a loop over one folding table rather than a regular expression built
// for the query: compiling that expression cost more than the scans it served (a new query's first page paid about
// 0.5 ms for it).
//
// Not used (null) when a query form has characters other than Arabic letters and a-z (numbers fold separators away,
// so a scan could miss them). Characters the folding table does not map one to one (ligatures such as ﷺ, anything
// outside its blocks: other scripts, combining accents, surrogates) make their whole word a candidate.
import { normalize } from '../text/normalize.ts';
import { isStopword } from '../text/stopwords.ts';
import { scanTokens, stemFor } from '../text/tokenizer.ts';
import type { MatchKeys, TokenBounds } from './highlight.ts';

export interface Hit { start: number; end: number; /** Which query word it matched (distinct words make a better passage). */ key: string }

const TABLE_RANGES: [number, number][] = [
  [0x0000, 0x00ff], [0x0600, 0x06ff], [0x0750, 0x077f], [0x08a0, 0x08ff], [0x2000, 0x206f], [0xfb50, 0xfdff], [0xfe70, 0xfeff],
];
const inRanges = (c: number) => TABLE_RANGES.some(([a, b]) => c >= a && c <= b);

/** What a code unit folds to: a character code, or one of these. */
const FOLD_REMOVED = 0xffff, FOLD_UNSAFE = 0xfffe;
const HAMZA = 0x0621, WAW = 0x0648, YEH = 0x064a;
let foldTable: Uint16Array | null = null;

/** Built on first use (a few milliseconds): the character each code unit normalizes to, removed ones, unsafe ones. */
function getFold(): Uint16Array {
  if (foldTable) return foldTable;
  const fold = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (!inRanges(c)) { fold[c] = FOLD_UNSAFE; continue; }
    const out = normalize(String.fromCharCode(c));
    fold[c] = out.length === 0 ? FOLD_REMOVED : out.length > 1 ? FOLD_UNSAFE : out.charCodeAt(0);
  }
  return (foldTable = fold);
}

const KEY_CHARS = /^[\u0621-\u064aa-z]+$/;

/**
 * Where a candidate starting at or after `from` begins (a character folding to the first letter of a form and the rest
 * of the form following, removable marks allowed between its letters; or a character the table cannot fold), or -1.
 */
function nextCandidate(text: string, from: number, f: Finder, fold: Uint16Array): number {
  const { forms, starts } = f;
  const n = text.length;
  for (let i = from; i < n; i++) {
    const c0 = text.charCodeAt(i);
    const f0 = fold[c0]!;
    if (starts[f0] === 0) continue;
    if (f0 === FOLD_UNSAFE) return i;
    for (let k = 0; k < forms.length; k++) {
      const form = forms[k]!;
      if (!letterMatches(c0, f0, form[0]!)) continue;
      let p = i + 1;
      let j = 1;
      for (; j < form.length; j++) {
        while (p < n && fold[text.charCodeAt(p)] === FOLD_REMOVED) p++;
        if (p >= n) break;
        const c = text.charCodeAt(p);
        if (!letterMatches(c, fold[c]!, form[j]!)) break;
        p++;
      }
      if (j === form.length) return i;
    }
  }
  return -1;
}

/** A character matches a form's letter when it folds to it (or is it); a decomposed hamza above makes waw or yeh one. */
function letterMatches(c: number, folded: number, letter: number): boolean {
  return folded === letter || c === letter || (letter === HAMZA && (c === WAW || c === YEH));
}

interface Finder {
  forms: Uint16Array[];
  /** By folded character: 1 where a candidate may start (a form's first letter, or unsafe). */
  starts: Uint8Array;
  stemKeys: string[];
  first: Map<string, string[][]>;
}
const finders = new WeakMap<MatchKeys, Finder | null>();

function finderFor(keys: MatchKeys): Finder | null {
  let f = finders.get(keys);
  if (f !== undefined) return f;
  // Phrases are found by their first word, then followed word by word.
  const first = new Map<string, string[][]>();
  for (const p of keys.phrases) {
    if (p.length === 0) continue;
    let l = first.get(p[0]!);
    if (!l) first.set(p[0]!, (l = []));
    l.push(p);
  }
  const all = [...new Set([...keys.surface, ...keys.stems, ...first.keys()])];
  // A word containing a longer form contains every form inside it: only the innermost forms need finding.
  const forms = all.filter((k) => !all.some((o) => o !== k && k.includes(o)));
  if (all.every((k) => KEY_CHARS.test(k))) {
    const fold = getFold();
    const starts = new Uint8Array(0x10000);
    starts[FOLD_UNSAFE] = 1;
    for (const k of forms) {
      const c = k.charCodeAt(0);
      // What letterMatches accepts for it: characters folding to it, the letter itself, waw and yeh for a hamza.
      starts[c] = starts[fold[c]!] = 1;
      if (c === HAMZA) starts[fold[WAW]!] = starts[fold[YEH]!] = 1;
    }
    f = { forms: forms.map((k) => Uint16Array.from(k, (ch) => ch.charCodeAt(0))), starts, stemKeys: [...keys.stems], first };
  } else {
    f = null;
  }
  finders.set(keys, f);
  return f;
}

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;

/** Start of the whitespace-delimited run containing position p (or starting right after). */
function runStart(text: string, p: number): number {
  while (p > 0 && !isSpace(text.charCodeAt(p - 1))) p--;
  return p;
}
function runEnd(text: string, p: number): number {
  while (p < text.length && !isSpace(text.charCodeAt(p))) p++;
  return p;
}

interface Tok { kind: string; start: number; end: number; norm: string; content: boolean }

function tokensOf(text: string, from: number, to: number): Tok[] {
  const out: Tok[] = [];
  const slice = text.slice(from, to);
  scanTokens(slice, (kind, start, end, norm) => {
    out.push({ kind, start: from + start, end: from + end, norm, content: !((kind === 'arabic' || kind === 'latin') && isStopword(norm)) });
  });
  return out;
}

/** The next `n` content tokens from position p on (fewer at the end of the text). */
function contentAfter(text: string, p: number, n: number): Tok[] {
  const out: Tok[] = [];
  while (out.length < n && p < text.length) {
    while (p < text.length && isSpace(text.charCodeAt(p))) p++;
    const e = runEnd(text, p);
    // Tokenized from the start of the run (the tokenizer looks one character back at @ and URLs).
    for (const t of tokensOf(text, runStart(text, p), e)) if (t.start >= p && t.content && out.length < n) out.push(t);
    p = e;
  }
  return out;
}

/** Every match in text order, as highlight.ts's full scan would mark it; null when this text or query needs that scan. */
export function findHits(text: string, keys: MatchKeys): Hit[] | null {
  const f = finderFor(keys);
  if (!f) return null;
  if (f.forms.length === 0) return [];
  const fold = getFold();
  const hits = new Map<number, Hit>();
  const phraseHits: Hit[][] = keys.phrases.map(() => []);
  const phraseIndex = new Map(keys.phrases.map((p, i) => [p, i]));
  for (let at = nextCandidate(text, 0, f, fold); at >= 0; ) {
    const from = runStart(text, at);
    const to = runEnd(text, at + 1);
    for (const t of tokensOf(text, from, to)) {
      if (!t.content) continue;
      if (keys.surface.has(t.norm)) hits.set(t.start, { start: t.start, end: t.end, key: `s:${t.norm}` });
      else {
        for (const k of f.stemKeys) {
          if (t.norm.includes(k)) {
            const st = stemFor(t.kind as 'arabic', t.norm);
            if (keys.stems.has(st)) hits.set(t.start, { start: t.start, end: t.end, key: `t:${st}` });
            break;
          }
        }
      }
      for (const p of f.first.get(t.norm) ?? []) {
        const rest = contentAfter(text, t.end, p.length - 1);
        if (rest.length === p.length - 1 && rest.every((r, i) => r.norm === p[i + 1])) {
          const key = `p:${p.join(' ')}`;
          phraseHits[phraseIndex.get(p)!]!.push({ start: t.start, end: t.end, key }, ...rest.map((r) => ({ start: r.start, end: r.end, key })));
        }
      }
    }
    at = nextCandidate(text, to, f, fold);
  }
  // As in the full scan, phrases mark after single words, in the order the query lists them.
  for (const list of phraseHits) for (const h of list) hits.set(h.start, h);
  return [...hits.values()].sort((a, b) => a.start - b.start);
}

/** Token boundaries from the whitespace-delimited runs around each question, not from the whole text. */
export function runBounds(text: string): TokenBounds {
  const n = text.length;
  const skipSpace = (p: number) => { while (p < n && isSpace(text.charCodeAt(p))) p++; return p; };
  return {
    firstStartFrom(q) {
      const from = Math.max(0, Math.ceil(q));
      for (let p = skipSpace(runStart(text, Math.min(from, n))); p < n; p = skipSpace(runEnd(text, p))) {
        for (const t of tokensOf(text, p, runEnd(text, p))) if (t.start >= from) return t.start;
      }
      return -1;
    },
    hasTokenBefore(s) {
      let p = s;
      for (;;) {
        const a = runStart(text, p);
        for (const t of tokensOf(text, a, runEnd(text, a))) if (t.start < s) return true;
        // The previous run.
        let b = a;
        while (b > 0 && isSpace(text.charCodeAt(b - 1))) b--;
        if (b === 0) return false;
        p = b - 1;
      }
    },
    lastEndWithin(from, limit) {
      let p = Math.min(limit, n);
      for (;;) {
        while (p > 0 && isSpace(text.charCodeAt(p - 1))) p--;
        if (p <= from) return -1;
        const a = runStart(text, p - 1);
        let best = -1;
        for (const t of tokensOf(text, a, runEnd(text, a))) if (t.start >= from && t.end <= limit) best = t.end;
        if (best >= 0) return best;
        p = a;
      }
    },
  };
}
