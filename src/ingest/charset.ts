// Decides a document's character encoding the way browsers do (BOM, then the HTTP header, then an in-document
// declaration in the first 1024 bytes, then a guess), with two deliberate deviations for mislabelled Arabic sites:
// a declared UTF-8 that is not valid UTF-8 falls through to the next source, and a declared Latin-1 family label
// over bytes that are valid multi-byte UTF-8 is read as UTF-8 (servers often send a default Latin-1 header).
import iconv from 'iconv-lite';

export type CharsetSource = 'bom' | 'header' | 'document' | 'heuristic';

export interface CharsetDecision {
  charset: string;
  source: CharsetSource;
  /** Bytes to skip (the BOM). */
  bomLength: number;
}

const LABEL_ALIASES: Record<string, string> = {
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  'x-unicode20utf8': 'utf-8',
  // WHATWG maps these labels to windows-1252.
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  'cp1252': 'windows-1252',
  'x-cp1252': 'windows-1252',
  'cp1256': 'windows-1256',
  'x-cp1256': 'windows-1256',
  'iso-8859-6': 'iso-8859-6',
  'iso8859-6': 'iso-8859-6',
  'iso_8859-6': 'iso-8859-6',
  'iso-ir-127': 'iso-8859-6',
  'ecma-114': 'iso-8859-6',
  arabic: 'iso-8859-6',
  'asmo-708': 'iso-8859-6',
  'csisolatinarabic': 'iso-8859-6',
  'iso-8859-6-i': 'iso-8859-6',
  'iso-8859-6-e': 'iso-8859-6',
  'utf-16': 'utf-16le',
};

const LATIN1_FAMILY = new Set(['windows-1252']);

/** Maps a charset label to the name used for decoding, or null when unknown/unsupported. */
export function normalizeCharsetLabel(label: string | null | undefined): string | null {
  if (!label) return null;
  const l = label.trim().replace(/^["']|["']$/g, '').toLowerCase();
  if (!l) return null;
  const mapped = LABEL_ALIASES[l] ?? l;
  return iconv.encodingExists(mapped) ? mapped : null;
}

export function charsetFromContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const m = /;\s*charset\s*=\s*("?)([^";,\s]+)\1/i.exec(contentType);
  return m ? m[2]! : null;
}

function sniffBom(bytes: Uint8Array): CharsetDecision | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: 'utf-8', source: 'bom', bomLength: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', source: 'bom', bomLength: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', source: 'bom', bomLength: 2 };
  return null;
}

/** Looks for `<?xml encoding=…?>`, `<meta charset=…>` or `<meta http-equiv=content-type content=…>` in the prefix. */
export function charsetFromDocument(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  const xml = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  if (xml) return xml[1]!;
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([^"'\s/>;]+)/i.exec(head);
  if (meta) return meta[1]!;
  const equiv = /<meta\b[^>]*?\bcontent\s*=\s*["'][^"']*?charset\s*=\s*([^"'\s;]+)/i.exec(head);
  if (equiv) return equiv[1]!;
  return null;
}

export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function hasMultibyteUtf8(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b >= 0xc2 && b <= 0xf4) return true;
  return false;
}

/**
 * Guess for undeclared non-UTF-8 bytes. Arabic in windows-1256 is whole words of high bytes (runs), while accented Latin
 * in windows-1252 puts single high bytes between ASCII letters. Mostly-runs reads as windows-1256.
 */
function guessSingleByte(bytes: Uint8Array): string {
  let high = 0;
  let inRuns = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i]! < 0x80) continue;
    high++;
    if ((i > 0 && bytes[i - 1]! >= 0x80) || (i + 1 < bytes.length && bytes[i + 1]! >= 0x80)) inRuns++;
  }
  if (high > 0 && inRuns / high >= 0.6) return 'windows-1256';
  return 'windows-1252';
}

export function decideCharset(bytes: Uint8Array, contentType: string | null | undefined): CharsetDecision {
  const bom = sniffBom(bytes);
  if (bom) return bom;
  let utf8Valid: boolean | undefined;
  const validUtf8 = () => (utf8Valid ??= isValidUtf8(bytes));
  const acceptable = (charset: string | null): charset is string => {
    if (!charset) return false;
    if (charset === 'utf-8') return validUtf8();
    if (LATIN1_FAMILY.has(charset) && validUtf8() && hasMultibyteUtf8(bytes)) return false;
    return true;
  };
  const fromHeader = normalizeCharsetLabel(charsetFromContentType(contentType));
  if (acceptable(fromHeader)) return { charset: fromHeader, source: 'header', bomLength: 0 };
  let fromDoc = normalizeCharsetLabel(charsetFromDocument(bytes));
  // A document that announces UTF-16 while being read as ASCII-compatible bytes is lying (the HTML spec says the same).
  if (fromDoc?.startsWith('utf-16')) fromDoc = 'utf-8';
  if (acceptable(fromDoc)) return { charset: fromDoc, source: 'document', bomLength: 0 };
  if (validUtf8()) return { charset: 'utf-8', source: 'heuristic', bomLength: 0 };
  return { charset: guessSingleByte(bytes), source: 'heuristic', bomLength: 0 };
}

export function decodeBytes(bytes: Uint8Array, contentType: string | null | undefined): { text: string; charset: string } {
  const decision = decideCharset(bytes, contentType);
  const body = Buffer.from(bytes.buffer, bytes.byteOffset + decision.bomLength, bytes.byteLength - decision.bomLength);
  return { text: iconv.decode(body, decision.charset, { stripBOM: true }), charset: decision.charset };
}
