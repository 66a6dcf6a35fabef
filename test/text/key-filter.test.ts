import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KeyFilter } from '../../src/text/key-filter.ts';

test('a key filter never turns away a remainder that is a key, and turns away most that are not', () => {
  const keys = ['الرياض', 'جده', 'وزاره', 'مكه', 'الامير'];
  const f = new KeyFilter(keys);
  // "والرياض" without و, "بجده" without ب, "للامير" as ل + ال (the alef restored): each remainder is a key.
  assert.equal(f.mayHave('والرياض', 1, ''), true);
  assert.equal(f.mayHave('بجده', 1, ''), true);
  assert.equal(f.mayHave('للامير', 2, 'ال'), true);
  for (const k of keys) assert.equal(f.mayHave(k, 0, ''), true);
  // Words that are no key, nor any remainder of one: with 5 keys in a million bits, all of them are turned away.
  const others = ['والقاهره', 'بالدمام', 'كتاب', 'مدرسه', 'الطريق', 'للمدينه', 'فقال', 'الرياضه', 'ياض'];
  assert.deepEqual(others.filter((w) => f.mayHave(w, 0, '')), []);
  assert.equal(f.mayHave('والرياض', 0, ''), false);
});
