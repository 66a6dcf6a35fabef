// Tokenizer: one pass over the ORIGINAL text with a per-code-unit class table, so offsets always point into the text
// the reader sees (highlighting needs them) while norms and stems come from normalize.ts and the stemmers.
import { normalizeSpan } from './normalize.ts';
import { stem as stemArabic } from './light-stemmer.ts';
import { stemEnglish } from './english-stemmer.ts';
import { isStopword } from './stopwords.ts';
import type { Token, TokenKind } from './types.ts';

const SEP = 0, ARABIC = 1, ARABIC_MARK = 2, INVISIBLE = 3, DIGIT = 4, LATIN = 5, OTHER = 6, MARK = 7;

const CLASS = new Uint8Array(0x10000);
(() => {
  const letter = /\p{L}/u, mark = /\p{M}/u;
  for (let c = 0x80; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    if (letter.test(ch)) CLASS[c] = OTHER;
    else if (mark.test(ch)) CLASS[c] = MARK;
  }
  for (let c = 0x30; c <= 0x39; c++) CLASS[c] = DIGIT;
  for (let c = 0x41; c <= 0x5a; c++) CLASS[c] = LATIN;
  for (let c = 0x61; c <= 0x7a; c++) CLASS[c] = LATIN;
  for (let c = 0xc0; c <= 0x24f; c++) if (CLASS[c] === OTHER) CLASS[c] = LATIN;
  for (let c = 0x1e00; c <= 0x1eff; c++) if (CLASS[c] === OTHER) CLASS[c] = LATIN;
  const arabicRanges: [number, number][] = [
    [0x0600, 0x06ff], [0x0750, 0x077f], [0x0870, 0x08ff], [0xfb50, 0xfdff], [0xfe70, 0xfefc],
  ];
  for (const [a, b] of arabicRanges) {
    for (let c = a; c <= b; c++) {
      if (CLASS[c] === OTHER) CLASS[c] = ARABIC;
      else if (CLASS[c] === MARK) CLASS[c] = ARABIC_MARK;
    }
  }
  CLASS[0x0640] = ARABIC_MARK; // tatweel
  for (let c = 0xfe70; c <= 0xfe7f; c++) CLASS[c] = ARABIC_MARK; // isolated harakat forms
  for (let c = 0x0660; c <= 0x0669; c++) CLASS[c] = DIGIT;
  for (let c = 0x06f0; c <= 0x06f9; c++) CLASS[c] = DIGIT;
  for (const c of [0x00ad, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e,
    0x2066, 0x2067, 0x2068, 0x2069, 0xfeff]) CLASS[c] = INVISIBLE;
})();

const AT = 0x40, DOT = 0x2e, COMMA = 0x2c, AR_DECIMAL = 0x066b, AR_THOUSANDS = 0x066c, APOS = 0x27, RSQUO = 0x2019;

function isDigitCode(c: number): boolean { return CLASS[c] === DIGIT; }
function isAsciiAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Skips invisible controls and reports whether the code unit after them continues a word of class `cls`. */
function continuesAfterInvisible(text: string, i: number, cls: number): number {
  let j = i;
  while (j < text.length && CLASS[text.charCodeAt(j)] === INVISIBLE) j++;
  if (j >= text.length) return -1;
  const k = CLASS[text.charCodeAt(j)];
  if (k === cls || (cls === ARABIC && k === ARABIC_MARK) || ((cls === LATIN || cls === OTHER) && k === MARK)) return j;
  return -1;
}

function urlLength(text: string, i: number): number {
  const c = text.charCodeAt(i) | 0x20;
  if (c !== 0x68 && c !== 0x77) return 0; // h, w
  const head = text.slice(i, i + 8).toLowerCase();
  if (!head.startsWith('http://') && !head.startsWith('https://') && !head.startsWith('www.')) return 0;
  if (i > 0 && isAsciiAlnum(text.charCodeAt(i - 1))) return 0;
  let j = i;
  while (j < text.length) {
    const d = text.charCodeAt(j);
    if (d <= 0x20 || d === 0x3c || d === 0x3e || d === 0x22 || d === 0xab || d === 0xbb || d === 0x060c || d === 0x061b
      || d === 0x200f || d === 0x200e || d === 0x00a0) break;
    j++;
  }
  // Trailing punctuation belongs to the sentence, not the address (a ')' only when unbalanced).
  while (j > i) {
    const d = text[j - 1]!;
    if ('.,;:!?\'"]}؟'.includes(d)) { j--; continue; }
    if (d === ')') {
      const body = text.slice(i, j);
      if (body.split('(').length < body.split(')').length) { j--; continue; }
    }
    break;
  }
  const minimum = head.startsWith('www.') ? 5 : 8;
  return j - i > minimum ? j - i : 0;
}

