import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalize, normalizeSpan, normalizeUnits } from '../../src/text/normalize.ts';

test('folds alef forms, alef maqsura, ta marbuta and hamza carriers', () => {
  assert.equal(normalize('أإآٱا'), 'ااااا');
  assert.equal(normalize('مستشفى'), 'مستشفي');
  assert.equal(normalize('مدينة'), 'مدينه');
  assert.equal(normalize('مسؤول'), normalize('مسئول'));
  assert.equal(normalize('مسؤول'), 'مسءول');
});

test('removes harakat, Quranic marks, tatweel, zero-width and bidi controls', () => {
  assert.equal(normalize('الرَّئِيسُ'), 'الرءيس');
  assert.equal(normalize('الرئـــيس'), 'الرءيس');
  assert.equal(normalize('\u200fالرئيس\u200e'), 'الرءيس');
  assert.equal(normalize('\ufeffحكو\u200cمة\u202c'), 'حكومه');
  assert.equal(normalize('الصلوٰة'), 'الصلوه');
  assert.equal(normalize('قال\u06d6'), 'قال');
});

test('maps Persian and Urdu letters and presentation forms to Arabic letters', () => {
  assert.equal(normalize('کتاب'), 'كتاب');
  assert.equal(normalize('وزیر'), 'وزير');
  assert.equal(normalize('جامعہ'), 'جامعه');
  assert.equal(normalize('\ufe8d\ufedf\ufeb4\ufefc\ufee1'), 'السلام');
  assert.equal(normalize('\ufefb'), 'لا');
});

test('a decomposed hamza above on waw or yeh is a carrier', () => {
  assert.equal(normalize('مسو\u0654ول'), 'مسءول');
  assert.equal(normalize('ا\u0654كد'), 'اكد');
});

test('digits become ASCII and Arabic punctuation a separator', () => {
  assert.equal(normalize('٢٠١٥ و۱۹۹۰'), '2015 و1990');
  assert.equal(normalize('١٢٫٥٪'), '12.5%');
  assert.equal(normalize('قال، ثم؛ لماذا؟'), 'قال  ثم  لماذا ');
});

test('Latin is lowercased, accents composed', () => {
  assert.equal(normalize('Reuters AFP'), 'reuters afp');
  assert.equal(normalize('Cafe\u0301'), 'café');
  assert.equal(normalize('ＡＢＣ'), 'abc');
});

test('normalizeSpan normalizes only the span and leaves plain text as is', () => {
  const text = 'في الرَّئِيسُ هنا';
  assert.equal(normalizeSpan(text, 3, 12), 'الرءيس');
  assert.equal(normalizeSpan(text, 0, 2), 'في');
  assert.equal(normalize(''), '');
});

test('a long text folds as its parts do (ligatures that expand, hamza carriers, past any buffer size)', () => {
  const part = 'قالَ المسؤولُ ﷺ إنّ الرئاسة و\u0654 ﻻ تُعلن ';
  const one = normalize(part);
  assert.equal(one.includes('\u0654'), false);
  for (const times of [1, 50, 400, 2000]) assert.equal(normalize(part.repeat(times)), one.repeat(times));
  assert.equal(normalize('ﷺ'.repeat(3000)), normalize('ﷺ').repeat(3000));
  assert.ok(normalize('ﷺ').length > 10, 'the ligature expands to words');
});

test('normalizeUnits gives the code units of normalize, whichever path folds the text', () => {
  const units = (s: string) => String.fromCharCode(...normalizeUnits(s));
  // Arabic through the table (carriers, a decomposed hamza above on waw, tatweel, Arabic-Indic digits), Latin casing,
  // a Latin letter with a combining accent and a full-width form (NFKC), and an astral letter beside an emoji.
  for (const text of ['أعلن المسؤولون الاثنين ١٢ قرارًا', 'سو\u0654ال الرئـيس', 'Riyadh SUMMIT', 'cafe\u0301 \uff21\uff22', 'نص \u{1d400} و \u{1f600}', '']) {
    assert.equal(units(text), normalize(text), JSON.stringify(text));
  }
  // A long text (the near-duplicate shingler's 3000 characters) and then a short one: the scratch view is cut to length.
  const long = 'وقالت الوزارة في بيانها إن '.repeat(150);
  assert.equal(units(long), normalize(long));
  assert.equal(units('قال'), 'قال');
});
