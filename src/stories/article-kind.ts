// Opinion columns and editorials comment on an event rather than report it; each is its own story. Recognised from
// the text alone: long, no dateline, no attribution or source words, and written in the first person (or headlined
// with a question or an exclamation).
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

function firstPersonCount(text: string): number {
  let n = 0;
  for (const w of text.match(ARABIC_WORD) ?? []) {
    // Possessive/object "-نا" (بلادنا، أبناءنا، تزيدنا); words in -انا/-ينا are mostly adverbs and nouns (أحيانا، بيانا).
    if (FIRST_PERSON_WORDS.has(w) || (w.length >= 5 && w.endsWith('نا') && !w.endsWith('انا') && !w.endsWith('ينا'))) n++;
  }
  return n;
}

/** 'opinion' for a long first-person or question-headlined commentary with no dateline and no attribution; otherwise 'report'. */
export function classifyArticleKind(title: string, text: string): ArticleKind {
  const body = (text ?? '').trim();
  if (body.length < MIN_OPINION_CHARS) return 'report';
  // "X: ..." headlines report what someone said.
  if (/[:：]/.test(title ?? '')) return 'report';
  if (DATELINE.test(body)) return 'report';
  const opening = body.slice(0, OPENING_CHARS);
  if (ATTRIBUTION.test(opening)) return 'report';
  // A question or exclamation as the headline is the columnist's voice as much as "we" in the text.
  if (/[؟?!]/.test(title ?? '')) return 'opinion';
  return firstPersonCount(opening) >= MIN_FIRST_PERSON ? 'opinion' : 'report';
}
