// Hostile-input suite, document side: formats, links, dates, hostile XML and character sets, each served by a real
// loopback server, fetched and parsed. Harness and routes: hostile-harness.ts.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FetchResult } from '../../src/ingest/types.ts';
import * as F from './hostile-feeds.ts';
import { expectFeed, expectParseError, fetcherFor, run, server, useHostileServers } from './hostile-harness.ts';

useHostileServers();

describe('feed formats', () => {
  test('RSS 2.0 in Arabic: items, guid, link, date with numeric zone', async () => {
    const { feed } = expectFeed(await run('/simple'));
    assert.equal(feed.format, 'rss');
    assert.equal(feed.title, F.OUTLET);
    assert.equal(feed.language, 'ar');
    assert.equal(feed.items.length, 2);
    assert.equal(feed.items[0]!.guid, 'wahat-1');
    assert.equal(feed.items[0]!.title, F.TITLE_1);
    assert.equal(feed.items[0]!.summary, F.BODY_1);
    assert.equal(feed.items[0]!.published?.toISOString(), '2024-03-03T07:30:00.000Z');
  });

  test('RSS 0.91 with the Netscape DOCTYPE (no internal subset, never fetched)', async () => {
    const { feed } = expectFeed(await run('/rss091'));
    assert.equal(feed.format, 'rss');
    assert.equal(feed.items.length, 1);
    assert.equal(feed.items[0]!.url, 'https://old-oasis.example/wells');
    assert.equal(feed.items[0]!.guid, 'https://old-oasis.example/wells');
  });

  test('RSS 1.0 (RDF) with dc:date and dc:creator', async () => {
    const { feed } = expectFeed(await run('/rss10'));
    assert.equal(feed.format, 'rdf');
    assert.equal(feed.items[0]!.title, 'موسم التمور يبدأ مبكراً هذا العام');
    assert.equal(feed.items[0]!.published?.toISOString(), '2024-09-14T05:15:00.000Z');
    assert.equal(feed.items[0]!.author, 'سلمى الراوي');
  });

  test('Atom: alternate link resolved, html title flattened, updated used when published is missing', async () => {
    const { feed } = expectFeed(await run('/atom'));
    assert.equal(feed.format, 'atom');
    assert.equal(feed.language, 'ar');
    const [first, second] = feed.items;
    assert.equal(first!.url, 'https://nakheel.example/posts/book');
    assert.equal(first!.title, 'قراءة في كتاب متخيل');
    assert.equal(first!.published?.toISOString(), '2024-01-31T19:00:00.000Z');
    assert.equal(first!.contentHtml, '<p>فقرة أولى من العرض.</p>');
    assert.deepEqual(first!.categories, ['ثقافة']);
    assert.equal(second!.published?.toISOString(), '2024-01-20T09:00:00.000Z');
  });

  test('JSON Feed: content_html, relative url and image resolved against home_page_url', async () => {
    const { feed } = expectFeed(await run('/json'));
    assert.equal(feed.format, 'json');
    const item = feed.items[0]!;
    assert.equal(item.url, 'https://mawjaz.example/brief/1');
    assert.equal(item.image, 'https://mawjaz.example/img/power.jpg');
    assert.equal(item.contentHtml, '<p>أعلنت شركة متخيلة عن صيانة مجدولة.</p>');
    assert.equal(item.author, 'هالة النجار');
    assert.equal(item.published?.toISOString(), '2024-05-10T06:00:00.000Z');
  });

  test('dc:date stands in for a missing pubDate', async () => {
    const { feed } = expectFeed(await run('/dc-date'));
    assert.equal(feed.items[0]!.published?.toISOString(), '2024-06-01T04:45:00.000Z');
    assert.equal(feed.items[0]!.author, 'عادل الصحراوي');
  });

  test('content:encoded becomes contentHtml, description the summary', async () => {
    const { feed } = expectFeed(await run('/content-encoded'));
    assert.equal(feed.items[0]!.contentHtml, `<p>${F.BODY_1}</p><p>فقرة ثانية كاملة.</p>`);
    assert.equal(feed.items[0]!.summary, 'ملخص قصير للخبر.');
  });

  test('media:content image resolved to an absolute URL', async () => {
    const { feed } = expectFeed(await run('/media'));
    assert.equal(feed.items[0]!.image, 'https://wahat.example/media/library.jpg');
  });
});

describe('links, identities and dates', () => {
  test('relative links resolve against the channel link', async () => {
    const { feed } = expectFeed(await run('/relative/feed.xml'));
    assert.deepEqual(
      feed.items.map((i) => i.url),
      ['https://wahat.example/news/relative', 'https://wahat.example/sports/match?id=3'],
    );
  });

  test('relative links resolve against the feed URL when the channel has no link', async () => {
    const { feed } = expectFeed(await run('/relative-nosite/feeds/main.xml'));
    assert.equal(feed.items[0]!.url, `${server.origin}/relative-nosite/feeds/article-9.html`);
  });

  test('duplicate GUIDs: the first item wins, the repeat is dropped', async () => {
    const { feed } = expectFeed(await run('/duplicates'));
    assert.deepEqual(
      feed.items.map((i) => [i.guid, i.url]),
      [
        ['same-guid', 'https://wahat.example/news/dup-a'],
        ['other-guid', 'https://wahat.example/news/other'],
      ],
    );
  });

  test('missing, future, odd-zone, Arabic and unreadable dates', async () => {
    const { feed } = expectFeed(await run('/dates'));
    const byUrl = new Map(feed.items.map((i) => [i.url.split('/').pop(), i.published?.toISOString() ?? null]));
    assert.equal(byUrl.get('none'), null);
    assert.equal(byUrl.get('future'), null, 'a date in 2100 is not trusted');
    assert.equal(byUrl.get('eest'), '2024-07-02T06:00:00.000Z');
    assert.equal(byUrl.get('arabic'), '2024-03-03T10:30:00.000Z');
    assert.equal(byUrl.get('garbage'), null);
    assert.equal(feed.items.length, 5, 'items without a usable date are kept');
  });
});

