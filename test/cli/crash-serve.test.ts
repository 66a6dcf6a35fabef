// Nothing is lost when `marsad serve` dies mid-poll: it polls the demo outlets (loopback fixture server), is killed with
// SIGKILL while articles are being written, and restarted on the same database and demo port. After each kill the
// database is consistent; in the end every demo article is stored exactly once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { loadDemoData } from '../../src/demo/demo-data.ts';
import { openStore } from '../../src/store/open-store.ts';
import { runCli, startCli, tempDir } from '../support/run-cli.ts';

function articleCount(path: string): number {
  let db: Database.Database | null = null;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    return (db.prepare(`SELECT count(*) AS n FROM articles`).get() as { n: number }).n;
  } catch {
    return 0;
  } finally {
    db?.close();
  }
}

/** A free loopback port, so every restart serves the demo outlets at the same origin (stored URLs stay valid). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

test('serve killed mid-poll and restarted stores every demo article once, consistently', { timeout: 600_000 }, async (t) => {
  const tmp = tempDir();
  t.after(() => tmp.cleanup());
  const db = join(tmp.path, 'serve.db');
  const total = loadDemoData().articles.length;
  const demoPort = String(await freePort());
  const args = ['serve', '--db', db, '--port', '0', '--demo-port', demoPort];
  const env = { MARSAD_DEMO: '1', MARSAD_HOST_DELAY_MS: '0' };

  let previous = 0;
  for (const share of [0.2, 0.45, 0.7]) {
    const server = startCli(args, { env });
    await server.waitFor(/web reader at/, 120_000);
    const target = Math.max(previous + 1, Math.floor(total * share));
    while (server.child.exitCode === null && articleCount(db) < target && articleCount(db) < total) await new Promise((r) => setTimeout(r, 30));
    await server.stop('SIGKILL');
    const store = await openStore({ db });
    const report = await store.doctor({ repair: false });
    const count = await store.countArticles();
    await store.close();
    assert.equal(report.ok, true, `after a kill at ${count} articles: ${JSON.stringify(report.checks.filter((c) => c.found))}`);
    assert.ok(count >= previous);
    t.diagnostic(`SIGKILL at ${count} of ${total} demo articles`);
    previous = count;
  }

  const server = startCli(args, { env });
  await server.waitFor(/web reader at/, 120_000);
  const started = Date.now();
  while (articleCount(db) < total && Date.now() - started < 240_000) await new Promise((r) => setTimeout(r, 250));
  await server.stop('SIGTERM');
  const doctor = await runCli(['doctor', '--db', db, '--json']);
  assert.equal(doctor.code, 0, doctor.stdout.slice(0, 2000));
  const report = JSON.parse(doctor.stdout);
  assert.equal(report.counts.articles, total, 'every demo article stored exactly once');
  assert.equal(report.counts.storyMembers, total);
});
