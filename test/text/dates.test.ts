import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates, parseArabicDate } from '../../src/text/dates.ts';
import { gregorianToHijri, hijriToGregorian } from '../../src/text/hijri.ts';

const REF = new Date('2015-08-10T12:00:00Z'); // a Monday

function day(s: string, ref = REF): string | undefined {
  return parseArabicDate(s, ref)?.toISOString().slice(0, 10);
}

test('Gregorian months in the Egyptian/Gulf, Levantine and Maghreb systems agree', () => {
  const pairs: [string, string][] = [
    ['9 يناير 2015', '9 كانون الثاني 2015'], ['9 فبراير 2015', '9 شباط 2015'], ['9 مارس 2015', '9 آذار 2015'],
    ['9 أبريل 2015', '9 نيسان 2015'], ['9 إبريل 2015', '9 أفريل 2015'], ['9 مايو 2015', '9 أيار 2015'],
    ['9 يونيو 2015', '9 حزيران 2015'], ['9 يونية 2015', '9 جوان 2015'], ['9 يوليو 2015', '9 تموز 2015'],
    ['9 يولية 2015', '9 جويلية 2015'], ['9 أغسطس 2015', '9 آب 2015'], ['9 أوت 2015', '9 غشت 2015'],
    ['9 سبتمبر 2015', '9 أيلول 2015'], ['9 أكتوبر 2015', '9 تشرين الأول 2015'], ['9 نوفمبر 2015', '9 تشرين الثاني 2015'],
    ['9 ديسمبر 2015', '9 كانون الأول 2015'], ['9 جانفي 2015', '9 يناير 2015'], ['9 فيفري 2015', '9 فبراير 2015'],
    ['9 ماي 2015', '9 مايو 2015'],
  ];
  for (const [a, b] of pairs) {
    assert.ok(day(a), `${a} parses`);
    assert.equal(day(a), day(b), `${a} = ${b}`);
  }
  assert.equal(day('9 تشرين الأول 2015'), '2015-10-09');
  assert.equal(day('9 تشرين الثاني 2015'), '2015-11-09');
  assert.equal(day('9 كانون الثاني 2015'), '2015-01-09');
  assert.equal(day('9 كانون الأول 2015'), '2015-12-09');
  assert.equal(day('11 سبتمبر/أيلول 2001'), '2001-09-11');
  assert.equal(day('11 أيلول (سبتمبر) 2001'), '2001-09-11');
});

test('Arabic-Indic digits and weekday prefixes', () => {
  assert.equal(day('الأحد 9 أغسطس 2015'), '2015-08-09');
  assert.equal(day('٩ آب ٢٠١٥'), '2015-08-09');
  assert.equal(day('۱۲ دیسمبر ۲۰۱۵'), '2015-12-12');
  assert.equal(day('09/08/2015'), '2015-08-09');
  assert.equal(day('٢٠١٥-٠٨-٠٩'), '2015-08-09');
});

test('Hijri dates convert with Umm al-Qura', () => {
  assert.equal(day('1 رمضان 1436'), '2015-06-18');
  assert.equal(day('1 رمضان 1436 هـ'), '2015-06-18');
  assert.equal(day('24 محرم 1437 هـ'), '2015-11-06');
  assert.equal(day('1 شوال 1444 هـ'), '2023-04-21');
  assert.equal(day('10 ذو الحجة 1445 هـ'), '2024-06-16');
  assert.equal(day('12 ربيع الأول 1446هـ'), '2024-09-15');
  assert.equal(hijriToGregorian(1436, 9, 30), null, 'Ramadan 1436 had 29 days in Umm al-Qura');
  assert.deepEqual(gregorianToHijri(new Date(Date.UTC(2015, 5, 18))), { year: 1436, month: 9, day: 1 });
});

test('a dual date line prefers the Gregorian part', () => {
  assert.equal(day('الأحد 24 محرم 1437 هـ - 08 نوفمبر 2015 م'), '2015-11-08');
});

test('relative expressions resolve against the reference', () => {
  assert.equal(parseArabicDate('منذ ساعتين', REF)?.toISOString(), '2015-08-10T10:00:00.000Z');
  assert.equal(parseArabicDate('منذ ساعة', REF)?.toISOString(), '2015-08-10T11:00:00.000Z');
  assert.equal(parseArabicDate('منذ 5 ساعات', REF)?.toISOString(), '2015-08-10T07:00:00.000Z');
  assert.equal(parseArabicDate('منذ ٣ دقائق', REF)?.toISOString(), '2015-08-10T11:57:00.000Z');
  assert.equal(day('منذ يومين'), '2015-08-08');
  assert.equal(day('أمس'), '2015-08-09');
  assert.equal(day('أول أمس'), '2015-08-08');
  assert.equal(day('اليوم'), '2015-08-10');
  assert.equal(day('غداً'), '2015-08-11');
  assert.equal(day('الأسبوع الماضي'), '2015-08-03');
  assert.equal(day('الشهر الماضي'), '2015-07-10');
});

