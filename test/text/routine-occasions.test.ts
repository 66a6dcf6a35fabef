// Headlines that name a routine occasion, through the real analyzer's stems (fictional hosts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { namesRoutineOccasion } from '../../src/text/routine-occasions.ts';
import { indexTerms } from '../../src/text/analyze.ts';

const names = (headline: string) => namesRoutineOccasion(indexTerms(headline).stems);

test('Eid greeting parties, well-wishers and weddings are routine occasions', () => {
  assert.equal(names('وزارة الواحة تقيم حفل معايدة لمنسوبيها'), true);
  assert.equal(names('هيئة الساحل تعايد منسوبيها'), true);
  assert.equal(names('أمير الواحة يستقبل المهنئين بالعيد'), true);
  assert.equal(names('تبادل التهاني بين منسوبي الجامعة'), true);
  assert.equal(names('أفراح آل سالم'), true);
  assert.equal(names('الفلاحي يحتفل بزواج نجله'), true);
});

test('a birth notice is a routine occasion: a child lights up a family home, or a family is blessed with one', () => {
  assert.equal(names('«ريان» ينير منزل الوادعي'), true);
  assert.equal(names('سلمى تضيء بيت آل ناصر'), true);
  assert.equal(names('"الحارثي" يرزق بـ "فيصل"'), true);
});

test('lighting up without a home, or a home without lighting, is not a birth notice', () => {
  assert.equal(names('الألعاب النارية تضيء سماء الواجهة البحرية'), false);
  assert.equal(names('مصابيح جديدة تنير شوارع الحي القديم'), false);
  assert.equal(names('حريق يلتهم منزلاً في حي الربوة'), false);
});

test('an event of its own is not a routine occasion', () => {
  assert.equal(names('حريق في مستودع للأخشاب بميناء السلام'), false);
  assert.equal(names('وزير الدفاع يبحث التعاون العسكري مع نظيره'), false);
  assert.equal(names('افتتاح مهرجان الصيف في الواحة'), false);
});

test('an execution notice is one of a series: each convict\'s sentence carried out is its own notice', () => {
  assert.equal(names('القتل تعزيراً لمهرب مخدرات في الساحل'), true);
  assert.equal(names('تنفيذ حكم القتل قصاصاً في جانٍ قتل مواطناً بالواحة'), true);
  assert.equal(names('مقتل ثلاثة في حادث مروري على طريق الساحل'), false, 'a killing is no sentence');
});
