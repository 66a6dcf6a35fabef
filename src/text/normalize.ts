// Normalization for matching only: display text is never altered.
//
// Decisions (documented in docs/arabic-analysis.md):
// - أ إ آ ٱ → ا, ى → ي, ة → ه: the spellings outlets mix freely.
// - Hamza on carriers ؤ and ئ → ء: "مسؤول" and "مسئول" are the same word spelt by two schools; folding both carriers
//   to the bare hamza makes them meet, while folding ؤ→و and ئ→ي (as some engines do) would not (مسوول ≠ مسيول).
// - Persian/Urdu ک ی ہ and presentation forms (via NFKC) → Arabic letters.
// - Arabic-Indic ٠-٩ and Persian ۰-۹ digits → 0-9; Arabic punctuation becomes a separator (space).

const REMOVE = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u00AD]/g;
// Anything outside plain ASCII and the basic Arabic block may need NFKC (presentation forms, full-width, ligatures).
const NEEDS_NFKC = /[^\u0000-\u007F\u0600-\u06FF\u00A0-\u00FF\u2000-\u206F]/;

const FOLD: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا',
  'ى': 'ي', 'ی': 'ي', 'ې': 'ي', 'ۍ': 'ي', 'ێ': 'ي',
  'ة': 'ه', 'ۃ': 'ه', 'ہ': 'ه', 'ە': 'ه', 'ھ': 'ه',
  'ؤ': 'ء', 'ئ': 'ء',
  'ک': 'ك', 'ڪ': 'ك', 'گ': 'ك',
  '٠': '0', '١': '1', '٢': '2', '٣': '3', '٤': '4', '٥': '5', '٦': '6', '٧': '7', '٨': '8', '٩': '9',
  '۰': '0', '۱': '1', '۲': '2', '۳': '3', '۴': '4', '۵': '5', '۶': '6', '۷': '7', '۸': '8', '۹': '9',
  '،': ' ', '؛': ' ', '؟': ' ', '«': ' ', '»': ' ', '٪': '%', '٫': '.', '٬': ',', '۔': ' ',
};
const FOLD_RE = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'g');

/** Folds Arabic text for matching (see the decisions above). Latin letters are lowercased. */
export function normalize(text: string): string {
  let s = NEEDS_NFKC.test(text) ? text.normalize('NFKC') : text;
  s = s.replace(REMOVE, '');
  s = s.replace(FOLD_RE, (c) => FOLD[c]!);
  return s.toLowerCase();
}
