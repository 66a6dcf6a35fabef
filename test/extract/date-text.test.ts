import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDateInLine, isoFromParts, parseHumanDate, parseMachineDate } from '../../src/extract/date-text.ts';
import { dateFromUrl } from '../../src/extract/publication-date.ts';

const now = new Date('2024-06-01T00:00:00Z');

test('machine dates keep the local day and offset', () => {
  assert.equal(isoFromParts(parseMachineDate('2020-06-29T00:16:15+03:00', now)!), '2020-06-29T00:16:15+03:00');
  assert.equal(isoFromParts(parseMachineDate('2015-08-09', now)!), '2015-08-09');
  assert.equal(isoFromParts(parseMachineDate('20150809', now)!), '2015-08-09');
  assert.equal(parseMachineDate('2099-01-01', now), null);
  assert.equal(parseMachineDate('not a date', now), null);
});

test('human dates in several scripts and orders', () => {
  assert.deepEqual(parseHumanDate('22/11/2020 - 04:30', now), { year: 2020, month: 11, day: 22 });
  assert.deepEqual(parseHumanDate('Posted on March 5th, 2021', now), { year: 2021, month: 3, day: 5 });
  assert.deepEqual(parseHumanDate('15 de Abril de 2020', now), { year: 2020, month: 4, day: 15 });
  assert.deepEqual(parseHumanDate('2020年07月12日', now), { year: 2020, month: 7, day: 12 });
  assert.deepEqual(parseHumanDate('الأحد 9 أغسطس 2015', now), { year: 2015, month: 8, day: 9 });
});

test('a dateline line is recognized as covering the line; a sentence with a date is not', () => {
  assert.deepEqual(findDateInLine('نشر في: الأحد 9 أغسطس 2015', now), { iso: '2015-08-09', coversLine: true });
  const sentence = findDateInLine('وقع الاتفاق في 9 أغسطس 2015 بحضور الوزراء', now);
  assert.equal(sentence?.coversLine, false);
});

test('URL path dates', () => {
  assert.deepEqual(dateFromUrl('https://x.example/2015/08/09/story'), { year: 2015, month: 8, day: 9 });
  assert.deepEqual(dateFromUrl('https://x.example/news/20200413/story'), { year: 2020, month: 4, day: 13 });
  assert.equal(dateFromUrl('https://x.example/news/123456/story'), null);
});
