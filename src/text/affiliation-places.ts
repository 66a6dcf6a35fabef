// A place named in a headline is either where the event happened ("تحرر الضالع", "حريق في جدة") or whose official,
// institution or people are speaking ("أمير نجران: ...", "جامعة تبوك تدين ...", "أهالي حائل يستنكرون"). Reactions to
// one event come from every region, so only the first kind says two reports are about different events.
import { cliticRemainders } from './entities.ts';
import { normalize } from './normalize.ts';

/** Offices, institutions and groups of people a place after them belongs to ("مستشفى" and "مطار" locate instead). */
const AFFILIATION_WORDS = new Set([
  'أمير', 'حاكم', 'عاهل', 'ملك', 'نائب', 'محافظ', 'مدير', 'رئيس', 'وكيل', 'مساعد', 'قائد', 'سفير', 'قنصل', 'مفتي', 'إمام', 'خطيب', 'خطباء',
  'جامعة', 'تعليم', 'صحة', 'بلدية', 'أمانة', 'إمارة', 'شرطة', 'مرور', 'غرفة', 'نادي', 'أدبي', 'جمعية', 'فرع', 'هيئة',
  'مجلس', 'عمل', 'جوازات', 'هلال', 'حدود', 'أهالي', 'أبناء', 'مواطنو', 'مواطنون', 'شباب', 'سكان', 'أعيان', 'مشايخ', 'قبائل',
].map((w) => normalize(w)));
/** "أمير منطقة تبوك", "محافظ محافظة ...": a place word between the office and the name. */
const PLACE_WORDS = new Set(['عام', 'منطقة', 'محافظة', 'مدينة', 'مركز', 'إقليم', 'ولاية'].map((w) => normalize(w)));

const WORD = /[\p{L}\p{N}]+/gu;
/** How far back the office is looked for: two words at most. */
const LOOK_BACK_CHARS = 40;

