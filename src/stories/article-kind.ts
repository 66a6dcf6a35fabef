// Opinion columns and editorials comment on an event rather than report it; each is its own story. Recognised from
// the byline when it tells (a filing place or an agency makes a report, the paper's voice an editorial; a name alone
// is checked against the outlet's habits by the story engine), else from the text: long, no dateline, no attribution
// or source words, and written in the first person (or headlined with a question or an exclamation).
export type ArticleKind = 'opinion' | 'report';

/** The opening the decision is made on: a column's voice shows early, and a report attributes early. */
const OPENING_CHARS = 1500;
/** Columns run long; short pieces in the first person are mostly quoted reactions. */
const MIN_OPINION_CHARS = 1500;
/** First-person markers needed in the opening. */
const MIN_FIRST_PERSON = 2;

const ARABIC_WORD = /[\u0621-\u064A\u0640]+/g;
const FIRST_PERSON_WORDS = new Set(['نحن', 'انا', 'أنا', 'إننا', 'اننا', 'أننا', 'لنا', 'علينا', 'لدينا', 'بنا', 'منا', 'عندنا', 'إلينا', 'الينا', 'عنا', 'فينا']);
/**
 * Attribution verbs, agencies and source words: a report says who said or announced what. One is enough to call the
 * piece a report (reactions quote first-person statements, but attribute them).
 */
