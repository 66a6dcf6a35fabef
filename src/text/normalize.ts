// Normalization for matching only: display text is never altered.
//
// Decisions (documented in docs/arabic-analysis.md):
// - أ إ آ ٱ → ا, ى → ي, ة → ه: the spellings outlets mix freely.
// - Hamza on carriers ؤ and ئ → ء: "مسؤول" and "مسئول" are the same word spelt by two schools; folding both carriers
//   to the bare hamza makes them meet, while folding ؤ→و and ئ→ي (as some engines do) would not (مسوول ≠ مسيول).
// - Persian/Urdu ک ی ہ and presentation forms (via NFKC) → Arabic letters.
// - Arabic-Indic ٠-٩ and Persian ۰-۹ digits → 0-9; Arabic punctuation becomes a separator (space).
// - Harakat, Quranic marks, tatweel, zero-width and bidi controls, soft hyphen are removed.
//
// Speed: the whole Arabic block and both presentation-form blocks are folded through a table computed once
// (NFKC included), so Arabic text never pays for String.prototype.normalize; only other scripts that may need
// composition (Latin with combining accents, full-width forms) go through NFKC.

const REMOVED_CHARS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u00AD]/g;

const FOLD: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا',
  'ى': 'ي', 'ی': 'ي', 'ې': 'ي', 'ۍ': 'ي', 'ێ': 'ي',
  'ة': 'ه', 'ۃ': 'ه', 'ہ': 'ه', 'ە': 'ه', 'ھ': 'ه',
  'ؤ': 'ء', 'ئ': 'ء', 'ٴ': 'ء', 'ٶ': 'ء', 'ٷ': 'ء', 'ٸ': 'ء', 'ٵ': 'ا', // high-hamza letters: NFKC would split them
  'ک': 'ك', 'ڪ': 'ك', 'گ': 'ك',
  '٠': '0', '١': '1', '٢': '2', '٣': '3', '٤': '4', '٥': '5', '٦': '6', '٧': '7', '٨': '8', '٩': '9',
  '۰': '0', '۱': '1', '۲': '2', '۳': '3', '۴': '4', '۵': '5', '۶': '6', '۷': '7', '۸': '8', '۹': '9',
  '،': ' ', '؛': ' ', '؟': ' ', '«': ' ', '»': ' ', '٪': '%', '٫': '.', '٬': ',', '۔': ' ',
};

const HIGH_HAMZA = /[\u0674-\u0678]/g;

function foldSlow(s: string): string {
  let out = s.replace(HIGH_HAMZA, (c) => FOLD[c]!).normalize('NFKC').replace(REMOVED_CHARS, '');
  let folded = '';
  for (const ch of out) folded += FOLD[ch] ?? ch;
  out = folded;
  return out.toLowerCase();
}

/**
 * Per code unit: -1 = unchanged, 0 = dropped, otherwise index+1 into MULTI or a single replacement code
 * (stored as code + 2 so the two sentinels stay free).
 */
const TABLE = new Int32Array(0x10000).fill(-1);
const MULTI: string[] = [];

function setEntry(code: number): void {
  const ch = String.fromCharCode(code);
  const out = FOLD[ch] ?? foldSlow(ch);
  if (out === ch) return;
  if (out.length === 0) TABLE[code] = 0;
  else if (out.length === 1) TABLE[code] = out.charCodeAt(0) + 2;
  else { MULTI.push(out); TABLE[code] = -(MULTI.length + 1); }
}
for (let c = 0x41; c <= 0x5a; c++) TABLE[c] = c + 32 + 2;
for (let c = 0x00a0; c <= 0x00ff; c++) setEntry(c);
for (let c = 0x0600; c <= 0x06ff; c++) setEntry(c);
for (let c = 0x0750; c <= 0x077f; c++) setEntry(c);
for (let c = 0x08a0; c <= 0x08ff; c++) setEntry(c);
for (let c = 0x2000; c <= 0x206f; c++) setEntry(c);
for (let c = 0xfb50; c <= 0xfdff; c++) setEntry(c);
for (let c = 0xfe70; c <= 0xfeff; c++) setEntry(c);
// U+00A0 and the general-punctuation spaces fold to a plain space through NFKC; keep that, it is a separator.

