// Every command through the real entry point (bin/marsad.js), on real files and a real SQLite database.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { runCli, runCliJson, tempDir } from '../support/run-cli.ts';
import { startFixtureServer } from '../../src/demo/fixture-server.ts';

const FIX = new URL('../fixtures/cli/', import.meta.url).pathname;
const records = JSON.parse(readFileSync(join(FIX, 'articles.json'), 'utf8')) as { url: string; title: string }[];

test('--help lists every command', async () => {
  const r = await runCli(['--help']);
  assert.equal(r.code, 0);
  for (const c of ['serve', 'sources', 'poll', 'import', 'extract', 'stories', 'search', 'analyze', 'similar']) assert.match(r.stdout, new RegExp(`\\b${c}\\b`));
});

test('config show masks secrets and honours precedence (flag over env)', async () => {
  const cfg = await runCliJson(['config', 'show', '--db', '/tmp/flag.db'], { env: { MARSAD_DB: '/tmp/env.db', MARSAD_ADMIN_TOKEN: 'very-secret' } });
  assert.equal(cfg.db, '/tmp/flag.db');
  assert.equal(cfg.adminToken, '***');
  assert.ok(!JSON.stringify(cfg).includes('very-secret'));
});

test('analyze finds the shared stem of clitic forms and the entities', async () => {
  const out = await runCliJson(['analyze', 'قال الرئيسُ الروسي إن والرئيس وبالرئيس في موسكو']);
  const stems = out.tokens.filter((t: { norm: string }) => /رءيس/.test(t.norm)).map((t: { stem: string }) => t.stem);
  assert.equal(stems.length, 3);
  assert.equal(new Set(stems).size, 1, `one stem for three forms: ${stems}`);
  assert.ok(out.entities.some((e: { kind: string; id: string }) => e.kind === 'place' && /moscow|russia/.test(e.id)));
});

test('extract separates the article from its read-also insert and related list', async () => {
  const out = await runCliJson(['extract', join(FIX, 'page.html')]);
  assert.match(out.title, /مهرجان الخط العربي/);
  assert.match(out.text, /ورش عمل يومية/);
  assert.doesNotMatch(out.text, /ترميم مخطوطات نادرة/);
  assert.doesNotMatch(out.text, /جميع الحقوق محفوظة/);
  assert.equal(out.lang, 'ar');
  assert.match(out.published ?? '', /^2025-04-02/);
  assert.ok(out.boilerplate.some((b: { kind: string }) => b.kind === 'read-also'));
});

test('extract of a scraped text page labels source line, read-also insert and similar list', async () => {
  const out = await runCliJson(['extract', join(FIX, 'scraped-page.txt')]);
  assert.match(out.text, /عشرة آلاف شجرة/);
  assert.doesNotMatch(out.text, /سوق الكتب المستعملة/);
  const kinds = out.boilerplate.map((b: { kind: string }) => b.kind);
  for (const k of ['source-line', 'read-also', 'related']) assert.ok(kinds.includes(k), `has ${k}: ${kinds}`);
  const related = out.boilerplate.find((b: { kind: string }) => b.kind === 'related');
  assert.equal(related.items.length, 3);
});

test('import: the same outlet\'s same text under a second URL is stored once, and the stories JSON lists that URL with it', async (t) => {
  const dir = tempDir();
  t.after(() => dir.cleanup());
  const db = join(dir.path, 'm.db');
  const all = JSON.parse(readFileSync(join(FIX, 'articles.json'), 'utf8')) as { url: string }[];
  // A site scraped twice: the first record again at another address of the same site.
  const moved = all[0]!.url.replace(/\/?$/, '') + '-again';
  writeFileSync(join(dir.path, 'twice.json'), JSON.stringify([all[0], { ...all[0], url: moved }]));
  const out = await runCliJson(['import', '--db', db, join(dir.path, 'twice.json')]);
  assert.equal(out.new, 1);
  assert.equal(out.duplicate, 1);
  const stories = await runCliJson(['stories', '--db', db]);
  const articles = (stories.stories as { articles: { url: string; alsoAt?: { url: string }[] }[] }[]).flatMap((s) => s.articles);
  assert.equal(articles.length, 1);
  assert.equal(articles[0]!.url, all[0]!.url);
  assert.deepEqual(articles[0]!.alsoAt, [{ url: moved }]);
  // Importing it again adds nothing.
  await runCliJson(['import', '--db', db, join(dir.path, 'twice.json')]);
  assert.deepEqual((await runCliJson(['stories', '--db', db])).stories[0].articles[0].alsoAt, [{ url: moved }]);
});

