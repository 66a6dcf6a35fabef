import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_INTERVAL_SECONDS, MIN_INTERVAL_SECONDS, estimateItemsPerDay, nextInterval, seededRandom } from '../../src/ingest/poll-schedule.ts';

const mid = () => 0.5; // no jitter

test('busy sources are polled at the 5 minute floor, quiet ones up to 24 h', () => {
  assert.equal(nextInterval({ itemsPerDay: 500, consecutiveFailures: 0, retryAfterMs: null }, { random: mid }), MIN_INTERVAL_SECONDS);
  assert.equal(nextInterval({ itemsPerDay: 24, consecutiveFailures: 0, retryAfterMs: null }, { random: mid }), 1800);
  assert.equal(nextInterval({ itemsPerDay: 1, consecutiveFailures: 0, retryAfterMs: null }, { random: mid }), 43200);
  assert.equal(nextInterval({ itemsPerDay: 0.1, consecutiveFailures: 0, retryAfterMs: null }, { random: mid }), MAX_INTERVAL_SECONDS);
  assert.equal(nextInterval({ itemsPerDay: null, consecutiveFailures: 0, retryAfterMs: null }, { random: mid }), 6 * 3600);
});

test('failures back off exponentially up to the ceiling', () => {
  const at = (f: number) => nextInterval({ itemsPerDay: 24, consecutiveFailures: f, retryAfterMs: null }, { random: mid });
  assert.equal(at(1), 3600);
  assert.equal(at(3), 14400);
  assert.equal(at(20), MAX_INTERVAL_SECONDS);
});

test('Retry-After is never undercut', () => {
  assert.equal(nextInterval({ itemsPerDay: 500, consecutiveFailures: 1, retryAfterMs: 2 * 3600_000 }, { random: mid }), 7200);
  assert.equal(nextInterval({ itemsPerDay: 500, consecutiveFailures: 0, retryAfterMs: 10 * 86400_000 }, { random: mid }), MAX_INTERVAL_SECONDS);
});

test('jitter stays within ±10 % and is reproducible from a seed', () => {
  const state = { itemsPerDay: 24, consecutiveFailures: 0, retryAfterMs: null };
  const a = Array.from({ length: 50 }, ((r) => () => nextInterval(state, { random: r }))(seededRandom(7)));
  const b = Array.from({ length: 50 }, ((r) => () => nextInterval(state, { random: r }))(seededRandom(7)));
  assert.deepEqual(a, b);
  assert.ok(a.every((s) => s >= 1620 && s <= 1980), a.join(','));
  assert.ok(new Set(a).size > 10, 'values actually vary');
});

test('estimateItemsPerDay from item dates', () => {
  const now = new Date('2024-03-10T00:00:00Z');
  const hourly = Array.from({ length: 48 }, (_, i) => new Date(now.getTime() - (i + 1) * 3600_000));
  assert.ok(Math.abs(estimateItemsPerDay(hourly, now) - 24) < 0.01);
  const stale = Array.from({ length: 20 }, (_, i) => new Date(Date.UTC(2024, 0, 1, i)));
  assert.ok(estimateItemsPerDay(stale, now) < 0.4, 'a burst long ago reads as slow');
  assert.equal(estimateItemsPerDay([], now), 0);
  assert.equal(estimateItemsPerDay([new Date('2030-01-01T00:00:00Z')], now), 0, 'future dates are ignored');
});
