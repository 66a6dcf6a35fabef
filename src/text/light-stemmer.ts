// Light stemmer for normalized Arabic words: a clitic loop (و/ف, then ب/ك/ل, then ال or لل, then future س),
// then suffixes (pronoun clitics, plural/dual endings, nisba and feminine endings), every cut guarded by the length
// that remains and by the protected lexicon. The rules and their reasons are in docs/arabic-analysis.md.
import { NATIVE_WORDS, PROTECTED } from './protected-words.ts';

const ALEF = 0x0627, BA = 0x0628, TA = 0x062a, SEEN = 0x0633, FA = 0x0641, KAF = 0x0643, LAM = 0x0644;
const MEEM = 0x0645, NOON = 0x0646, WAW = 0x0648, YA = 0x064a, HAMZA = 0x0621;

/**
 * Pronoun clitics, longest first, with the letters that must remain. ه is last: it is also ة (folded). كم/كما (your)
 * are rare in news and end radicals (محاكم، تراكم), so they need 4 letters left.
 */
const PRONOUNS: readonly [string, number][] = [['كما', 4], ['هما', 3], ['كم', 4], ['هم', 3], ['هن', 3], ['ها', 3], ['نا', 3], ['ه', 3]];

let hitProtected = false;

/** Strips suffixes; sets hitProtected when an intermediate form is a protected word (and returns its term). */
function stripSuffixes(word: string): string {
  hitProtected = false;
  let s = word;
  let p = PROTECTED.get(s);
  if (p !== undefined) { hitProtected = true; return p; }
  let n = s.length;
  if (n < 4) return s;

  // Names built on الله (عبدالله) end in what looks like ه.
  if (s.endsWith('الله')) return s;

  // 1. one pronoun clitic, or the ة (folded to ه); else the plural verb ending وا or tanween alef (مشيرا، عاما)
  let pronoun = false;
  // Tanween alef on a protected word (مليونا، قانونا) is the word.
  if (s.charCodeAt(n - 1) === ALEF) {
    p = PROTECTED.get(s.slice(0, n - 1));
    if (p !== undefined) { hitProtected = true; return p; }
  }
  for (const [suf, keep] of PRONOUNS) {
    if (n - suf.length >= keep && s.endsWith(suf)) {
      s = s.slice(0, n - suf.length);
      n = s.length;
      pronoun = true;
      break;
    }
  }
  if (!pronoun && n >= 4 && s.charCodeAt(n - 1) === ALEF) {
    const prev = s.charCodeAt(n - 2);
    if (prev === WAW && n >= 5) { s = s.slice(0, n - 2); n -= 2; }
    else if (prev !== YA && prev !== ALEF) { s = s.slice(0, n - 1); n--; }
  }
  if (n !== word.length) {
    p = PROTECTED.get(s);
    if (p !== undefined) { hitProtected = true; return p; }
  }

  // 2. a final ت: ة written before a pronoun (حكومتها → حكومه's حكوم) or the past-tense feminine (أعلنت → أعلن).
  // Not in ات, which is the plural below.
  // A short word in اتـ before a pronoun is a ة after alef (حياتها، قناته), not a plural.
  if (n >= 4 && s.charCodeAt(n - 1) === TA && (s.charCodeAt(n - 2) !== ALEF || (pronoun && n === 4))) {
    s = s.slice(0, n - 1);
    n--;
    p = PROTECTED.get(s);
    if (p !== undefined) { hitProtected = true; return p; }
  }

  // 3. sound plural and dual endings
  if (n >= 5) {
    const a = s.charCodeAt(n - 2), b = s.charCodeAt(n - 1);
    let cut = 0;
    if (a === ALEF && b === TA) cut = 2; // ات
    else if (a === WAW && b === NOON) cut = 2; // ون
    else if (a === YA && b === NOON && !(n === 5 && s.charCodeAt(0) === TA)) cut = 2; // ين, but not تفعيل (تأمين، تعيين)
    else if (a === ALEF && b === NOON && n >= 6) cut = 2; // ان needs 4 left: اعلان، مكان، ميدان stay whole
    if (cut) {
      s = s.slice(0, n - cut);
      n = s.length;
      p = PROTECTED.get(s);
      if (p !== undefined) { hitProtected = true; return p; }
      // A dual of a ة noun shows its ت (فترتين، حكومتين).
      if (b === NOON && n >= 4 && s.charCodeAt(n - 1) === TA && s.charCodeAt(n - 2) !== ALEF) {
        s = s.slice(0, n - 1);
        n--;
        p = PROTECTED.get(s);
        if (p !== undefined) { hitProtected = true; return p; }
      }
    }
  }

  // 4. nisba / first-person ي (عربي، عربية → عرب); after alef it is a radical (نهاية، بداية، رعاية)
  if (n >= 4 && s.charCodeAt(n - 1) === YA && s.charCodeAt(n - 2) !== ALEF) {
    s = s.slice(0, n - 1);
    n--;
    p = PROTECTED.get(s);
    if (p !== undefined) { hitProtected = true; return p; }
  }
  return s;
}

