import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentFingerprint } from '../../src/ingest/content-fingerprint.ts';

const BODY = [
  'أعلنت بلدية مدينة السراب المتخيلة افتتاح مكتبة عامة جديدة في الحي القديم،',
  'وقال مسؤول البلدية إن المكتبة ستضم قاعة للأطفال وأخرى للمطالعة الهادئة،',
  'وإنها ستفتح أبوابها كل يوم من الصباح حتى المساء بلا رسوم اشتراك.',
].join(' ');

test('the same article with different spacing, punctuation, diacritics and hamza spellings has one fingerprint', () => {
  const a = contentFingerprint('افتتاح مكتبة عامة', BODY);
  const b = contentFingerprint(
    'افتتاح مكتبة عامة — صحيفة الواحة',
    `  ${BODY.replace(/،/g, ' , ').replace('مسؤول', 'مسئول').replace('أعلنت', 'اعلنت').replace('المكتبة', 'المَكتبة')}\n\n`,
  );
  assert.equal(a, b);
  assert.match(a, /^[0-9a-f]{64}$/);
});

test('different bodies differ', () => {
  assert.notEqual(contentFingerprint('t', BODY), contentFingerprint('t', BODY.replace('للأطفال', 'للكبار')));
});

test('short bodies mix in the title, so two different one-line briefs do not collide', () => {
  assert.notEqual(contentFingerprint('عنوان أول', 'التفاصيل لاحقاً'), contentFingerprint('عنوان ثان', 'التفاصيل لاحقاً'));
});
