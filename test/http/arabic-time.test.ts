import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatHijriArabic, timeAgoArabic } from '../../src/http/views/arabic-time.ts';

const now = new Date('2026-11-29T12:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms);
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

test('relative times follow Arabic number agreement', () => {
  const cases: [number, string][] = [
    [10_000, 'الآن'],
    [1 * MIN, 'منذ دقيقة'],
    [2 * MIN, 'منذ دقيقتين'],
    [5 * MIN, 'منذ 5 دقائق'],
    [10 * MIN, 'منذ 10 دقائق'],
    [11 * MIN, 'منذ 11 دقيقة'],
    [45 * MIN, 'منذ 45 دقيقة'],
    [1 * HOUR, 'منذ ساعة'],
    [2 * HOUR, 'منذ ساعتين'],
    [3 * HOUR, 'منذ 3 ساعات'],
    [15 * HOUR, 'منذ 15 ساعة'],
    [1 * DAY + HOUR, 'أمس'],
    [2 * DAY, 'منذ يومين'],
    [4 * DAY, 'منذ 4 أيام'],
    [7 * DAY, 'منذ أسبوع'],
    [14 * DAY, 'منذ أسبوعين'],
    [21 * DAY, 'منذ 3 أسابيع'],
  ];
  for (const [ms, expected] of cases) assert.equal(timeAgoArabic(ago(ms), now), expected, `${ms} ms`);
});

test('past a day, calendar days in the reader’s zone decide between أمس and منذ يومين', () => {
  // 46 hours, but two calendar days apart in UTC.
  assert.equal(timeAgoArabic('2026-11-27T05:31:00Z', new Date('2026-11-29T03:32:00Z')), 'منذ يومين');
  // The same 46 hours are one calendar day apart in Riyadh (UTC+3): 28th 01:00 → 29th 23:00.
  const then = '2026-11-27T22:00:00Z';
  const later = new Date('2026-11-29T20:00:00Z');
  assert.equal(timeAgoArabic(then, later, 'UTC'), 'منذ يومين');
  assert.equal(timeAgoArabic(then, later, 'Asia/Riyadh'), 'أمس');
});

test('old, future and invalid times', () => {
  assert.match(timeAgoArabic(ago(90 * DAY), now), /2026/);
  assert.match(timeAgoArabic(new Date(now.getTime() + DAY), now), /2026/);
  assert.equal(timeAgoArabic('not a date', now), '');
  assert.equal(timeAgoArabic(null, now), '');
});

test('Hijri date uses the Umm al-Qura calendar', () => {
  // 1 Ramadan 1447 AH falls on 18 February 2026 in Umm al-Qura.
  const s = formatHijriArabic(new Date('2026-02-18T12:00:00Z'));
  assert.match(s, /رمضان/);
  assert.match(s, /1447/);
});
