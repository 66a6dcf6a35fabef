// A small real SQLite store with invented Arabic news (fictional outlets), stories decided by hand.
import { openStore } from '../../src/store/open-store.ts';
import { indexTerms } from '../../src/text/analyze.ts';
import type { NewArticle, Store } from '../../src/store/types.ts';
import type { StoryDecision } from '../../src/stories/types.ts';
import type { HttpDeps } from '../../src/http/deps.ts';
import type { StoryEngine } from '../../src/stories/types.ts';

export const NOW = new Date('2026-11-29T12:00:00Z');

function minutesAgo(n: number): string {
  return new Date(NOW.getTime() - n * 60_000).toISOString();
}

function article(sourceId: number, slug: string, title: string, text: string, publishedAt: string, extra: Partial<NewArticle> = {}): NewArticle {
  const paragraphs = text.split(/\n\s*\n/);
  const t = indexTerms(title);
  const l = indexTerms(paragraphs[0] ?? '');
  const b = indexTerms(text);
  return {
    url: `https://news.example/${slug}`,
    canonicalUrl: `https://news.example/${slug}`,
    sourceId,
    title,
    byline: null,
    publishedAt,
    fetchedAt: publishedAt,
    lang: 'ar',
    text,
    html: paragraphs.map((p) => `<p>${p}</p>`).join(''),
    lead: paragraphs[0] ?? '',
    image: null,
    section: null,
    fingerprint: slug.padEnd(16, '0'),
    titleSurface: t.surface.join(' '),
    titleStems: t.stems.join(' '),
    leadSurface: l.surface.join(' '),
    leadStems: l.stems.join(' '),
    bodySurface: b.surface.join(' '),
    bodyStems: b.stems.join(' '),
    entities: [],
    quotes: [],
    boilerplate: [],
    ...extra,
  };
}

function joins(storyId: number, duplicateOf: number | null = null): (id: number) => StoryDecision {
  return () => ({ storyId, score: duplicateOf ? 0.98 : 0.7, duplicateOf, merged: [], moved: [] });
}

export interface Fixture {
  store: Store;
  sources: { wahat: number; ufuq: number; nakheel: number; marfa: number };
  articles: { bridgeAgency: number; bridgeWahat: number; bridgeWireCopy: number; bridgeMarfa: number; match1: number; match2: number; hostile: number };
  stories: { bridge: number; match: number; hostile: number };
}

