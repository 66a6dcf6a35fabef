// Headlines that name a deadly event's aftermath, through the real analyzer's stems (fictional places and people).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { namesAftermath } from '../../src/text/aftermath.ts';
import { indexTerms } from '../../src/text/analyze.ts';

const names = (headline: string) => namesAftermath(indexTerms(headline).stems);

test('martyrs, the injured, condolences and the deviant group name an aftermath', () => {
  assert.equal(names('تشييع شهداء مسجد حرس الحدود في الواحة'), true);
  assert.equal(names('الأمير يزور المصابين في مستشفى الواحة المركزي'), true);
  assert.equal(names('12 من مصابي الهجوم يغادرون المستشفى'), true);
  assert.equal(names('الملك يتلقى التعازي من رئيس الجزر'), true);
  assert.equal(names('العلماء: الفئة الباغية لا تمثل الإسلام'), true);
});

test('a report of its own names no aftermath, nor does the city of Taiz (تعز is not a condolence)', () => {
  assert.equal(names('افتتاح مهرجان التمور في الواحة'), false);
  assert.equal(names('الحوثيون يقصفون أحياء تعز'), false);
  assert.equal(names('وزير الصحة يفتتح مستشفى جديدا'), false);
});
