// The shared FNV-1a hash against the published 32-bit FNV-1a test vectors (ASCII strings are their own code units).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fnv1a } from '../../src/text/fnv1a.ts';

test('fnv1a gives the published 32-bit FNV-1a values', () => {
  assert.equal(fnv1a(''), 0x811c9dc5);
  assert.equal(fnv1a('a'), 0xe40c292c);
  assert.equal(fnv1a('foobar'), 0xbf9cf968);
});
