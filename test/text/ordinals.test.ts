import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headlineOrdinals } from '../../src/text/ordinals.ts';
import { indexTerms } from '../../src/text/analyze.ts';

const ordinals = (headline: string) => headlineOrdinals(indexTerms(headline).stems);

test('an ordinal is tied to the words around it, written before or after them, in any form', () => {
  assert.ok(ordinals('وصول ثاني طائرة إغاثة إلى المطار').includes('طاءر:2'));
  assert.ok(ordinals('هبوط الطائرة الثانية في المطار').includes('طاءر:2'));
  assert.ok(ordinals('أول طائرة إغاثية تهبط في المطار').includes('طاءر:1'));
  // The counted noun three words away: a complement and an adjective between them.
  assert.ok(ordinals('وصول طائرة الشحن الوطنية الثالثة إلى المطار').includes('طاءر:3'));
});

test('the same thing counted alike gives the same key; a headline without an ordinal gives none', () => {
  const a = ordinals('الجولة الثانية من بطولة الصحراء'), b = ordinals('نتائج مباريات الجولة الثانية');
  assert.ok(a.some((k) => b.includes(k)), `${a} / ${b}`);
  assert.deepEqual(ordinals('وصول طائرة إغاثة إلى المطار'), []);
});

test('numbers and other ordinals are not read as the thing counted', () => {
  const keys = ordinals('المرحلة الأولى والثانية من 3 مراحل');
  assert.ok(keys.every((k) => !/^(ثان|اول|\d)/.test(k)), keys.join(' '));
});
