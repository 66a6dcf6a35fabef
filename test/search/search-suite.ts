// One search suite for every Store backend: the same fixtures, analyzer terms and answers (matching, ranking, grouping,
// highlighting, facets, cursors, tiers, filters) on SQLite (search.test.ts) and PostgreSQL (postgres-search.test.ts).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { search, type SearchOptions, type SearchResults } from '../../src/search/search.ts';
import type { Store } from '../../src/store/types.ts';
import { FIXTURES, seedInto, type FixtureArticle } from './search-fixtures.ts';

export interface SearchSuiteBackend {
  /** A fresh, migrated, empty store of its own on every call. */
  makeStore: () => Promise<Store>;
  /** Checks the backend's own index structures after a source was removed (SQLite: the FTS5 integrity checks). */
  checkIndexes?: (store: Store) => Promise<void> | void;
}

/** Every Arabic term in the stored term columns (and the hamza forms) is one token of the backend's own index, unchanged. */
export function assertArabicTermsIntact(rows: Record<string, string>[], tokens: Set<string>, what: string): void {
  let arabic = 0;
  for (const row of rows) {
    for (const col of Object.values(row)) {
      for (const term of col.split(' ').filter(Boolean)) {
        if (!/^[\u0621-\u064a]+$/.test(term)) continue;
        arabic++;
        assert.ok(tokens.has(term), `term ${term} is ${what} as is`);
      }
    }
  }
  assert.ok(arabic > 100);
  for (const withHamza of ['الرءيس', 'رءيس']) assert.ok(tokens.has(withHamza), `hamza term ${withHamza}`);
}

