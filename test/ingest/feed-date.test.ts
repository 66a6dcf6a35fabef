import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeedDate } from '../../src/ingest/feed-date.ts';

const CASES: Array<[string, string | null]> = [
  ['Sun, 03 Mar 2024 10:30:00 +0300', '2024-03-03T07:30:00.000Z'],
  ['Sun, 03 Mar 2024 10:30:00 GMT', '2024-03-03T10:30:00.000Z'],
  ['Sun, 3 Mar 24 10:30 EST', '2024-03-03T15:30:00.000Z'],
  ['Tue, 02 Jul 2024 09:00:00 EEST', '2024-07-02T06:00:00.000Z'],
  ['Tue, 02 Jul 2024 09:00:00 AST', '2024-07-02T06:00:00.000Z'],
  ['02 Jul 2024 09:00:00 GMT+3', '2024-07-02T06:00:00.000Z'],
  ['Tue, 02 Jul 2024 09:00:00 +03:00', '2024-07-02T06:00:00.000Z'],
  ['Tuesday, 02-July-2024 09:00:00 UTC', '2024-07-02T09:00:00.000Z'],
  ['2024-07-02T09:00:00Z', '2024-07-02T09:00:00.000Z'],
  ['2024-07-02T09:00:00.123+03:00', '2024-07-02T06:00:00.000Z'],
  ['2024-07-02 09:00:00', '2024-07-02T09:00:00.000Z'],
  ['2024-07-02', '2024-07-02T00:00:00.000Z'],
  ['الأحد 3 مارس 2024 - 10:30', '2024-03-03T10:30:00.000Z'],
  ['31 Feb 2024 10:00:00 GMT', null],
  ['2024-13-01T00:00:00Z', null],
  ['yesterday', null],
  ['', null],
];

for (const [input, expected] of CASES) {
  test(`date: ${input || '(empty)'}`, () => assert.equal(parseFeedDate(input)?.toISOString() ?? null, expected));
}
