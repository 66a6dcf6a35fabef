import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sortDistinct } from '../../src/stories/sort-distinct.ts';

test('sortDistinct leaves the distinct values sorted at the front and counts them', () => {
  const a = Int32Array.from([5, -3, 5, 0, 9, -3, 9, 9]);
  const n = sortDistinct(a);
  assert.deepEqual([...a.subarray(0, n)], [-3, 0, 5, 9]);
  const u = Uint32Array.from([0xffffffff, 1, 0xffffffff, 2]);
  assert.deepEqual([...u.subarray(0, sortDistinct(u))], [1, 2, 0xffffffff]);
  assert.equal(sortDistinct(new Int32Array(0)), 0);
});
