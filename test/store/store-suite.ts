// One behavioural suite for every Store backend (SQLite now, PostgreSQL later): each backend's test file calls
// runStoreSuite with a factory that returns a fresh, migrated, empty store.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Store } from '../../src/store/types.ts';
import { joinStory, makeArticle, newStory } from './store-fixtures.ts';
import { runSearchReindexSuite } from './search-reindex-suite.ts';

export function runStoreSuite(name: string, makeStore: () => Promise<Store>): void {
  async function withStore(fn: (store: Store) => Promise<void>): Promise<void> {
    const store = await makeStore();
    try {
      await fn(store);
    } finally {
      await store.close();
    }
  }

  describe(`${name} store: sources`, () => {
    test('adds, reads, lists, updates health and removes sources', () =>
      withStore(async (store) => {
        const a = await store.addSource({ url: 'https://www.palm-gazette.test/feed.xml', category: 'محلي' });
        assert.equal(a.name, 'palm-gazette.test', 'default name is the host without www');
        assert.equal(a.kind, 'feed');
        assert.equal(a.fullText, true);
        assert.equal(a.demo, false);
        assert.equal(a.consecutiveFailures, 0);
        const b = await store.addSource({ url: 'https://desert-times.test/rss', name: 'صحيفة الصحراء', kind: 'page', fullText: false, demo: true });
        assert.equal(b.name, 'صحيفة الصحراء');
        assert.equal(b.fullText, false);
        assert.equal(b.demo, true);

        const again = await store.addSource({ url: 'https://desert-times.test/rss', name: 'اسم آخر' });
        assert.equal(again.id, b.id, 'adding a known URL returns the existing source');
        assert.equal(again.name, 'صحيفة الصحراء');

        assert.equal((await store.getSource(a.id))?.url, a.url);
        assert.equal((await store.getSource('https://desert-times.test/rss'))?.id, b.id);
        assert.equal(await store.getSource(9999), null);
        assert.deepEqual((await store.listSources()).map((s) => s.id).sort(), [a.id, b.id].sort());

        await store.updateSource(a.id, {
          etag: '"v2"', lastModified: 'Sun, 01 Mar 2026 10:00:00 GMT', lastError: 'HTTP 503', lastErrorAt: '2026-03-01T10:00:00.000Z',
          consecutiveFailures: 3, intervalSec: 1800, articlesPerDay: 12.5, nextPollAt: '2026-03-01T10:30:00.000Z', fullText: false,
        });
        const updated = (await store.getSource(a.id))!;
        assert.equal(updated.etag, '"v2"');
        assert.equal(updated.lastModified, 'Sun, 01 Mar 2026 10:00:00 GMT');
        assert.equal(updated.lastError, 'HTTP 503');
        assert.equal(updated.consecutiveFailures, 3);
        assert.equal(updated.intervalSec, 1800);
        assert.equal(updated.articlesPerDay, 12.5);
        assert.equal(updated.nextPollAt, '2026-03-01T10:30:00.000Z');
        assert.equal(updated.fullText, false);
        assert.equal(updated.name, 'palm-gazette.test', 'fields not in the patch are kept');

        await store.updateSource(a.id, { lastError: null, consecutiveFailures: 0, lastSuccessAt: '2026-03-01T11:00:00.000Z' });
        const healed = (await store.getSource(a.id))!;
        assert.equal(healed.lastError, null);
        assert.equal(healed.consecutiveFailures, 0);
        assert.equal(healed.lastSuccessAt, '2026-03-01T11:00:00.000Z');

        await assert.rejects(() => store.updateSource(a.id, { bogus: 1 } as never), /unknown field/);
        await assert.rejects(() => store.addSource({ url: '  ' }), /url is empty/);

        assert.equal(await store.removeSource(b.url), true);
        assert.equal(await store.removeSource(b.url), false);
        assert.deepEqual((await store.listSources()).map((s) => s.id), [a.id]);
      }));

    test('records fetches and lists them newest first', () =>
      withStore(async (store) => {
        const s = await store.addSource({ url: 'https://palm-gazette.test/feed' });
        await store.recordFetch({ sourceId: s.id, url: s.url, startedAt: '2026-03-01T10:00:00.000Z', finishedAt: '2026-03-01T10:00:01.000Z', status: 'ok', httpStatus: 200, bytes: 5120, newArticles: 4, error: null });
        await store.recordFetch({ sourceId: s.id, url: s.url, startedAt: '2026-03-01T11:00:00.000Z', finishedAt: '2026-03-01T11:00:02.000Z', status: 'error', httpStatus: 503, bytes: null, newArticles: 0, error: 'HTTP 503' });
        await store.recordFetch({ sourceId: null, url: 'https://elsewhere.test/x', startedAt: '2026-03-01T12:00:00.000Z', finishedAt: '2026-03-01T12:00:00.500Z', status: 'not-modified', httpStatus: 304, bytes: 0, newArticles: 0, error: null });
        const mine = await store.listFetches({ sourceId: s.id });
        assert.deepEqual(mine.map((f) => f.status), ['error', 'ok']);
        assert.equal(mine[1]!.newArticles, 4);
        assert.equal(mine[0]!.error, 'HTTP 503');
        assert.equal((await store.listFetches({ limit: 1 }))[0]!.status, 'not-modified');
      }));
  });

  describe(`${name} store: articles`, () => {
    test('inserts an article with entities and quotes, and reads it back', () =>
      withStore(async (store) => {
        const s = await store.addSource({ url: 'https://palm-gazette.test/feed', name: 'جريدة النخيل' });
        const article = makeArticle(s.id, {
          canonicalUrl: 'https://palm-gazette.test/a/1',
          url: 'https://palm-gazette.test/a/1?utm_source=x',
          title: 'وزير المياه الخيالي يفتتح سدا جديدا',
          byline: 'سلمى الراوي',
          image: 'https://palm-gazette.test/img/1.jpg',
          section: 'اقتصاد',
          boilerplate: [{ kind: 'read-also', label: 'اقرأ أيضاً:', text: 'عنوان آخر', title: 'عنوان آخر' }],
          entities: [
            { id: 'person:~سامر الخيال', kind: 'person', name: 'سامر الخيال', surface: 'سامر الخيال', start: 0, end: 10 },
            { id: 'person:~سامر الخيال', kind: 'person', name: 'سامر الخيال', surface: 'الخيال', start: 40, end: 46 },
            { id: 'place:palm-city', kind: 'place', name: 'مدينة النخيل', surface: 'مدينة النخيل', start: 20, end: 32 },
          ],
          quotes: [{ text: 'المياه حق للجميع', speaker: 'سامر الخيال', speakerId: 'person:~سامر الخيال', start: 50, end: 66 }],
        });
        let calls = 0;
        const r = await store.insertArticle(article, (id) => {
          calls++;
          assert.ok(Number.isInteger(id) && id > 0, 'decide receives the new article id');
          return newStory(100)();
        });
        assert.equal(calls, 1);
        assert.equal(r.existing, false);
        assert.equal(r.decision.storyId, 100);

        const got = (await store.getArticle(r.articleId))!;
        assert.equal(got.title, 'وزير المياه الخيالي يفتتح سدا جديدا');
        assert.equal(got.sourceName, 'جريدة النخيل');
        assert.equal(got.byline, 'سلمى الراوي');
        assert.equal(got.url, 'https://palm-gazette.test/a/1?utm_source=x');
        assert.equal(got.canonicalUrl, 'https://palm-gazette.test/a/1');
        assert.equal(got.storyId, 100);
        assert.equal(got.duplicateOf, null);
        assert.equal(got.section, 'اقتصاد');
        assert.equal(got.html, article.html);
        assert.deepEqual(got.boilerplate, article.boilerplate);
        assert.equal((await store.getArticleByUrl('https://palm-gazette.test/a/1'))?.id, r.articleId);
        assert.equal((await store.getArticleByUrl('https://palm-gazette.test/a/1?utm_source=x'))?.id, r.articleId);
        assert.equal(await store.getArticle(r.articleId + 1000), null);
        assert.equal(await store.findArticleIdByFingerprint(article.fingerprint), r.articleId);
        assert.equal(await store.findArticleIdByFingerprint('nope'), null);

        const entities = await store.storyEntities(100, 10);
        assert.deepEqual(entities.map((e) => [e.id, e.mentions]), [['person:~سامر الخيال', 2], ['place:palm-city', 1]]);
        const quotes = await store.storyQuotes(100, 10);
        assert.equal(quotes.length, 1);
        assert.equal(quotes[0]!.articleId, r.articleId);
        assert.equal(quotes[0]!.speakerId, 'person:~سامر الخيال');
        assert.equal(quotes[0]!.text, 'المياه حق للجميع');
      }));

    test('a second insert of the same canonical URL returns the existing id without deciding again', () =>
      withStore(async (store) => {
        const s = await store.addSource({ url: 'https://palm-gazette.test/feed' });
        const article = makeArticle(s.id, { canonicalUrl: 'https://palm-gazette.test/a/2' });
        const first = await store.insertArticle(article, newStory(7));
        let called = false;
        const second = await store.insertArticle({ ...article, url: 'https://palm-gazette.test/a/2?ref=rss', title: 'عنوان مختلف' }, () => {
          called = true;
          return newStory(8)();
        });
        assert.equal(called, false);
        assert.equal(second.existing, true);
        assert.equal(second.articleId, first.articleId);
        assert.equal(second.decision.storyId, 7);
        assert.equal(await store.countArticles(), 1);
        assert.equal((await store.getArticle(first.articleId))!.title, article.title, 'the stored article is untouched');
        assert.equal(await store.getStory(8), null);
      }));

    test('nothing is half-written when decide throws', () =>
      withStore(async (store) => {
        const s = await store.addSource({ url: 'https://palm-gazette.test/feed' });
        const article = makeArticle(s.id, {
          canonicalUrl: 'https://palm-gazette.test/a/3',
          entities: [{ id: 'org:fictional-water-board', kind: 'org', name: 'هيئة المياه', surface: 'هيئة المياه', start: 0, end: 10 }],
          quotes: [{ text: 'قول ما', speaker: null, speakerId: null, start: 0, end: 6 }],
        });
        await assert.rejects(() => store.insertArticle(article, () => { throw new Error('engine exploded'); }), /engine exploded/);
        assert.equal(await store.countArticles(), 0);
        assert.equal(await store.findArticleIdByCanonicalUrl(article.canonicalUrl), null);
        assert.deepEqual(await store.listStoryDocs(), []);

        // A bad decision (a story id that is not an integer) is refused the same way.
        await assert.rejects(() => store.insertArticle(article, () => ({ storyId: 1.5, score: 1, duplicateOf: null, merged: [], moved: [] })), /invalid StoryDecision/);
        assert.equal(await store.countArticles(), 0);

        const ok = await store.insertArticle(article, newStory(5));
        assert.equal(ok.existing, false);
        assert.deepEqual((await store.storyEntities(5, 10)).map((e) => e.mentions), [1], 'no leftover entity link from the failed attempt');
        assert.equal((await store.storyQuotes(5, 10)).length, 1, 'no leftover quote from the failed attempt');
        assert.equal((await store.getStory(5))!.size, 1);
      }));

    test('rejects an article for an unknown source and malformed fields', () =>
      withStore(async (store) => {
        await assert.rejects(() => store.insertArticle(makeArticle(424242), newStory(1)));
        const s = await store.addSource({ url: 'https://palm-gazette.test/feed' });
        await assert.rejects(() => store.insertArticle(makeArticle(s.id, { canonicalUrl: '' }), newStory(1)), /canonicalUrl is empty/);
        await assert.rejects(() => store.insertArticle(makeArticle(s.id, { fetchedAt: 'yesterday' }), newStory(1)), /fetchedAt/);
        assert.equal(await store.countArticles(), 0);
        assert.equal(await store.getStory(1), null);
      }));

    test('listStoryDocs returns articles in time order with stems, entities and story', () =>
      withStore(async (store) => {
        const s = await store.addSource({ url: 'https://palm-gazette.test/feed' });
        const late = await store.insertArticle(
          makeArticle(s.id, { publishedAt: '2026-03-02T09:00:00.000Z', titleStems: 'متاخر', entities: [
            { id: 'place:b', kind: 'place', name: 'ب', surface: 'ب', start: 0, end: 1 },
            { id: 'place:a', kind: 'place', name: 'أ', surface: 'أ', start: 2, end: 3 },
          ] }),
          newStory(1),
        );
        const early = await store.insertArticle(makeArticle(s.id, { publishedAt: '2026-03-01T09:00:00.000Z', titleStems: 'مبكر', byline: 'جدة - سلمى الحارثي' }), newStory(2));
        const undated = await store.insertArticle(makeArticle(s.id, { publishedAt: null, fetchedAt: '2026-03-01T12:00:00.000Z' }), joinStory(2, 0.4));
        const docs = await store.listStoryDocs();
        assert.deepEqual(docs.map((d) => d.articleId), [early.articleId, undated.articleId, late.articleId]);
        assert.equal(docs[0]!.titleStems, 'مبكر');
        assert.equal(docs[0]!.byline, 'جدة - سلمى الحارثي', 'the byline tells the story stage a report from a column');
        assert.equal(docs[1]!.byline, null);
        assert.equal(docs[1]!.time, '2026-03-01T12:00:00.000Z', 'fetched time stands in for a missing published time');
        assert.deepEqual(docs[2]!.entityIds, ['place:a', 'place:b']);
        assert.equal(docs[1]!.storyId, 2);
        const window = await store.listStoryDocs({ since: '2026-03-01T10:00:00.000Z', until: '2026-03-01T23:59:59.999Z' });
        assert.deepEqual(window.map((d) => d.articleId), [undated.articleId]);
      }));

    test('times with a UTC offset are ordered by the instant they name', () =>
      withStore(async (store) => {
        const s = await store.addSource({ url: 'https://palm-gazette.test/feed' });
        // 11:00+03:00 is 08:00Z: earlier than 09:00Z although its text sorts later.
        const riyadh = await store.insertArticle(makeArticle(s.id, { publishedAt: '2026-03-01T11:00:00+03:00' }), newStory(1));
        const utc = await store.insertArticle(makeArticle(s.id, { publishedAt: '2026-03-01T09:00:00Z' }), newStory(2));
        assert.deepEqual((await store.listStoryDocs()).map((d) => d.articleId), [riyadh.articleId, utc.articleId]);
        assert.equal((await store.getStory(1))!.firstSeenAt, '2026-03-01T08:00:00.000Z');
        assert.equal((await store.getArticle(riyadh.articleId))!.publishedAt, '2026-03-01T11:00:00+03:00', 'the original value is kept');
      }));
  });

  describe(`${name} store: articles stored pending, stories decided later`, () => {
    test('a pending article is stored with its terms but in no story; deciding it later writes the membership once', () =>
      withStore(async (store) => {
        const a = await store.addSource({ url: 'https://palm-gazette.test/feed' });
        const b = await store.addSource({ url: 'https://desert-times.test/rss' });
        const first = await store.insertPendingArticle(makeArticle(a.id, { canonicalUrl: 'https://palm-gazette.test/a/1', publishedAt: '2026-03-01T09:00:00.000Z' }));
        const second = await store.insertPendingArticle(makeArticle(b.id, { canonicalUrl: 'https://desert-times.test/b/1', publishedAt: '2026-03-01T11:00:00.000Z' }));
        assert.equal(first.existing, null);
        assert.equal(second.existing, null);
        assert.equal(await store.countArticles(), 2);
        assert.equal(await store.countArticles({ state: 'pending' }), 2);
        assert.equal(await store.countArticles({ state: 'grouped' }), 0);
        assert.equal((await store.getArticle(first.articleId))?.storyId, null);
        const pending = await store.listStoryDocs({ pending: true });
        assert.deepEqual(pending.map((d) => d.articleId), [first.articleId, second.articleId]);
        assert.equal(pending[0]!.canonicalUrl, 'https://palm-gazette.test/a/1');
        assert.equal(pending[0]!.storyId, null);

        // A decision that throws, or is malformed, writes nothing: the article stays pending.
        await assert.rejects(() => store.decidePendingArticle(first.articleId, () => { throw new Error('engine exploded'); }), /engine exploded/);
        await assert.rejects(() => store.decidePendingArticle(first.articleId, () => ({ storyId: 0.5, score: 1, duplicateOf: null, merged: [], moved: [] })), /invalid StoryDecision/);
        assert.equal(await store.countArticles({ state: 'pending' }), 2);

        let calls = 0;
        const decided = await store.decidePendingArticle(first.articleId, (id) => (calls++, assert.equal(id, first.articleId), newStory(7)()));
        assert.equal(decided?.storyId, 7);
        assert.equal(await store.decidePendingArticle(first.articleId, () => (calls++, newStory(8)())), null, 'already decided: decide is not called');
        assert.equal(await store.decidePendingArticle(424242, () => (calls++, newStory(9)())), null, 'no such article');
        assert.equal(calls, 1);
        await store.decidePendingArticle(second.articleId, joinStory(7, 0.6, { duplicateOf: first.articleId }));
        const story = (await store.getStory(7))!;
        assert.equal(story.size, 2);
        assert.equal(story.outlets.length, 2);
        assert.equal(story.firstSeenAt, '2026-03-01T09:00:00.000Z');
        assert.equal((await store.getArticle(second.articleId))?.duplicateOf, first.articleId);
        assert.equal(await store.countArticles({ state: 'grouped' }), 2);
        assert.deepEqual(await store.listStoryDocs({ pending: true }), []);
        assert.equal((await store.doctor({ repair: false })).ok, true);
      }));

    test('a batch of decisions is applied in order in one transaction, or not at all when one article is no longer pending', () =>
      withStore(async (store) => {
        const a = await store.addSource({ url: 'https://palm-gazette.test/feed' });
        const ids: number[] = [];
        for (let i = 0; i < 4; i++) {
          ids.push((await store.insertPendingArticle(makeArticle(a.id, { canonicalUrl: `https://palm-gazette.test/batch/${i}`, publishedAt: `2026-03-01T0${i + 1}:00:00.000Z` }))).articleId);
        }
        const [p, q, r, s] = ids as [number, number, number, number];
        assert.deepEqual(await store.storyExtent(), { latestGrouped: null, maxStoryId: 0 }, 'pending articles are in no story');
        // One of them decided elsewhere meanwhile: the batch writes nothing.
        await store.decidePendingArticle(r, newStory(5));
        assert.deepEqual(await store.storyExtent(), { latestGrouped: '2026-03-01T03:00:00.000Z', maxStoryId: 5 });
        assert.deepEqual(
          (await store.listPendingStoryKeys()).sort((x, y) => x.articleId - y.articleId),
          [p, q, s].map((id, i) => ({ articleId: id, time: `2026-03-01T0${[1, 2, 4][i]}:00:00.000Z`, canonicalUrl: `https://palm-gazette.test/batch/${[0, 1, 3][i]}` })),
        );
        assert.equal(await store.applyStoryDecisions([{ articleId: p, decision: newStory(3)() }, { articleId: r, decision: newStory(4)() }]), false);
        assert.equal(await store.countArticles({ state: 'pending' }), 3);
        assert.equal(await store.getStory(3), null);
        // A malformed decision anywhere in the batch is refused before anything is written.
        await assert.rejects(() => store.applyStoryDecisions([{ articleId: p, decision: newStory(3)() }, { articleId: q, decision: { ...newStory(4)(), storyId: 0.5 } }]), /invalid StoryDecision/);
        assert.equal(await store.countArticles({ state: 'pending' }), 3);

        // In order: q's decision merges p's story into story 5, s joins story 5.
        assert.equal(
          await store.applyStoryDecisions([
            { articleId: p, decision: newStory(3)() },
            { articleId: q, decision: { ...joinStory(5, 0.7)(), merged: [{ from: 3, into: 5 }] } },
            { articleId: s, decision: joinStory(5, 0.6)() },
          ]),
          true,
        );
        assert.equal(await store.countArticles({ state: 'pending' }), 0);
        assert.deepEqual(await store.listPendingStoryKeys(), []);
        assert.equal(await store.getStory(3), null, 'merged away');
        assert.equal((await store.getStory(5))!.size, 4);
        assert.deepEqual((await store.getArticles(ids)).map((x) => x.storyId), [5, 5, 5, 5]);
        assert.equal(await store.applyStoryDecisions([{ articleId: p, decision: newStory(6)() }]), false, 'already decided');
        assert.deepEqual(await store.storyExtent(), { latestGrouped: '2026-03-01T04:00:00.000Z', maxStoryId: 5 }, 'story 3 merged away');
        assert.equal((await store.doctor({ repair: false })).ok, true);
      }));

    test('a pending insert is idempotent on canonical URL, and on content fingerprint within one source', () =>
      withStore(async (store) => {
        const a = await store.addSource({ url: 'https://palm-gazette.test/feed' });
        const b = await store.addSource({ url: 'https://desert-times.test/rss' });
        const original = await store.insertPendingArticle(makeArticle(a.id, { canonicalUrl: 'https://palm-gazette.test/x', fingerprint: 'same-text' }));
        assert.deepEqual(await store.insertPendingArticle(makeArticle(a.id, { canonicalUrl: 'https://palm-gazette.test/x' })), { articleId: original.articleId, existing: 'url' });
        assert.deepEqual(await store.insertPendingArticle(makeArticle(a.id, { canonicalUrl: 'https://palm-gazette.test/x?moved', fingerprint: 'same-text' })), { articleId: original.articleId, existing: 'fingerprint' });
        const wire = await store.insertPendingArticle(makeArticle(b.id, { canonicalUrl: 'https://desert-times.test/x', fingerprint: 'same-text' }));
        assert.equal(wire.existing, null, 'the same text from another outlet is a wire copy, stored');
        assert.equal(await store.countArticles(), 2);
        await assert.rejects(() => store.insertPendingArticle(makeArticle(a.id, { canonicalUrl: '' })), /canonicalUrl is empty/);
      }));
    test('another address of a stored article is listed with it in its story, once, and goes with the article', () =>
      withStore(async (store) => {
        const a = await store.addSource({ url: 'https://palm-gazette.test/feed' });
        const stored = await store.insertArticle(makeArticle(a.id, { canonicalUrl: 'https://palm-gazette.test/ln1.htm' }), newStory(40));
        const other = await store.insertArticle(makeArticle(a.id, { canonicalUrl: 'https://palm-gazette.test/ec3.htm' }), newStory(41));
        const articleOf = async (storyId: number, id: number) => (await store.getStory(storyId))!.articles.find((x) => x.id === id)!;
        assert.equal('alsoAt' in (await articleOf(40, stored.articleId)), false, 'no other address: no field');
        await store.addArticleAlias(stored.articleId, 'https://palm-gazette.test/ln47.htm');
        await store.addArticleAlias(stored.articleId, 'https://palm-gazette.test/du2.htm');
        await store.addArticleAlias(stored.articleId, 'https://palm-gazette.test/ln47.htm');
        await store.addArticleAlias(other.articleId, 'https://palm-gazette.test/ln47.htm');
        assert.deepEqual((await articleOf(40, stored.articleId)).alsoAt, [{ url: 'https://palm-gazette.test/du2.htm' }, { url: 'https://palm-gazette.test/ln47.htm' }],
          'in URL order, each once; a URL already known stays with its first article');
        assert.equal('alsoAt' in (await articleOf(41, other.articleId)), false);
        const listed = (await store.listStories({ limit: 10 })).items.find((x) => x.id === 40)!;
        assert.deepEqual(listed.articles[0]!.alsoAt?.map((x) => x.url), ['https://palm-gazette.test/du2.htm', 'https://palm-gazette.test/ln47.htm']);
        // Pruned with its article: the address is free again for the article that now holds the text.
        const old = await store.insertArticle(makeArticle(a.id, { canonicalUrl: 'https://palm-gazette.test/old.htm', publishedAt: '2020-01-01T00:00:00.000Z', fetchedAt: '2020-01-01T00:00:00.000Z' }), newStory(42));
        await store.addArticleAlias(old.articleId, 'https://palm-gazette.test/moved.htm');
        assert.ok((await store.pruneArticles('2021-01-01T00:00:00.000Z')).articles >= 1);
        await store.addArticleAlias(other.articleId, 'https://palm-gazette.test/moved.htm');
        assert.deepEqual((await articleOf(41, other.articleId)).alsoAt, [{ url: 'https://palm-gazette.test/moved.htm' }]);
      }));
  });

  describe(`${name} store: stories`, () => {
    test('keeps size, outlets, first/last seen and headline up to date', () =>
      withStore(async (store) => {
        const a = await store.addSource({ url: 'https://palm-gazette.test/feed', name: 'جريدة النخيل' });
        const b = await store.addSource({ url: 'https://desert-times.test/rss', name: 'صحيفة الصحراء' });
        const first = await store.insertArticle(makeArticle(a.id, { title: 'الأول', publishedAt: '2026-03-01T08:00:00.000Z' }), newStory(10));
        let story = (await store.getStory(10))!;
        assert.equal(story.size, 1);
        assert.equal(story.headlineArticleId, first.articleId, 'a one-article story is headed by it');
        const second = await store.insertArticle(makeArticle(b.id, { title: 'الثاني', publishedAt: '2026-03-01T09:00:00.000Z' }), joinStory(10, 0.8));
        const third = await store.insertArticle(makeArticle(a.id, { title: 'الثالث', publishedAt: '2026-03-01T07:00:00.000Z' }), joinStory(10, 0.5));
        story = (await store.getStory(10))!;
        assert.equal(story.size, 3);
        assert.deepEqual([...story.outlets].sort(), ['جريدة النخيل', 'صحيفة الصحراء'].sort());
        assert.equal(story.firstSeenAt, '2026-03-01T07:00:00.000Z');
        assert.equal(story.lastSeenAt, '2026-03-01T09:00:00.000Z');
        assert.equal(story.headlineArticleId, second.articleId, 'the article that joined with the highest score');
        assert.equal(story.headline, 'الثاني');
        assert.deepEqual(story.articles.map((x) => x.id), [third.articleId, first.articleId, second.articleId], 'articles in time order');
        assert.equal(story.articles[2]!.source, 'صحيفة الصحراء');
        assert.ok(story.articles.every((x) => x.url.startsWith('https://')));

        await store.setStoryHeadline(10, third.articleId);
        await store.insertArticle(makeArticle(b.id, { title: 'الرابع' }), joinStory(10, 0.95));
        assert.equal((await store.getStory(10))!.headlineArticleId, third.articleId, 'a pinned headline survives new members');
        await assert.rejects(() => store.setStoryHeadline(99, third.articleId), /not in story/);
      }));

    test('near-duplicates are recorded and never head a story', () =>
      withStore(async (store) => {
        const a = await store.addSource({ url: 'https://palm-gazette.test/feed' });
        const b = await store.addSource({ url: 'https://desert-times.test/rss' });
        const orig = await store.insertArticle(makeArticle(a.id), newStory(3));
        const copy = await store.insertArticle(makeArticle(b.id), joinStory(3, 0.99, { duplicateOf: orig.articleId }));
        assert.equal((await store.getArticle(copy.articleId))!.duplicateOf, orig.articleId);
        const story = (await store.getStory(3))!;
        assert.equal(story.headlineArticleId, orig.articleId);
        assert.equal(story.articles.find((x) => x.id === copy.articleId)!.duplicateOf, orig.articleId);
      }));

    test('applies merges and moves from the decision in the same transaction', () =>
      withStore(async (store) => {
        const a = await store.addSource({ url: 'https://palm-gazette.test/feed' });
        const b = await store.addSource({ url: 'https://desert-times.test/rss' });
        const c = await store.addSource({ url: 'https://oasis-news.test/feed' });
        const x1 = await store.insertArticle(makeArticle(a.id), newStory(1));
        const x2 = await store.insertArticle(makeArticle(b.id), newStory(2));
        const x3 = await store.insertArticle(makeArticle(c.id), joinStory(2, 0.6));
        const x4 = await store.insertArticle(makeArticle(c.id), newStory(4));
        // The new article bridges stories 1 and 2 (2 merged into 1) and pulls x4 over to story 1 as well.
        const x5 = await store.insertArticle(
          makeArticle(b.id),
          joinStory(1, 0.7, { merged: [{ from: 2, into: 1 }], moved: [{ articleId: x4.articleId, from: 4, to: 1 }] }),
        );
        assert.equal(await store.getStory(2), null, 'merged story is gone');
        assert.equal(await store.getStory(4), null, 'a story emptied by a move is gone');
        const s1 = (await store.getStory(1))!;
        assert.deepEqual(s1.articles.map((x) => x.id).sort((p, q) => p - q), [x1, x2, x3, x4, x5].map((r) => r.articleId));
        assert.equal(s1.size, 5);
        assert.equal(s1.outlets.length, 3);
        assert.equal((await store.getArticle(x3.articleId))!.storyId, 1);

        // A move into a story id the engine has just minted creates it.
        await store.insertArticle(makeArticle(a.id), joinStory(1, 0.5, { moved: [{ articleId: x2.articleId, from: 1, to: 9 }] }));
        assert.deepEqual((await store.getStory(9))!.articles.map((x) => x.id), [x2.articleId]);
        assert.equal((await store.getStory(1))!.size, 5);
      }));

    test('a failing merge rolls back the whole insert', () =>
      withStore(async (store) => {
        const a = await store.addSource({ url: 'https://palm-gazette.test/feed' });
        const x1 = await store.insertArticle(makeArticle(a.id), newStory(1));
        await assert.rejects(() =>
          store.insertArticle(makeArticle(a.id), joinStory(1, 0.5, { duplicateOf: 987654 })),
        );
        assert.equal(await store.countArticles(), 1);
        assert.deepEqual((await store.getStory(1))!.articles.map((x) => x.id), [x1.articleId]);
      }));

    test('lists stories by rank and by recency with stable cursors and filters', () =>
      withStore(async (store) => {
        const sources = [];
        for (let i = 0; i < 4; i++) sources.push(await store.addSource({ url: `https://outlet-${i}.test/feed`, name: `منفذ ${i}` }));
        // story id → [outlet count, hour of last article]
        const plan: [number, number, number][] = [[1, 1, 9], [2, 3, 8], [3, 2, 12], [4, 3, 10], [5, 1, 11], [6, 2, 7], [7, 4, 6]];
        for (const [id, outlets, hour] of plan) {
          for (let k = 0; k < outlets; k++) {
            const t = `2026-03-01T${String(hour - (outlets - 1 - k) * 0).padStart(2, '0')}:00:00.000Z`;
            await store.insertArticle(makeArticle(sources[k]!.id, { publishedAt: t }), k === 0 ? newStory(id) : joinStory(id, 0.5));
          }
        }
        const collect = async (order: 'rank' | 'recent', limit: number, extra: object = {}) => {
          const ids: number[] = [];
          let cursor: string | null = null;
          let pages = 0;
          do {
            const page = await store.listStories({ limit, cursor, order, ...extra });
            ids.push(...page.items.map((s) => s.id));
            cursor = page.nextCursor;
            pages++;
            assert.ok(pages < 20, 'pagination terminates');
          } while (cursor);
          return ids;
        };
        // rank: outlets desc, then last seen desc
        assert.deepEqual(await collect('rank', 2), [7, 4, 2, 3, 6, 5, 1]);
        assert.deepEqual(await collect('rank', 100), [7, 4, 2, 3, 6, 5, 1]);
        assert.deepEqual(await collect('recent', 3), [3, 5, 4, 1, 2, 6, 7]);
        assert.deepEqual(await collect('rank', 2, { minArticles: 3 }), [7, 4, 2]);
        assert.deepEqual(await collect('recent', 2, { since: '2026-03-01T10:00:00.000Z' }), [3, 5, 4]);
        assert.deepEqual(await collect('recent', 2, { until: '2026-03-01T07:30:00.000Z' }), [6, 7]);

        const first = await store.listStories({ limit: 1, order: 'rank' });
        assert.equal(first.items[0]!.articles.length, 4);
        assert.ok(first.items[0]!.articles.every((x) => x.url && x.source && x.title));
        await assert.rejects(() => store.listStories({ limit: 2, cursor: 'not-a-cursor!' }), /cursor/i);
        await assert.rejects(() => store.listStories({ limit: 2, cursor: Buffer.from('{"x":1}').toString('base64url') }), /cursor/i);
      }));

    test('removing a source removes its articles and shrinks or drops their stories', () =>
      withStore(async (store) => {
        const a = await store.addSource({ url: 'https://palm-gazette.test/feed', name: 'أ' });
        const b = await store.addSource({ url: 'https://desert-times.test/rss', name: 'ب' });
        await store.insertArticle(makeArticle(a.id), newStory(1));
        const kept = await store.insertArticle(makeArticle(b.id), joinStory(1, 0.9));
        await store.insertArticle(makeArticle(a.id), newStory(2));
        await store.recordFetch({ sourceId: a.id, url: 'https://palm-gazette.test/feed', startedAt: '2026-03-01T10:00:00.000Z', finishedAt: '2026-03-01T10:00:01.000Z', status: 'ok', httpStatus: 200, bytes: 1, newArticles: 2, error: null });
        assert.equal(await store.removeSource(a.id), true);
        assert.equal(await store.countArticles(), 1);
        assert.equal(await store.getStory(2), null);
        const s1 = (await store.getStory(1))!;
        assert.equal(s1.size, 1);
        assert.deepEqual(s1.outlets, ['ب']);
        assert.equal(s1.headlineArticleId, kept.articleId);
        assert.deepEqual(await store.listFetches({ sourceId: a.id }), []);
      }));

    test('replaceStoryAssignments rewrites membership and recomputes stories', () =>
      withStore(async (store) => {
        const a = await store.addSource({ url: 'https://palm-gazette.test/feed' });
        const b = await store.addSource({ url: 'https://desert-times.test/rss' });
        const x1 = await store.insertArticle(makeArticle(a.id), newStory(1));
        const x2 = await store.insertArticle(makeArticle(b.id), joinStory(1, 0.5));
        const x3 = await store.insertArticle(makeArticle(b.id), newStory(2));
        await store.replaceStoryAssignments([
          { articleId: x1.articleId, storyId: 50, duplicateOf: null, score: 1 },
          { articleId: x2.articleId, storyId: 51, duplicateOf: null, score: 1 },
          { articleId: x3.articleId, storyId: 50, duplicateOf: x1.articleId, score: 0.97 },
        ]);
        assert.equal(await store.getStory(1), null);
        assert.equal(await store.getStory(2), null);
        assert.deepEqual((await store.getStory(50))!.articles.map((x) => x.id), [x1.articleId, x3.articleId]);
        assert.equal((await store.getStory(50))!.outlets.length, 2);
        assert.equal((await store.getArticle(x3.articleId))!.duplicateOf, x1.articleId);
        assert.equal((await store.getArticle(x2.articleId))!.storyId, 51);
        await assert.rejects(() => store.replaceStoryAssignments([{ articleId: 77777, storyId: 1, duplicateOf: null, score: 1 }]), /unknown article/);
        assert.ok(await store.getStory(50), 'a failed rewrite changes nothing');
      }));
  });

  runSearchReindexSuite(name, withStore);
}
