import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wirePart } from '../../src/text/wire-parts.ts';

test('a later part marked at the end of its title has its first part\'s headline and key', () => {
  const first = wirePart('محلي / أمير الواحة يدشن مشروع الطريق الدائري', 'دشن أمير الواحة اليوم مشروع الطريق الدائري بطول ثلاثين كيلومترا.');
  assert.equal(first.continuation, false);
  for (const marked of ['محلي / أمير الواحة يدشن مشروع الطريق الدائري / إضافة أولى', 'محلي / أمير الواحة يدشن مشروع  الطريق الدائري    إضافة ثانية واخيرة',
    'محلي / أمير الواحه يدشن مشروع الطريق الدائري - اضافة ثالثة وأخيرة']) {
    const p = wirePart(marked, 'وأوضح مدير الطرق أن المشروع يضم ستة جسور.');
    assert.equal(p.continuation, true, marked);
    assert.equal(p.key, first.key, marked);
    assert.ok(!p.title.includes('ضافة'), p.title);
  }
});

test('a later part that repeats the bare headline is known by the marker opening its text', () => {
  const p = wirePart('محلي / مجلس الواحة يعقد جلسته الأسبوعية', 'إضافة رابعة وأخيرة خامسا: وافق المجلس على تعيين مدير للمستشفى.');
  assert.equal(p.continuation, true);
  assert.equal(p.key, wirePart('محلي / مجلس الواحة يعقد جلسته الأسبوعية', 'عقد المجلس جلسته.').key);
});

test('the word إضافة inside a headline or a text is no part marker', () => {
  for (const [t, x] of [['الهلال يعلن إضافة ثانية لقائمته الآسيوية', 'أعلن النادي إضافة لاعب.'], ['إضافة جديدة إلى متحف الواحة', 'تضمنت الإضافة قطعا أثرية.'],
    ['افتتاح معرض الكتاب', 'إضافةً إلى ذلك افتتح المعرض جناحا للأطفال.']]) {
    const p = wirePart(t!, x!);
    assert.equal(p.continuation, false, t);
    assert.equal(p.title, t!.trim());
  }
});
