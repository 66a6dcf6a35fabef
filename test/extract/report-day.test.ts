// The day a report says it was written, against the day its page was fetched (fictional openings).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reportDaysBefore } from '../../src/extract/report-day.ts';

const FRIDAY = new Date('2026-01-16T05:00:00Z');

test('"today, <weekday>" in the opening dates the report to that weekday', () => {
  assert.equal(reportDaysBefore('الواحة – تراجعت أسعار القمح في تعاملات اليوم الأربعاء مع وفرة المعروض.', FRIDAY), 2);
  assert.equal(reportDaysBefore('ارتفعت أسعار الذهب اليوم الثلاثاء بعد بيانات الوظائف.', FRIDAY), 3);
  assert.equal(reportDaysBefore('أعلن المجلس اليوم، الخميس، نتائج المسابقة.', FRIDAY), 1, 'a comma may stand between');
});

test('"yesterday, <weekday>" was written the day after that weekday', () => {
  assert.equal(reportDaysBefore('أعلنت الوزارة أمس الأربعاء عن خطة جديدة للنقل.', FRIDAY), 1);
  assert.equal(reportDaysBefore('افتتح الأمير أمس الخميس معرضا للكتاب.', FRIDAY), 0, 'written on the fetch day');
});

test('a report that names the fetch day, or no day, or a weekday without today or yesterday, is not moved', () => {
  assert.equal(reportDaysBefore('قال المتحدث اليوم الجمعة إن العمل مستمر.', FRIDAY), 0);
  assert.equal(reportDaysBefore('تبدأ الدراسة يوم الأحد المقبل في جميع المدارس.', FRIDAY), 0);
  assert.equal(reportDaysBefore('عين اليوم – الواحة: افتتاح سوق جديد للخضار.', FRIDAY), 0, 'an outlet named "اليوم" is not a day');
  assert.equal(reportDaysBefore('لا تاريخ في هذا الخبر عن افتتاح حديقة عامة.', FRIDAY), 0);
});

test('a day named past the opening is the report\'s background, not its day', () => {
  const later = `${'افتتحت البلدية حديقة جديدة وسط المدينة بحضور عدد من المسؤولين والأهالي. '.repeat(6)}وكان المجلس قد ناقش المشروع اليوم الثلاثاء.`;
  assert.ok(later.indexOf('الثلاثاء') > 300, 'premise: the weekday is past the opening');
  assert.equal(reportDaysBefore(later, FRIDAY), 0);
});