test('import: two cartoons of one outlet, one headline and no text, are two articles and two stories', async (t) => {
  const dir = tempDir();
  t.after(() => dir.cleanup());
  const db = join(dir.path, 'm.db');
  // A page of cartoons: each record carries only the word for its headline; nothing in the text tells them apart.
  const cartoon = (n: number) => ({ source: 'sahil', url: `https://sahil.example/node/${n}/cartoon`, date_extracted: '2025-03-10 09:15:00', title: 'كاريكاتير', author: '', content: ' ' });
  writeFileSync(join(dir.path, 'cartoons.json'), JSON.stringify([cartoon(501), cartoon(502)]));
  const out = await runCliJson(['import', '--db', db, join(dir.path, 'cartoons.json')]);
  assert.equal(out.new, 2);
  assert.equal(out.duplicate, 0);
  const stories = (await runCliJson(['stories', '--db', db])).stories as { articles: { url: string }[] }[];
  assert.equal(stories.length, 2, 'each cartoon its own story');
  // The same cartoon at its own address again is still one article.
  assert.equal((await runCliJson(['import', '--db', db, join(dir.path, 'cartoons.json')])).duplicate, 2);
});

test('import: records, pages, scraped text, zip archives; duplicates and bad files reported; then stories, search, similar, rebuild', async (t) => {
  const dir = tempDir();
  t.after(() => dir.cleanup());
  const db = join(dir.path, 'm.db');
  // The same records again inside a zip (duplicates), a JSONL copy, and a broken file.
  const zip = zipSync({ 'day/articles.json': readFileSync(join(FIX, 'articles.json')), 'day/page.html': readFileSync(join(FIX, 'page.html')) });
  writeFileSync(join(dir.path, 'archive.zip'), zip);
  writeFileSync(join(dir.path, 'lines.jsonl'), JSON.parse(readFileSync(join(FIX, 'articles.json'), 'utf8')).map((o: unknown) => JSON.stringify(o)).join('\n') + '\n{broken\n');
  writeFileSync(join(dir.path, 'notes.pdf'), strToU8('%PDF-1.4'));
  copyFileSync(join(FIX, 'scraped-page.txt'), join(dir.path, 'scraped.txt'));

  const first = await runCliJson(['import', '--db', db, join(FIX, 'articles.json'), join(FIX, 'page.html')]);
  assert.equal(first.new, 4);
  assert.equal(first.rejected, 0);
  const second = await runCliJson(['import', '--db', db, join(dir.path, 'archive.zip'), join(dir.path, 'lines.jsonl'), join(dir.path, 'notes.pdf'), join(dir.path, 'scraped.txt')]);
  assert.equal(second.read, 4 + 3 + 1 + 1 + 1);
  assert.equal(second.new, 1, 'only the scraped page is new');
  assert.equal(second.duplicate, 7);
  assert.equal(second.rejected, 2, 'broken JSON line and unsupported file');
  assert.ok(Object.keys(second.reasons).some((r) => /JSON/.test(r)));

  // Human summary line.
  const again = await runCli(['import', '--db', db, join(FIX, 'articles.json')]);
  assert.equal(again.code, 0);
  assert.match(again.stdout.trim().split('\n').pop()!, /read 3, new 0, duplicate 3, rejected 0/);

  const stories = await runCliJson(['stories', '--db', db]);
  const all = stories.stories as { id: number; articles: { url: string }[] }[];
  assert.equal(all.reduce((n, s) => n + s.articles.length, 0), 5);
  const storyOf = (url: string) => all.find((s) => s.articles.some((a) => a.url === url))!.id;
  assert.notEqual(storyOf(records[0]!.url), storyOf(records[2]!.url), 'the cup final is not the plant opening');
  const multi = await runCliJson(['stories', '--db', db, '--min-articles', '2']);
  assert.equal(multi.stories.length, all.filter((s) => s.articles.length >= 2).length);
  assert.ok(multi.stories.every((s: { articles: unknown[] }) => s.articles.length >= 2));

  // Search finds الهيءة-forms through clitics and spelling variants, and carries URLs.
  // Results are grouped by story: the plant opening comes back once, through either outlet's report.
  const found = await runCliJson(['search', '--db', db, 'محطه التحليه']);
  assert.ok([records[0]!, records[1]!].some((r) => JSON.stringify(found.hits).includes(r.url)), JSON.stringify(found.hits));
  assert.ok(!JSON.stringify(found).includes(records[2]!.url));
  const bad = await runCli(['search', '--db', db, '"unclosed']);
  assert.notEqual(bad.code, 0);
  assert.doesNotMatch(bad.stderr, /at .*\.ts:\d+/, 'a malformed query gets a message, not a stack');
  assert.match(bad.stderr, /علامة التنصيص التي تبدأ عند الحرف 1 لم تُغلق.*\[unclosed_quote\]/, 'the Arabic advice with its code');

  const sim = await runCliJson(['similar', '--db', db, records[2]!.url]);
  assert.equal(sim.article.url, records[2]!.url);
  for (const s of sim.similar) assert.notEqual(s.storyId, sim.article.storyId, 'similar articles come from other stories');
  // The other outlet's report of the plant opening is either in the same story or the first similar article.
  const same = await runCliJson(['similar', '--db', db, records[0]!.url]);
  assert.ok(same.sameStory.some((a: { url: string }) => a.url === records[1]!.url) || same.similar[0]?.url === records[1]!.url, JSON.stringify(same));

  const rebuilt = await runCliJson(['stories', 'rebuild', '--db', db]);
  assert.equal(rebuilt.articles, 5);
  // Regrouping the same articles in the same order gives the same partition.
  const after = await runCliJson(['stories', '--db', db]);
  const partition = (list: { articles: { url: string }[] }[]) => list.map((s) => s.articles.map((a) => a.url).sort().join(' ')).sort();
  assert.deepEqual(partition(after.stories), partition(all));
});

