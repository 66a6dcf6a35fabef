// List cards name a bounded number of reports; the story itself still lists every one.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from '../../src/http/app.ts';
import { CARD_ARTICLES } from '../../src/http/read/story-list-read.ts';
import type { NewArticle } from '../../src/store/types.ts';
import { buildFixture, depsFor, NOW, type Fixture } from './http-fixture.ts';

let fx: Fixture;
const EXTRA = 14;

function report(i: number): NewArticle {
  const at = new Date(NOW.getTime() - (200 - i) * 60_000).toISOString();
  const title = `متابعة رقم ${i} لنهائي كأس الساحل`;
  return {
    url: `https://news.example/follow-up-${i}`, canonicalUrl: `https://news.example/follow-up-${i}`, sourceId: fx.sources.ufuq, title,
    byline: null, publishedAt: at, fetchedAt: at, lang: 'ar', text: `${title}.`, html: `<p>${title}.</p>`, lead: `${title}.`, image: null,
    section: null, fingerprint: `follow${i}`.padEnd(16, '0'), titleSurface: '', titleStems: '', leadSurface: '', leadStems: '', bodySurface: '',
    bodyStems: '', entities: [], quotes: [], boilerplate: [],
  };
}

before(async () => {
  fx = await buildFixture();
  for (let i = 0; i < EXTRA; i++) {
    await fx.store.insertArticle(report(i), () => ({ storyId: fx.stories.match, score: 0.6, duplicateOf: null, merged: [], moved: [] }));
  }
});

test('a big story’s list card carries its earliest reports only, with the full size and every outlet', async () => {
  const app = createApp(depsFor(fx));
  const list = (await (await app.request('/api/v1/stories')).json()) as { items: { id: number; size: number; outlets: string[]; articles: { id: number; publishedAt: string }[] }[] };
  const card = list.items.find((s) => s.id === fx.stories.match)!;
  assert.equal(card.size, 2 + EXTRA);
  assert.equal(card.articles.length, CARD_ARTICLES);
  assert.deepEqual(card.outlets.sort(), ['إذاعة النخيل', 'صحيفة الواحة', 'وكالة الأفق للأنباء'].sort());
  const times = card.articles.map((a) => Date.parse(a.publishedAt));
  assert.deepEqual(times, [...times].sort((a, b) => a - b), 'earliest first');

  const story = (await (await app.request(`/api/v1/stories/${fx.stories.match}`)).json()) as { articles: unknown[] };
  assert.equal(story.articles.length, 2 + EXTRA, 'the story lists every report');
  const page = await (await app.request(`/stories/${fx.stories.match}`)).text();
  assert.equal((page.match(/class="coverage-item"/g) ?? []).length, 2 + EXTRA);
});