const ATTRIBUTION = /(?:^|[^\u0621-\u064A])و?(?:قال|قالت|أكد|أكدت|اكد|اكدت|أعلن|أعلنت|اعلن|اعلنت|أوضح|أوضحت|اوضح|أشار|أشارت|اشار|أفاد|أفادت|افاد|ذكر|ذكرت|صرح|صرحت|كشف|كشفت|أضاف|أضافت|اضاف|بحسب|حسب|وفقا|وفقاً|نقلا|نقلاً|واس|رويترز|مصدر|مصادر|لـ)(?=[^\u0621-\u064A]|$)/;
/** "الرياض - ", "أبها: ", "جدة (واس)": a place (and reporter) before the first sentence. */
const DATELINE = /^\s*[\u0621-\u064A ]{2,25}\s*[-–—:(]/;

/**
 * A cartoon's headline is the word itself, with a date or a caption at most ("كاريكاتير", "الكاريكاتير", "كاريكاتير
 * 2015/7/21"): the definition makes each cartoon its own story, and their near-empty texts would otherwise gather one
 * outlet's whole page of them (2015-07-21: al-Madina's ten in one story).
 */
const CARTOON_HEADLINE = /^\s*(?:ال)?كاريكاتير(?:$|[\s\d/«"'(:.-])/;
/** A headline ending in a question mark (Arabic or Latin). */
const QUESTION_HEADLINE = /[؟?]\s*$/;
/** "X: …" headlines report what someone (or some place) said. */
const SPEAKER_HEADLINE = /[:：]/;
/** A column shorter than this is rare; a short signed piece is more likely a brief or a reader's note. */
const MIN_SIGNED_COLUMN_CHARS = 800;
/** A report names its source in the first sentence ("قال", "أعلنت الوزارة"); a column opens with its own voice. */
const SIGNED_OPENING_CHARS = 200;
/**
 * Arabic papers sign reports with where they were filed ("الرياض - فلان", "فلان (جدة)", "فلان من جدة") or with an
 * agency or desk ("واس", "وكالات", "متابعة"), and columns with the writer's name alone ("د. فلان الفلاني").
 */
const BYLINE_PLACE_OR_DESK = /[-–—(),،:/|0-9«»"'@]|\sمن\s/;
const DESK_WORDS = /(?:^|\s)(?:واس|رويترز|وكالات|وكالة|متابعة|محرر|محررو|المحرر|مراسل|مراسلو|ترجمة|تحرير|تقرير|خاص|زائر|نيوز|news|أ\.?\s?ف|د\s?ب)(?=\s|$)/i;
/** The paper's own voice: "كلمة اليوم", "افتتاحية", "رأي الوطن". */
const EDITORIAL_BYLINE = /(?:^|\s)(?:كلمة|افتتاحية|رأي)(?=\s|$)/;

/** A byline that is a person's name and nothing else: two to five words of letters (titles like "د." allowed). */
export function isBareNameByline(byline: string | null | undefined): boolean {
  const s = (byline ?? '').trim();
  if (!s || BYLINE_PLACE_OR_DESK.test(s) || DESK_WORDS.test(s) || EDITORIAL_BYLINE.test(s)) return false;
  const words = s.split(/\s+/);
  return words.length >= 2 && words.length <= 5 && words.every((w) => /^[\u0621-\u064A\u0640\u064B-\u0652.]+$/.test(w));
}

/** A byline that says where the piece was filed or which desk or agency sent it ("أبها - فلان", "واس"). */
export function isFiledByline(byline: string | null | undefined): boolean {
  const s = (byline ?? '').trim();
  // Forum posts on some papers' sites carry "(زائر)", visitor: a reader, not a reporter.
  return s !== '' && (BYLINE_PLACE_OR_DESK.test(s) || DESK_WORDS.test(s)) && !/زائر/.test(s) && !EDITORIAL_BYLINE.test(s);
}

function firstPersonCount(text: string): number {
  let n = 0;
  for (const w of text.match(ARABIC_WORD) ?? []) {
    // Possessive/object "-نا" (بلادنا، أبناءنا، تزيدنا); words in -انا/-ينا are mostly adverbs and nouns (أحيانا، بيانا).
    if (FIRST_PERSON_WORDS.has(w) || (w.length >= 5 && w.endsWith('نا') && !w.endsWith('انا') && !w.endsWith('ينا'))) n++;
  }
  return n;
}

/** How a byline signs the piece (see StoryDoc.bylineShape); editorials count as neither. */
export function bylineShape(byline: string | null | undefined): 'filed' | 'signed' | null {
  if (isFiledByline(byline)) return 'filed';
  if (isBareNameByline(byline)) return 'signed';
  return null;
}

/**
 * A name-only byline on a long piece with no dateline, no "speaker:" headline and no attribution in its opening
 * sentence: a column, if the outlet signs its reports otherwise (many outlets sign reporters by name alone, so the
 * story engine confirms it against the outlet's bylines).
 */
export function isSignedColumnShape(title: string, text: string, byline: string | null | undefined): boolean {
  const body = (text ?? '').trim();
  return isBareNameByline(byline) && body.length >= MIN_SIGNED_COLUMN_CHARS && !SPEAKER_HEADLINE.test(title ?? '') && !DATELINE.test(body)
    && !ATTRIBUTION.test(body.slice(0, SIGNED_OPENING_CHARS));
}

/**
 * 'opinion' for a cartoon; 'report' for a filed byline; 'opinion' for an editorial byline on a long piece, for a headline that ends in a question
 * (unless it is a "X: …" headline), or, without a byline that tells, for a long first-person or question-headlined
 * commentary with no dateline and no attribution; otherwise 'report'.
 */
export function classifyArticleKind(title: string, text: string, byline?: string | null): ArticleKind {
  const body = (text ?? '').trim();
  if (CARTOON_HEADLINE.test(title ?? '')) return 'opinion';
  if (isFiledByline(byline)) return 'report';
  if (EDITORIAL_BYLINE.test(byline ?? '') && body.length >= MIN_SIGNED_COLUMN_CHARS && !DATELINE.test(body)) return 'opinion';
  // A headline that ends in a question asks it, as analysis and features do ("هل أعلنت تركيا الحرب؟"): on six labelled
  // SaudiNewsNet days 122 of 127 such pieces were stories of their own. "X: …" still reports ("مصر: تثبيت الفائدة…
  // ماذا يعني ذلك للمدخرين؟").
  if (QUESTION_HEADLINE.test(title ?? '') && !SPEAKER_HEADLINE.test(title ?? '')) return 'opinion';
  if (body.length < MIN_OPINION_CHARS) return 'report';
  if (SPEAKER_HEADLINE.test(title ?? '')) return 'report';
  if (DATELINE.test(body)) return 'report';
  const opening = body.slice(0, OPENING_CHARS);
  if (ATTRIBUTION.test(opening)) return 'report';
  // A question or exclamation as the headline is the columnist's voice as much as "we" in the text.
  if (/[؟?!]/.test(title ?? '')) return 'opinion';
  return firstPersonCount(opening) >= MIN_FIRST_PERSON ? 'opinion' : 'report';
}
