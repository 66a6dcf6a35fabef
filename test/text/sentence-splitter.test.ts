import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../src/text/sentence-splitter.ts';

test('splits on . ! ? ؟ … and keeps the Arabic comma inside', () => {
  const text = 'قال الوزير، في مؤتمر صحفي، إن الاتفاق قريب. هل انتهت الأزمة؟ ربما! لننتظر…  ثم نرى';
  const parts = splitSentences(text);
  assert.deepEqual(parts.map((p) => p.text), ['قال الوزير، في مؤتمر صحفي، إن الاتفاق قريب.', 'هل انتهت الأزمة؟', 'ربما!', 'لننتظر…', 'ثم نرى']);
  for (const p of parts) assert.equal(text.slice(p.start, p.end), p.text);
});

test('decimals, addresses and single-letter abbreviations do not end a sentence', () => {
  const parts = splitSentences('قال د. محمد إن النمو بلغ 3.5 بالمئة وفق example.com اليوم. انتهى');
  assert.deepEqual(parts.map((p) => p.text), ['قال د. محمد إن النمو بلغ 3.5 بالمئة وفق example.com اليوم.', 'انتهى']);
});

test('runs of marks and closing quotes stay with their sentence; lines and paragraphs end sentences', () => {
  const text = 'قال: «هذا مستحيل؟!» ثم غادر.\n\nفقرة ثانية بلا نقطة\nسطر ثالث';
  assert.deepEqual(splitSentences(text).map((p) => p.text), ['قال: «هذا مستحيل؟!»', 'ثم غادر.', 'فقرة ثانية بلا نقطة', 'سطر ثالث']);
});

test('empty input gives nothing', () => {
  assert.deepEqual(splitSentences(''), []);
  assert.deepEqual(splitSentences('  \n\n '), []);
});

test('a question or exclamation mark glued to the next Arabic word still ends the sentence', () => {
  assert.deepEqual(splitSentences('هل انتهى؟نعم انتهى!ثم رحل').map((p) => p.text), ['هل انتهى؟', 'نعم انتهى!', 'ثم رحل']);
  assert.deepEqual(splitSentences('زوروا https://example.com/?q=1 الآن').length, 1);
});
