import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { charsetFromContentType, charsetFromDocument, decideCharset, decodeBytes, normalizeCharsetLabel } from '../../src/ingest/charset.ts';

const ARABIC = 'سوق الخضار يفتح مبكراً يوم الجمعة';

test('Content-Type charset parameter, quoted or not', () => {
  assert.equal(charsetFromContentType('text/html; charset=windows-1256'), 'windows-1256');
  assert.equal(charsetFromContentType('text/xml;charset="ISO-8859-6"'), 'ISO-8859-6');
  assert.equal(charsetFromContentType('text/html'), null);
  assert.equal(charsetFromContentType(null), null);
});

test('labels map as WHATWG does; unknown labels are ignored', () => {
  assert.equal(normalizeCharsetLabel('ISO-8859-1'), 'windows-1252');
  assert.equal(normalizeCharsetLabel('cp1256'), 'windows-1256');
  assert.equal(normalizeCharsetLabel('ASMO-708'), 'iso-8859-6');
  assert.equal(normalizeCharsetLabel('UTF8'), 'utf-8');
  assert.equal(normalizeCharsetLabel('x-made-up'), null);
});

test('in-document declarations within the first 1024 bytes', () => {
  assert.equal(charsetFromDocument(Buffer.from('<?xml version="1.0" encoding="windows-1256"?><rss/>')), 'windows-1256');
  assert.equal(charsetFromDocument(Buffer.from('<html><head><meta charset=iso-8859-6>')), 'iso-8859-6');
  assert.equal(charsetFromDocument(Buffer.from('<meta http-equiv="content-type" content="text/html; charset=windows-1256">')), 'windows-1256');
  assert.equal(charsetFromDocument(Buffer.from(`${' '.repeat(1100)}<meta charset="windows-1256">`)), null);
});

test('order: BOM, header, document, heuristic', () => {
  const cp = iconv.encode(`<?xml version="1.0" encoding="iso-8859-6"?><t>${ARABIC}</t>`, 'windows-1256');
  assert.equal(decideCharset(cp, 'text/xml; charset=windows-1256').source, 'header');
  assert.equal(decideCharset(cp, 'text/xml').source, 'document');
  assert.equal(decideCharset(iconv.encode(ARABIC, 'windows-1256'), null).charset, 'windows-1256');
  assert.equal(decideCharset(Buffer.from(ARABIC), null).charset, 'utf-8');
  assert.equal(decideCharset(Buffer.from([0xfe, 0xff, 0, 0x41]), 'text/plain; charset=utf-8').charset, 'utf-16be');
});

test('Latin text that is not UTF-8 falls back to windows-1252, not Arabic', () => {
  const latin = iconv.encode('Café crème à la façon de Noël, déjà vu', 'windows-1252');
  assert.equal(decideCharset(latin, null).charset, 'windows-1252');
});

test('decodeBytes round-trips windows-1256 and ISO-8859-6 Arabic', () => {
  for (const enc of ['windows-1256', 'iso-8859-6']) {
    const { text } = decodeBytes(iconv.encode(ARABIC, enc), `text/plain; charset=${enc}`);
    assert.equal(text, ARABIC, enc);
  }
  const withBom = decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARABIC)]), null);
  assert.equal(withBom.text, ARABIC);
});
