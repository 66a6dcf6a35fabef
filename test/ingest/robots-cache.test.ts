import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RobotsCache } from '../../src/ingest/robots-cache.ts';
import type { RobotsFetchOutcome } from '../../src/ingest/robots-cache.ts';

function cacheServing(outcome: RobotsFetchOutcome, ttlMs = 60_000) {
  const loads: string[] = [];
  const cache = new RobotsCache(async (u) => {
    loads.push(u);
    return outcome;
  }, ttlMs, 'marsad');
  return { cache, loads };
}

const ROBOTS = `User-agent: *
Disallow: /drafts/

User-agent: marsad
Disallow: /members/
Crawl-delay: 4
`;

test('rules for our token apply, Crawl-delay is reported, the file is fetched once per origin', async () => {
  const { cache, loads } = cacheServing({ status: 200, text: ROBOTS });
  assert.deepEqual(await cache.check(new URL('https://wahat.example/members/x')), { allowed: false, crawlDelayMs: 4000 });
  assert.equal((await cache.check(new URL('https://wahat.example/news/1'))).allowed, true);
  assert.equal((await cache.check(new URL('https://wahat.example/drafts/1'))).allowed, true, 'the * group does not apply when ours exists');
  assert.deepEqual(loads, ['https://wahat.example/robots.txt']);
});

test('a 404 allows everything; a 5xx or an unreachable host disallows everything', async () => {
  assert.equal((await cacheServing({ status: 404, text: '' }).cache.check(new URL('https://a.example/x'))).allowed, true);
  assert.equal((await cacheServing({ status: 503, text: '' }).cache.check(new URL('https://a.example/x'))).allowed, false);
  assert.equal((await cacheServing({ unreachable: true }).cache.check(new URL('https://a.example/x'))).allowed, false);
});

test('entries expire after the TTL', async () => {
  const { cache, loads } = cacheServing({ status: 200, text: ROBOTS }, 0);
  await cache.check(new URL('https://wahat.example/a'));
  await cache.check(new URL('https://wahat.example/b'));
  assert.equal(loads.length, 2);
});
