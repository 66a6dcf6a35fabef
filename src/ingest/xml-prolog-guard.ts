// Feeds and OPML files are untrusted XML. Entity expansion (billion laughs) and external entities (file:///etc/passwd)
// both need a DOCTYPE internal subset, so that is refused before any parser sees the document.

/** A feed or OPML document that cannot be accepted; the message says why. */
export class FeedParseError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'FeedParseError';
  }
}

/**
 * Looks at the prolog (before the root element): a DOCTYPE with an internal subset (where entities are declared) is
 * refused, a bare DOCTYPE (RSS 0.91 carries one) is dropped. No DTD is ever fetched and no entity is ever expanded.
 */
export function guardDoctype(xml: string): string {
  let i = 0;
  for (;;) {
    while (i < xml.length && /\s/.test(xml[i]!)) i++;
    if (xml.startsWith('<?', i)) {
      const end = xml.indexOf('?>', i);
      if (end < 0) throw new FeedParseError('malformed feed: unterminated processing instruction');
      i = end + 2;
    } else if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i);
      if (end < 0) throw new FeedParseError('malformed feed: unterminated comment');
      i = end + 3;
    } else if (/^<!DOCTYPE\b/i.test(xml.slice(i, i + 10))) {
      const m = /^<!DOCTYPE\b[^[>]*([[>])/i.exec(xml.slice(i, i + 4096));
      if (!m) throw new FeedParseError('feed refused: unterminated or oversized <!DOCTYPE>');
      if (m[1] === '[') {
        throw new FeedParseError('feed refused: <!DOCTYPE> with an internal subset (entity declarations) is not accepted');
      }
      return xml.slice(0, i) + xml.slice(i + m[0].length);
    } else {
      return xml;
    }
  }
}

