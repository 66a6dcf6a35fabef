import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyMarker } from '../../src/extract/index.ts';

test('read-also spellings and their titles', () => {
  for (const s of ['اقرأ أيضا', 'اقرأ أيضاً:', 'إقرأ أيضاً', 'اقرأ ايضا :', 'شاهد أيضاً', 'اقرأ المزيد', 'Read also:', 'Read more']) {
    assert.equal(classifyMarker(s)?.kind, 'read-also', s);
  }
  assert.deepEqual(classifyMarker('اقرأ أيضاً: سعر الذهب اليوم'), { kind: 'read-also', label: 'اقرأ أيضاً:', rest: 'سعر الذهب اليوم' });
});

test('related lists, source lines, share prompts and tags', () => {
  for (const s of ['مقالات ذات صلة', 'أخبار ذات صلة', 'مواضيع مشابهة', 'مقالات مشابهة', 'قد يهمك', 'الأكثر قراءة', 'Related articles']) {
    assert.equal(classifyMarker(s)?.kind, 'related', s);
  }
  assert.equal(classifyMarker('المصدر: الجزيرة')?.rest, 'الجزيرة');
  assert.equal(classifyMarker('Source: Reuters')?.kind, 'source-line');
  for (const s of ['شارك', 'تابعونا على تويتر', 'تابعنا على فيسبوك', 'اشترك في النشرة البريدية', 'Share this article']) {
    assert.equal(classifyMarker(s)?.kind, 'share', s);
  }
  assert.equal(classifyMarker('الوسوم: اقتصاد، نفط')?.kind, 'tags');
  assert.equal(classifyMarker('كلمات مفتاحية: طقس')?.rest, 'طقس');
});

test('ordinary sentences are not markers', () => {
  for (const s of [
    'شارك الرئيس في القمة الإقليمية التي عقدت في العاصمة، وألقى كلمة عن التعاون.',
    'تابعونا في هذا التقرير كيف تغيرت المدينة خلال عشر سنوات من البناء المتواصل والتوسع العمراني الكبير.',
    'المصدر الرئيسي للدخل في المنطقة هو الزراعة',
    'قرأ الوزير بيانا مطولا أمام البرلمان',
  ]) {
    assert.equal(classifyMarker(s), null, s);
  }
});
