import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalizeUrl } from '../../src/ingest/canonical-url.ts';

const SAME: Array<[string, string]> = [
  ['HTTP://WWW.Wahat.Example:80/news/1?utm_source=x&utm_medium=y#top', 'https://wahat.example/news/1'],
  ['https://wahat.example:443/news/1/', 'https://wahat.example/news/1'],
  ['https://wahat.example/news/1?fbclid=abc&gclid=def&mc_cid=1&ref=home', 'https://wahat.example/news/1'],
  ['https://wahat.example/news/1?b=2&a=1', 'https://wahat.example/news/1?a=1&b=2'],
  ['https://wahat.example/news/1/amp', 'https://wahat.example/news/1'],
  ['https://wahat.example/amp/news/1', 'https://wahat.example/news/1'],
  ['https://wahat.example/news/1?amp=1', 'https://wahat.example/news/1'],
  ['https://wahat.example/news/1?outputType=amp', 'https://wahat.example/news/1'],
  ['https://amp.wahat.example/news/1', 'https://wahat.example/news/1'],
  ['https://m.wahat.example/news/1', 'https://wahat.example/news/1'],
  ['https://wahat.example/news/1.amp.html', 'https://wahat.example/news/1.html'],
  ['https://wahat.example//news//1', 'https://wahat.example/news/1'],
  ['https://wahat.example', 'https://wahat.example/'],
  ['https://user:pw@wahat.example/x', 'https://wahat.example/x'],
];

for (const [input, expected] of SAME) {
  test(`canonical: ${input}`, () => assert.equal(canonicalizeUrl(input), expected));
}

test('Arabic slugs compare equal encoded or not, and hex case does not matter', () => {
  const raw = 'https://wahat.example/أخبار/افتتاح-مكتبة';
  const encoded = 'https://wahat.example/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/%D8%A7%D9%81%D8%AA%D8%AA%D8%A7%D8%AD-%D9%85%D9%83%D8%AA%D8%A8%D8%A9';
  const lower = encoded.toLowerCase().replace('https://wahat.example', 'https://wahat.example');
  assert.equal(canonicalizeUrl(raw), canonicalizeUrl(encoded));
  assert.equal(canonicalizeUrl(lower), canonicalizeUrl(encoded));
  assert.equal(canonicalizeUrl(encoded), encoded);
});

test('Arabic query values compare equal encoded or not', () => {
  assert.equal(canonicalizeUrl('https://wahat.example/s?q=مكتبة'), canonicalizeUrl('https://wahat.example/s?q=%D9%85%D9%83%D8%AA%D8%A8%D8%A9'));
});

test('an encoded slash inside a segment stays a different URL', () => {
  assert.notEqual(canonicalizeUrl('https://wahat.example/a%2Fb'), canonicalizeUrl('https://wahat.example/a/b'));
});

test('meaningful query parameters and non-default ports are kept', () => {
  assert.equal(canonicalizeUrl('https://wahat.example:8443/story?id=42&page=2'), 'https://wahat.example:8443/story?id=42&page=2');
  assert.equal(canonicalizeUrl('https://wahat.example/story?amp=full'), 'https://wahat.example/story?amp=full');
});

test('a two-label host keeps its first label', () => {
  assert.equal(canonicalizeUrl('https://m.example/x'), 'https://m.example/x');
});

test('invalid and non-http URLs throw', () => {
  for (const bad of ['', 'not a url', '/relative/path', 'javascript:alert(1)', 'ftp://wahat.example/x', 'mailto:a@b.example']) {
    assert.throws(() => canonicalizeUrl(bad), TypeError, bad);
  }
});
