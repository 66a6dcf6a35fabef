// The search benchmark's bulk-written synthetic corpus must hold exactly the rows the store would: checked here on a
// few fictional articles (no ../shared needed) with the store's own consistency checks, the analyzer, and search.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { buildRealCorpus, type Rec } from '../../bench/search-corpus.ts';
import { buildSynthetic } from '../../bench/search-synthetic.ts';
import { FAMILIES } from '../../bench/search-queries.ts';
import { search } from '../../src/search/search.ts';
import { openStore } from '../../src/store/open-store.ts';
import type { Store } from '../../src/store/types.ts';
import { indexTerms } from '../../src/text/analyze.ts';

const PARAGRAPHS = [
  'أعلنت وزارة المياه في مدينة الواحة الخيالية خطة جديدة لتحلية مياه البحر. وقال المسؤول إن العمل يبدأ الشهر المقبل.',
  'وأضاف أن المشروع يشمل ثلاث محطات على الساحل. وتأمل الحكومة أن تنخفض الأسعار بعد عام.',
  'وفي سياق آخر زار الرئيس السوق القديم والتقى التجار. وطالب التجار بتخفيض الرسوم على المحلات الصغيرة.',
  'ويرى خبراء الاقتصاد أن القرار سيخفف الضغط على الأسر. لكن آخرين حذروا من ارتفاع الديون.',
  'واختتمت الجولة بزيارة الجامعة حيث افتتح الأمير مختبراً للطاقة الشمسية. وحضر الافتتاح طلاب من مدن عدة.',
];

function records(): Rec[] {
  const out: Rec[] = [];
  for (let i = 0; i < 9; i++) {
    const body = [0, 1, 2, 3, 4].map((k) => PARAGRAPHS[(i + k) % PARAGRAPHS.length]).join('\n\n');
    out.push({
      source: ['waha', 'rimal', 'najm'][i % 3]!,
      url: `https://${['waha', 'rimal', 'najm'][i % 3]}.example/news/${100 + i}`,
      date_extracted: `2015-07-2${1 + (i % 5)} 0${i}:15:00`,
      title: ['خطة لتحلية المياه في الواحة', 'الرئيس يزور السوق القديم', 'مختبر للطاقة الشمسية في الجامعة'][i % 3]!,
      author: null,
      content: body,
    });
  }
  return out;
}

let dir: string;
let store: Store;
let base: Database.Database;
const TARGET = 40;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'marsad-synthetic-test-'));
  mkdirSync(join(dir, 'real'));
  mkdirSync(join(dir, 'synthetic'));
  await buildRealCorpus(records(), join(dir, 'real'), true);
  const info = await buildSynthetic(join(dir, 'real'), join(dir, 'synthetic'), TARGET, 'test', () => {});
  assert.equal(info.articles, TARGET);
  store = await openStore({ db: join(dir, 'synthetic', 'marsad.db') });
  base = new Database(join(dir, 'synthetic', 'baseline.db'), { readonly: true });
});

after(async () => {
  await store?.close();
  base?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('the bulk-written corpus passes every consistency check of the store', async () => {
  const report = await store.doctor({ repair: false });
  assert.deepEqual(report.checks.filter((c) => c.found > 0).map((c) => `${c.name}: ${c.examples.join(', ')}`), []);
  assert.equal(report.counts.articles, TARGET);
  assert.equal(report.counts.indexRows, TARGET);
  assert.equal(report.counts.storyMembers, TARGET);
});

test('replayed articles carry the analyzer terms of their own (perturbed) text, new URLs and shifted dates', () => {
  const raw = (store as unknown as { raw: Database.Database }).raw;
  const rows = raw.prepare(`SELECT id, url, canonical_url, title, text, lead, sort_time, title_surface, title_stems, lead_surface, body_surface, body_stems FROM articles ORDER BY id`).all() as {
    id: number; url: string; canonical_url: string; title: string; text: string; lead: string; sort_time: string; title_surface: string;
    title_stems: string; lead_surface: string; body_surface: string; body_stems: string;
  }[];
  const replays = rows.filter((r) => /\/r\d+\//.test(r.url));
  assert.equal(replays.length, TARGET - 9);
  let changed = 0;
  for (const r of replays) {
    const body = indexTerms(r.text);
    assert.equal(r.body_surface, body.surface.join(' '), `body terms of ${r.url}`);
    assert.equal(r.body_stems, body.stems.join(' '));
    const title = indexTerms(r.title);
    assert.equal(r.title_surface, title.surface.join(' '));
    assert.equal(r.title_stems, title.stems.join(' '));
    assert.ok(r.text.startsWith(r.lead), 'the lead paragraph is kept');
    assert.equal(r.lead_surface, indexTerms(r.lead).surface.join(' '));
    assert.equal(r.url, r.canonical_url);
    const original = rows.find((o) => o.url === r.url.replace(/\/r\d+\//, '/'))!;
    if (original.text !== r.text) changed++;
    const days = (Date.parse(r.sort_time) - Date.parse(original.sort_time)) / 86_400_000;
    const replay = Number(/\/r(\d+)\//.exec(r.url)![1]);
    assert.ok(Math.abs(days - 28 * replay) <= 0.25, `${r.url} shifted ${days} days`);
  }
  assert.ok(changed >= replays.length * 0.9, `only ${changed} of ${replays.length} replays have a perturbed text`);
});

test('the baseline holds the same articles under the same ids, with their variant families', () => {
  const raw = (store as unknown as { raw: Database.Database }).raw;
  const ids = (raw.prepare(`SELECT id FROM articles ORDER BY id`).pluck().all() as number[]);
  assert.deepEqual(base.prepare(`SELECT rowid FROM raw_fts ORDER BY rowid`).pluck().all(), ids);
  // Family 0 is رئيس and its clitic forms, whatever the replay did to the words (diacritics are ignored).
  const forms = new Set(FAMILIES[0]);
  const texts = raw.prepare(`SELECT id, title || ' ' || text AS t FROM articles ORDER BY id`).all() as { id: number; t: string }[];
  const withPresident = texts.filter((a) => a.t.split(/[^\p{L}\p{M}]+/u).some((w) => forms.has(w.replace(/[\u064b-\u065f]/g, '')))).map((a) => a.id);
  assert.ok(withPresident.length > 20);
  assert.deepEqual(base.prepare(`SELECT article_id FROM relevant WHERE family = 0 ORDER BY article_id`).pluck().all(), withPresident);
});

test('search finds replayed copies and groups each replay of a story apart', async () => {
  const r = await search(store, 'تحلية', { limit: 50, groupByStory: false });
  assert.equal(r.error, null);
  const replayHits = r.hits.filter((h) => /\/r\d+\//.test(h.url));
  assert.ok(replayHits.length > 0);
  const grouped = await search(store, 'تحلية', { limit: 50 });
  const stories = new Set(grouped.hits.map((h) => h.storyId));
  assert.equal(stories.size, grouped.hits.length, 'one hit per story');
  assert.ok(grouped.hits.length > 1, 'replays are stories of their own');
});
