// The search behaviour of test/search/search.test.ts, on the PostgreSQL backend: same fixtures, same analyzer terms,
// same answers (matching, ranking, grouping, highlighting, facets, cursors, tiers).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { search, type SearchResults } from '../../src/search/search.ts';
import { indexTerms } from '../../src/text/analyze.ts';
import type { Store } from '../../src/store/types.ts';
import { FIXTURES, SOURCES, type FixtureArticle } from './search-fixtures.ts';
import { freshPostgresStore, postgresAvailable, POSTGRES_TEST_URL } from '../store/postgres-test-database.ts';

async function seed(store: Store, articles: FixtureArticle[] = FIXTURES): Promise<Record<string, number>> {
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
        url: `https://${a.source}.test/${a.key}`, canonicalUrl: `https://${a.source}.test/${a.key}`, sourceId: sourceIds[a.source]!,
        title: a.title, byline: null, publishedAt: a.publishedAt, fetchedAt: a.publishedAt, lang: a.lang ?? 'ar', text: a.text,
        html: `<p>${a.text}</p>`, lead, image: null, section: null, fingerprint: a.key,
        titleSurface: title.surface.join(' '), titleStems: title.stems.join(' '), leadSurface: leadTerms.surface.join(' '),
        leadStems: leadTerms.stems.join(' '), bodySurface: body.surface.join(' '), bodyStems: body.stems.join(' '),
        entities: (a.entities ?? []).map((e) => ({ ...e, surface: e.name, start: 0, end: 0 })), quotes: [], boilerplate: [],
      },
      () => ({ storyId: a.story, score: 0.5, duplicateOf: null, merged: [], moved: [] }),
    );
    ids[a.key] = r.articleId;
  }
  return ids;
}

async function seeded(articles: FixtureArticle[]): Promise<{ store: Store; ids: Record<string, number> }> {
  const store = await freshPostgresStore();
  return { store, ids: await seed(store, articles) };
}