export async function buildFixture(): Promise<Fixture> {
  const store = await openStore({ db: ':memory:' });
  const wahat = (await store.addSource({ url: 'https://wahat.example/rss', name: 'صحيفة الواحة', siteUrl: 'https://wahat.example/' })).id;
  const ufuq = (await store.addSource({ url: 'https://ufuq.example/feed', name: 'وكالة الأفق للأنباء' })).id;
  const nakheel = (await store.addSource({ url: 'https://nakheel.example/rss', name: 'إذاعة النخيل' })).id;
  const marfa = (await store.addSource({ url: 'https://marfa.example/rss', name: 'موقع المرفأ', fullText: false })).id;

  const bridgeText =
    'افتتحت بلدية مدينة الزهراء صباح اليوم الجسر الجديد الذي يربط ضفتي النهر بعد أربع سنوات من العمل.\n\n' +
    'وقال رئيس البلدية المتخيَّل سالم الراوي إن الجسر سيختصر زمن التنقل إلى النصف.\n\n' +
    'ويبلغ طول الجسر ثمانمئة متر ويضم ممراً للدراجات.';
  const bridgeAgency = (
    await store.insertArticle(
      article(ufuq, 'ufuq-bridge', 'افتتاح جسر جديد يربط ضفتي النهر في مدينة الزهراء', bridgeText, minutesAgo(120), {
        byline: 'مراسل الأفق',
        image: 'https://img.example/bridge.jpg',
        quotes: [{ text: 'الجسر سيختصر زمن التنقل إلى النصف', speaker: 'سالم الراوي', speakerId: null, start: 0, end: 10 }],
        entities: [{ id: 'place:~الزهراء', kind: 'place', name: 'مدينة الزهراء', surface: 'مدينة الزهراء', start: 0, end: 5 }],
      }),
      () => ({ storyId: 1, score: 1, duplicateOf: null, merged: [], moved: [] }),
    )
  ).articleId;
  const bridgeWahat = (
    await store.insertArticle(
      article(wahat, 'wahat-bridge', 'الزهراء تحتفل بافتتاح جسرها الجديد', 'احتفل سكان الزهراء بافتتاح الجسر وسط حضور رسمي.\n\nوتوقع مهندسون أن يخفف الجسر الازدحام.', minutesAgo(60)),
      joins(1),
    )
  ).articleId;
  const bridgeWireCopy = (
    await store.insertArticle(
      article(nakheel, 'nakheel-bridge', 'افتتاح جسر جديد يربط ضفتي النهر في مدينة الزهراء', bridgeText, minutesAgo(90)),
      joins(1, bridgeAgency),
    )
  ).articleId;
  const bridgeMarfa = (
    await store.insertArticle(
      article(marfa, 'marfa-bridge', 'جسر الزهراء: ماذا يعني للتجار؟', 'يرى تجار السوق القديم أن الجسر سيجلب زبائن جدداً.\n\nلكن بعضهم يخشى ارتفاع الإيجارات.', minutesAgo(30)),
      joins(1),
    )
  ).articleId;

  const match1 = (
    await store.insertArticle(
      article(wahat, 'wahat-match', 'نادي الساحل يفوز على نادي الجبل في نهائي الكأس', 'فاز نادي الساحل بهدفين مقابل هدف في المباراة النهائية.', minutesAgo(300)),
      () => ({ storyId: 2, score: 1, duplicateOf: null, merged: [], moved: [] }),
    )
  ).articleId;
  const match2 = (
    await store.insertArticle(
      article(nakheel, 'nakheel-match', 'الساحل بطلاً للكأس بعد نهائي مثير', 'توّج نادي الساحل بالكأس بعد مباراة مثيرة أمام نادي الجبل.', minutesAgo(280)),
      joins(2),
    )
  ).articleId;

  const hostile = (
    await store.insertArticle(
      article(ufuq, 'ufuq-hostile', '<script>alert("x")</script> عنوان فيه وسم', 'نص عادي <b>مع وسم</b> & رمز.', minutesAgo(600), {
        image: 'javascript:alert(1)',
      }),
      () => ({ storyId: 3, score: 1, duplicateOf: null, merged: [], moved: [] }),
    )
  ).articleId;

  return {
    store,
    sources: { wahat, ufuq, nakheel, marfa },
    articles: { bridgeAgency, bridgeWahat, bridgeWireCopy, bridgeMarfa, match1, match2, hostile },
    stories: { bridge: 1, match: 2, hostile: 3 },
  };
}

/** An engine stub whose recommendations name fixture articles, so the article page's sections can be checked. */
export function stubEngine(fx: Fixture): StoryEngine {
  return {
    assign: () => {
      throw new Error('not used');
    },
    restore: () => {},
    reserveStoryIds: () => {},
    similarity: () => 0,
    recommend: (articleId) => {
      if (articleId === fx.articles.bridgeWahat) {
        return {
          similar: [{ articleId: fx.articles.match1, storyId: fx.stories.match, score: 0.3 }],
          readAlso: { articleId: fx.articles.match2, storyId: fx.stories.match, score: 0.25 },
          sameStory: [fx.articles.bridgeMarfa, fx.articles.bridgeAgency],
        };
      }
      throw new Error(`unknown article ${articleId}`);
    },
  };
}

export function depsFor(fx: Fixture, overrides: Partial<HttpDeps> = {}): HttpDeps {
  return {
    store: fx.store,
    engine: null,
    search: async () => ({ groups: [], total: 0, nextCursor: null }),
    config: { adminToken: null, siteTitle: 'مرصد' },
    now: () => NOW,
    ...overrides,
  };
}
