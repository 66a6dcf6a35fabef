// Recommendations for articles the story engine no longer holds come from the search index, with the engine's rules:
// other stories only, one per story, never a copy, other outlets first, and only from the days around the article.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from '../../src/store/open-store.ts';
import { indexTerms } from '../../src/text/analyze.ts';
import { loadStoryEngine } from '../../src/pipeline/story-state.ts';
import { recommendArticle } from '../../src/pipeline/article-recommendations.ts';
import type { NewArticle, Store } from '../../src/store/types.ts';

const DAY = 86_400_000;
const LATEST = Date.parse('2026-11-20T10:00:00Z');
const at = (daysBefore: number, hours = 0) => new Date(LATEST - daysBefore * DAY + hours * 3_600_000).toISOString();

function article(sourceId: number, slug: string, title: string, text: string, publishedAt: string): NewArticle {
  const t = indexTerms(title), b = indexTerms(text);
  return {
    url: `https://news.example/${slug}`, canonicalUrl: `https://news.example/${slug}`, sourceId, title, byline: null,
    publishedAt, fetchedAt: publishedAt, lang: 'ar', text, html: `<p>${text}</p>`, lead: text, image: null, section: null,
    fingerprint: slug.padEnd(16, '0'), titleSurface: t.surface.join(' '), titleStems: t.stems.join(' '),
    leadSurface: b.surface.join(' '), leadStems: b.stems.join(' '), bodySurface: b.surface.join(' '), bodyStems: b.stems.join(' '),
    entities: [], quotes: [], boilerplate: [],
  };
}

async function put(store: Store, a: NewArticle, storyId: number, duplicateOf: number | null = null): Promise<number> {
  return (await store.insertArticle(a, () => ({ storyId, score: 0.7, duplicateOf, merged: [], moved: [] }))).articleId;
}

async function archive() {
  const store = await openStore({ db: ':memory:' });
  const [sahil, ufuq, wadi] = await Promise.all([
    store.addSource({ url: 'https://sahil.example/rss', name: 'صحيفة الساحل' }),
    store.addSource({ url: 'https://ufuq.example/rss', name: 'وكالة الأفق' }),
    store.addSource({ url: 'https://wadi.example/rss', name: 'إذاعة الوادي' }),
  ]).then((xs) => xs.map((x) => x.id));
  const fireText = 'اندلع حريق كبير في مصنع للورق بمدينة الساحل واستمرت فرق الإطفاء في عملها حتى الفجر.';
  const target = await put(store, article(sahil!, 'fire', 'حريق كبير في مصنع الورق بمدينة الساحل', fireText, at(20)), 10);
  const ids = {
    target,
    copy: await put(store, article(ufuq!, 'fire-copy', 'حريق كبير في مصنع الورق بمدينة الساحل', fireText, at(20, 1)), 10, target),
    sameStory: await put(store, article(wadi!, 'fire-follow', 'إطفاء حريق مصنع الورق بعد ساعات', 'أعلنت فرق الإطفاء السيطرة على حريق مصنع الورق.', at(20, 3)), 10),
    otherFire: await put(store, article(ufuq!, 'depot', 'حريق آخر في مستودع للأخشاب بمدينة الساحل', 'شب حريق في مستودع للأخشاب قرب الميناء دون إصابات.', at(19)), 11),
    sameOutlet: await put(store, article(sahil!, 'paper', 'مصنع الورق في الساحل يستأنف الإنتاج جزئيا', 'عاد مصنع الورق إلى العمل جزئيا بعد أسبوع من التوقف.', at(18)), 12),
    // Another wire copy carried under another story: a copy of the target is never offered.
    stray: await put(store, article(wadi!, 'fire-stray', 'حريق كبير في مصنع الورق بمدينة الساحل', fireText, at(20, 2)), 13, target),
    unrelated: await put(store, article(wadi!, 'match', 'نادي الجبل يفوز بالكأس', 'فاز نادي الجبل بالكأس بعد مباراة مثيرة.', at(19)), 14),
    // The same words two weeks later: beyond the days around the article.
    later: await put(store, article(ufuq!, 'fire-later', 'حريق جديد في مصنع الورق بمدينة الساحل', 'تجدد الحريق في مصنع الورق بالساحل.', at(5)), 15),
  };
  // Recent news, so the engine's window (rebuilt as serve does) starts long after the target.
  for (let i = 0; i < 6; i++) await put(store, article(ufuq!, `recent-${i}`, `افتتاح معرض الكتاب في دورته رقم ${i + 1}`, 'افتتح معرض الكتاب أبوابه للزوار.', at(0, -i)), 20 + i);
  return { store, ids, sources: { sahil: sahil!, ufuq: ufuq!, wadi: wadi! } };
}

test('an article older than the engine window gets similar articles from the index, by the engine rules', async () => {
  const { store, ids, sources } = await archive();
  const engine = await loadStoryEngine(store);
  assert.equal(engine.recommend(ids.target, 5).unknown, true, 'the engine no longer holds the article');

  const row = (await store.getArticle(ids.target))!;
  const rec = await recommendArticle(store, engine, row, 5);
  const picked = rec.similar.map((s) => s.articleId);
  assert.ok(picked.includes(ids.otherFire), `the other fire is similar: ${JSON.stringify(rec)}`);
  assert.ok(picked.includes(ids.sameOutlet), 'so is the factory reopening');
  for (const id of [ids.target, ids.copy, ids.sameStory, ids.stray, ids.later]) assert.ok(!picked.includes(id), `article ${id} is not offered`);
  assert.ok(!picked.includes(ids.unrelated), 'nothing shares no word');
  assert.equal(new Set(rec.similar.map((s) => s.storyId)).size, rec.similar.length, 'one per story');
  for (const s of rec.similar) assert.ok(s.score > 0 && s.score <= 1);
  assert.equal(rec.readAlso?.articleId, ids.otherFire, 'read also comes from another outlet');
  const readAlsoRow = (await store.getArticle(rec.readAlso!.articleId))!;
  assert.notEqual(readAlsoRow.sourceId, sources.sahil);
  await store.close();
});

test('an article in the engine window gets the engine recommendations unchanged', async () => {
  const { store } = await archive();
  const engine = await loadStoryEngine(store);
  const recent = (await store.getArticleByUrl('https://news.example/recent-0'))!;
  const direct = engine.recommend(recent.id, 5);
  assert.notEqual(direct.unknown, true);
  assert.deepEqual(await recommendArticle(store, engine, recent, 5), direct);
  await store.close();
});

test('without an engine every article is answered from the index', async () => {
  const { store, ids } = await archive();
  const rec = await recommendArticle(store, null, (await store.getArticle(ids.target))!, 5);
  assert.ok(rec.similar.some((s) => s.articleId === ids.otherFire));
  await store.close();
});
