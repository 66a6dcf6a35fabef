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

test('an event of its own is not a routine occasion', () => {
  assert.equal(names('حريق في مستودع للأخشاب بميناء السلام'), false);
  assert.equal(names('وزير الدفاع يبحث التعاون العسكري مع نظيره'), false);
  assert.equal(names('افتتاح مهرجان الصيف في الواحة'), false);
});
