// Which people a headline names in full, among those the entity patterns found in the article (fictional names).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headlinePeople } from '../../src/text/headline-people.ts';
import { findEntities } from '../../src/text/entities.ts';

test('a person the body introduces by a title is named by the bare headline too', () => {
  const title = 'ناصر الفلاحي.. وداعاً';
  const ids = findEntities(`${title}\nغيب الموت الإعلامي ناصر الفلاحي بعد مسيرة طويلة في الإذاعة والتلفزيون.`).map((e) => e.id);
  assert.ok(ids.includes('person:~ناصر الفلاحي'), `premise: the title pattern finds the name in the body (${ids})`);
  assert.deepEqual(headlinePeople(title, ids), ['person:~ناصر الفلاحي']);
});

test('the whole name must stand in the headline, a proclitic allowed on its first word', () => {
  const ids = ['person:~ناصر الفلاحي', 'place:riyadh'];
  assert.deepEqual(headlinePeople('وداعاً لناصر الفلاحي', ids), ['person:~ناصر الفلاحي']);
  assert.deepEqual(headlinePeople('ناصر الفلاحيين يفوز', ids), [], 'a longer word is not the name');
});

test('the "al-" surname alone names the person the body names in full, but not as a speaker, nor a family named after a given name', () => {
  const ids = ['person:~ناصر الفلاحي', 'place:riyadh'];
  assert.deepEqual(headlinePeople('تشييع جثمان الفلاحي في الرياض', ids), ['person:~ناصر الفلاحي']);
  assert.deepEqual(headlinePeople('زملاء يرثون الراحل: رحيل الفلاحي خسارة للإذاعة', ids), ['person:~ناصر الفلاحي']);
  assert.deepEqual(headlinePeople('الفلاحي: الإذاعة تحتاج إلى دعم', ids), [], 'the first word is a speaker');
  assert.deepEqual(headlinePeople('افتتاح معرض الفيصل للتراث', ['person:~خالد الفيصل']), [], 'ال + a given name is many people');
  assert.deepEqual(headlinePeople('تشييع جثمان الفلاحي', ['person:~ناصر']), [], 'one word is no name to take a surname from');
});

test('what the patterns mistake for a name after a title is not a person of the headline', () => {
  // One word; a province after "أمير منطقة"; an institution named after a king, with a feminine adjective last.
  assert.deepEqual(headlinePeople('ناصر يفوز بالجائزة', ['person:~ناصر']), []);
  assert.deepEqual(headlinePeople('أمير منطقة الواحة يستقبل الزوار', ['person:~منطقه الواحه']), []);
  assert.deepEqual(headlinePeople('كلية الملك فهد الأمنية تعلن النتائج', ['person:~فهد الامنيه']), []);
  assert.deepEqual(headlinePeople('ناصر الفلاحي.. وداعاً', ['place:riyadh', 'org:un']), [], 'no person, nothing named');
});
