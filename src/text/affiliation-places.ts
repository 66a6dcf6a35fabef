// A place named in a headline is either where the event happened ("تحرر الضالع", "حريق في جدة") or whose official,
// institution or people are speaking ("أمير نجران: ...", "جامعة تبوك تدين ...", "أهالي حائل يستنكرون"). Reactions to
// one event come from every region, so only the first kind says two reports are about different events.
import { cliticRemainders } from './entities.ts';
import { normalize } from './normalize.ts';

/** Offices, institutions and groups of people a place after them belongs to ("مستشفى" and "مطار" locate instead). */
const AFFILIATION_WORDS = new Set([
  'أمير', 'حاكم', 'عاهل', 'ملك', 'نائب', 'محافظ', 'مدير', 'رئيس', 'وكيل', 'مساعد', 'قائد', 'سفير', 'قنصل', 'مفتي', 'إمام', 'خطيب', 'خطباء',
  'جامعة', 'تعليم', 'صحة', 'بلدية', 'أمانة', 'إمارة', 'شرطة', 'مرور', 'غرفة', 'نادي', 'أدبي', 'جمعية', 'فرع', 'هيئة',
  'مجلس', 'أهالي', 'أبناء', 'مواطنو', 'مواطنون', 'شباب', 'سكان', 'أعيان', 'مشايخ', 'قبائل',
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
