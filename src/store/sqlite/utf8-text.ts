// Article texts read as UTF-8 bytes (CAST(... AS BLOB)) and decoded here: V8's UTF-8 decoder, which every TEXT column
// goes through, spends about 20 µs on a 3 KB Arabic article (two-byte sequences take its slow path), a third of reading
// a page of results. Arabic and ASCII (one to three byte sequences) are decoded by a loop into UTF-16 code units; any
// other byte sequence (four-byte characters, anything malformed) falls back to the ordinary decoder, so the string is
// always the one a TEXT read would give.
// The loop writes code units in the platform's byte order, read back as UTF-16LE.
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
let units = new Uint16Array(1 << 15);
let unitBytes = Buffer.from(units.buffer);

export function decodeUtf8(bytes: Uint8Array | string | null): string {
  if (bytes === null) return '';
  if (typeof bytes === 'string') return bytes;
  if (!LITTLE_ENDIAN) return slow(bytes);
  const n = bytes.length;
  if (units.length < n) {
    units = new Uint16Array(n);
    unitBytes = Buffer.from(units.buffer);
  }
  const out = units;
  let j = 0;
  let i = 0;
  while (i < n) {
    const c = bytes[i]!;
    if (c < 0x80) {
      out[j++] = c;
      i++;
    } else if ((c & 0xe0) === 0xc0 && i + 1 < n) {
      const c1 = bytes[i + 1]!;
      if ((c1 & 0xc0) !== 0x80 || c < 0xc2) return slow(bytes);
      out[j++] = ((c & 0x1f) << 6) | (c1 & 0x3f);
      i += 2;
    } else if ((c & 0xf0) === 0xe0 && i + 2 < n) {
      const c1 = bytes[i + 1]!, c2 = bytes[i + 2]!;
      if ((c1 & 0xc0) !== 0x80 || (c2 & 0xc0) !== 0x80) return slow(bytes);
      const cp = ((c & 0x0f) << 12) | ((c1 & 0x3f) << 6) | (c2 & 0x3f);
      if (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff)) return slow(bytes);
      out[j++] = cp;
      i += 3;
    } else {
      return slow(bytes);
    }
  }
  return unitBytes.toString('utf16le', 0, j * 2);
}

function slow(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8');
}
