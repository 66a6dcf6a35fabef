import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isStopword } from '../../src/text/stopwords.ts';
import { normalize } from '../../src/text/normalize.ts';

const stop = (w: string) => isStopword(normalize(w));

test('function words, pronouns and their و/ف forms are stopwords', () => {
  for (const w of ['في', 'من', 'إلى', 'على', 'الذي', 'التي', 'هذه', 'ومن', 'فإن', 'وهو', 'كان', 'قال', 'وقال', 'لها', 'عليه', 'the', 'and']) {
    assert.ok(stop(w), w);
  }
});

test('months, numbers, currencies and content words are not stopwords', () => {
  for (const w of ['يناير', 'رمضان', 'أغسطس', 'مليون', 'ثلاثة', 'ألف', 'ريال', 'دولار', 'دينار', 'الرئيس', 'حكومة', 'لبنان', 'ولي', 'president']) {
    assert.ok(!stop(w), w);
  }
});
