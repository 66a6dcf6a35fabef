// Light10 (Larkey, Ballesteros & Connell 2007) written for this benchmark from the published rules, read the way
// Lucene's ArabicNormalizer + ArabicStemmer apply them: normalize, then strip the FIRST matching prefix of
// ال وال بال كال فال لل و (و only on words of 4+ letters; any prefix only if 2 letters remain), then try every
// suffix of ها ان ات ون ين يه ية ه ة ي once, in that order, each only if 2 letters remain.

const HARAKAT = /[\u064b-\u0652\u0640]/g;

export function light10Normalize(word: string): string {
  return word
    .replace(HARAKAT, '')
    .replace(/[\u0622\u0623\u0625]/g, '\u0627')
    .replace(/\u0649/g, '\u064a')
    .replace(/\u0629/g, '\u0647');
}

const PREFIXES = ['ال', 'وال', 'بال', 'كال', 'فال', 'لل', 'و'];
const SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ية', 'ه', 'ة', 'ي'];

export function light10Stem(normalized: string): string {
  let s = normalized;
  for (const p of PREFIXES) {
    if (p.length === 1 && s.length < 4) continue;
    if (s.length >= p.length + 2 && s.startsWith(p)) { s = s.slice(p.length); break; }
  }
  for (const suf of SUFFIXES) {
    if (s.length >= suf.length + 2 && s.endsWith(suf)) s = s.slice(0, s.length - suf.length);
  }
  return s;
}