if (await postgresAvailable('postgres search')) {
  let store: Store;
  let ids: Record<string, number>;
  let keyOf: Map<number, string>;
  before(async () => {
    store = await freshPostgresStore();
    ids = await seed(store);
    keyOf = new Map(Object.entries(ids).map(([k, v]) => [v, k]));
  });
  after(() => store.close());

  const keys = (r: SearchResults) => {
    assert.equal(r.error, null, r.error?.message);
    return r.hits.map((h) => keyOf.get(h.articleId));
  };
  const flat = (q: string, extra = {}) => search(store, q, { groupByStory: false, limit: 50, ...extra });

  describe('postgres search: Arabic matching through the shared analyzer', () => {
    test('رئيس finds الرئيس and the rare exact form ranks first', async () => {
      const r = await flat('رئيس');
      assert.deepEqual(new Set(keys(r)), new Set(['palm-visit', 'palm-palace', 'palm-star']));
      assert.equal(keys(r)[0], 'palm-palace', 'the only article with the bare form رئيس ranks first');
      const r2 = await flat('الرئيس');
      assert.notEqual(keys(r2)[0], 'palm-palace');
      assert.equal(keys(r2).length, 3);
    });

    test('محمد finds مُحَمَّد and the highlight keeps the original spelling', async () => {
      const r = await flat('محمد');
      assert.deepEqual(keys(r), ['poet']);
      assert.match(r.hits[0]!.titleHtml, /<mark>مُحَمَّد<\/mark> الخيالي/);
    });

    test('بدمج finds دمج; a stem matches inflected forms', async () => {
      assert.deepEqual(keys(await flat('بدمج')), ['merger']);
      assert.ok(keys(await flat('المشروع')).includes('palm-palace'));
    });

    test('title matches rank above body matches', async () => {
      const { store: s, ids: two } = await seeded([
        { key: 'body', source: 'oasis', story: 1, publishedAt: '2026-03-01T00:00:00.000Z', title: 'افتتاح السوق الجديد في القرية', text: 'افتتح أهالي قرية الزيتون سوق الذهب الجديد صباح اليوم.' },
        { key: 'title', source: 'sands', story: 2, publishedAt: '2026-03-01T00:00:00.000Z', title: 'سوق الذهب الجديد في القرية', text: 'افتتح أهالي قرية الزيتون السوق الجديد صباح اليوم بحضور كبير.' },
      ]);
      try {
        const r = await search(s, 'الذهب');
        assert.deepEqual(r.hits.map((h) => h.articleId), [two.title, two.body]);
      } finally {
        await s.close();
      }
    });
  });

  describe('postgres search: query language', () => {
    test('exact phrases, OR, AND, exclusions', async () => {
      assert.deepEqual(new Set(keys(await flat('"مشروع المياه"'))), new Set(['palm-visit', 'palm-palace']));
      assert.deepEqual(keys(await flat('"المياه مشروع"')), []);
      const r = await flat('"وزارة المياه"');
      assert.deepEqual(keys(r), ['merger']);
      assert.match(r.hits[0]!.snippetHtml, /<mark>وزارة المياه<\/mark>/);
      assert.deepEqual(new Set(keys(await flat('الشعر OR كرة'))), new Set(['poet', 'football']));
      assert.deepEqual(keys(await flat('الشعر كرة')), []);
      assert.deepEqual(keys(await flat('الحكومة الزراعة')), ['merger']);
      const r2 = keys(await flat('المياه -الزراعة'));
      assert.ok(!r2.includes('merger') && r2.includes('palm-visit'));
    });

    test('a phrase never spans two fields', async () => {
      // palm-visit's title ends with النخيل and its lead starts with استقبل: adjacent in the vector, not in one field.
      assert.deepEqual(keys(await flat('"النخيل استقبل"')), []);
    });

    test('filters: source, entity, dates, lang, and filters alone', async () => {
      assert.deepEqual(keys(await flat('النخيل source:"صحيفة الرمال"')), ['palm-palace']);
      assert.deepEqual(keys(await flat('النخيل source:star-agency.test')), ['palm-star']);
      assert.deepEqual(new Set(keys(await flat('المياه entity:"مدينة النخيل"'))), new Set(['palm-visit', 'palm-palace', 'palm-star']));
      assert.deepEqual(keys(await flat('الشعر entity:"محمد الخيالي"')), ['poet']);
      assert.deepEqual(keys(await flat('فاز from:2026-03-03')), ['football']);
      assert.deepEqual(keys(await flat('فاز to:2026-03-02')), ['poet']);
      assert.deepEqual(keys(await flat('library lang:en')), ['library']);
      assert.deepEqual(keys(await flat('library lang:ar')), []);
      assert.deepEqual(keys(await flat('source:"وكالة النجم"')), ['football', 'merger', 'palm-star']);
      const unknown = await flat('المياه source:"جريدة غير موجودة"');
      assert.deepEqual(keys(unknown), []);
      assert.ok(unknown.notices.some((n) => n.includes('جريدة غير موجودة')));
    });

    test('tsquery syntax and punctuation in the query are searched as text, never executed', async () => {
      for (const q of ["المياه & !الزراعة", "'a':A | b", 'المياه:*', 'a <-> b', '\\', "O'Brien", 'foo@bar.com 3.5', '(((']) {
        const r = await search(store, q);
        if (r.error) assert.ok(r.error.message.length > 10);
        else assert.ok(Array.isArray(r.hits));
      }
    });
  });

  describe('postgres search: grouping, pages, facets, recency, tiers', () => {
    test('one hit per story with the number of other matching articles', async () => {
      const r = await search(store, 'النخيل');
      const story1 = r.hits.filter((h) => h.storyId === 1);
      assert.equal(story1.length, 1);
      assert.equal(story1[0]!.moreFromStory, 2);
      assert.equal(r.totalArticles, 3);
      assert.equal(r.totalGroups, 1);
    });

    test('an article stored without text gets its snippet from the lead', async () => {
      const { store: s, ids: one } = await seeded([
        { key: 'brief', source: 'oasis', story: 1, publishedAt: '2026-03-01T00:00:00.000Z', title: 'موجز الأخبار', text: '', lead: 'افتتح أهالي قرية الزيتون سوق الذهب الجديد.' },
      ]);
      try {
        const r = await search(s, 'الذهب');
        assert.deepEqual(r.hits.map((h) => h.articleId), [one.brief]);
        assert.equal(r.hits[0]!.snippetHtml, 'افتتح أهالي قرية الزيتون سوق <mark>الذهب</mark> الجديد.');
      } finally {
        await s.close();
      }
    });

    test('cursor pagination walks every hit exactly once', async () => {
      const q = 'المياه OR فاز OR library OR الحكومة';
      const all = await flat(q);
      const seen: number[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page: SearchResults = await search(store, q, { limit: 2, cursor, groupByStory: false });
        assert.equal(page.error, null);
        seen.push(...page.hits.map((h) => h.articleId));
        cursor = page.nextCursor;
        assert.ok(++pages < 10);
      } while (cursor);
      assert.deepEqual(seen, all.hits.map((h) => h.articleId));
    });

    test('facets count outlets, days and entities over all matches', async () => {
      const r = await search(store, 'المياه');
      assert.ok(r.facets);
      assert.deepEqual(Object.fromEntries(r.facets.outlets.map((o) => [o.name, o.count])), { 'جريدة الواحة': 1, 'صحيفة الرمال': 1, 'وكالة النجم': 2 });
      assert.deepEqual(r.facets.days, [{ day: '2026-03-03', count: 1 }, { day: '2026-03-01', count: 3 }]);
      assert.equal(r.facets.entities[0]!.id, 'place:palm-city');
      assert.equal(r.facets.entities[0]!.count, 3);
    });

    test('the recency boost favours the newer of two equally relevant articles', async () => {
      const text = 'هطلت أمطار غزيرة على قرية الزيتون الخيالية وأغلقت الطرق.';
      const { store: s, ids: twin } = await seeded([
        { key: 'old', source: 'oasis', story: 1, publishedAt: '2026-01-01T00:00:00.000Z', title: 'أمطار القرية', text },
        { key: 'new', source: 'sands', story: 2, publishedAt: '2026-03-01T00:00:00.000Z', title: 'أمطار القرية', text },
      ]);
      try {
        assert.deepEqual((await search(s, 'أمطار')).hits.map((h) => h.articleId), [twin.old, twin.new]);
        const boosted = await search(s, 'أمطار', { recency: true, now: new Date('2026-03-02T00:00:00.000Z') });
        assert.deepEqual(boosted.hits.map((h) => h.articleId), [twin.new, twin.old]);
      } finally {
        await s.close();
      }
    });

    test('tiered ranking: title/lead matches first, approximate totals, every story once across pages', async () => {
      const fixtures: FixtureArticle[] = [];
      for (let i = 0; i < 8; i++) {
        fixtures.push({
          key: `k${i}`, source: (['oasis', 'sands', 'star'] as const)[i % 3], story: 100 + Math.floor(i / 2),
          publishedAt: `2026-03-0${1 + (i % 5)}T10:00:00.000Z`,
          title: i % 3 === 0 ? `انقطاع الكهرباء في الحي رقم ${i}` : `أخبار الحي رقم ${i}`,
          text: `فقرة أولى عن الحي والسكان والطرق. ثم فقرة ثانية طويلة عن أمور أخرى في الحي. وفي الختام ذكر انقطاع الكهرباء ساعة واحدة.`,
        });
      }
      const { store: s } = await seeded(fixtures);
      try {
        const exact = await search(s, 'الكهرباء', { limit: 10 });
        assert.equal(exact.approximate, false);
        assert.equal(exact.totalGroups, 4);
        const first = await search(s, 'الكهرباء', { limit: 1, tierAbove: 3 });
        assert.equal(first.approximate, true);
        assert.match(first.hits[0]!.title, /الكهرباء/);
        const seenStories: number[] = [];
        let cursor: string | null = null;
        let pages = 0;
        do {
          const page: SearchResults = await search(s, 'الكهرباء', { limit: 1, cursor, tierAbove: 3 });
          assert.equal(page.error, null);
          seenStories.push(...page.hits.map((h) => h.storyId!));
          cursor = page.nextCursor;
          assert.ok(++pages < 10);
        } while (cursor);
        assert.deepEqual([...seenStories].sort(), [100, 101, 102, 103]);
        assert.equal(seenStories[3], 102);
      } finally {
        await s.close();
      }
    });

    test('bounded ranking: newest title/lead matches, then newest matches, then older ones newest first', async () => {
      const inTitle = new Set([1, 3, 6]);
      const fixtures: FixtureArticle[] = [1, 2, 3, 4, 5, 6].map((i) => ({
        key: `k${i}`, source: (['oasis', 'sands', 'star'] as const)[i % 3], story: 200 + i,
        publishedAt: `2026-03-0${i}T10:00:00.000Z`,
        title: inTitle.has(i) ? `انقطاع الكهرباء في الحي رقم ${i}` : `أخبار الحي رقم ${i}`,
        text: `فقرة عن الحي والسكان والطرق رقم ${i}. وفي الختام ذكر انقطاع الكهرباء ساعة واحدة.`,
      }));
      const { store: s, ids } = await seeded(fixtures);
      try {
        const order: number[] = [];
        const pages: SearchResults[] = [];
        let cursor: string | null = null;
        do {
          const page: SearchResults = await search(s, 'الكهرباء', { limit: 1, cursor, tierAbove: 2 });
          assert.equal(page.error, null);
          pages.push(page);
          order.push(...page.hits.map((h) => h.articleId));
          cursor = page.nextCursor;
          assert.ok(pages.length < 12);
        } while (cursor);
        assert.deepEqual(new Set(order.slice(0, 2)), new Set([ids.k6, ids.k3]));
        assert.deepEqual(order.slice(2), [ids.k5, ids.k4, ids.k2, ids.k1]);
        assert.ok(pages.every((p) => p.approximate));
        const last = pages.filter((p) => p.hits.length > 0).at(-1)!;
        assert.equal(last.totalGroups, 6);
        assert.equal(last.totalArticles, 6);
        const newestFirst: number[] = [];
        cursor = null;
        do {
          const page: SearchResults = await search(s, 'الكهرباء', { limit: 1, cursor, tierAbove: 2, bm25Budget: 0 });
          newestFirst.push(...page.hits.map((h) => h.articleId));
          cursor = page.nextCursor;
        } while (cursor && newestFirst.length < 12);
        assert.deepEqual(newestFirst, [ids.k6, ids.k3, ids.k5, ids.k4, ids.k2, ids.k1]);
      } finally {
        await s.close();
      }
    });
  });

  describe('postgres search: the text-search vectors keep analyzer terms intact', () => {
    test('every Arabic index term is exactly one lexeme of its vector, unchanged', async () => {
      const schema = (store as unknown as { schema: string }).schema;
      const client = new pg.Client({ connectionString: POSTGRES_TEST_URL });
      await client.connect();
      try {
        const lexemes = new Set<string>(
          (await client.query(`SELECT DISTINCT unnest(tsvector_to_array(surface_tsv || stems_tsv)) AS l FROM "${schema}".articles`)).rows.map((r) => r.l),
        );
        const rows = (await client.query(`SELECT title_surface, title_stems, body_surface, body_stems FROM "${schema}".articles`)).rows as Record<string, string>[];
        let arabic = 0;
        for (const row of rows) {
          for (const col of Object.values(row)) {
            for (const term of col.split(' ').filter(Boolean)) {
              if (!/^[\u0621-\u064a]+$/.test(term)) continue;
              arabic++;
              assert.ok(lexemes.has(term), `term ${term} is a lexeme as is`);
            }
          }
        }
        assert.ok(arabic > 100);
        for (const withHamza of ['الرءيس', 'رءيس']) assert.ok(lexemes.has(withHamza), `hamza term ${withHamza}`);
      } finally {
        await client.end();
      }
    });

    test('removing a source removes its articles from search', async () => {
      const { store: s } = await seeded(FIXTURES);
      try {
        const star = (await s.listSources()).find((x) => x.name === 'وكالة النجم')!;
        await s.removeSource(star.id);
        assert.deepEqual((await search(s, 'فريق', { groupByStory: false })).hits, []);
        assert.equal((await search(s, 'النخيل', { groupByStory: false })).hits.length, 2);
      } finally {
        await s.close();
      }
    });
  });
}
