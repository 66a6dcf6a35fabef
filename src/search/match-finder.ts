// Finds the words of a text that match the query without tokenizing the whole text: a snippet needs every match (to
// pick the densest passage) but only the tokens of the passage itself. One regular expression accepts every spelling
// that normalizes to a text containing a query form (each letter as any character folding to it, with removable marks
// anywhere in between), so it may accept too much but never misses; every candidate word is then tokenized and checked
// exactly as highlight.ts's full scan checks a token. Words are tokenized within runs between ASCII whitespace, where
// the tokenizer never looks across.
//
// Not used (null) when a query form has characters other than Arabic letters and a-z (numbers fold separators away,
// so a pattern could miss them). Letters the folding table does not map one to one (ligatures such as ﷺ, other
// scripts, combining accents) make their whole word a candidate.
import { normalize } from '../text/normalize.ts';
import { isStopword } from '../text/stopwords.ts';
import { scanTokens, stemFor } from '../text/tokenizer.ts';
import type { MatchKeys, TokenBounds } from './highlight.ts';

export interface Hit { start: number; end: number; /** Which query word it matched (distinct words make a better passage). */ key: string }

const TABLE_RANGES: [number, number][] = [
  [0x0000, 0x00ff], [0x0600, 0x06ff], [0x0750, 0x077f], [0x08a0, 0x08ff], [0x2000, 0x206f], [0xfb50, 0xfdff], [0xfe70, 0xfeff],
];
const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;

// What a text contains decides which expression it needs: most news text has no removable marks and no presentation
// forms, and the expression without them is several times faster.
const REMOVED = 1, EXTENDED = 2, UNSAFE = 4, SURROGATE = 8;
const inRanges = (c: number) => TABLE_RANGES.some(([a, b]) => c >= a && c <= b);
/** Base characters: the Arabic blocks and ASCII; everything else folding to a letter is an "extended" spelling. */
const isBase = (c: number) => c < 0x80 || (c >= 0x0600 && c <= 0x08ff);

interface Tables { flags: Uint8Array; classes: Map<string, number[]>; removed: number[] }
let tables: Tables | null = null;

/** Built on first use (a few milliseconds): characters folding to each character, removed ones, unsafe ones. */
function getTables(): Tables {
  if (tables) return tables;
  const flags = new Uint8Array(0x10000);
  const classes = new Map<string, number[]>();
  const removed: number[] = [];
  const letter = /[\p{L}\p{M}\p{N}]/u;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) { flags[c] = SURROGATE; continue; }
    const ch = String.fromCharCode(c);
    if (!inRanges(c)) {
      if (letter.test(ch)) flags[c] = UNSAFE;
      continue;
    }
    const out = normalize(ch);
    if (out.length === 0) { removed.push(c); flags[c] = REMOVED; }
    else if (out.length > 1) flags[c] = UNSAFE;
    else {
      let l = classes.get(out);
      if (!l) classes.set(out, (l = []));
      l.push(c);
      if (out !== ch && !isBase(c)) flags[c] = EXTENDED;
    }
  }
  // A decomposed hamza above turns a preceding waw or yeh into a hamza.
  classes.get('ء')!.push(0x0648, 0x064a);
  return (tables = { flags, classes, removed });
}

/** REMOVED | EXTENDED | UNSAFE over the text. */
function textFlags(text: string, flags: Uint8Array): number {
  let f = 0;
  for (let i = 0; i < text.length; i++) {
    const v = flags[text.charCodeAt(i)]!;
    if (v === 0) continue;
    f |= v === SURROGATE ? UNSAFE : v;
  }
  return f;
}

/** Any character a word may hold that the table does not fold one to one: outside its blocks, or folding to several. */
function unsafeClass(t: Tables): string {
  const ranges = TABLE_RANGES.map(([a, b]) => `${hex(a)}-${hex(b)}`).join('');
  const multi: number[] = [];
  for (const [a, b] of TABLE_RANGES) for (let c = a; c <= b; c++) if (t.flags[c] === UNSAFE) multi.push(c);
  return `[^${ranges}]|[${multi.map(hex).join('')}]`;
}

const KEY_CHARS = /^[\u0621-\u064aa-z]+$/;

function pattern(key: string, t: Tables, variant: number): string {
  const between = variant & REMOVED ? `[${t.removed.map(hex).join('')}]*` : '';
  return [...key]
    .map((ch) => {
      const members = (t.classes.get(ch) ?? [ch.charCodeAt(0)]).filter((c) => variant & EXTENDED || isBase(c));
      return `[${members.map(hex).join('')}]`;
    })
    .join(between);
}

interface Finder { forms: string[]; regexes: (RegExp | undefined)[]; stemKeys: string[]; first: Map<string, string[][]> }
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
  f = all.every((k) => KEY_CHARS.test(k)) ? { forms, regexes: [], stemKeys: [...keys.stems], first } : null;
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
  const t = getTables();
  const variant = textFlags(text, t.flags);
  const re = (f.regexes[variant] ??= new RegExp(
    [...f.forms.map((k) => pattern(k, t, variant)), ...(variant & UNSAFE ? [unsafeClass(t)] : [])].join('|'), 'g',
  ));
  const hits = new Map<number, Hit>();
  const phraseHits: Hit[][] = keys.phrases.map(() => []);
  const phraseIndex = new Map(keys.phrases.map((p, i) => [p, i]));
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const from = runStart(text, m.index);
    const to = runEnd(text, m.index + Math.max(1, m[0].length));
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
    re.lastIndex = to;
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
