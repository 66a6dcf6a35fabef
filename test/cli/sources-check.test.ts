// `marsad sources import --preset arabic` and `marsad sources check`, through the real entry point.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { runCli, runCliJson, ROOT, tempDir } from '../support/run-cli.ts';
import { startFixtureServer, type FixtureServer } from '../../src/demo/fixture-server.ts';
import { startBrokenServer, type BrokenServer, GOOD_NEWEST_PATH } from '../jobs/check-sources-fixtures.ts';

const REGIONS = ['عربية عامة', 'دولية بالعربية', 'الخليج', 'المشرق', 'مصر', 'المغرب العربي', 'العراق واليمن والسودان'];

let dir: { path: string; cleanup(): void };
let demo: FixtureServer;
let broken: BrokenServer;
let env: Record<string, string>;

before(async () => {
  dir = tempDir('marsad-sources-check-');
  demo = await startFixtureServer({ port: 0 });
  broken = await startBrokenServer();
  env = { MARSAD_ALLOW_HOSTS: `${new URL(demo.origin).host},${broken.host}`, MARSAD_HOST_DELAY_MS: '0' };
  // A short deadline so the never-answering source costs one second, not the default twenty.
  writeFileSync(join(dir.path, 'check.config.json'), JSON.stringify({ timeoutMs: 1000 }));
});

after(async () => {
  await demo?.close();
  await broken?.close();
  dir?.cleanup();
});

/** Every row of every table, so "nothing was stored" is checked on the data rather than on file bytes. */
function dumpDb(file: string): Record<string, string[]> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[];
    const out: Record<string, string[]> = {};
    for (const { name } of tables) {
      const rows = db.prepare(`SELECT * FROM "${name.replace(/"/g, '""')}"`).all();
      out[name] = rows.map((r) => JSON.stringify(r, (_k, v) => (Buffer.isBuffer(v) ? v.toString('base64') : typeof v === 'bigint' ? String(v) : v))).sort();
    }
    return out;
  } finally {
    db.close();
  }
}

test('the bundled OPML documents every feed and imports from any working directory', async () => {
  const opml = readFileSync(join(ROOT, 'sources/arabic-outlets.opml'), 'utf8');
  const feeds = opml.match(/<outline [^>]*xmlUrl="[^"]+"[^>]*>/g) ?? [];
  assert.ok(feeds.length >= 40, `${feeds.length} feed outlines`);
  for (const o of feeds) {
    assert.match(o, /marsadSource="https:\/\/[^"]+"/, o);
    assert.match(o, /marsadVerified="false"/, o);
  }

  const db = join(dir.path, 'preset.db');
  // Run from a directory without the file: the preset must resolve against the package, not the working directory.
  const imported = await runCliJson(['sources', 'import', '--preset', 'arabic', '--db', db], { cwd: dir.path, env });
  assert.ok(imported.added >= 40, `added ${imported.added}`);
  assert.deepEqual(imported.skipped, []);

  const { sources } = await runCliJson(['sources', 'list', '--db', db], { env });
  assert.equal(sources.length, imported.added);
  const categories = new Set<string>(sources.map((s: { category: string }) => s.category));
  for (const c of categories) assert.ok(REGIONS.includes(c), `unexpected category ${c}`);
  assert.ok(categories.size >= 6, `only ${[...categories].join(', ')}`);
  for (const s of sources) {
    assert.equal(s.kind, 'feed');
    assert.match(s.url, /^https?:\/\//);
    assert.ok(s.name && !s.name.startsWith('http'), `outlet name for ${s.url}`);
  }
  assert.ok(sources.some((s: { url: string; category: string }) => s.url === 'https://feeds.bbci.co.uk/arabic/rss.xml' && s.category === 'دولية بالعربية'));
});

test('sources import refuses an unknown preset', async () => {
  const db = join(dir.path, 'usage.db');
  const unknown = await runCli(['sources', 'import', '--preset', 'klingon', '--db', db], { env });
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /no preset named "klingon"; known: arabic/);
});

