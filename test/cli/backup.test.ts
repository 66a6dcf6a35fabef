// marsad backup / restore through the real CLI: a restored copy answers like the original; backups taken while another
// process imports are consistent; restore refuses what it must refuse.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, runCliJson, startCli, tempDir } from '../support/run-cli.ts';
import { openStore } from '../../src/store/open-store.ts';
import { buildCorpus } from './crash-corpus.ts';

test('backup then restore into a fresh path gives the same stories and search results', async () => {
  const tmp = tempDir();
  try {
    const corpus = join(tmp.path, 'corpus.json');
    writeFileSync(corpus, JSON.stringify(buildCorpus(120, 3)));
    const a = join(tmp.path, 'a.db');
    const imported = await runCliJson(['import', corpus, '--db', a]);
    assert.ok(imported.new > 50);
    const backup = await runCliJson(['backup', join(tmp.path, 'saved', 'b.db'), '--db', a]);
    assert.equal(backup.articles, imported.new);

    const c = join(tmp.path, 'restored', 'c.db');
    const restored = await runCliJson(['restore', backup.path, '--db', c]);
    assert.equal(restored.articles, imported.new);
    for (const args of [['stories', '--limit', '1000'], ['search', 'الرياض OR مستشفى', '--limit', '50']]) {
      const original = await runCliJson([...args, '--db', a]);
      const copy = await runCliJson([...args, '--db', c]);
      assert.deepEqual(copy, original, args.join(' '));
    }
    const stories = await runCliJson(['stories', '--limit', '1000', '--db', c]);
    assert.ok(stories.stories.length > 10);

    // A database with content is not overwritten by accident; --force replaces it.
    const refused = await runCli(['restore', backup.path, '--db', c]);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /not empty.*--force/);
    const forced = await runCli(['restore', backup.path, '--db', c, '--force']);
    assert.equal(forced.code, 0, forced.stderr);

    // A damaged backup is refused before the target is touched.
    const junk = join(tmp.path, 'junk.db');
    const bytes = readFileSync(backup.path);
    writeFileSync(junk, bytes.subarray(0, Math.floor(bytes.length / 3)));
    const sizeBefore = statSync(c).size;
    const bad = await runCli(['restore', junk, '--db', c, '--force']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /integrity|not a|malformed|cannot open/i);
    assert.equal(statSync(c).size, sizeBefore);
    const notDb = join(tmp.path, 'notes.txt');
    writeFileSync(notDb, 'هذا ليس ملف قاعدة بيانات');
    const bad2 = await runCli(['restore', notDb, '--db', join(tmp.path, 'fresh.db')]);
    assert.equal(bad2.code, 2);
    assert.equal(existsSync(join(tmp.path, 'fresh.db')), false);
  } finally {
    tmp.cleanup();
  }
});

test('backups taken while another process imports are consistent snapshots', async (t) => {
  const tmp = tempDir();
  try {
    const corpus = join(tmp.path, 'corpus.json');
    writeFileSync(corpus, JSON.stringify(buildCorpus(500, 5)));
    const db = join(tmp.path, 'live.db');
    // Create the schema first so the backups never race the importer's migration.
    await (await openStore({ db })).close();
    const importer = startCli(['import', corpus, '--db', db, '--json']);
    const done = new Promise<void>((r) => importer.child.on('close', () => r()));
    const live = await openStore({ db });
    const counts: number[] = [];
    let whileWriting = 0;
    try {
      // Back up repeatedly from this process while the importer (another connection) writes.
      while (importer.child.exitCode === null) {
        await new Promise((r) => setTimeout(r, 150));
        if ((await live.countArticles()) === 0) continue;
        const writing = importer.child.exitCode === null;
        const b = await live.backup(join(tmp.path, `b${counts.length}.db`));
        const copy = await openStore({ db: b.path });
        const report = await copy.doctor({ repair: false });
        await copy.close();
        assert.equal(report.ok, true, `backup with ${b.articles} articles: ${JSON.stringify(report.checks.filter((c) => c.found))}`);
        assert.equal(report.counts.articles, b.articles);
        counts.push(b.articles);
        if (writing) whileWriting++;
        if (counts.length >= 6) break;
      }
    } finally {
      await live.close();
    }
    await done;
    assert.equal(importer.child.exitCode, 0, importer.output().slice(-1000));
    assert.ok(whileWriting >= 1, `no backup was taken while the import was still writing (${counts.join(', ')})`);
    const final = await runCliJson(['doctor', '--db', db]);
    assert.equal(final.ok, true);
    for (const n of counts) assert.ok(n > 0 && n <= final.counts.articles);
    t.diagnostic(`${whileWriting} backups taken while the import was writing; articles ${counts.join(', ')} of ${final.counts.articles}`);
  } finally {
    tmp.cleanup();
  }
});
