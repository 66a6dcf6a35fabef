// Decides an article's language: the page's own declaration when it is plausible, else detection from the text.
import { detectLanguage } from '../text/language-id.ts';

const ARABIC_LETTER = /[\u0600-\u06FF]/g;

/**
 * `declared` is an HTML lang / Content-Language value ("ar-EG", "en_US"). Pages often keep a template's "en" on Arabic
 * text, so a declaration that contradicts an overwhelmingly Arabic text is overridden.
 */
export function detectArticleLanguage(declared: string | null | undefined, text: string): string {
  const primary = declared ? /^[a-z]{2,3}(?=$|[-_])/i.exec(declared.trim())?.[0]?.toLowerCase() ?? null : null;
  const sample = text.slice(0, 4000);
  if (primary) {
    const arabicShare = (sample.match(ARABIC_LETTER)?.length ?? 0) / Math.max(1, sample.replace(/\s+/g, '').length);
    if (primary !== 'ar' && primary !== 'fa' && primary !== 'ur' && arabicShare > 0.6) return detected(sample);
    return primary;
  }
  return detected(sample);
}

function detected(sample: string): string {
  if (!sample.trim()) return 'und';
  return detectLanguage(sample) || 'und';
}
