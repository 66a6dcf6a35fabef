// Language of an article (ISO 639-1, 'und' when unknown): the script with the most letters decides, then letters
// peculiar to a language inside the script (Persian ی ک پ چ ژ گ, Urdu ٹ ڈ ڑ ں ے) or, for Latin script, counts of
// very common function words. Mixed text gets the dominant language; tokens keep their own kind regardless.

const SAMPLE = 8_000;
const ADDRESSES = /https?:\/\/\S+|www\.\S+|\S+@\S+/gi;

const LATIN_MARKERS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'with', 'was', 'on', 'are', 'by', 'this', 'from', 'has', 'said'],
  fr: ['le', 'la', 'les', 'des', 'et', 'est', 'une', 'du', 'dans', 'pour', 'que', 'qui', 'sur', 'au', 'pas', 'avec', 'aux'],
  es: ['el', 'los', 'las', 'del', 'y', 'en', 'que', 'por', 'una', 'con', 'para', 'es', 'se', 'su', 'al'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'den', 'von', 'zu', 'ein', 'eine', 'auf', 'für', 'sich'],
  it: ['il', 'della', 'che', 'di', 'e', 'per', 'non', 'una', 'sono', 'gli', 'nel', 'alla', 'con', 'del'],
  pt: ['o', 'os', 'da', 'do', 'das', 'dos', 'que', 'em', 'não', 'uma', 'para', 'com', 'ao', 'foi'],
};
const MARKER_LANGS = new Map<string, string[]>();
for (const [lang, words] of Object.entries(LATIN_MARKERS)) {
  for (const w of words) MARKER_LANGS.set(w, [...(MARKER_LANGS.get(w) ?? []), lang]);
}

const SCRIPTS = ['', 'arabic', 'latin', 'cyrillic', 'hebrew', 'greek', 'han', 'kana', 'hangul', 'devanagari', 'thai'] as const;
type Script = (typeof SCRIPTS)[number];

/** Code unit → index into SCRIPTS (0: not a letter we count). */
const SCRIPT_OF = new Uint8Array(0x10000);
(() => {
  const set = (a: number, b: number, script: Script) => SCRIPT_OF.fill(SCRIPTS.indexOf(script), a, b + 1);
  set(0x41, 0x5a, 'latin'); set(0x61, 0x7a, 'latin'); set(0xc0, 0x24f, 'latin');
  SCRIPT_OF[0xd7] = 0; SCRIPT_OF[0xf7] = 0;
  set(0x0620, 0x064a, 'arabic'); set(0x066e, 0x06d3, 'arabic'); set(0x06fa, 0x06ff, 'arabic'); set(0x0750, 0x077f, 'arabic');
  set(0xfb50, 0xfdff, 'arabic'); set(0xfe70, 0xfefc, 'arabic');
  set(0x0400, 0x04ff, 'cyrillic'); set(0x05d0, 0x05ea, 'hebrew'); set(0x0370, 0x03ff, 'greek');
  set(0x3040, 0x30ff, 'kana'); set(0x4e00, 0x9fff, 'han'); set(0x3400, 0x4dbf, 'han'); set(0xac00, 0xd7af, 'hangul');
  set(0x0900, 0x097f, 'devanagari'); set(0x0e00, 0x0e7f, 'thai');
})();

function arabicScriptLanguage(text: string): string {
  let arabicYeh = 0, persianYeh = 0, persianOnly = 0, urduOnly = 0, tehMarbuta = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x0629 || c > 0x06d2) continue;
    if (c === 0x064a || c === 0x0649) arabicYeh++;
    else if (c === 0x06cc) persianYeh++;
    else if (c === 0x067e || c === 0x0686 || c === 0x0698 || c === 0x06af || c === 0x06a9) persianOnly++;
    else if (c === 0x0679 || c === 0x0688 || c === 0x0691 || c === 0x06ba || c === 0x06d2 || c === 0x06be) urduOnly++;
    else if (c === 0x0629) tehMarbuta++;
  }
  const persianish = persianYeh > arabicYeh && persianYeh + persianOnly > tehMarbuta;
  if (persianish && urduOnly >= 3 && urduOnly * 4 >= persianOnly) return 'ur';
  if (persianish) return 'fa';
  return 'ar';
}

function latinLanguage(text: string): string {
  const score: Record<string, number> = {};
  for (const w of text.toLowerCase().match(/[a-zà-öø-ÿ]+/g) ?? []) {
    for (const lang of MARKER_LANGS.get(w) ?? []) score[lang] = (score[lang] ?? 0) + 1;
  }
  let best = 'und', top = 0;
  for (const [lang, s] of Object.entries(score)) if (s > top) { best = lang; top = s; }
  return top >= 1 ? best : 'und';
}

/** Dominant language of a text as an ISO 639-1 code, or 'und'. */
export function detectLanguage(text: string): string {
  if (typeof text !== 'string') throw new TypeError(`detectLanguage needs a string, got ${text === null ? 'null' : typeof text}`);
  // Addresses are Latin whatever the language around them.
  let sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  if (sample.includes('@') || sample.includes('://') || sample.includes('www.')) sample = sample.replace(ADDRESSES, ' ');
  const counts = new Int32Array(SCRIPTS.length);
  for (let i = 0; i < sample.length; i++) counts[SCRIPT_OF[sample.charCodeAt(i)]!]!++;
  let letters = 0, top = 0, best = 2;
  for (let k = 1; k < SCRIPTS.length; k++) {
    letters += counts[k]!;
    if (counts[k]! > top) { top = counts[k]!; best = k; }
  }
  if (letters < 2) return 'und';
  const script = SCRIPTS[best]!;
  switch (script) {
    case 'arabic': return arabicScriptLanguage(sample);
    case 'latin': return latinLanguage(sample);
    case 'cyrillic': return /[іїєґ]/i.test(sample) ? 'uk' : 'ru';
    case 'hebrew': return 'he';
    case 'greek': return 'el';
    case 'kana': return 'ja';
    case 'han': return counts[SCRIPTS.indexOf('kana')]! > 0 ? 'ja' : 'zh';
    case 'hangul': return 'ko';
    case 'devanagari': return 'hi';
    case 'thai': return 'th';
    default: return 'und';
  }
}
