// Same article through two feeds (or a feed and a page) must be stored once even when the URLs differ.
import { createHash } from 'node:crypto';
import { normalize } from '../text/normalize.ts';

// Below this many normalized characters the body alone is too generic (a one-line brief), so the title is mixed in.
const BODY_ONLY_MIN_CHARS = 200;

function fold(s: string): string {
  // Letters and digits only: punctuation, quotes and spacing differ between a feed's copy and the page's.
  return normalize(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * Hex SHA-256 of the folded body text. Titles are left out when the body is long enough because outlets decorate them
 * per channel ("— site name", "عاجل:"), while the body stays the same.
 */
export function contentFingerprint(title: string, text: string): string {
  const body = fold(text);
  const material = body.length >= BODY_ONLY_MIN_CHARS ? body : `${fold(title)}\n${body}`;
  return createHash('sha256').update(material, 'utf8').digest('hex');
}
