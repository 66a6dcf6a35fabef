// Event-type classes: the nouns one kind of event is named with, as the shared analyzer stems them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventTypeIds, referredEventTypeIds } from '../../src/text/event-types.ts';
import { indexTerms } from '../../src/text/analyze.ts';

const types = (text: string) => eventTypeIds(indexTerms(text).stems);

test('the many names of an attack are one event type', () => {
  for (const t of ['تفجير انتحاري في سوق', 'الهجوم على المسجد', 'الاعتداء الآثم', 'العمل الإرهابي', 'الجريمة النكراء', 'العمل الإجرامي الجبان', 'الهجمات الإرهابية', 'بالتفجيرات']) {
    assert.deepEqual(types(t), ['event:attack'], t);
  }
});

test('other kinds of event have their own type; a text naming two kinds gets both, each once, in order', () => {
  assert.deepEqual(types('حريق في مستودع والنيران تمتد'), ['event:fire']);
  assert.deepEqual(types('السيول تغمر الطرق'), ['event:flood']);
  assert.deepEqual(types('تصادم سيارتين على الطريق'), ['event:crash']);
  assert.deepEqual(types('زلزال يضرب الساحل'), ['event:quake']);
  assert.deepEqual(types('حريق بعد التفجير ثم حريق آخر'), ['event:fire', 'event:attack']);
});

test('texts that name no such event get none', () => {
  for (const t of ['الفريق يواصل تدريباته في المعسكر', 'ارتفاع أسعار الذهب', 'افتتاح معرض للكتاب', '']) assert.deepEqual(types(t), [], t);
});

const referred = (text: string) => { const t = indexTerms(text); return referredEventTypeIds(t.surface, t.stems); };

test('an event named as one the reader knows (with the article, or annexed to a definite word) is referred to', () => {
  for (const t of ['العمل الجبان لن يزيدنا إلا تماسكا', 'الجريمة الإرهابية لن تمر', 'ندين بشدة الاعتداء على المصلين', 'وبالتفجير الذي استهدف المسجد', '#تفجير_المسجد', 'تفجير المسجد يوحد الصفوف']) {
    assert.deepEqual(referred(t), ['event:attack'], t);
  }
  assert.deepEqual(referred('الحريق يلتهم المستودع'), ['event:fire']);
});

test('a new event introduced without the article, terrorism in general and a sinner are not referred to', () => {
  for (const t of ['مقتل سبعة في هجوم على فندق', 'انفجار في سوق شعبي', 'معرض لنبذ العنف والإرهاب', 'من يترك تطهير يديه فهو آثم', 'ارتفاع أسعار الذهب']) {
    assert.deepEqual(referred(t), [], t);
  }
});
