// Nothing is lost when `marsad serve` dies: it polls the demo outlets on a loopback fixture server (run by this test,
// so the outlets outlive every crash and serve the same pages with the same dates to every run), is killed with
// SIGKILL at MARSAD_CRASH_KILLS (default 20) random moments and restarted on the same database. The moments are spread
// over both halves of its work: storing the polled articles (pending), then, once the round has settled, deciding
// their stories one transaction each. After every kill doctor finds the database consistent (pending articles are
// work, not damage); once everything is decided, its articles and stories equal those of an uninterrupted
// `marsad serve` polling the same outlets alongside. That holds because a settled round is decided in canonical order
// (time, then URL), the order a restarted engine is rebuilt in: decided in arrival order instead, the engine's
// rebuilt state drifted from the live one (vectors keep the IDF of the moment they were computed) and a borderline
// pair of demo stories came out merged after many restarts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startFixtureServer } from '../../src/demo/fixture-server.ts';
import { runDoctor } from '../../src/jobs/doctor.ts';
import { openStore } from '../../src/store/open-store.ts';
import { runCli, runCliJson, startCli, tempDir } from '../support/run-cli.ts';
import { articleRows, partition, progressWatch, seeded } from './crash-support.ts';

const KILLS = Math.max(1, Number(process.env.MARSAD_CRASH_KILLS) || 20);
/** One restart that stores nothing in this long is a hang, not slowness. */
const CYCLE_DEADLINE_MS = 120_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test(`serve killed ${KILLS} times while storing and deciding, restarted, ends equal to an uninterrupted run`, { timeout: 900_000 }, async (t) => {
  const tmp = tempDir();
  t.after(() => tmp.cleanup());
  const fixture = await startFixtureServer({ port: 0, host: '127.0.0.1' });
  t.after(() => fixture.close());
  const total = fixture.articleUrls.length;
  const config = join(tmp.path, 'marsad.config.json');
  writeFileSync(config, JSON.stringify({ demo: false, allowHosts: [new URL(fixture.origin).host], hostDelayMs: 0 }));
  const refDb = join(tmp.path, 'reference.db');
  const crashDb = join(tmp.path, 'crashed.db');
  for (const db of [refDb, crashDb]) {
    const store = await openStore({ db });
    for (const f of fixture.feeds) await store.addSource({ url: f.url, name: f.name, kind: 'feed' });
    await store.close();
  }
  const [ref, crash] = [progressWatch(refDb), progressWatch(crashDb)];
  t.after(() => (ref.close(), crash.close()));
  const serve = (db: string) => startCli(['serve', '--db', db, '--config', config, '--port', '0', '--host', '127.0.0.1']);
  const finished = (w: typeof ref) => w.stored() >= total && w.decided() >= total;

  // The uninterrupted run goes on alongside the crashing one.
  const reference = serve(refDb);
  const referenceDone = (async () => {
    const started = Date.now();
    while (!finished(ref) && reference.child.exitCode === null && Date.now() - started < 600_000) await sleep(200);
    await reference.stop('SIGTERM');
  })();
  t.after(() => reference.stop('SIGKILL'));

  const random = seeded(Number(process.env.MARSAD_CRASH_SEED) || 20261130);
  const work = 2 * total; // every article is stored, then decided
  let previous = 0;
  let storing = 0;
  let deciding = 0;
  for (let k = 0; k < KILLS; k++) {
    // Kill once the work done has grown past a random point of this run's share, plus a random delay: the moment
    // falls anywhere in fetching a feed or a page, extracting, storing, or deciding and writing a story.
    // Room is left for the kills still to come, so they do not all land after the work is done.
    const target = Math.min(work - (KILLS - k), previous + Math.max(1, Math.floor(((work - previous) / (KILLS - k + 1)) * (0.5 + random()))));
    const server = serve(crashDb);
    let exited = false;
    const closed = new Promise<void>((r) => server.child.on('close', () => ((exited = true), r())));
    const started = Date.now();
    while (!exited && crash.stored() + crash.decided() < target) {
      if (Date.now() - started > CYCLE_DEADLINE_MS) {
        server.child.kill('SIGKILL');
        assert.fail(`restart ${k + 1} made no progress in ${CYCLE_DEADLINE_MS / 1000} s: ${server.output().slice(-2000)}`);
      }
      // Stories are decided in bursts of hundreds per second once a restart has started up: polled any slower, the
      // kills meant for that half overshoot it and land after the work is done.
      await sleep(crash.stored() >= total ? 1 : 10);
    }
    assert.equal(exited, false, `serve exited by itself: ${server.output().slice(-2000)}`);
    // While storing, a random delay moves the moment off the poll's grid; while deciding it would overshoot the end.
    if (crash.stored() < total) await sleep(Math.floor(random() * 60));
    server.child.kill('SIGKILL');
    await closed;

    const store = await openStore({ db: crashDb });
    // What `marsad doctor` runs (the store's checks and the search-analyzer check), in-process to keep each cycle cheap.
    const report = await runDoctor(store, { repair: false });
    const count = await store.countArticles();
    await store.close();
    const [stored, decided] = [crash.stored(), crash.decided()];
    assert.equal(report.ok, true, `after kill ${k + 1} (${count} articles): ${JSON.stringify(report.checks.filter((c) => c.found && !c.pending))}`);
    assert.ok(stored + decided >= previous, 'nothing committed before a kill is lost');
    if (stored < total) storing++;
    else if (decided < total) deciding++;
    t.diagnostic(`kill ${k + 1}: SIGKILL at ${stored} of ${total} articles stored, ${decided} decided (restart to doctor: ${((Date.now() - started) / 1000).toFixed(1)} s)`);
    previous = stored + decided;
  }
  t.diagnostic(`${storing} kills while storing, ${deciding} while deciding stories, ${KILLS - storing - deciding} after the work was done`);
  assert.ok(storing >= KILLS / 4 && deciding >= KILLS / 4, `kills land in both halves of the work (${storing} storing, ${deciding} deciding)`);

  const last = serve(crashDb);
  // The stories still pending may be decided during start-up, before the SIGTERM handler is installed.
  await last.waitFor(/web reader at/, 300_000);
  const started = Date.now();
  while (!finished(crash) && last.child.exitCode === null && Date.now() - started < 300_000) await sleep(100);
  assert.equal(await last.stop('SIGTERM'), 0, `a clean stop after the last restart: ${last.output().slice(-2000)}`);
  await referenceDone;

  const doctor = await runCli(['doctor', '--db', crashDb, '--json']);
  assert.equal(doctor.code, 0, doctor.stdout.slice(0, 2000));
  const counts = JSON.parse(doctor.stdout).counts;
  assert.equal(counts.articles, total, 'every fixture article stored exactly once');
  assert.equal(counts.storyMembers, total);

  const [crashedRows, referenceRows] = [articleRows(crashDb), articleRows(refDb)];
  assert.equal(referenceRows.length, total, 'the uninterrupted run fetched everything');
  assert.deepEqual(crashedRows, referenceRows, 'articles equal those of the uninterrupted run');
  const [crashed, uninterrupted] = await Promise.all([
    runCliJson(['stories', '--limit', '100000', '--db', crashDb]),
    runCliJson(['stories', '--limit', '100000', '--db', refDb]),
  ]);
  const [got, want] = [partition(crashed.stories), partition(uninterrupted.stories)];
  const members = (p: string[]) => p.flatMap((s) => s.split(' ')).sort();
  assert.deepEqual(members(got), members(want), 'every article is in exactly one story in both runs');
  assert.equal(members(got).length, total);
  assert.deepEqual(got, want, 'stories equal those of the uninterrupted run');
});
