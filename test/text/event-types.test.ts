// Event-type classes: the nouns one kind of event is named with, as the shared analyzer stems them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventTypeIds } from '../../src/text/event-types.ts';
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
