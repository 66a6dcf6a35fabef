import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HostLimiter } from '../../src/ingest/host-limiter.ts';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

test('no more than N tasks run at once for one host; other hosts are independent', async () => {
  const limiter = new HostLimiter(2, 0);
  let running = 0;
  let peak = 0;
  const gates = Array.from({ length: 6 }, deferred);
  const started: number[] = [];
  const tasks = gates.map((g, i) =>
    limiter.run('wahat.example', async () => {
      started.push(i);
      running++;
      peak = Math.max(peak, running);
      await g.promise;
      running--;
    }),
  );
  let otherRan = false;
  await limiter.run('rimal.example', async () => void (otherRan = true));
  assert.equal(otherRan, true, 'another host is not blocked by a busy one');
  await new Promise((r) => setImmediate(r));
  assert.deepEqual(started, [0, 1]);
  gates.forEach((g) => g.resolve());
  await Promise.all(tasks);
  assert.equal(peak, 2);
  assert.deepEqual(started, [0, 1, 2, 3, 4, 5]);
});

test('the per-host gap holds back the next task even when a slot is free; close() fails the wait', async () => {
  const limiter = new HostLimiter(1, 60_000);
  let second = false;
  await limiter.run('wahat.example', async () => {});
  const waiting = limiter.run('wahat.example', async () => void (second = true));
  await new Promise((r) => setImmediate(r));
  assert.equal(second, false);
  limiter.close();
  await assert.rejects(waiting, /closed/);
  assert.equal(second, false);
  await assert.rejects(limiter.run('rimal.example', async () => {}), /closed/);
});

test('setDelay raises the gap (Crawl-delay) but never lowers it below the default', () => {
  const limiter = new HostLimiter(2, 1000);
  limiter.setDelay('wahat.example', 5000);
  assert.equal(limiter.delayFor('wahat.example'), 5000);
  limiter.setDelay('wahat.example', 10);
  assert.equal(limiter.delayFor('wahat.example'), 1000);
});

test('an aborted wait leaves the queue', async () => {
  const limiter = new HostLimiter(1, 0);
  const gate = deferred();
  const first = limiter.run('wahat.example', () => gate.promise);
  const controller = new AbortController();
  const second = limiter.run('wahat.example', async () => 'ran', controller.signal);
  controller.abort(new Error('caller gave up'));
  await assert.rejects(second, /caller gave up/);
  gate.resolve();
  await first;
  assert.equal(await limiter.run('wahat.example', async () => 'next'), 'next');
});
