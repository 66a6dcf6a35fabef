// marsad doctor and marsad prune through the real CLI: exit codes, the JSON report, repairs, retention from config.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { runCli, runCliJson, tempDir } from '../support/run-cli.ts';
import { buildCorpus } from './crash-corpus.ts';

const FTS = 'title_surface, title_stems, lead_surface, lead_stems, body_surface, body_stems';

test('doctor exits 1 on damage, --repair fixes it; prune follows retentionDays and keeps the database consistent', async () => {
  const tmp = tempDir();
  try {
    const corpus = join(tmp.path, 'corpus.json');
    // About six weeks of news from 1 January 2026 (8 events a day), every fourth record.
    writeFileSync(corpus, JSON.stringify(buildCorpus(1200, 9, '2026-01-01T00:00:00Z').filter((_, i) => i % 4 === 0)));
    const db = join(tmp.path, 'd.db');
    const imported = await runCliJson(['import', corpus, '--db', db]);
    assert.ok(imported.new > 200);

    const raw = new Database(db);
    const victim = (raw.prepare(`SELECT id FROM articles ORDER BY id LIMIT 1 OFFSET 10`).get() as { id: number }).id;
    raw.prepare(`INSERT INTO articles_fts (articles_fts, rowid, ${FTS}) SELECT 'delete', id, ${FTS} FROM articles WHERE id = ?`).run(victim);
    raw.prepare(`UPDATE stories SET size = size + 3 WHERE id = (SELECT max(id) FROM stories)`).run();
    raw.close();

    const damaged = await runCli(['doctor', '--db', db, '--json']);
    assert.equal(damaged.code, 1, damaged.stderr);
    const report = JSON.parse(damaged.stdout);
    assert.equal(report.ok, false);
    const byName = Object.fromEntries(report.checks.map((c: { name: string }) => [c.name, c]));
    assert.deepEqual(byName['articles_fts-missing'].examples, [victim]);
    assert.equal(byName['story-counters'].found, 1);
    assert.equal(report.counts.articles, imported.new);
    assert.equal(report.counts.indexRows, imported.new - 1);

    const repaired = await runCli(['doctor', '--repair', '--db', db]);
    assert.equal(repaired.code, 0, repaired.stdout + repaired.stderr);
    assert.match(repaired.stdout, /articles_fts-missing: 1 .*repaired 1, remaining 0/);
    assert.match(repaired.stdout, /doctor: consistent/);

    const noDays = await runCli(['prune', '--db', db]);
    assert.equal(noDays.code, 2);
    assert.match(noDays.stderr, /--days/);

    // Retention counts back from today: choose the number of days that puts the cutoff at 1 February 2026.
    const config = join(tmp.path, 'marsad.config.json');
    const days = Math.ceil((Date.now() - Date.parse('2026-02-01T00:00:00Z')) / 86_400_000);
    writeFileSync(config, JSON.stringify({ retentionDays: days }));
    const pruned = await runCliJson(['prune', '--db', db, '--config', config]);
    assert.equal(pruned.days, days);
    assert.ok(pruned.articles > 0 && pruned.articles < imported.new, `pruned ${pruned.articles} of ${imported.new}`);
    const after = await runCliJson(['doctor', '--db', db]);
    assert.equal(after.ok, true, JSON.stringify(after.checks.filter((c: { found: number }) => c.found)));
    assert.equal(after.counts.articles, imported.new - pruned.articles);
    const check = new Database(db, { readonly: true });
    const oldest = (check.prepare(`SELECT min(sort_time) AS t FROM articles`).get() as { t: string }).t;
    const firstSeen = (check.prepare(`SELECT min(first_seen_at) AS t FROM stories`).get() as { t: string }).t;
    check.close();
    assert.ok(oldest >= pruned.before, `${oldest} is older than the cutoff ${pruned.before}`);
    assert.ok(firstSeen >= pruned.before, 'story spans were recomputed');
  } finally {
    tmp.cleanup();
  }
});
