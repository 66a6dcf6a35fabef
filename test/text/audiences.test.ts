// Whom an audience headline says was received or met. Headlines written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headlineGuest } from '../../src/text/audiences.ts';
import { indexTerms } from '../../src/text/analyze.ts';

const guest = (headline: string) => { const t = indexTerms(headline); return headlineGuest(t.stems, t.surface, headline); };

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

test('talks name their guest after the verb, or before a dual verb', () => {
  assert.deepEqual(guest('الملك يبحث مع الزياني مسيرة العمل الخليجي'), ['زيان', 'مسير', 'خليج']);
  assert.deepEqual(guest('ولي العهد يعقد اجتماعاً مع رئيس وزراء ماليزيا'), ['ماليزيا']);
  assert.deepEqual(guest('الملك ورئيس وزراء كندا يبحثان العلاقات الثنائية'), ['كندا']);
  assert.deepEqual(guest('الملك والرئيس الغاني يبحثان الأوضاع الإقليمية والدولية'), ['غان']);
});

test('talks about a topic with no one named past a rank give no guest', () => {
  assert.deepEqual(guest('الملك يبحث تطورات المنطقة والعالم مع وزير الخارجية'), []);
  // no conjoined name before the dual verb: the words after it are read as usual, and only ranks follow
  assert.deepEqual(guest('الوزيران يبحثان التعاون المشترك'), []);
});

test('a search is no talks', () => {
  assert.deepEqual(guest('النادي الأهلي يبحث عن مباراة ودية قبل الدوري'), []);
  assert.notDeepEqual(guest('الملك يبحث مع رئيس غانا التعاون'), []);
});

test('an official\'s other acts name what they were done to', () => {
  const stems = (words: string) => indexTerms(words).stems;
  assert.deepEqual(guest('وزير التعليم يرعى الحفل الختامي لبرنامج الموهوبين'), stems('الحفل الختامي لبرنامج الموهوبين'));
  assert.deepEqual(guest('وزير التعليم يتفقد مدارس القرى الحدودية'), stems('مدارس القرى الحدودية'));
  assert.deepEqual(guest('أمير الساحل يفتتح متنزه الواحة'), stems('متنزه الواحة'));
  assert.notDeepEqual(guest('وزير التعليم يرعى الحفل الختامي لبرنامج الموهوبين'), guest('وزير التعليم يتفقد مدارس القرى الحدودية'));
});
