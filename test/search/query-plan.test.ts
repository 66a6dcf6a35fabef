import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeQueryTerm } from '../../src/search/query-plan.ts';

const stemsOf = (word: string) => analyzeQueryTerm({ kind: 'word', text: word }, true).flatMap((t) => t.stems);

test('a short query word the stemmer keeps whole also searches its one-proclitic reading', () => {
  assert.deepEqual(stemsOf('كطفل'), ['كطفل', 'طفل']);
  assert.deepEqual(stemsOf('فقرار'), ['فقرار', 'قرار']);
});

test('a protected name or native word has no proclitic reading (فيصل is not ف + يصل, كمال not ك + مال)', () => {
  for (const w of ['فيصل', 'كمال', 'بلال', 'وليد', 'فريق', 'كبير', 'وزير']) assert.deepEqual(stemsOf(w), [w], w);
});

test('a phrase and an exclusion are never expanded', () => {
  assert.deepEqual(analyzeQueryTerm({ kind: 'phrase', text: 'كطفل' }, true).map((t) => t.exact), [true]);
  assert.deepEqual(analyzeQueryTerm({ kind: 'word', text: 'كطفل' }, false).flatMap((t) => t.stems), ['كطفل']);
});