const EMAIL = /[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}/y;

/** Normalized form of a number: ASCII digits, '.' as decimal mark, thousands separators dropped. */
function numberNorm(text: string, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) out += text[i];
    else if (c >= 0x0660 && c <= 0x0669) out += String.fromCharCode(c - 0x0660 + 0x30);
    else if (c >= 0x06f0 && c <= 0x06f9) out += String.fromCharCode(c - 0x06f0 + 0x30);
    else if (c === DOT || c === AR_DECIMAL) out += '.';
    // ',' and '٬' are thousands separators here (the scanner only lets them through before 3-digit groups).
  }
  return out;
}

/** End of a number starting at i: digits with '.', '٫' decimal marks and ',', '٬' thousands separators inside. */
function numberEnd(text: string, i: number): number {
  let j = i;
  const n = text.length;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (isDigitCode(c)) { j++; continue; }
    if ((c === DOT || c === AR_DECIMAL) && j + 1 < n && isDigitCode(text.charCodeAt(j + 1))) { j++; continue; }
    if ((c === COMMA || c === AR_THOUSANDS) && j + 3 < n + 1) {
      // A thousands separator is followed by exactly three digits.
      let k = j + 1, digits = 0;
      while (k < n && isDigitCode(text.charCodeAt(k))) { k++; digits++; }
      if (digits === 3) { j = k; continue; }
      if (c === AR_THOUSANDS && digits > 0) { j = k; continue; }
    }
    break;
  }
  return j;
}

/** stem: the token's stem (its norm for kinds that are not stemmed); stop: a stopword (Arabic and Latin only). */
export type TokenSink = (kind: TokenKind, start: number, end: number, norm: string, stem: string, stop: boolean) => void;

const LATIN_WORD = /^[a-z]+$/;

/** Stem for a token's norm, by kind. */
export function stemFor(kind: TokenKind, norm: string): string {
  if (kind === 'arabic') return stemArabic(norm);
  if (kind === 'latin') return LATIN_WORD.test(norm) ? stemEnglish(norm) : norm;
  return norm;
}

function latinNorm(text: string, start: number, end: number): string {
  let norm = normalizeSpan(text, start, end).replace(/\u2019/g, "'");
  if (norm.endsWith("'s")) norm = norm.slice(0, -2);
  return norm;
}

/**
 * Words recur (a news day has ~400k tokens but ~60k distinct spellings), so Arabic and Latin words are looked up by
 * their ORIGINAL code units in an open-addressing table: a hit costs one hash and one comparison, with no slice,
 * no normalization, no stopword or stem lookup. Bounded: the table is emptied when half full. 2^19 slots (about 10 MB):
 * at 2^17 a stream of several days emptied it every few thousand articles, and the story bench's analysis ran ~4 %
 * slower for the misses. A slot's key, norm, stem and stop flag sit side by side in one array: the table is far bigger
 * than the CPU caches, so each array read of a hit is a cache miss, and in a live pipeline those misses also evict
 * the story engine's data between two articles.
 */
class WordCache {
  private readonly bits = 19;
  private readonly mask = (1 << this.bits) - 1;
  private hashes = new Int32Array(1 << this.bits);
  /** Slot i at 4i: key (undefined when empty), norm, stem, stop. */
  private entries: (string | boolean | undefined)[] = WordCache.emptyEntries(1 << this.bits);
  private size = 0;
  norm = '';
  stem = '';
  stop = false;

  private static emptyEntries(slots: number): (string | boolean | undefined)[] {
    const e = new Array<string | boolean | undefined>(slots * 4);
    // Every slot holds a value: reading a hole would also check the prototype chain.
    e.fill(undefined);
    return e;
  }

