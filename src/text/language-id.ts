// Language of an article (ISO 639-1, 'und' when unknown): the script with the most letters decides, then letters
// peculiar to a language inside the script (Persian ی ک پ چ ژ گ, Urdu ٹ ڈ ڑ ں ے) or, for Latin script, counts of
// very common function words. Mixed text gets the dominant language; tokens keep their own kind regardless.

const SAMPLE = 20_000;
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

type Script = 'arabic' | 'latin' | 'cyrillic' | 'hebrew' | 'greek' | 'han' | 'kana' | 'hangul' | 'devanagari' | 'thai';

function scriptOf(c: number): Script | null {
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) return 'latin';
  if ((c >= 0x0620 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || (c >= 0x06fa && c <= 0x06ff)
    || (c >= 0x0750 && c <= 0x077f) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc)) return 'arabic';
  if (c >= 0x0400 && c <= 0x04ff) return 'cyrillic';
  if (c >= 0x05d0 && c <= 0x05ea) return 'hebrew';
  if (c >= 0x0370 && c <= 0x03ff) return 'greek';
  if (c >= 0x3040 && c <= 0x30ff) return 'kana';
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) return 'han';
  if (c >= 0xac00 && c <= 0xd7af) return 'hangul';
  if (c >= 0x0900 && c <= 0x097f) return 'devanagari';
  if (c >= 0x0e00 && c <= 0x0e7f) return 'thai';
  return null;
}

function arabicScriptLanguage(text: string): string {
  let arabicYeh = 0, persianYeh = 0, persianOnly = 0, urduOnly = 0, tehMarbuta = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
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
  // Addresses are Latin whatever the language around them.
  const sample = (text.length > SAMPLE ? text.slice(0, SAMPLE) : text).replace(ADDRESSES, ' ');
  const counts = new Map<Script, number>();
  let letters = 0;
  for (let i = 0; i < sample.length; i++) {
    const s = scriptOf(sample.charCodeAt(i));
    if (s) { counts.set(s, (counts.get(s) ?? 0) + 1); letters++; }
  }
  if (letters < 2) return 'und';
  let script: Script = 'latin', top = -1;
  for (const [s, n] of counts) if (n > top) { script = s; top = n; }
  switch (script) {
    case 'arabic': return arabicScriptLanguage(sample);
    case 'latin': return latinLanguage(sample);
    case 'cyrillic': return /[іїєґ]/i.test(sample) ? 'uk' : 'ru';
    case 'hebrew': return 'he';
    case 'greek': return 'el';
    case 'kana': return 'ja';
    case 'han': return (counts.get('kana') ?? 0) > 0 ? 'ja' : 'zh';
    case 'hangul': return 'ko';
    case 'devanagari': return 'hi';
    case 'thai': return 'th';
  }
}