/** Registers the suite; the store seeded with FIXTURES that it shares is handed to the backend's own tests. */
export function runSearchSuite(name: string, backend: SearchSuiteBackend): { shared: () => Store } {
  let store: Store;
  let ids: Record<string, number>;
  let keyOf: Map<number, string>;

  async function seeded(articles: FixtureArticle[] = FIXTURES): Promise<{ store: Store; ids: Record<string, number> }> {
    const s = await backend.makeStore();
    try {
      return { store: s, ids: await seedInto(s, articles) };
    } catch (err) {
      await s.close();
      throw err;
    }
  }

  before(async () => {
    ({ store, ids } = await seeded());
    keyOf = new Map(Object.entries(ids).map(([k, v]) => [v, k]));
  });
  after(() => store.close());

  const keys = (r: SearchResults) => {
    assert.equal(r.error, null, r.error?.message);
    return r.hits.map((h) => keyOf.get(h.articleId));
  };
  const flat = (q: string, extra = {}) => search(store, q, { groupByStory: false, limit: 50, ...extra });

  describe(`${name} search: Arabic matching through the shared analyzer`, () => {
    test('رئيس finds الرئيس (article prefix) and the exact form ranks first', async () => {
      const r = await flat('رئيس');
      assert.deepEqual(new Set(keys(r)), new Set(['palm-visit', 'palm-palace', 'palm-star']));
      assert.equal(keys(r)[0], 'palm-palace', 'the only article with the bare form رئيس ranks first');
      const r2 = await flat('الرئيس');
      assert.notEqual(keys(r2)[0], 'palm-palace', 'for الرئيس an article with that exact form ranks first');
      assert.equal(keys(r2).length, 3);
    });

    test('محمد finds مُحَمَّد written with diacritics, and the highlight keeps the original spelling', async () => {
      const r = await flat('محمد');
      assert.deepEqual(keys(r), ['poet']);
      assert.match(r.hits[0]!.titleHtml, /<mark>مُحَمَّد<\/mark> الخيالي/);
      assert.match(r.hits[0]!.snippetHtml, /الشاعر <mark>مُحَمَّد<\/mark>/);
    });

    test('بدمج finds an article that says دمج', async () => {
      assert.deepEqual(keys(await flat('بدمج')), ['merger']);
      assert.deepEqual(keys(await flat('دمج')), ['merger']);
    });

    test('a stem matches inflected forms (مشروع → المشروع)', async () => {
      const r = await flat('المشروع');
      assert.ok(keys(r).includes('palm-palace'), 'مشروع in palm-palace matches المشروع');
    });

    test('title matches rank above body matches', async () => {
      const { store: s, ids: two } = await seeded([
        { key: 'body', source: 'oasis', story: 1, publishedAt: '2026-03-01T00:00:00.000Z', title: 'افتتاح السوق الجديد في القرية', text: 'افتتح أهالي قرية الزيتون سوق الذهب الجديد صباح اليوم.' },
        { key: 'title', source: 'sands', story: 2, publishedAt: '2026-03-01T00:00:00.000Z', title: 'سوق الذهب الجديد في القرية', text: 'افتتح أهالي قرية الزيتون السوق الجديد صباح اليوم بحضور كبير.' },
      ]);
      try {
        const r = await search(s, 'الذهب');
        assert.deepEqual(r.hits.map((h) => h.articleId), [two.title, two.body]);
        assert.match(r.hits[0]!.titleHtml, /<mark>الذهب<\/mark>/);
      } finally {
        await s.close();
      }
    });
  });

  describe(`${name} search: query language`, () => {
    test('exact phrase matches only the words together', async () => {
      assert.deepEqual(new Set(keys(await flat('"مشروع المياه"'))), new Set(['palm-visit', 'palm-palace']));
      assert.deepEqual(keys(await flat('"المياه مشروع"')), []);
      const r = await flat('"وزارة المياه"');
      assert.deepEqual(keys(r), ['merger']);
      assert.match(r.hits[0]!.snippetHtml, /<mark>وزارة المياه<\/mark>/, 'a phrase is marked as one run');
    });

    test('a phrase never spans two fields', async () => {
      // palm-visit's title ends with النخيل and its lead starts with استقبل: adjacent in the article, not in one field.
      assert.deepEqual(keys(await flat('"النخيل استقبل"')), []);
    });

    test('OR widens, AND narrows', async () => {
      assert.deepEqual(new Set(keys(await flat('الشعر OR كرة'))), new Set(['poet', 'football']));
      assert.deepEqual(keys(await flat('الشعر كرة')), []);
      assert.deepEqual(keys(await flat('الحكومة الزراعة')), ['merger']);
    });

    test('-exclusion removes matching articles', async () => {
      const all = keys(await flat('المياه'));
      assert.ok(all.includes('merger'));
      const r = keys(await flat('المياه -الزراعة'));
      assert.ok(!r.includes('merger'));
      assert.ok(r.includes('palm-visit'));
    });

    test('filters: source, entity, dates, lang, and filters alone', async () => {
      assert.deepEqual(keys(await flat('النخيل source:"صحيفة الرمال"')), ['palm-palace']);
      assert.deepEqual(keys(await flat('النخيل source:star-agency.test')), ['palm-star']);
      assert.deepEqual(new Set(keys(await flat('المياه entity:"مدينة النخيل"'))), new Set(['palm-visit', 'palm-palace', 'palm-star']));
      assert.deepEqual(keys(await flat('الشعر entity:person:~محمد الخيالي')), []);
      assert.deepEqual(keys(await flat('الشعر entity:"محمد الخيالي"')), ['poet']);
      assert.deepEqual(keys(await flat('فاز from:2026-03-03')), ['football']);
      assert.deepEqual(keys(await flat('فاز to:2026-03-02')), ['poet']);
      assert.deepEqual(keys(await flat('library lang:en')), ['library']);
      assert.deepEqual(keys(await flat('library lang:ar')), []);
      const browse = await flat('source:"وكالة النجم"');
      assert.deepEqual(keys(browse), ['football', 'merger', 'palm-star'], 'filters alone list newest first');
      const unknown = await flat('المياه source:"جريدة غير موجودة"');
      assert.deepEqual(keys(unknown), []);
      assert.deepEqual(unknown.notices, ['لا يوجد مصدر يطابق «جريدة غير موجودة».']);
      assert.deepEqual(unknown.noticeDetails, [{ code: 'unknown_source', message: unknown.notices[0], params: { value: 'جريدة غير موجودة' } }]);
      const nobody = await flat('المياه entity:"شخص مجهول"');
      assert.deepEqual(nobody.noticeDetails.map((n) => n.code), ['unknown_entity']);
      assert.match(nobody.notices[0]!, /لا يوجد شخص أو مكان أو منظمة معروفة تطابق «شخص مجهول»/);
      const dropped = await flat('المياه في');
      assert.deepEqual(dropped.noticeDetails.map((n) => [n.code, n.params.words]), [['common_words_ignored', 'في']]);
      assert.match(dropped.notices[0]!, /^تجاهلنا كلمات شائعة جداً/);
    });

    test('malformed queries come back as an error result with a message, not an exception', async () => {
      for (const q of ['"مشروع المياه', 'OR', '-المياه', 'from:2026-99-01 ماء', '', 'في من على']) {
        const r = await search(store, q);
        assert.ok(r.error, `"${q}" should be refused`);
        assert.ok(r.error.message.length > 10);
        assert.deepEqual(r.hits, []);
      }
      const common = (await search(store, 'في من على')).error!;
      assert.equal(common.code, 'all_words_common');
      assert.match(common.message, /شائعة جداً/);
      const bad = await search(store, 'المياه', { cursor: 'garbage' });
      assert.equal(bad.error!.code, 'cursor_invalid');
      assert.match(bad.error!.message, /لم يعد صالحاً/);
    });

    test('FTS5 and tsquery syntax and punctuation in the query are searched as text, never executed', async () => {
      const fts5 = ['NEAR(المياه الزراعة)', 'title_surface:المياه', 'المياه*', 'AND', 'NOT المياه', '{body_stems}:x', '"a" "b"'];
      const tsquery = ["المياه & !الزراعة", "'a':A | b", 'المياه:*', 'a <-> b', '\\', "O'Brien", 'foo@bar.com 3.5', '((('];
      for (const q of [...fts5, ...tsquery]) {
        const r = await search(store, q);
        if (r.error) assert.ok(r.error.message.length > 10);
        else assert.ok(Array.isArray(r.hits));
      }
    });
  });

  describe(`${name} search: grouping, highlighting, pages, facets`, () => {
    test('one hit per story with the number of other matching articles', async () => {
      const r = await search(store, 'النخيل');
      assert.equal(r.error, null);
      const story1 = r.hits.filter((h) => h.storyId === 1);
      assert.equal(story1.length, 1);
      assert.equal(story1[0]!.moreFromStory, 2);
      assert.equal(r.totalArticles, 3);
      assert.equal(r.totalGroups, 1);
      const ungrouped = await search(store, 'النخيل', { groupByStory: false });
      assert.equal(ungrouped.hits.length, 3);
      assert.ok(ungrouped.hits.every((h) => h.moreFromStory === 0));
    });

    test('every hit carries the article url, source and date', async () => {
      const r = await flat('المياه');
      for (const h of r.hits) {
        assert.match(h.url, /^https:\/\/(oasis|sands|star)\.test\//);
        assert.ok(h.source.length > 0);
        assert.ok(h.publishedAt);
      }
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

    test('snippets are escaped HTML of the original text', async () => {
      const r = await flat('الزراعة');
      const s = r.hits[0]!.snippetHtml;
      assert.match(s, /<mark>الزراعة<\/mark>/);
      assert.ok(s.includes('&amp;'), s);
      assert.ok(s.includes('&lt;معاً&gt;'), s);
      assert.ok(!/<(?!\/?mark>)/.test(s), 'no tag other than mark');
    });

    test('cursor pagination walks every group exactly once', async () => {
      const q = 'المياه OR فاز OR library OR الحكومة';
      const all = await flat(q);
      const seen: number[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page: SearchResults = await search(store, q, { limit: 2, cursor, groupByStory: false });
        assert.equal(page.error, null);
        assert.ok(page.hits.length <= 2);
        seen.push(...page.hits.map((h) => h.articleId));
        cursor = page.nextCursor;
        assert.ok(++pages < 10);
      } while (cursor);
      assert.deepEqual(seen, all.hits.map((h) => h.articleId));
      assert.equal(new Set(seen).size, seen.length);
      const first = await search(store, q, { limit: 2 });
      const other = await search(store, 'النخيل', { cursor: first.nextCursor });
      assert.ok(other.error, 'a cursor does not continue a different query');
    });

    test('facets count outlets, days and entities over all matches', async () => {
      const r = await search(store, 'المياه');
      assert.ok(r.facets);
      const outlets = Object.fromEntries(r.facets.outlets.map((o) => [o.name, o.count]));
      assert.deepEqual(outlets, { 'جريدة الواحة': 1, 'صحيفة الرمال': 1, 'وكالة النجم': 2 });
      assert.deepEqual(r.facets.days, [{ day: '2026-03-03', count: 1 }, { day: '2026-03-01', count: 3 }]);
      assert.equal(r.facets.entities[0]!.id, 'place:palm-city');
      assert.equal(r.facets.entities[0]!.count, 3);
      const page2 = await search(store, 'المياه', { limit: 1, cursor: (await search(store, 'المياه', { limit: 1, groupByStory: true })).nextCursor });
      assert.equal(page2.facets, null, 'later pages skip facets');
    });

    test('the recency boost favours the newer of two equally relevant articles', async () => {
      const text = 'هطلت أمطار غزيرة على قرية الزيتون الخيالية وأغلقت الطرق.';
      const { store: s, ids: twin } = await seeded([
        { key: 'old', source: 'oasis', story: 1, publishedAt: '2026-01-01T00:00:00.000Z', title: 'أمطار القرية', text },
        { key: 'new', source: 'sands', story: 2, publishedAt: '2026-03-01T00:00:00.000Z', title: 'أمطار القرية', text },
      ]);
      try {
        const plain = await search(s, 'أمطار');
        assert.deepEqual(plain.hits.map((h) => h.articleId), [twin.old, twin.new]);
        const boosted = await search(s, 'أمطار', { recency: true, now: new Date('2026-03-02T00:00:00.000Z') });
        assert.deepEqual(boosted.hits.map((h) => h.articleId), [twin.new, twin.old]);
      } finally {
        await s.close();
      }
    });
  });

  describe(`${name} search: tiered ranking for very common queries`, () => {
    test('title/lead matches come first, totals are flagged approximate, and pages still cover every story once', async () => {
      const fixtures = [];
      for (let i = 0; i < 8; i++) {
        const inTitle = i % 3 === 0;
        fixtures.push({
          key: `k${i}`, source: (['oasis', 'sands', 'star'] as const)[i % 3], story: 100 + Math.floor(i / 2),
          publishedAt: `2026-03-0${1 + (i % 5)}T10:00:00.000Z`,
          title: inTitle ? `انقطاع الكهرباء في الحي رقم ${i}` : `أخبار الحي رقم ${i}`,
          text: `فقرة أولى عن الحي والسكان والطرق. ثم فقرة ثانية طويلة عن أمور أخرى في الحي. وفي الختام ذكر انقطاع الكهرباء ساعة واحدة.`,
        });
      }
      const { store: s, ids: k } = await seeded(fixtures);
      try {
        const exact = await search(s, 'الكهرباء', { limit: 10 });
        assert.equal(exact.approximate, false);
        assert.equal(exact.totalGroups, 4);
        const first = await search(s, 'الكهرباء', { limit: 1, tierAbove: 3 });
        assert.equal(first.error, null);
        assert.equal(first.approximate, true);
        assert.match(first.hits[0]!.title, /الكهرباء/, 'the first hit has the word in its title');
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
        assert.deepEqual([...seenStories].sort(), [100, 101, 102, 103], 'every story exactly once across pages');
        // Stories 100 (k0), 101 (k3) and 103 (k6) have a title match; 102 (k4, k5) does not and comes last.
        assert.equal(seenStories[3], 102);
        assert.ok(k.k0);
      } finally {
        await s.close();
      }
    });
  });

  describe(`${name} search: bounded ranking`, () => {
    test('a large result ranks the newest title/lead matches, then the newest matches, then older ones newest first', async () => {
      // Six matches, one story each, oldest first: title matches at k1, k3, k6; body-only at k2, k4, k5.
      const inTitle = new Set([1, 3, 6]);
      const fixtures = [1, 2, 3, 4, 5, 6].map((i) => ({
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
        // Tier 1: the two newest title matches (k6, k3), in either order of score; tier 2: the newest match not shown
        // (k5); then k4, k2 and the older title match k1, newest first.
        assert.deepEqual(new Set(order.slice(0, 2)), new Set([ids.k6, ids.k3]));
        assert.deepEqual(order.slice(2), [ids.k5, ids.k4, ids.k2, ids.k1]);
        assert.ok(pages.every((p) => p.approximate), 'a tiered result says its totals are estimates');
        // Once a page has reached the oldest match, its totals are counts.
        const last = pages.filter((p) => p.hits.length > 0).at(-1)!;
        assert.equal(last.totalGroups, 6);
        assert.equal(last.totalArticles, 6);
        // Without the bound, all six are ranked together and the totals are exact from the first page.
        const exact = await search(s, 'الكهرباء', { limit: 10 });
        assert.equal(exact.approximate, false);
        assert.equal(exact.totalArticles, 6);
        assert.deepEqual(new Set(exact.hits.slice(0, 3).map((h) => h.articleId)), new Set([ids.k1, ids.k3, ids.k6]), 'title matches rank first');
        // When BM25's statistics would cost too much (a budget of 0 here), the same tiers list their candidates newest first.
        const newestFirst = async (opts: { tierAbove?: number }) => {
          const out: number[] = [];
          let c: string | null = null;
          do {
            const page: SearchResults = await search(s, 'الكهرباء', { limit: 1, cursor: c, bm25Budget: 0, ...opts });
            out.push(...page.hits.map((h) => h.articleId));
            c = page.nextCursor;
          } while (c && out.length < 12);
          return out;
        };
        assert.deepEqual(await newestFirst({ tierAbove: 2 }), [ids.k6, ids.k3, ids.k5, ids.k4, ids.k2, ids.k1]);
        assert.deepEqual(await newestFirst({}), [ids.k6, ids.k5, ids.k4, ids.k3, ids.k2, ids.k1]);
      } finally {
        await s.close();
      }
    });

    test('a rare entity with a common word: the same matches, tiers and order as any filter', async () => {
      // 100 articles say الكهرباء (in the title of every third); a rare entity is named in six of them (all but k5 in the
      // title) and in two others: few enough that its articles are listed and checked against the word (ENTITY_DRIVE_CAP).
      const mayor = { id: 'person:~سعيد الواحي', kind: 'person' as const, name: 'سعيد الواحي' };
      const named = new Set([5, 12, 21, 33, 48, 57]);
      const fixtures = Array.from({ length: 102 }, (_, j) => {
        const i = j + 1;
        const day = `2026-0${1 + Math.floor(j / 28)}-${String(1 + (j % 28)).padStart(2, '0')}T10:00:00.000Z`;
        const word = i <= 100;
        return {
          key: `k${i}`, source: (['oasis', 'sands', 'star'] as const)[i % 3], story: 300 + i, publishedAt: day,
          title: word && i % 3 === 0 ? `انقطاع الكهرباء في الحي رقم ${i}` : `أخبار الحي رقم ${i}`,
          text: word ? `فقرة عن الحي والسكان رقم ${i}. وذكر انقطاع الكهرباء ساعة.` : `فقرة عن الحدائق والسكان رقم ${i}.`,
          entities: named.has(i) || i > 100 ? [mayor] : [],
        };
      });
      const { store: s, ids } = await seeded(fixtures);
      try {
        const all = async (opts: SearchOptions) => {
          const out: number[] = [];
          let c: string | null = null;
          do {
            // 'always': at this size a walk would cost as little, and listing is the path under test.
            const page: SearchResults = await search(s, 'الكهرباء entity:"سعيد الواحي"', { limit: 1, cursor: c, groupByStory: false, driveFilters: 'always', ...opts });
            assert.equal(page.error, null);
            out.push(...page.hits.map((h) => h.articleId));
            c = page.nextCursor;
          } while (c && out.length < 12);
          return out;
        };
        const newestFirst = [57, 48, 33, 21, 12, 5].map((i) => ids[`k${i}`]!);
        assert.deepEqual(await all({ bm25Budget: 0 }), newestFirst, 'unranked: newest first');
        // Tiered and unranked: the two newest title matches first, then the rest newest first.
        const heads = newestFirst.filter((id) => [...named].some((i) => i % 3 === 0 && ids[`k${i}`] === id));
        assert.deepEqual(await all({ bm25Budget: 0, tierAbove: 2 }), [...heads.slice(0, 2), ...newestFirst.filter((id) => !heads.slice(0, 2).includes(id))]);
        const ranked = await all({});
        assert.deepEqual(new Set(ranked), new Set(newestFirst), 'ranked: the same six');
        assert.deepEqual(new Set(ranked.slice(0, heads.length)), new Set(heads), 'title matches rank first');
      } finally {
        await s.close();
      }
    });

    test('a small outlet with a common word: listed from its articles, the same rows and order as the walk', async () => {
      // 120 articles say الكهرباء (in the title of every third); one outlet in twenty holds six of them, few enough that its
      // articles are listed and checked against the word (SOURCE_DRIVE_CAP); two of those also say الحدائق.
      const fixtures = Array.from({ length: 120 }, (_, j) => {
        const i = j + 1;
        const day = `2026-0${1 + Math.floor(j / 28)}-${String(1 + (j % 28)).padStart(2, '0')}T10:00:00.000Z`;
        return {
          key: `k${i}`, source: i % 20 === 0 ? 'star' as const : i % 2 ? 'oasis' as const : 'sands' as const, story: 500 + Math.floor(i / 40), publishedAt: day,
          title: i % 3 === 0 ? `انقطاع الكهرباء في الحي رقم ${i}` : `أخبار الحي رقم ${i}`,
          text: `فقرة عن الحي والسكان رقم ${i}. وذكر انقطاع الكهرباء ساعة.${i === 40 || i === 100 ? ' وأغلقت الحدائق.' : ''}`,
        };
      });
      const { store: s, ids } = await seeded(fixtures);
      try {
        const all = async (q: string, opts: SearchOptions) => {
          const out: (number | null)[][] = [];
          let c: string | null = null;
          do {
            const page: SearchResults = await search(s, q, { limit: 1, cursor: c, ...opts });
            assert.equal(page.error, null);
            out.push(page.hits.map((h) => h.articleId), [page.totalArticles, page.totalGroups]);
            c = page.nextCursor;
          } while (c && out.length < 30);
          return out;
        };
        const star = [120, 100, 80, 60, 40, 20].map((i) => ids[`k${i}`]!);
        const q = 'الكهرباء source:"وكالة النجم"';
        // 'always': at this size a walk would cost as little, and listing is the path under test.
        assert.deepEqual((await all(q, { bm25Budget: 0, groupByStory: false, driveFilters: 'always' })).filter((_, k) => k % 2 === 0).flat(), star, 'unranked: newest first');
        for (const query of [q, 'الكهرباء -الحدائق source:"وكالة النجم"']) {
          for (const opts of [{ bm25Budget: 0 }, { bm25Budget: 0, tierAbove: 2 }, {}, { tierAbove: 2 }, { groupByStory: false, tierAbove: 3 }] as SearchOptions[]) {
            assert.deepEqual(await all(query, { ...opts, driveFilters: 'always' }), await all(query, { ...opts, driveFilters: false }), `${query} ${JSON.stringify(opts)}`);
          }
        }
        const without = (await all('الكهرباء -الحدائق source:"وكالة النجم"', { bm25Budget: 0, groupByStory: false, driveFilters: 'always' })).filter((_, k) => k % 2 === 0).flat();
        assert.deepEqual(without, star.filter((id) => id !== ids.k40 && id !== ids.k100), 'the exclusion drops k40 and k100');
      } finally {
        await s.close();
      }
    });

    test('source and entity filters checked against their article lists: the same rows, order and totals as checked per match', async () => {
      // 150 articles say الكهرباء (in the title of every third), in three outlets; two entities are named in overlapping
      // sets of them (and in articles without the word), one outlet holds every fifth. filterLists: true makes every walk
      // check the filters against their article lists, false against each match; neither lists the candidates (no drive).
      const mayor = { id: 'person:~سعيد الواحي', kind: 'person' as const, name: 'سعيد الواحي' };
      const port = { id: 'place:~ميناء الشمال', kind: 'place' as const, name: 'ميناء الشمال' };
      const fixtures = Array.from({ length: 170 }, (_, j) => {
        const i = j + 1;
        const day = `2026-0${1 + Math.floor(j / 28)}-${String(1 + (j % 28)).padStart(2, '0')}T10:00:00.000Z`;
        const word = i <= 150;
        return {
          key: `k${i}`, source: i % 5 === 0 ? 'star' as const : i % 2 ? 'oasis' as const : 'sands' as const, story: 700 + Math.floor(i / 4), publishedAt: day,
          title: word && i % 3 === 0 ? `انقطاع الكهرباء في الحي رقم ${i}` : `أخبار الحي رقم ${i}`,
          text: word ? `فقرة عن الحي والسكان رقم ${i}. وذكر انقطاع الكهرباء ساعة.${i % 7 === 0 ? ' وأغلقت الحدائق.' : ''}` : `فقرة عن الحدائق رقم ${i}.`,
          entities: [...(i % 4 === 0 || i > 160 ? [mayor] : []), ...(i % 6 === 0 || i === 165 ? [port] : [])],
        };
      });
      const { store: s } = await seeded(fixtures);
      try {
        const all = async (q: string, opts: SearchOptions) => {
          const out: unknown[] = [];
          let c: string | null = null;
          do {
            const page: SearchResults = await search(s, q, { limit: 3, cursor: c, ...opts });
            assert.equal(page.error, null);
            out.push(page.hits.map((h) => [h.articleId, h.score, h.moreFromStory]), [page.totalArticles, page.totalGroups, page.approximate], page.facets);
            c = page.nextCursor;
          } while (c && out.length < 60);
          return out;
        };
        const queries = [
          'الكهرباء entity:"سعيد الواحي"',
          'الكهرباء source:"وكالة النجم"',
          'الكهرباء -الحدائق entity:"سعيد الواحي" source:"وكالة النجم"',
          'الكهرباء entity:"سعيد الواحي" entity:"ميناء الشمال"',
          'الكهرباء entity:"ميناء الشمال" from:2026-02-01 to:2026-04-15',
        ];
        let nonEmpty = 0;
        for (const q of queries) {
          for (const opts of [{ bm25Budget: 0 }, { bm25Budget: 0, tierAbove: 4 }, {}, { tierAbove: 4 }, { groupByStory: false, tierAbove: 5 }] as SearchOptions[]) {
            const listed = await all(q, { ...opts, driveFilters: false, filterLists: true });
            assert.deepEqual(listed, await all(q, { ...opts, driveFilters: false, filterLists: false }), `${q} ${JSON.stringify(opts)}`);
            if ((listed[0] as unknown[]).length) nonEmpty++;
          }
        }
        assert.equal(nonEmpty, queries.length * 5, 'every query finds something');
      } finally {
        await s.close();
      }
    });
  });

  describe(`${name} search: removing a source`, () => {
    test('removing a source removes its articles from search', async () => {
      const { store: s } = await seeded();
      try {
        assert.ok((await search(s, 'الكرة OR فريق', { groupByStory: false })).hits.length > 0);
        const star = (await s.listSources()).find((x) => x.name === 'وكالة النجم')!;
        await s.removeSource(star.id);
        assert.deepEqual((await search(s, 'فريق', { groupByStory: false })).hits, []);
        assert.equal((await search(s, 'النخيل', { groupByStory: false })).hits.length, 2);
        await backend.checkIndexes?.(s);
      } finally {
        await s.close();
      }
    });
  });

  return { shared: () => store };
}
