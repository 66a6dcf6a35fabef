// Recognizes byline lines ("بقلم: فلان", "كتب - فلان", "By Jane Doe") in text and in short HTML blocks.
import { normalize } from '../text/normalize.ts';

const ARABIC_BYLINE = /^(?:بقلم|كتب|كتبت|كتبه|كتبته|اعداد|إعداد|تحرير|تقرير|حوار|متابعة|ترجمة|مراسل|مراسلة)\s*(?:[:：\-–—|/]\s*|\s+)(.{2,60})$/;
const ENGLISH_BYLINE = /^(?:by|written by|words by|reporting by)\s*[:：]?\s+(.{2,60})$/i;

/**
 * Returns the name from a byline line, or null. Only short lines without sentence punctuation qualify, so that
 * "كتب الرئيس على حسابه أن ..." stays prose.
 */
export function parseBylineLine(line: string): string | null {
  const s = line.trim().replace(/\s+/g, ' ');
  if (!s || s.length > 70) return null;
  const m = ARABIC_BYLINE.exec(s) ?? ENGLISH_BYLINE.exec(s);
  if (!m) return null;
  let name = m[1].trim().replace(/[.،,:؛]+$/, '');
  if (/[.؟?!]\s/.test(name)) return null;
  // Strip a trailing dateline/location ("فلان - القاهرة", "فلان، 12 مارس").
  name = name.split(/\s+[-–—|]\s+|،\s*\d/)[0].trim();
  const words = name.split(/\s+/);
  if (words.length === 0 || words.length > 6) return null;
  if (/^(?:ان|أن|إن|في|على|عن|من)$/.test(words[0])) return null;
  if (normalize(name).length < 2) return null;
  return name;
}
