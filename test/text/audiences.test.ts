// Whom an audience headline says was received or met. Headlines written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headlineGuest } from '../../src/text/audiences.ts';
import { indexTerms } from '../../src/text/analyze.ts';

const guest = (headline: string) => headlineGuest(indexTerms(headline).stems);

test('the guest is who comes after the audience word, ranks and offices left out', () => {
  assert.deepEqual(guest('أمير الساحل يستقبل وكيل إمارة منطقة الواحة'), ['واح']);
  assert.deepEqual(guest('أمير الساحل يستقبل اللواء الزهراني'), ['زهران']);
  assert.deepEqual(guest('ولي العهد يلتقي رئيس جمهورية الشيشان'), ['شيشان']);
  assert.deepEqual(guest('الملك يعقد جلسة مباحثات مع رئيس النيجر'), ['نيجر']);
  assert.deepEqual(guest('وزير الخارجية يستقبل سفير اليابان'), ['يابان']);
});

test('no audience word, or only a rank after it, is no guest', () => {
  assert.deepEqual(guest('مجلس الشؤون السياسية يعقد اجتماعه في جدة'), []);
  assert.deepEqual(guest('حريق في مستودع للأخشاب بميناء السلام'), []);
  assert.deepEqual(guest('الأمير يستقبل وزير الخارجية'), []);
});
