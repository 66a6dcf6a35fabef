// A place named in a headline is either where the event happened ("تحرر الضالع", "حريق في جدة") or whose official,
// institution or people are speaking ("أمير نجران: ...", "جامعة تبوك تدين ...", "أهالي حائل يستنكرون"). Reactions to
// one event come from every region, so only the first kind says two reports are about different events.
import { cliticRemainders } from './entities.ts';
import { normalize } from './normalize.ts';

/** Offices, institutions and groups of people a place after them belongs to ("مستشفى" and "مطار" locate instead). */
const AFFILIATION_WORDS = new Set([
  'أمير', 'حاكم', 'عاهل', 'ملك', 'نائب', 'محافظ', 'مدير', 'رئيس', 'وكيل', 'مساعد', 'قائد', 'سفير', 'قنصل', 'مفتي', 'إمام', 'خطيب', 'خطباء',
  'جامعة', 'تعليم', 'صحة', 'بلدية', 'أمانة', 'إمارة', 'شرطة', 'مرور', 'غرفة', 'نادي', 'أدبي', 'جمعية', 'فرع', 'هيئة',
  'مجلس', 'عمل', 'جوازات', 'أهالي', 'أبناء', 'مواطنو', 'مواطنون', 'شباب', 'سكان', 'أعيان', 'مشايخ', 'قبائل',
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

/** The ids of the regions named after an office by a name the gazetteer does not take alone (OFFICE_ONLY_PLACES). */
export function officeOnlyPlaceIds(text: string): string[] {
  const norm = normalize(text);
  if (!OFFICE_ONLY_CORES.test(norm)) return [];
  const words = norm.match(WORD) ?? [];
  const out: string[] = [];
  for (let i = 1; i < words.length; i++) {
    if (!OFFICE_ONLY_CORES.test(words[i]!)) continue;
    let names: { words: string[]; id: string }[] | undefined;
    for (const r of cliticRemainders(words[i]!)) if ((names = OFFICE_ONLY_BY_FIRST.get(r.rest))) break;
    if (!names || !officeEndsAt(words, i - 1)) continue;
    const name = names.find((n) => n.words.every((w, k) => k === 0 || words[i + k] === w));
    if (name) out.push(name.id);
  }
  return out;
}
