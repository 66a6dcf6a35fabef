// Recognizes the short lines and headings that introduce boilerplate on Arabic (and English) news pages.
import { normalize } from '../text/normalize.ts';
import type { BoilerplateKind } from './types.ts';

export interface BoilerplateMarker {
  kind: BoilerplateKind;
  /** The marker as written, e.g. "إقرأ أيضاً:". */
  label: string;
  /** Whatever follows the marker on the same line ("المصدر: الجزيرة" → "الجزيرة"). */
  rest: string;
}

// All patterns run on normalize()d text: أ/إ/آ → ا, ة → ه, ى → ي, diacritics and tatweel gone, Latin lowercased.
const SEP = String.raw`(?:\s*[:：\-–—|»«>]+\s*|\s+|$)`;

const READ_ALSO = new RegExp(
  String.raw`^(?:(?:اقرا|واقرا|اقري|طالع|طالعي|شاهد|شاهدي|اقرا ايضا|اقرا كذلك|اقرا المزيد|طالع ايضا|شاهد ايضا|شاهد كذلك|تابع ايضا|يمكنك ايضا قراءه|لمزيد من التفاصيل اقرا|اقرا اكثر|اقرا ايضا)(?: ايضا| كذلك| المزيد)?|read (?:also|more)|also read|see also|watch also|you might also like)` + SEP,
);
const RELATED = new RegExp(
  String.raw`^(?:(?:ال)?(?:مقالات|اخبار|مواضيع|موضوعات|مواد|قصص|تقارير|تدوينات|فيديوهات|روابط)(?: ذات صله| ذات الصله| مشابهه| متعلقه| مرتبطه| اخري| مقترحه| قد تهمك)|ذات صله|قد يهمك(?: ايضا)?|قد يعجبك(?: ايضا)?|قد تهمك|ننصحك بقراءه|الاكثر (?:قراءه|مشاهده|تداولا|تعليقا|شعبيه)|الاخبار الاكثر (?:قراءه|مشاهده)|اخترنا لك|اخر الاخبار|احدث الاخبار|المزيد من (?:الاخبار|المقالات)|related(?: articles| stories| posts| news| content| coverage| reading| links)?|more (?:from|stories|on this|news|articles)|you may (?:also )?like|recommended(?: for you| stories| articles)?|most (?:read|popular|viewed)|trending(?: now)?|latest news)` + SEP,
);
const SOURCE_LINE = /^(?:المصدر|المصادر|مصدر الخبر|مصدر|source|sources)\s*[:：]\s*(.{0,80})$/;
const SHARE = new RegExp(
  String.raw`^(?:شارك|شاركوا|شاركي|شارك المقال|شارك الخبر|شارك هذا(?: المقال| الخبر)?|شارك عبر|شارك علي|انشر|تابعونا|تابعنا|تابعونا علي|تابعنا علي|تابعوا|اشترك|اشتركوا|اشترك في|للاشتراك|انضم الينا|انضموا|حمل تطبيق|حملوا تطبيق|share|share this(?: article| story| post)?|share on|follow us|follow|subscribe|sign up|join us|newsletter|print|email|tweet)` + SEP,
);
const TAGS = /^(?:الوسوم|وسوم|الكلمات المفتاحيه|كلمات مفتاحيه|الكلمات الدلاليه|كلمات دلاليه|الموسوم|مواضيع متعلقه بالخبر|tags|tagged|topics|keywords)(?:\s*[:：\-–—|]+\s*|\s+|$)/;

const MAX_MARKER_LINE = 60;

function restAfter(original: string, normalizedMarkerLength: number, normalized: string): string {
  // Map the normalized prefix length back onto the original by counting word tokens consumed.
  const consumedWords = normalized.slice(0, normalizedMarkerLength).trim().split(/\s+/).filter(Boolean).length;
  const words = original.trim().split(/\s+/);
  return words.slice(consumedWords).join(' ').replace(/^[\s:：\-–—|»«>]+/, '').trim();
}

/**
 * Classifies one line (a text line or a heading's text) as a boilerplate marker, or returns null.
 * Marker lines are short: "إقرأ أيضاً:", "مقالات مشابهة", "المصدر: الجزيرة", "تابعونا على تويتر", "الوسوم: ...".
 * A long line that merely starts with such a word ("شارك الرئيس في القمة ...") is prose, not a marker.
 */
export function classifyMarker(line: string): BoilerplateMarker | null {
  const original = line.trim().replace(/^[#*•·▪►◄\-–—\s]+/, '');
  if (!original) return null;
  // Every marker is a short line or opens with "label:"; most paragraphs are ruled out before normalizing.
  if (original.length > 90 && !/[:：]/.test(original.slice(0, 40))) return null;
  const n = normalize(original).replace(/\s+/g, ' ').trim();
  if (!n) return null;

  const source = SOURCE_LINE.exec(n);
  if (source) {
    const rest = original.replace(/^[^:：]*[:：]\s*/, '').trim();
    return { kind: 'source-line', label: original.slice(0, original.length - rest.length).trim(), rest };
  }

  const tags = TAGS.exec(n);
  if (tags && (n.length <= MAX_MARKER_LINE || /[:：]/.test(n.slice(0, tags[0].length + 1)))) {
    const rest = restAfter(original, tags[0].length, n);
    return { kind: 'tags', label: original.slice(0, original.length - rest.length).trim() || original, rest };
  }

  for (const [kind, re] of [['read-also', READ_ALSO], ['related', RELATED]] as const) {
    const m = re.exec(n);
    if (!m) continue;
    const hasColon = /[:：]/.test(n.slice(0, m[0].length + 1));
    // "اقرأ أيضاً: عنوان المقال" may carry a title after the colon; without a colon the whole line must be short.
    if (n.length > MAX_MARKER_LINE && !hasColon) continue;
    if (n.length > 250) continue;
    const rest = restAfter(original, m[0].length, n);
    return { kind, label: original.slice(0, original.length - rest.length).trim() || original, rest };
  }

  const share = SHARE.exec(n);
  if (share && n.length <= 50) {
    // "شارك" is also the verb "took part": only a short line with no sentence punctuation is a prompt.
    if (!/[.؟?!،,]\s*\S/.test(original)) {
      return { kind: 'share', label: original, rest: restAfter(original, share[0].length, n) };
    }
  }
  return null;
}

/** True when a line reads as a short prompt to share/follow/subscribe anywhere in it (button rows, icon labels). */
export function isSharePrompt(line: string): boolean {
  const n = normalize(line).trim();
  if (!n || n.length > 80) return false;
  return /(?:^|\s)(?:شارك(?:وا)?|تابعونا|تابعنا|اشترك(?:وا)?|واتساب|فيسبوك|فيس بوك|تويتر|تلغرام|تيليجرام|انستغرام|لينكد ان|share|facebook|twitter|whatsapp|telegram|linkedin|pinterest|reddit|email|print)(?:\s|$)/.test(
    n,
  ) && n.split(/\s+/).length <= 10;
}

/** Splits a tags line's remainder into the tags themselves. */
export function splitTagList(rest: string): string[] {
  return rest
    .split(/\s*[,،;؛|•·\/]\s*|\s{2,}|\s-\s/)
    .map((t) => t.replace(/^#/, '').trim())
    .filter((t) => t.length > 0 && t.length <= 60);
}