/**
 * True when the word's first letters belong to it: the word, its suffix-stripped forms, or the word without a verb
 * ending (وصلت، وصلوا) or tanween alef (وزيرا) is protected.
 */
function isNative(x: string): boolean {
  if (isNativeStrict(x)) return true;
  const core = stripSuffixes(x);
  if (hitProtected || NATIVE_CORES.has(core)) return true;
  const n = x.length;
  const last = x.charCodeAt(n - 1);
  if (last === TA || last === ALEF) {
    const y = x.slice(0, n - 1);
    if (PROTECTED.has(y) || NATIVE_CORES.has(y)) return true;
    if (last === ALEF && x.charCodeAt(n - 2) === WAW) {
      const z = x.slice(0, n - 2);
      if (PROTECTED.has(z) || NATIVE_CORES.has(z)) return true;
    }
  }
  return false;
}

/**
 * The native words and their suffix-stripped cores (وزارة → وزار), so inflected forms are recognised. Protected
 * names in ا / يا also shelter their nisba (بريطانيا → بريطاني، بريطانية: not ب + ريطاني).
 */
const NATIVE_CORES: ReadonlySet<string> = new Set([
  ...NATIVE_WORDS.flatMap((w) => [w, stripSuffixes(w)]),
  ...[...PROTECTED.keys()].flatMap((w) => (w.endsWith('يا') ? [w.slice(0, -2)] : w.endsWith('ا') ? [w.slice(0, -1)] : [])),
]);

const NATIVE_EXACT: ReadonlySet<string> = new Set(NATIVE_WORDS);
const ONE_SUFFIX = ['هما', 'ها', 'هم', 'هن', 'ه', 'ين', 'ون', 'ان', 'ات', 'ي'];

/**
 * Stricter than isNative, for spots where the clitic reading is the likely one (و + ال, لل, ال): the word itself, or
 * the word minus ONE suffix, is protected or native — so a chain of cuts cannot reach an unrelated native core
 * (والديون is not والد + ي + ون; للبيت is not ل + لبي + ت).
 */
function isNativeStrict(x: string): boolean {
  if (PROTECTED.has(x) || NATIVE_EXACT.has(x) || NATIVE_CORES.has(x)) return true;
  for (const suf of ONE_SUFFIX) {
    if (x.length - suf.length >= 3 && x.endsWith(suf)) {
      const y = x.slice(0, x.length - suf.length);
      if (PROTECTED.has(y) || NATIVE_EXACT.has(y)) return true;
      if (suf.charCodeAt(0) === 0x0647 && NATIVE_CORES.has(y)) return true; // a pronoun on a native core (وزارته)
    }
  }
  return false;
}

function startsWithArticle(s: string, at: number): boolean {
  return s.charCodeAt(at) === ALEF && s.charCodeAt(at + 1) === LAM;
}

/** After و/ف, what may follow for ف to count as a conjunction (ف starts too many words to strip it freely). */
function faMayStrip(rest: string): boolean {
  const c = rest.charCodeAt(0);
  if (startsWithArticle(rest, 0)) return true;
  if ((c === BA || c === KAF || c === LAM) && (startsWithArticle(rest, 1) || rest.charCodeAt(1) === LAM)) return true;
  // فيقول، فتقول; not فن (فنادق، فنون) nor long nouns (فيزياء، فيدرالية)
  if ((c === YA || c === TA) && (rest.length === 4 || rest.length === 5) && !rest.endsWith('ء')) return true;
  return PROTECTED.has(rest);
}

/** إفعال، استفعال، انفعال، افتعال (بإعلان، لاستعادة، بانتظار) but not فاعل (باحث، لاعب). */
function verbalNounAfterAlef(rest: string): boolean {
  if (rest.length >= 5 && rest.charCodeAt(3) === ALEF) return true;
  return rest.length >= 5 && (rest.startsWith('است') || rest.startsWith('ان') || rest.charCodeAt(2) === TA);
}