/** True for code units the table above covers (everything else may need NFKC composition or casing). */
function inTable(c: number): boolean {
  return c < 0x0100 || (c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0x08a0 && c <= 0x08ff)
    || (c >= 0x2000 && c <= 0x206f) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff);
}

const HAMZA_ABOVE = 0x0654;
const WAW = 0x0648, YEH = 0x064a, HAMZA = 0x0621;

// The folded text is written into code units and decoded once: built by `+=`, a long text became a chain of
// thousands of string pieces that every later charCodeAt walked (scanning it cost 4× scanning a flat copy).
let buf = new Uint16Array(4096);
const utf16 = new TextDecoder('utf-16le');

/**
 * Folds text[start, end) through the table into `buf` from position 0: the count of code units written, or -1 when
 * a code unit outside the table needs NFKC (the caller then takes foldSlow). `from` is where the first change is
 * (the units before it are copied as they are).
 */
function foldInto(text: string, start: number, end: number, from: number): number {
  if (buf.length < end - start + 64) buf = new Uint16Array(Math.max(buf.length * 2, end - start + 64));
  let n = 0, i = from;
  for (let j = start; j < i; j++) buf[n++] = text.charCodeAt(j);
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    const t = TABLE[c]!;
    if (t === -1) {
      if (!inTable(c)) return -1;
      buf[n++] = c;
    } else if (t === 0) {
      // A decomposed hamza above on waw or yeh is a hamza carrier (ؤ / ئ) and folds like one.
      if (c === HAMZA_ABOVE && n > 0) {
        const prev = buf[n - 1];
        if (prev === WAW || prev === YEH) buf[n - 1] = HAMZA;
      }
    } else if (t > 0) buf[n++] = t - 2;
    else {
      const m = MULTI[-t - 2]!;
      if (n + m.length + (end - i) > buf.length) {
        const bigger = new Uint16Array(Math.max(buf.length * 2, n + m.length + (end - i) + 64));
        bigger.set(buf.subarray(0, n));
        buf = bigger;
      }
      for (let k = 0; k < m.length; k++) buf[n++] = m.charCodeAt(k);
    }
  }
  return n;
}

/**
 * Normalizes text[start, end) through the table. Returns the slice itself when nothing changes (the common case
 * for already-plain words), so callers pay no allocation.
 */
function foldRange(text: string, start: number, end: number): string {
  let i = start;
  // Fast scan: most words need no change at all, or only from some point on.
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!inTable(c)) return foldSlow(text.slice(start, end));
    if (TABLE[c] !== -1) break;
  }
  if (i === end) return start === 0 && end === text.length ? text : text.slice(start, end);
  const n = foldInto(text, start, end, i);
  if (n < 0) return foldSlow(text.slice(start, end));
  return n <= 32 ? String.fromCharCode.apply(null, buf.subarray(0, n) as unknown as number[]) : utf16.decode(buf.subarray(0, n));
}

/**
 * normalize(text) as UTF-16 code units, for scanners that read every unit once (the near-duplicate shingler): a
 * long text is not decoded into a string only to be read back. The view is scratch, valid until the next call.
 */
export function normalizeUnits(text: string): Uint16Array {
  if (typeof text !== 'string') throw new TypeError(`normalize needs a string, got ${text === null ? 'null' : typeof text}`);
  let n = foldInto(text, 0, text.length, 0);
  if (n < 0) {
    const slow = foldSlow(text);
    if (buf.length < slow.length) buf = new Uint16Array(slow.length + 64);
    for (n = 0; n < slow.length; n++) buf[n] = slow.charCodeAt(n);
  }
  return buf.subarray(0, n);
}

/** Folds Arabic text for matching (see the decisions above). Latin letters are lowercased. */
export function normalize(text: string): string {
  if (typeof text !== 'string') throw new TypeError(`normalize needs a string, got ${text === null ? 'null' : typeof text}`);
  return foldRange(text, 0, text.length);
}

/** Normalizes one token's span of the original text (same rules as normalize). */
export function normalizeSpan(text: string, start: number, end: number): string {
  return foldRange(text, start, end);
}