test('sources check reports working and broken sources and stores nothing', async () => {
  const db = join(dir.path, 'check.db');
  const config = join(dir.path, 'check.config.json');
  const list = [
    ...demo.feeds.slice(0, 3).map((f) => ({ url: f.url, title: f.name })),
    ...Object.entries(broken.feeds)
      .filter(([k]) => k !== 'undated')
      .map(([k, url]) => ({ url, title: `broken ${k}` })),
  ];
  const opml = `<?xml version="1.0" encoding="UTF-8"?><opml version="2.0"><head><title>t</title></head><body><outline text="اختبار">${list
    .map((f) => `<outline type="rss" text="${f.title}" xmlUrl="${f.url}"/>`)
    .join('')}</outline></body></opml>`;
  writeFileSync(join(dir.path, 'check.opml'), opml);
  const imported = await runCliJson(['sources', 'import', join(dir.path, 'check.opml'), '--db', db], { env });
  assert.equal(imported.added, list.length);

  const beforeCheck = dumpDb(db);
  const { sources } = await runCliJson(['sources', 'check', '--db', db, '--config', config], { env });
  assert.deepEqual(dumpDb(db), beforeCheck, 'checking must not write to the database');

  assert.equal(sources.length, list.length);
  const byUrl = new Map<string, any>(sources.map((s: any) => [s.url, s]));
  for (const f of demo.feeds.slice(0, 3)) {
    const s = byUrl.get(f.url);
    assert.equal(s.ok, true, `${f.url}: ${s.problems.join('; ')}`);
    assert.equal(typeof s.id, 'number');
    assert.equal(s.httpStatus, 200);
    assert.equal(s.feedFormat, f.format);
    assert.ok(s.items > 0);
    assert.ok(s.newestItem.url.startsWith(demo.origin));
    assert.equal(s.article.quality, 'good');
    assert.equal(s.article.lang, 'ar');
    assert.ok(s.article.words > 0 && s.article.paragraphs > 0 && s.article.title);
    assert.deepEqual(s.problems, []);
  }
  const b = (k: keyof BrokenServer['feeds']) => byUrl.get(broken.feeds[k]);
  assert.equal(b('good').ok, true);
  assert.equal(b('good').article.url, broken.origin + GOOD_NEWEST_PATH);

  assert.equal(b('missing').ok, false);
  assert.equal(b('missing').httpStatus, 404);
  assert.equal(b('missing').article, null);

  assert.equal(b('htmlFeed').ok, false);
  assert.match(b('htmlFeed').problems[0], /does not parse: .*HTML page/);

  assert.equal(b('malformed').ok, false);
  assert.equal(b('malformed').feedFormat, null);
  assert.match(b('malformed').problems[0], /^feed: does not parse/);

  assert.equal(b('articles500').ok, false);
  assert.equal(b('articles500').feedFormat, 'rss');
  assert.equal(b('articles500').article.httpStatus, 500);
  assert.equal(b('articles500').article.quality, 'failed');

  assert.equal(b('emptyArticles').ok, false);
  assert.equal(b('emptyArticles').article.httpStatus, 200);
  assert.equal(b('emptyArticles').article.quality, 'failed');

  assert.equal(b('thinArticles').ok, true);
  assert.equal(b('thinArticles').article.quality, 'thin');

  assert.equal(b('timeout').ok, false);
  assert.equal(b('timeout').httpStatus, null);
  assert.match(b('timeout').problems[0], /^feed: timed out/);

  assert.equal(b('redirectPrivate').ok, false);
  assert.match(b('redirectPrivate').problems[0], /SSRF guard.*10\.0\.0\.1/);

});

test('sources check takes one source by id (human output) or any URL, subscribed or not', async () => {
  // The database of the previous test: every source there is subscribed, the undated feed is not.
  const db = join(dir.path, 'check.db');
  const { sources } = await runCliJson(['sources', 'list', '--db', db], { env });
  const target = sources.find((s: { url: string }) => s.url === broken.feeds.articles500);
  assert.ok(target);
  const beforeCheck = dumpDb(db);

  const human = await runCli(['sources', 'check', String(target.id), '--db', db], { env });
  assert.equal(human.code, 0, human.stderr);
  const heads = human.stdout.split('\n').filter((l) => /^(OK  |FAIL) /.test(l));
  assert.deepEqual(heads, [`FAIL ${broken.feeds.articles500} (source ${target.id}, broken articles500)`]);
  assert.match(human.stdout, /\n {5}feed: HTTP 200, rss, 1 item;/);
  assert.match(human.stdout, /\n {5}article: HTTP 500, failed </);
  assert.match(human.stdout, /\n {5}- article page: the server answered HTTP 500\n/);
  assert.match(human.stdout, /checked 1 source: 0 working, 1 not\n$/);

  const byUrl = await runCliJson(['sources', 'check', broken.feeds.undated, '--db', db], { env });
  assert.equal(byUrl.sources.length, 1);
  assert.equal(byUrl.sources[0].id, null, 'not subscribed');
  assert.equal(byUrl.sources[0].ok, true);
  assert.equal(byUrl.sources[0].newestItem.published, null);
  assert.deepEqual(dumpDb(db), beforeCheck, 'checking an unsubscribed URL does not subscribe it');

  const missing = await runCli(['sources', 'check', '99999', '--db', db], { env });
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /no such source: 99999/);
});