/** "قال لـ«الرياض»", "علماء لـ "عكاظ"": a quoted name after "to" is the newspaper spoken to, not a place. */
const TOLD_TO_PAPER = /ل\u0640*\s*[«"“]\s*$/;

/**
 * Whether the place mentioned at `start` of `text` belongs to the office, institution or people named before it, or is
 * the name of the newspaper a speaker told ("مواطنون في الشرقية لـ«الرياض»: …" is not about Riyadh).
 */
export function isAffiliation(text: string, start: number): boolean {
  if (TOLD_TO_PAPER.test(text.slice(Math.max(0, start - 6), start))) return true;
  const before = normalize(text.slice(Math.max(0, start - LOOK_BACK_CHARS), start)).match(WORD) ?? [];
  return officeEndsAt(before, before.length - 1);
}

/** words[i] is an office, institution or people, or a place word right after one ("أمير منطقة"). */
function officeEndsAt(words: readonly string[], i: number): boolean {
  if (i >= 0 && isOneOf(words[i]!, PLACE_WORDS)) i--;
  return i >= 0 && isOneOf(words[i]!, AFFILIATION_WORDS);
}

/** The word, or what is left of it after a conjunction, preposition or article (و، ف، ب، ل، ال), is in `set`. */
function isOneOf(w: string, set: Set<string>): boolean {
  return cliticRemainders(w).some((r) => set.has(r.rest));
}

/**
 * Saudi regions and towns whose bare names are also common words (عسير "difficult", الشرقية "eastern", المدينة "the
 * city", ينبع "springs"), so the gazetteer does not take them alone as places. After an office ("أمير عسير", "تعليم
 * المدينة", "صحة الشرقية", "عمل الجوف") they can only be the region.
 */
const OFFICE_ONLY_PLACES: [string, string][] = [
  ['عسير', 'place:asir'], ['الشرقية', 'place:eastern-province'], ['الشمالية', 'place:northern-borders'],
  ['الحدود الشمالية', 'place:northern-borders'], ['الجوف', 'place:al-jawf'], ['المدينة', 'place:medina'],
  ['ينبع', 'place:yanbu'],
];
/** Each name's words, by its first word; longer names first, so "الحدود الشمالية" wins over "الشمالية". */
const OFFICE_ONLY_BY_FIRST = new Map<string, { words: string[]; id: string }[]>();
for (const [name, id] of OFFICE_ONLY_PLACES) {
  const words = normalize(name).split(' ');
  const list = OFFICE_ONLY_BY_FIRST.get(words[0]!) ?? [];
  list.push({ words, id });
  list.sort((x, y) => y.words.length - x.words.length);
  OFFICE_ONLY_BY_FIRST.set(words[0]!, list);
}

/**
 * Each name's first word without its article, as every clitic form of it spells it ("للمدينة" has "مدينه"): most
 * texts and most words hold none, and are let go before any clitic is stripped.
 */
const OFFICE_ONLY_CORES = new RegExp([...OFFICE_ONLY_BY_FIRST.keys()].map((w) => w.replace(/^ال/, '')).join('|'));

/** The office-only names whose first word is `word` under one of its clitic readings (the least stripped that has any). */
function namesStartingWith(word: string): { words: string[]; id: string }[] | undefined {
  for (const r of cliticRemainders(word)) { const names = OFFICE_ONLY_BY_FIRST.get(r.rest); if (names) return names; }
  return undefined;
}

const OFFICE_ONLY_CORES_ALL = new RegExp(OFFICE_ONLY_CORES.source, 'g');
const WORD_UNIT = /[\p{L}\p{N}]/u;
const SURROGATE = /[\uD800-\uDFFF]/;
/** Per UTF-16 code unit outside the surrogates: 1 when WORD_UNIT matches it, 0 when not, -1 not yet asked. */
const wordUnit = new Int8Array(0x10000).fill(-1);
function isWordUnit(c: number): boolean {
  let k = wordUnit[c]!;
  if (k < 0) wordUnit[c] = k = WORD_UNIT.test(String.fromCharCode(c)) ? 1 : 0;
  return k === 1;
}
/** The word (as WORD finds it) ending before `at`: [start, end), or null when none. Text without surrogates. */
function wordBefore(norm: string, at: number): [number, number] | null {
  let e = at;
  while (e > 0 && !isWordUnit(norm.charCodeAt(e - 1))) e--;
  if (e === 0) return null;
  let b = e - 1;
  while (b > 0 && isWordUnit(norm.charCodeAt(b - 1))) b--;
  return [b, e];
}
/** The word starting at or after `at`: [start, end), or null. Text without surrogates. */
function wordAfter(norm: string, at: number): [number, number] | null {
  let b = at;
  while (b < norm.length && !isWordUnit(norm.charCodeAt(b))) b++;
  if (b === norm.length) return null;
  let e = b + 1;
  while (e < norm.length && isWordUnit(norm.charCodeAt(e))) e++;
  return [b, e];
}

/** The ids of the regions named after an office by a name the gazetteer does not take alone (OFFICE_ONLY_PLACES). */
export function officeOnlyPlaceIds(text: string): string[] {
  const norm = normalize(text);
  if (!OFFICE_ONLY_CORES.test(norm)) return [];
  // Astral letters are words to WORD but two code units here: such a text takes the word-by-word reading.
  if (SURROGATE.test(norm)) return officeOnlyPlaceIdsByWords(norm);
  // Only the words around a name's core are read (a text has a few such words and a hundred others), as
  // officeOnlyPlaceIdsByWords reads them.
  const out: string[] = [];
  OFFICE_ONLY_CORES_ALL.lastIndex = 0;
  for (let m = OFFICE_ONLY_CORES_ALL.exec(norm); m; m = OFFICE_ONLY_CORES_ALL.exec(norm)) {
    let s = m.index, e = m.index + m[0].length;
    while (s > 0 && isWordUnit(norm.charCodeAt(s - 1))) s--;
    while (e < norm.length && isWordUnit(norm.charCodeAt(e))) e++;
    OFFICE_ONLY_CORES_ALL.lastIndex = e;
    const prev = wordBefore(norm, s);
    if (!prev) continue;
    const word = norm.slice(s, e);
    const names = namesStartingWith(word);
    if (!names) continue;
    const w1 = norm.slice(prev[0], prev[1]);
    const p2 = isOneOf(w1, PLACE_WORDS) ? wordBefore(norm, prev[0]) : null;
    const before = p2 ? [norm.slice(p2[0], p2[1]), w1] : [w1];
    if (!officeEndsAt(before, before.length - 1)) continue;
    const name = names.find((n) => {
      for (let k = 1, at = e; k < n.words.length; k++) {
        const next = wordAfter(norm, at);
        if (!next || norm.slice(next[0], next[1]) !== n.words[k]) return false;
        at = next[1];
      }
      return true;
    });
    if (name && !out.includes(name.id)) out.push(name.id);
  }
  return out;
}

/** officeOnlyPlaceIds over the whole word list of the normalized text: its definition, and its reading of texts with astral letters. */
export function officeOnlyPlaceIdsByWords(norm: string): string[] {
  if (!OFFICE_ONLY_CORES.test(norm)) return [];
  const words = norm.match(WORD) ?? [];
  const out: string[] = [];
  for (let i = 1; i < words.length; i++) {
    if (!OFFICE_ONLY_CORES.test(words[i]!)) continue;
    const names = namesStartingWith(words[i]!);
    if (!names || !officeEndsAt(words, i - 1)) continue;
    const name = names.find((n) => n.words.every((w, k) => k === 0 || words[i + k] === w));
    if (name && !out.includes(name.id)) out.push(name.id);
  }
  return out;
}
