// wordCount decides whether a text is a body (MIN_BODY_WORDS) and which paragraph is the lead: it must count what
// /\S+/g counts, every kind of whitespace included.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wordCount } from '../../src/stories/story-doc.ts';

const regexCount = (t: string, max: number) => { let n = 0; for (const _ of t.matchAll(/\S+/g)) if (++n >= max) break; return n; };

test('wordCount counts as /\\S+/g does, across every whitespace code unit', () => {
  const spaces = ['\t', '\n', '\v', '\f', '\r', ' ', '\u00a0', '\u1680', '\u2000', '\u2005', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];
  const notSpaces = ['\u200b', '\u200c', '\u200f', '\u180e', '\u0640', 'ـ', '\u{1F600}'];
  let seed = 7;
  const rnd = (n: number) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
  const pieces = [...spaces, ...notSpaces, 'قال', 'الوزير', 'news', '١٢', 'x'];
  for (let k = 0; k < 500; k++) {
    let t = '';
    for (let j = rnd(30); j > 0; j--) t += pieces[rnd(pieces.length)];
    for (const max of [1, 3, 8, 15, 1000]) assert.equal(wordCount(t, max), regexCount(t, max), JSON.stringify(t));
  }
  assert.equal(wordCount('  أبها - واس  ', 100), 3);
  assert.equal(wordCount('', 5), 0);
});
