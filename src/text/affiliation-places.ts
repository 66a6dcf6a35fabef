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
  let i = before.length - 1;
  if (i >= 0 && isOneOf(before[i]!, PLACE_WORDS)) i--;
  return i >= 0 && isOneOf(before[i]!, AFFILIATION_WORDS);
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
const OFFICE_ONLY = new Map(OFFICE_ONLY_PLACES.map(([n, id]) => [normalize(n), id]));
const OFFICE_ONLY_FIRST = new Map<string, string[]>();
for (const n of OFFICE_ONLY.keys()) {
  const first = n.split(' ')[0]!;
  OFFICE_ONLY_FIRST.set(first, [...(OFFICE_ONLY_FIRST.get(first) ?? []), n]);
}

/** The ids of the regions named after an office by a name the gazetteer does not take alone (OFFICE_ONLY_PLACES). */
export function officeOnlyPlaceIds(text: string): string[] {
  const words = normalize(text).match(WORD) ?? [];
  const out: string[] = [];
  for (let i = 1; i < words.length; i++) {
    const names = OFFICE_ONLY_FIRST.get(words[i]!) ?? (words[i]!.length > 3 ? OFFICE_ONLY_FIRST.get(words[i]!.slice(1)) : undefined);
    if (!names) continue;
    let j = i - 1;
    if (j >= 1 && isOneOf(words[j]!, PLACE_WORDS)) j--;
    if (!isOneOf(words[j]!, AFFILIATION_WORDS)) continue;
    for (const n of names.sort((x, y) => y.length - x.length)) {
      const parts = n.split(' ');
      const first = words[i]!.endsWith(parts[0]!) ? parts[0] : null;
      if (first && parts.every((p, k) => k === 0 || words[i + k] === p)) { out.push(OFFICE_ONLY.get(n)!); break; }
    }
  }
  return out;
}
