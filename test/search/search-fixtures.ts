// A small fictional news corpus for search tests (written for these tests; outlets, people and places are invented).
// Terms are produced by the real analyzer, exactly as the pipeline does, so tests exercise the same path.
import { indexTerms } from '../../src/text/analyze.ts';
import type { EntityMention } from '../../src/text/types.ts';
import type { Store } from '../../src/store/types.ts';

export interface FixtureArticle {
  key: string;
  source: 'oasis' | 'sands' | 'star';
  story: number;
  publishedAt: string;
  title: string;
  text: string;
  /** The lead paragraph (default: the first sentence of the text). */
  lead?: string;
  lang?: string;
  entities?: Pick<EntityMention, 'id' | 'kind' | 'name'>[];
}

export const FIXTURES: FixtureArticle[] = [
  {
    key: 'palm-visit', source: 'oasis', story: 1, publishedAt: '2026-03-01T08:00:00.000Z',
    title: 'الرئيس يستقبل وفد مدينة النخيل',
    text: 'استقبل الرئيسُ سالم الفرضي صباح اليوم وفداً من مدينة النخيل لبحث مشروع المياه. وقال الرئيس إن المشروع سيكتمل قبل الصيف، وإن الأعمال تسير وفق الخطة.',
    entities: [
      { id: 'person:~سالم الفرضي', kind: 'person', name: 'سالم الفرضي' },
      { id: 'place:palm-city', kind: 'place', name: 'مدينة النخيل' },
    ],
  },
  {
    key: 'palm-palace', source: 'sands', story: 1, publishedAt: '2026-03-01T10:00:00.000Z',
    title: 'وفد النخيل في القصر',
    text: 'التقى رئيس البلاد وفد مدينة النخيل وناقش معه مشروع المياه الجديد وكلفته التي تتجاوز مليون دينار.',
    entities: [{ id: 'place:palm-city', kind: 'place', name: 'مدينة النخيل' }],
  },
  {
    key: 'palm-star', source: 'star', story: 1, publishedAt: '2026-03-01T12:00:00.000Z',
    title: 'تفاصيل لقاء القصر مع أهالي النخيل',
    text: 'كشفت مصادر أن الرئيس وعد أهالي مدينة النخيل بتسريع الأعمال، وأن وزير المياه سيزور المدينة الأسبوع المقبل.',
    entities: [{ id: 'place:palm-city', kind: 'place', name: 'مدينة النخيل' }],
  },
  {
    key: 'poet', source: 'oasis', story: 2, publishedAt: '2026-03-02T09:00:00.000Z',
    title: 'مُحَمَّد الخيالي يفوز بجائزة الشعر',
    text: 'فاز الشاعر مُحَمَّد الخيالي بجائزة الشعر في دورتها العاشرة عن ديوانه الذي كتبه خلال رحلته إلى الصحراء.',
    entities: [{ id: 'person:~محمد الخيالي', kind: 'person', name: 'محمد الخيالي' }],
  },
  {
    key: 'merger', source: 'star', story: 3, publishedAt: '2026-03-03T09:00:00.000Z',
    title: 'الحكومة تقرر تقليص عدد الوزارات',
    text: 'قررت الحكومة دمج وزارة الزراعة مع وزارة المياه في وزارة واحدة، على أن يبدأ التنفيذ مطلع الشهر المقبل. الزراعة & المياه <معاً>.',
  },
  {
    key: 'library', source: 'sands', story: 4, publishedAt: '2026-03-05T09:00:00.000Z', lang: 'en',
    title: 'Palm City opens a new public library',
    text: 'The fictional Palm City opened a public library on Thursday, with reading rooms for children and a water garden.',
  },
  {
    key: 'football', source: 'star', story: 5, publishedAt: '2026-03-04T18:00:00.000Z',
    title: 'فريق الواحة يفوز على فريق الرمال',
    text: 'فاز فريق الواحة على فريق الرمال بهدفين مقابل هدف في مباراة كرة القدم التي أقيمت مساء أمس على ملعب المدينة.',
  },
  {
    // Same story as the merger, from another outlet, without the words of the query "دمج".
    key: 'merger-reaction', source: 'sands', story: 3, publishedAt: '2026-03-03T15:00:00.000Z',
    title: 'ردود فعل على قرار الحكومة',
    text: 'رحب مزارعون بقرار الحكومة الأخير، وقالوا إنه يوفر الوقت والمال على الجميع.',
  },
];

export const SOURCES = {
  oasis: { url: 'https://oasis-daily.test/feed', name: 'جريدة الواحة' },
  sands: { url: 'https://sands-news.test/rss', name: 'صحيفة الرمال' },
  star: { url: 'https://star-agency.test/feed', name: 'وكالة النجم' },
} as const;

/** Adds the fixture sources and articles to any store (SQLite or PostgreSQL); returns article ids by key. */
export async function seedInto(store: Store, articles: FixtureArticle[]): Promise<Record<string, number>> {
  const sourceIds: Record<string, number> = {};
  for (const [k, s] of Object.entries(SOURCES)) sourceIds[k] = (await store.addSource(s)).id;
  const ids: Record<string, number> = {};
  for (const a of articles) {
    const title = indexTerms(a.title);
    const body = indexTerms(a.text);
    const lead = a.lead ?? a.text.split(/(?<=[.!؟])\s/)[0]!;
    const leadTerms = indexTerms(lead);
    const r = await store.insertArticle(
      {
        url: `https://${a.source}.test/${a.key}`,
        canonicalUrl: `https://${a.source}.test/${a.key}`,
        sourceId: sourceIds[a.source]!,
        title: a.title,
        byline: null,
        publishedAt: a.publishedAt,
        fetchedAt: a.publishedAt,
        lang: a.lang ?? 'ar',
        text: a.text,
        html: `<p>${a.text}</p>`,
        lead,
        image: null,
        section: null,
        fingerprint: a.key,
        titleSurface: title.surface.join(' '),
        titleStems: title.stems.join(' '),
        leadSurface: leadTerms.surface.join(' '),
        leadStems: leadTerms.stems.join(' '),
        bodySurface: body.surface.join(' '),
        bodyStems: body.stems.join(' '),
        entities: (a.entities ?? []).map((e) => ({ ...e, surface: e.name, start: 0, end: 0 })),
        quotes: [],
        boilerplate: [],
      },
      () => ({ storyId: a.story, score: 0.5, duplicateOf: null, merged: [], moved: [] }),
    );
    ids[a.key] = r.articleId;
  }
  return ids;
}
