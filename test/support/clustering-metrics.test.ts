import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scoreClustering } from './clustering-metrics.ts';

test('perfect clustering scores 1', () => {
  const gold = new Map([['a', '1'], ['b', '1'], ['c', '2']]);
  const s = scoreClustering(gold, new Map([['a', 'x'], ['b', 'x'], ['c', 'y']]));
  assert.equal(s.f1, 1);
  assert.equal(s.pairwiseF1, 1);
});

test('all singletons: precision 1, recall below 1, no pairs', () => {
  const gold = new Map([['a', '1'], ['b', '1'], ['c', '2']]);
  const s = scoreClustering(gold, new Map([['a', 'x'], ['b', 'y'], ['c', 'z']]));
  assert.equal(s.precision, 1);
  assert.ok(Math.abs(s.recall - (0.5 + 0.5 + 1) / 3) < 1e-9);
  assert.equal(s.pairwiseF1, 0);
});

test('one big cluster: recall 1, precision falls', () => {
  const gold = new Map([['a', '1'], ['b', '1'], ['c', '2']]);
  const s = scoreClustering(gold, new Map([['a', 'x'], ['b', 'x'], ['c', 'x']]));
  assert.equal(s.recall, 1);
  assert.ok(Math.abs(s.precision - (2 / 3 + 2 / 3 + 1 / 3) / 3) < 1e-9);
  assert.ok(Math.abs(s.pairwiseF1 - 0.5) < 1e-9);
});
