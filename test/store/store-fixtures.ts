// Small builders for store tests: fictional outlets and articles written for these tests.
import type { StoryDecision } from '../../src/stories/types.ts';
import type { NewArticle } from '../../src/store/types.ts';

let counter = 0;

export function makeArticle(sourceId: number, overrides: Partial<NewArticle> = {}): NewArticle {
  counter++;
  const slug = overrides.canonicalUrl ?? `https://example.test/news/${counter}`;
  return {
    url: overrides.url ?? slug,
    canonicalUrl: slug,
    sourceId,
    title: `خبر تجريبي رقم ${counter}`,
    byline: null,
    publishedAt: '2026-03-01T10:00:00.000Z',
    fetchedAt: '2026-03-01T10:05:00.000Z',
    lang: 'ar',
    text: 'افتتحت بلدية مدينة النخيل الخيالية حديقة جديدة للأطفال.',
    html: '<p>افتتحت بلدية مدينة النخيل الخيالية حديقة جديدة للأطفال.</p>',
    lead: 'افتتحت بلدية مدينة النخيل الخيالية حديقة جديدة.',
    image: null,
    section: null,
    fingerprint: `fp${counter}`,
    titleSurface: 'خبر تجريبي',
    titleStems: 'خبر تجريب',
    bodySurface: 'افتتحت بلديه مدينه النخيل الخياليه حديقه جديده للاطفال',
    bodyStems: 'افتتح بلدي مدين نخيل خيالي حديق جديد اطفال',
    entities: [],
    quotes: [],
    boilerplate: [],
    ...overrides,
  };
}

export function newStory(storyId: number, extra: Partial<StoryDecision> = {}): () => StoryDecision {
  return () => ({ storyId, score: 1, duplicateOf: null, merged: [], moved: [], ...extra });
}

export function joinStory(storyId: number, score: number, extra: Partial<StoryDecision> = {}): () => StoryDecision {
  return () => ({ storyId, score, duplicateOf: null, merged: [], moved: [], ...extra });
}
