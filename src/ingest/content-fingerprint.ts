// Same article through two feeds (or a feed and a page) must be stored once even when the URLs differ.
import { createHash } from 'node:crypto';
import { normalize } from '../text/normalize.ts';

// Below this many normalized characters the body alone is too generic (a one-line brief), so the title is mixed in.
const BODY_ONLY_MIN_CHARS = 200;

function fold(s: string): string {
  // Letters and digits only: punctuation, quotes and spacing differ between a feed's copy and the page's.
  return normalize(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

// Below this many, the text cannot tell one article from another: a cartoon, a photo or a video under a generic
// headline ("كاريكاتير", "بالصور") with a caption or nothing at all.
const IDENTIFYING_MIN_CHARS = 20;

/**
 * Hex SHA-256 of the folded body text. Titles are left out when the body is long enough because outlets decorate them
 * per channel ("— site name", "عاجل:"), while the body stays the same. Without a text that identifies the piece the
 * fingerprint takes in `identity` (its image, else its canonical address): one page of al-Madina's cartoons, each
 * titled "كاريكاتير" over no text, had been stored as one article reached under ten URLs.
 */
export function contentFingerprint(title: string, text: string, identity?: string | null): string {
  const body = fold(text);
  let material = body.length >= BODY_ONLY_MIN_CHARS ? body : `${fold(title)}\n${body}`;
  if (body.length < IDENTIFYING_MIN_CHARS && identity) material += `\n${identity}`;
  return createHash('sha256').update(material, 'utf8').digest('hex');
}
