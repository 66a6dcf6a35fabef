// Sentence boundaries for Arabic (and mixed) news text. Ends: . ! ? ؟ … ۔ (and runs such as "؟!"), followed by
// space or a closing quote; every line break ends a sentence too (news text puts one paragraph per line).
// The Arabic comma ، never ends a sentence. A period after a single letter (د. ، م. ، U.S.) or between digits does not.

export interface Sentence { text: string; start: number; end: number }

const ENDERS = new Set(['.', '!', '?', '؟', '…', '۔', '‼', '⁉']);
const CLOSERS = new Set(['"', '\'', '»', '”', '’', ')', ']', '›']);

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u00a0' || ch === '\u200f' || ch === '\u200e' || ch === '\u3000';
}

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /\p{L}/u.test(ch);
}

function isArabicLetter(c: number): boolean {
  return (c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3);
}

/** Splits text into sentences; offsets are UTF-16 positions in the original text, text is trimmed. */
export function splitSentences(text: string): Sentence[] {
  if (typeof text !== 'string') throw new TypeError(`splitSentences needs a string, got ${text === null ? 'null' : typeof text}`);
  const out: Sentence[] = [];
  const n = text.length;
  let start = 0;

  const push = (from: number, to: number) => {
    let a = from, b = to;
    while (a < b && (isSpace(text[a]!) || text[a] === '\n' || text[a] === '\r')) a++;
    while (b > a && (isSpace(text[b - 1]!) || text[b - 1] === '\n' || text[b - 1] === '\r')) b--;
    if (b > a) out.push({ text: text.slice(a, b), start: a, end: b });
  };

  let i = 0;
  while (i < n) {
    const ch = text[i]!;
    if (ch === '\n' || ch === '\r' || ch === '\u2029') {
      push(start, i);
      start = i + 1;
      i++;
      continue;
    }
    if (!ENDERS.has(ch)) { i++; continue; }
    let j = i + 1;
    while (j < n && ENDERS.has(text[j]!)) j++;
    if (ch === '.' && j === i + 1) {
      // 3.5, example.com, U.S.A: a period glued to what follows is not an end.
      const next = text[j];
      if (next !== undefined && !isSpace(next) && next !== '\n' && !CLOSERS.has(next)) { i = j; continue; }
      // An abbreviation: a single letter before the period (د. محمد، م.).
      if (isLetter(text[i - 1]) && !isLetter(text[i - 2])) { i = j; continue; }
    }
    while (j < n && CLOSERS.has(text[j]!)) j++;
    // Arabic text often omits the space after ؟ or ! (انتهى؟نعم); a '.' or '?' glued to a letter is an address or a
    // query string, not an end.
    const glued = j < n && !isSpace(text[j]!) && text[j] !== '\n' && text[j] !== '\r';
    if (glued && !(ch !== '.' && ch !== '?' && isArabicLetter(text.charCodeAt(j)))) { i = j; continue; }
    push(start, j);
    start = j;
    i = j;
  }
  push(start, n);
  return out;
}