describe('hostile documents', () => {
  test('script and event-handler injection: contentHtml left untouched for the sanitizer, text fields carry no markup', async () => {
    const { feed } = expectFeed(await run('/injection'));
    assert.equal(feed.items.length, 1, 'the javascript: link item is dropped');
    const item = feed.items[0]!;
    assert.equal(item.url, 'https://wahat.example/news/inject');
    // Untrusted HTML is passed on as-is: the extractor's sanitizer is the one place that cleans it.
    assert.match(item.contentHtml!, /<script>fetch\('https:\/\/evil\.example/);
    assert.match(item.contentHtml!, /onclick="steal\(\)"/);
    assert.ok(!/[<>]/.test(item.title!), `title carries markup: ${item.title}`);
    assert.ok(item.title!.endsWith(F.TITLE_1));
    assert.equal(item.summary, F.BODY_1, 'summary is plain text without the script body');
  });

  test('billion laughs is refused at once with a clear error', async () => {
    const o = await run('/billion-laughs');
    expectParseError(o, /DOCTYPE.*internal subset/);
  });

  test('external entity (file:///etc/passwd) is refused and nothing is read from disk', async () => {
    const o = await run('/xxe');
    expectParseError(o, /DOCTYPE.*internal subset/);
    assert.ok(!/root:/.test((o as { error: Error }).error.message));
  });

  test('malformed XML gives a FeedParseError naming the problem', async () => {
    expectParseError(await run('/malformed'), /^malformed feed: .+/);
  });

  test('XML truncated mid-element', async () => {
    expectParseError(await run('/truncated'), /malformed|truncated/);
  });

  test('XML truncated after a complete item (the root never closes)', async () => {
    expectParseError(await run('/truncated-after-item'), /truncated feed: the document ends before <\/channel>/);
  });

  test('an HTML page served as a feed', async () => {
    expectParseError(await run('/html'), /not a feed: the document is an HTML page/);
  });

  test('an empty body', async () => {
    const o = await run('/empty');
    expectParseError(o, /empty document/);
    assert.equal((o as { result: FetchResult }).result.body.length, 0);
  });
});

describe('character sets', () => {
  test('windows-1256 without any declaration is recognised as Arabic', async () => {
    const { feed, result } = expectFeed(await run('/cp1256-undeclared'));
    assert.equal(result.charset, 'windows-1256');
    assert.equal(feed.items[0]!.title, F.TITLE_1);
  });

  test('declared UTF-8 that is really windows-1256 (wrong declared charset)', async () => {
    const { feed, result } = expectFeed(await run('/cp1256-says-utf8'));
    assert.equal(result.charset, 'windows-1256');
    assert.equal(feed.items[0]!.summary, F.BODY_1);
  });

  test('a Latin-1 header over UTF-8 bytes is read as UTF-8', async () => {
    const { feed, result } = expectFeed(await run('/utf8-says-latin1'));
    assert.equal(result.charset, 'utf-8');
    assert.equal(feed.items[0]!.title, F.TITLE_1);
  });

  test('ISO-8859-6 declared in the XML declaration', async () => {
    const { feed, result } = expectFeed(await run('/iso-8859-6-decl'));
    assert.equal(result.charset, 'iso-8859-6');
    assert.equal(feed.items[0]!.title, F.TITLE_1);
    assert.equal(feed.items[0]!.summary, F.BODY_1);
  });

  test('ISO-8859-6 declared in the Content-Type header', async () => {
    const { feed, result } = expectFeed(await run('/iso-8859-6-header'));
    assert.equal(result.charset, 'iso-8859-6');
    assert.equal(feed.items[0]!.title, F.TITLE_1);
  });

  test('a UTF-8 BOM beats a windows-1256 header', async () => {
    const { feed, result } = expectFeed(await run('/bom-beats-header'));
    assert.equal(result.charset, 'utf-8');
    assert.equal(feed.items[0]!.title, F.TITLE_1);
  });

  test('UTF-16LE with a BOM', async () => {
    const { feed, result } = expectFeed(await run('/utf16le-bom'));
    assert.equal(result.charset, 'utf-16le');
    assert.equal(feed.items[0]!.title, F.TITLE_1);
  });

  test('HTML <meta charset=windows-1256> decides when the header says nothing', async () => {
    const fetcher = fetcherFor();
    try {
      const r = await fetcher.fetch(`${server.origin}/html-meta-1256`, { purpose: 'check' });
      assert.equal(r.charset, 'windows-1256');
      assert.ok(r.text.includes(`<title>${F.TITLE_1}</title>`));
    } finally {
      await fetcher.close();
    }
  });

  test('HTML <meta http-equiv> with ISO-8859-6', async () => {
    const fetcher = fetcherFor();
    try {
      const r = await fetcher.fetch(`${server.origin}/html-http-equiv-8859-6`, { purpose: 'check' });
      assert.equal(r.charset, 'iso-8859-6');
      assert.ok(r.text.includes(F.BODY_1));
    } finally {
      await fetcher.close();
    }
  });
});