function stemUncached(w: string): string {
  let p = PROTECTED.get(w);
  if (p !== undefined) return p;
  let s = w;

  // 1. conjunction و / ف
  const c0 = s.charCodeAt(0);
  if ((c0 === WAW || c0 === FA) && s.length >= 4) {
    const rest = s.slice(1);
    // Before the article the conjunction is the likely reading; only a strictly native word (والده) keeps its و.
    // A protected remainder (وفيينا → فيينا) wins over a loose native match.
    const native = startsWithArticle(rest, 0) && rest.length >= 4 ? isNativeStrict(s)
      : PROTECTED.has(rest) ? isNativeStrict(s) : isNative(s);
    if (!native && (c0 === WAW || faMayStrip(rest))) {
      s = rest;
      p = PROTECTED.get(s);
      if (p !== undefined) return p;
    }
  }

  // 2. preposition ب / ك / ل, with the article (بال، كال، لل) or before a word that cannot start otherwise
  let article = false;
  const c1 = s.charCodeAt(0);
  if (c1 === LAM && s.charCodeAt(1) === LAM && s.length >= 4) {
    // لل is ل + ال (its alef dropped) or ل + a word starting with ل (للبنان، للجنة).
    const one = s.slice(1);
    p = PROTECTED.get(one);
    if (p !== undefined) return p;
    if (isNativeStrict(one)) s = one;
    else { s = s.slice(2); article = true; }
  } else if ((c1 === BA || c1 === KAF || c1 === LAM) && s.length >= 5 && startsWithArticle(s, 1) && !isNative(s)) {
    s = s.slice(1);
  } else if ((c1 === BA || c1 === KAF || c1 === LAM) && s.length >= 4 && !isNative(s)) {
    const rest = s.slice(1);
    p = PROTECTED.get(rest);
    if (p !== undefined) return p;
    const r0 = rest.charCodeAt(0);
    // Bare ب/ل (بشكل، لمدة، بمشاركة، لتعزيز، بإعلان) unless the word is native (بعيد، لطيف); before alef only a
    // verbal noun (بإعلان) since فاعل words start with ب/ل + ا (باحث، لاعب). ك only with the article.
    if (c1 !== KAF && rest.length >= 3 && (r0 !== ALEF || verbalNounAfterAlef(rest))) s = rest;
  }

  // 3. article
  // The article goes unless the word is native (التزام، ألماني); a native remainder (الفهم → فهم) settles it.
  if (!article && startsWithArticle(s, 0) && s.length >= 4 && (isNativeStrict(s.slice(2)) || !isNative(s))) {
    s = s.slice(2);
    article = true;
  }
  p = PROTECTED.get(s);
  if (p !== undefined) return p;

  // 4. future س before an imperfect prefix ي or ت (سيعقد، ستكون), never on nouns with the article; not before ن or
  // alef, where سن/سأ (first person) are rare in news and start many nouns (سندات، سنتين، ساعات، سابق).
  if (!article && s.charCodeAt(0) === SEEN && s.length >= 5) {
    const c = s.charCodeAt(1);
    if ((c === YA || c === TA) && !isNative(s)) s = s.slice(1);
  }

  return seatedHamza(stripSuffixes(s));
}

/**
 * ئ spelt as ى/ي + ء on the line (شاطىء، موانىء، لاجيء; the normalizer makes ى a ي) meets the carrier spelling,
 * which the normalizer folds to ء: a stem ending in يء loses the ي when 3 letters remain (شيء، بيئة keep theirs).
 */
function seatedHamza(s: string): string {
  const n = s.length;
  return n >= 4 && s.charCodeAt(n - 1) === HAMZA && s.charCodeAt(n - 2) === YA ? s.slice(0, n - 2) + 'ء' : s;
}

const CACHE_LIMIT = 100_000;
let cache = new Map<string, string>();

/** Light stem of a normalized Arabic word (see normalize.ts); short words and protected words come back whole. */
export function stem(norm: string): string {
  if (typeof norm !== 'string') throw new TypeError(`stem needs a string, got ${norm === null ? 'null' : typeof norm}`);
  if (norm.length < 3) return norm;
  let r = cache.get(norm);
  if (r !== undefined) return r;
  r = stemUncached(norm);
  if (cache.size >= CACHE_LIMIT) cache = new Map();
  cache.set(norm, r);
  return r;
}
