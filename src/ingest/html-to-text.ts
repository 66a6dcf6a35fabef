// Plain text from the small HTML fragments feeds put in titles and summaries. A full DOM (linkedom) cost as much as
// parsing the feed itself; these fragments need only tags dropped and entities decoded. The result is text to be
// escaped on output, never markup.

const DROP_WITH_CONTENT = /<(script|style|template|noscript|iframe|object)\b[\s\S]*?(?:<\/\1\s*>|$)/gi;
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'em', 'font', 'i', 'kbd', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'wbr']);
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', hellip: '…', mdash: '—', ndash: '–', laquo: '«',
  raquo: '»', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', bull: '•', middot: '·', zwnj: '\u200c', zwj: '\u200d',
  lrm: '\u200e', rlm: '\u200f', shy: '', copy: '©', reg: '®', deg: '°', times: '×', divide: '÷',
};

function codePoint(n: number): string {
  if (!Number.isFinite(n) || n <= 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return '\uFFFD';
  return String.fromCodePoint(n);
}

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g, (m, dec, hex, name) => {
    if (dec) return codePoint(Number(dec));
    if (hex) return codePoint(parseInt(hex, 16));
    return NAMED[name as string] ?? NAMED[(name as string).toLowerCase()] ?? m;
  });
}

/** Text content of an HTML fragment, whitespace collapsed; null when nothing is left. */
export function htmlToText(html: string | null | undefined): string | null {
  if (html == null) return null;
  let s = html;
  if (s.includes('<')) {
    s = s
      .replace(DROP_WITH_CONTENT, ' ')
      .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
      .replace(/<\/?([A-Za-z][A-Za-z0-9-]*)\b(?:[^>"']|"[^"]*"|'[^']*')*>/g, (_m, tag: string) => (INLINE.has(tag.toLowerCase()) ? '' : ' '));
  }
  const text = decodeEntities(s).replace(/\s+/g, ' ').trim();
  return text || null;
}