  /** Fills norm, stem, stop for text[start, end) of the given kind. */
  lookup(text: string, start: number, end: number, kind: 'arabic' | 'latin'): void {
    let h = kind === 'arabic' ? 1 : 2;
    for (let k = start; k < end; k++) h = (Math.imul(h, 31) + text.charCodeAt(k)) | 0;
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    h ^= h >>> 12;
    const len = end - start;
    const entries = this.entries;
    let idx = h & this.mask;
    for (;;) {
      const key = entries[idx * 4] as string | undefined;
      if (key === undefined) break;
      if (this.hashes[idx] === h && key.length === len) {
        let k = 0;
        while (k < len && key.charCodeAt(k) === text.charCodeAt(start + k)) k++;
        if (k === len) {
          this.norm = entries[idx * 4 + 1] as string;
          this.stem = entries[idx * 4 + 2] as string;
          this.stop = entries[idx * 4 + 3] as boolean;
          return;
        }
      }
      idx = (idx + 1) & this.mask;
    }
    const norm = kind === 'arabic' ? normalizeSpan(text, start, end) : latinNorm(text, start, end);
    const stem = stemFor(kind, norm);
    const stop = isStopword(norm);
    if (this.size >= (this.mask >> 1)) {
      this.entries = WordCache.emptyEntries(1 << this.bits);
      this.size = 0;
      idx = h & this.mask;
    }
    const e = this.entries;
    e[idx * 4] = text.slice(start, end);
    e[idx * 4 + 1] = norm;
    e[idx * 4 + 2] = stem;
    e[idx * 4 + 3] = stop;
    this.hashes[idx] = h;
    this.size++;
    this.norm = norm;
    this.stem = stem;
    this.stop = stop;
  }
}

const words = new WordCache();

/**
 * Walks the text and reports every token with its span in the original text and its normalized form.
 * The callback form lets the indexing path skip building Token objects.
 */
export function scanTokens(text: string, sink: TokenSink): void {
  if (typeof text !== 'string') throw new TypeError(`text analysis needs a string, got ${text === null ? 'null' : typeof text}`);
  const n = text.length;
  let nextAt = text.indexOf('@');
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = CLASS[c];
    if (cls === SEP || cls === INVISIBLE || cls === ARABIC_MARK || cls === MARK) {
      if (c === AT && i + 1 < n) {
        // @handle, not glued to a preceding word (that would be an email)
        const prev = i > 0 ? text.charCodeAt(i - 1) : 0x20;
        if (!isAsciiAlnum(prev) && prev !== DOT && prev !== 0x5f) {
          let j = i + 1;
          while (j < n && (isAsciiAlnum(text.charCodeAt(j)) || text.charCodeAt(j) === 0x5f)) j++;
          if (j > i + 1) {
            { const h = text.slice(i, j).toLowerCase(); sink('handle', i, j, h, h, false); }
            i = j;
            continue;
          }
        }
      }
      i++;
      continue;
    }

    if (cls === LATIN || cls === DIGIT) {
      if (cls === LATIN) {
        const u = urlLength(text, i);
        if (u > 0) { const url = text.slice(i, i + u).toLowerCase(); sink('url', i, i + u, url, url, false); i += u; continue; }
      }
      if (nextAt >= 0 && nextAt < i) nextAt = text.indexOf('@', i);
      if (nextAt > i && nextAt - i <= 64 && isAsciiAlnum(c)) {
        EMAIL.lastIndex = i;
        const m = EMAIL.exec(text);
        if (m && (i === 0 || !isAsciiAlnum(text.charCodeAt(i - 1)))) {
          const end = i + m[0].length;
          const email = m[0].toLowerCase();
          sink('email', i, end, email, email, false);
          i = end;
          continue;
        }
      }
    }

    if (cls === DIGIT) {
      const end = numberEnd(text, i);
      const num = numberNorm(text, i, end);
      sink('number', i, end, num, num, false);
      i = end;
      continue;
    }

    // A word: Arabic letters (with marks), Latin letters (with digits and inner apostrophes), or other letters.
    let j = i + 1;
    while (j < n) {
      const d = text.charCodeAt(j);
      const k = CLASS[d];
      if (k === cls) { j++; continue; }
      if (cls === ARABIC && k === ARABIC_MARK) { j++; continue; }
      if ((cls === LATIN || cls === OTHER) && k === MARK) { j++; continue; }
      if (cls === LATIN && k === DIGIT && d < 0x80) { j++; continue; }
      if (cls === LATIN && (d === APOS || d === RSQUO) && j + 1 < n && CLASS[text.charCodeAt(j + 1)] === LATIN) { j++; continue; }
      if (k === INVISIBLE) {
        const resume = continuesAfterInvisible(text, j, cls);
        if (resume > 0) { j = resume; continue; }
      }
      break;
    }
    if (cls === ARABIC || cls === LATIN) {
      const kind = cls === ARABIC ? 'arabic' : 'latin';
      words.lookup(text, i, j, kind);
      sink(kind, i, j, words.norm, words.stem, words.stop);
    } else {
      const norm = normalizeSpan(text, i, j);
      sink('other', i, j, norm, norm, false);
    }
    i = j;
  }
}

/** Tokens with offsets into the original text, normalized forms, stems and stopword flags. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  scanTokens(text, (kind, start, end, norm, stem, stop) => {
    out.push({ surface: text.slice(start, end), norm, stem, kind, start, end, stop });
  });
  return out;
}