test('sources: add, list, import OPML with categories, export, remove', async (t) => {
  const dir = tempDir();
  t.after(() => dir.cleanup());
  const db = join(dir.path, 'm.db');
  const added = await runCliJson(['sources', 'add', '--db', db, 'https://news.example/feed.xml', '--name', 'أخبار المثال']);
  assert.equal(added.name, 'أخبار المثال');
  const dup = await runCli(['sources', 'add', '--db', db, 'https://news.example/feed.xml']);
  assert.equal(dup.code, 2);
  assert.match(dup.stderr, /already subscribed/);
  const badUrl = await runCli(['sources', 'add', '--db', db, 'file:///etc/passwd']);
  assert.equal(badUrl.code, 2);
  const imported = await runCliJson(['sources', 'import', '--db', db, join(FIX, 'sources.opml')]);
  assert.equal(imported.added, 3);
  const list = await runCliJson(['sources', 'list', '--db', db]);
  assert.equal(list.sources.length, 4);
  const manara = list.sources.find((s: { url: string }) => s.url === 'https://manara.example/rss');
  assert.equal(manara.category, 'الخليج');
  const exported = await runCli(['sources', 'export', '--db', db]);
  assert.equal(exported.code, 0);
  assert.match(exported.stdout, /<opml/);
  assert.match(exported.stdout, /xmlUrl="https:\/\/atlas\.example\/atom\.xml"/);
  assert.match(exported.stdout, /المغرب العربي/);
  const removed = await runCli(['sources', 'remove', '--db', db, String(added.id)]);
  assert.equal(removed.code, 0);
  const missing = await runCli(['sources', 'remove', '--db', db, '9999']);
  assert.equal(missing.code, 2);
  assert.equal((await runCliJson(['sources', 'list', '--db', db])).sources.length, 3);
});

test('poll: fetches every source once over HTTP, reports new, unchanged and failed', { timeout: 120_000 }, async (t) => {
  const dir = tempDir();
  t.after(() => dir.cleanup());
  const fixture = await startFixtureServer({ port: 0, host: '127.0.0.1' });
  t.after(() => fixture.close());
  const db = join(dir.path, 'm.db');
  const env = { MARSAD_ALLOW_HOSTS: new URL(fixture.origin).host, MARSAD_HOST_DELAY_MS: '0' };
  for (const f of fixture.feeds.slice(0, 2)) await runCliJson(['sources', 'add', '--db', db, f.url], { env });
  await runCliJson(['sources', 'add', '--db', db, `${fixture.origin}/no-such-feed.xml`], { env });
  const first = await runCliJson(['poll', '--db', db], { env });
  assert.equal(first.sources.length, 3);
  const [a, b, broken] = first.sources;
  assert.equal(a.status, 'ok');
  assert.ok(a.new > 0);
  assert.equal(b.status, 'ok');
  assert.equal(broken.status, 'failed');
  assert.match(broken.error, /404/);
  const second = await runCliJson(['poll', '--db', db], { env });
  assert.equal(second.sources[0].status, 'unchanged', 'a 304 costs nothing');
  assert.equal(second.sources[0].new, 0);
  const list = await runCliJson(['sources', 'list', '--db', db]);
  const health = list.sources.find((s: { url: string }) => s.url.endsWith('no-such-feed.xml')).health;
  assert.equal(health.consecutiveFailures, 2);
  assert.match(health.lastError, /404/);
  // Without the allowlist, loopback is refused by the SSRF guard before any connection.
  const refused = await runCliJson(['poll', '--db', db], { env: { MARSAD_HOST_DELAY_MS: '0' } });
  assert.ok(refused.sources.every((s: { status: string; error: string | null }) => s.status === 'failed' && /ssrf/i.test(s.error ?? '')), JSON.stringify(refused.sources));
});
