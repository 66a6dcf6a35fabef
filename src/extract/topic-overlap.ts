// Rough topical overlap between passages, used to tell where a pasted insert ends and the host article resumes.
import { normalize } from '../text/normalize.ts';

const PREFIX = /^(?:وال|بال|فال|كال|لل|ال|و|ف|ب|ل)(?=[\u0621-\u064A]{3,})/;

/** Content words of a passage: normalized, common clitic prefixes stripped, short words dropped. */
export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of normalize(text).split(/[^\p{L}\p{N}]+/u)) {
    if (w.length < 3) continue;
    out.add(w.replace(PREFIX, '').replace(/(?:ها|هم|ات|ين|ون|يه|يا)$/, ''));
  }
  return out;
}

/** Share of `words` found in `vocabulary` (0..1). */
export function overlapRatio(words: Set<string>, vocabulary: Set<string>): number {
  if (words.size === 0) return 0;
  let hit = 0;
  for (const w of words) if (vocabulary.has(w)) hit++;
  return hit / words.size;
}
