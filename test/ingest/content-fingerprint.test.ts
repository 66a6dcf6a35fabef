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

test('without a text that tells one piece from another, the fingerprint takes in its own address', () => {
  // Two cartoons of one page share a headline and have no text: two pieces, not one reached twice.
  const first = contentFingerprint('كاريكاتير', ' ', 'https://example.org/node/101/cartoon');
  const second = contentFingerprint('كاريكاتير', '', 'https://example.org/node/102/cartoon');
  assert.notEqual(first, second);
  assert.equal(first, contentFingerprint('كاريكاتير', '', 'https://example.org/node/101/cartoon'), 'the same piece again');
  // A text long enough to identify the article decides alone: the same report under two addresses is one article.
  assert.equal(contentFingerprint('افتتاح مكتبة عامة', BODY, 'https://a.example/1'), contentFingerprint('افتتاح مكتبة عامة', BODY, 'https://b.example/2'));
  assert.equal(contentFingerprint('عنوان', 'التفاصيل لاحقاً في نشرة المساء', 'https://a.example/1'), contentFingerprint('عنوان', 'التفاصيل لاحقاً في نشرة المساء', 'https://b.example/2'), 'a one-line brief is text enough');
});