test('findDates reports every date with original offsets', () => {
  const text = 'قالت الوزارة الثلاثاءَ إن الاتفاق وُقّع في ٩ آب ٢٠١٥، وذلك بعد زيارة الوفد مساء أمس وقبل ساعتين.';
  const found = findDates(text, REF);
  assert.deepEqual(found.map((d) => [d.iso, d.calendar]), [
    ['2015-08-04', 'relative'],
    ['2015-08-09', 'gregorian'],
    ['2015-08-09', 'relative'],
    ['2015-08-10T10:00:00.000Z', 'relative'],
  ]);
  for (const d of found) assert.equal(text.slice(d.start, d.end), d.surface);
  assert.equal(found[1].surface, '٩ آب ٢٠١٥');
});

test('Moroccan month names and ordinal days', () => {
  assert.equal(day('3 غشت 2019'), '2019-08-03');
  assert.equal(day('14 يوليوز 2019'), '2019-07-14');
  assert.equal(day('2 شتنبر 2019'), '2019-09-02');
  assert.equal(day('5 نونبر 2019'), '2019-11-05');
  assert.equal(day('25 دجنبر 2019'), '2019-12-25');
  assert.equal(day('التاسع من أغسطس 2015'), '2015-08-09');
  assert.equal(day('الحادي والعشرين من مارس 2020'), '2020-03-21');
});

test('weekdays resolve to the last such day, or the next one when "المقبل"', () => {
  // REF is Monday 2015-08-10.
  assert.equal(day('الأحد'), '2015-08-09');
  assert.equal(day('الاثنين'), '2015-08-10');
  assert.equal(day('الثلاثاء'), '2015-08-04');
  assert.equal(day('يوم الأحد الماضي'), '2015-08-09');
  assert.equal(day('الاثنين الماضي'), '2015-08-03');
  assert.equal(day('الخميس المقبل'), '2015-08-13');
  assert.equal(day('يوم جمعة'), '2015-08-07');
});

test('a day and month without a year take the year closest to the reference', () => {
  assert.equal(day('20 يناير', new Date('2015-12-28T00:00:00Z')), '2016-01-20');
  assert.equal(day('20 ديسمبر', new Date('2016-01-05T00:00:00Z')), '2015-12-20');
  assert.equal(day('5 أغسطس'), '2015-08-05');
  assert.equal(day('1 رمضان', new Date('2015-06-10T00:00:00Z')), '2015-06-18');
});

test('impossible dates and plain text give nothing', () => {
  assert.equal(parseArabicDate('31 فبراير 2015', REF), null);
  assert.equal(parseArabicDate('30 رمضان 1436 هـ', REF), null);
  assert.equal(parseArabicDate('خبر بلا تاريخ', REF), null);
  assert.equal(parseArabicDate('', REF), null);
  assert.equal(parseArabicDate('9', REF), null);
  assert.equal(parseArabicDate(undefined as unknown as string, REF), null);
  assert.throws(() => findDates('أمس', new Date('not a date')), /invalid reference/);
  assert.deepEqual(findDates('قُتل 9 أشخاص في 2001 وعادت 3 سفن بعد 24 ساعة', REF).map((d) => d.surface), []);
});

test('"اليوم" inside a name or "the day of" is not today', () => {
  assert.deepEqual(findDates('نقلت قناة روسيا اليوم وصحيفة المصري اليوم عن اليوم العالمي للمرأة', REF), []);
  assert.deepEqual(findDates('وصل الوفد اليوم إلى الدوحة', REF).map((d) => d.iso), ['2015-08-10']);
});

test('times on a date line, numeric Hijri dates and month-and-year', () => {
  assert.equal(parseArabicDate('الأحد 9 أغسطس 2015 - 10:35 م', REF)?.toISOString(), '2015-08-09T22:35:00.000Z');
  assert.equal(parseArabicDate('٩ أغسطس ٢٠١٥ الساعة ٠٨:٠٥ ص', REF)?.toISOString(), '2015-08-09T08:05:00.000Z');
  assert.equal(day('1437/1/24 هـ'), '2015-11-06');
  assert.equal(day('أغسطس 2021'), '2021-08-01');
  assert.equal(day('رمضان 1436 هـ'), '2015-06-18');
  assert.deepEqual(findDates('في أواخر أغسطس/آب 2021 انسحبت القوات', REF), [], 'a month is not a day');
});

test('relative counts in words and plurals without a number', () => {
  assert.equal(day('منذ ثلاثة أيام'), '2015-08-07');
  assert.equal(day('قبل أسبوعين'), '2015-07-27');
  assert.equal(day('منذ 10 سنوات'), '2005-08-10');
  assert.equal(parseArabicDate('منذ ساعات', REF)?.toISOString(), '2015-08-10T09:00:00.000Z');
  assert.equal(day('العام الماضي'), '2014-08-10');
  assert.equal(day('أمس الأول'), '2015-08-08');
  assert.deepEqual(findDates('قبل يومين من الانتخابات', REF), [], 'counted from another event');
});

test('a score is not the month of Safar, but a dated Safar is', () => {
  assert.deepEqual(findDates('فاز المنتخب 3 صفر على ضيفه', REF), []);
  assert.equal(day('5 صفر 1437 هـ'), '2015-11-17');
});
