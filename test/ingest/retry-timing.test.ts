import { test } from 'node:test';
import assert from 'node:assert/strict';
import { backoffDelayMs, parseRetryAfter } from '../../src/ingest/retry-timing.ts';

test('Retry-After as seconds or HTTP date; garbage is null', () => {
  const now = Date.UTC(2024, 2, 3, 12, 0, 0);
  assert.equal(parseRetryAfter('120', now), 120_000);
  assert.equal(parseRetryAfter('Sun, 03 Mar 2024 12:05:00 GMT', now), 300_000);
  assert.equal(parseRetryAfter('Sun, 03 Mar 2024 11:00:00 GMT', now), 0, 'a past date means now');
  assert.equal(parseRetryAfter('soon', now), null);
  assert.equal(parseRetryAfter('-5', now), null);
  assert.equal(parseRetryAfter(undefined, now), null);
});

test('backoff doubles per failure, jitters within [ceiling/2, ceiling] and is capped', () => {
  const lo = () => 0;
  const hi = () => 0.999999;
  assert.equal(backoffDelayMs(0), 0);
  assert.equal(backoffDelayMs(1, { baseMs: 1000, random: lo }), 500);
  assert.equal(backoffDelayMs(3, { baseMs: 1000, random: lo }), 2000);
  assert.equal(backoffDelayMs(3, { baseMs: 1000, random: hi }), 4000);
  assert.equal(backoffDelayMs(50, { baseMs: 1000, maxMs: 60_000, random: hi }), 60_000);
});
