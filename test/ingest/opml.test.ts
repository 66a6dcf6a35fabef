import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseOpml, renderOpml } from '../../src/ingest/opml.ts';
import { FeedParseError } from '../../src/ingest/feed-parser.ts';

const NESTED = `<?xml version="1.0" encoding="utf-8"?>
<opml version="2.0">
  <head><title>اشتراكاتي</title></head>
  <body>
    <outline text="أخبار">
      <outline text="محلية">
        <outline text="صحيفة الواحة" type="rss" xmlUrl="https://wahat.example/rss.xml" htmlUrl="https://wahat.example/"/>
      </outline>
      <outline text="نشرة الرمال" title="نشرة الرمال الأسبوعية" type="rss" xmlUrl="https://rimal.example/feed"/>
    </outline>
    <outline text="بلا مجلد" type="rss" xmlUrl="https://nakheel.example/atom.xml"/>
    <outline text="مكرر" type="rss" xmlUrl="https://wahat.example/rss.xml"/>
    <outline text="خطر" type="rss" xmlUrl="javascript:alert(1)"/>
    <outline text="ملف" type="rss" xmlUrl="file:///etc/passwd"/>
    <outline text="مصنف بالسمة" type="rss" category="/رياضة/محلية" xmlUrl="https://kora.example/rss"/>
  </body>
</opml>`;

test('nested outlines become category paths; duplicates and non-http URLs are skipped', () => {
  assert.deepEqual(parseOpml(NESTED), [
    { title: 'صحيفة الواحة', xmlUrl: 'https://wahat.example/rss.xml', htmlUrl: 'https://wahat.example/', category: ['أخبار', 'محلية'] },
    { title: 'نشرة الرمال الأسبوعية', xmlUrl: 'https://rimal.example/feed', htmlUrl: null, category: ['أخبار'] },
    { title: 'بلا مجلد', xmlUrl: 'https://nakheel.example/atom.xml', htmlUrl: null, category: [] },
    { title: 'مصنف بالسمة', xmlUrl: 'https://kora.example/rss', htmlUrl: null, category: ['رياضة', 'محلية'] },
  ]);
});

test('render → parse keeps titles, URLs and folders, escaping hostile characters', () => {
  const sources = [
    { title: 'صحيفة "الواحة" & <الرمال>', xmlUrl: 'https://wahat.example/rss?a=1&b=2', htmlUrl: 'https://wahat.example/', category: ['أخبار', 'محلية'] },
    { title: 'نشرة', xmlUrl: 'https://rimal.example/feed', htmlUrl: null, category: [] },
  ];
  const xml = renderOpml(sources, 'مرصد & أصدقاؤه', new Date('2024-03-03T00:00:00Z'));
  assert.match(xml, /^<\?xml version="1.0" encoding="utf-8"\?>\s*<opml version="2.0">/);
  assert.ok(!xml.includes('"الواحة"'), 'quotes inside attributes are escaped');
  assert.ok(xml.includes('&amp;b=2'));
  assert.deepEqual(
    parseOpml(xml).map((o) => [o.title, o.xmlUrl, o.htmlUrl, o.category]),
    sources.map((s) => [s.title, s.xmlUrl, s.htmlUrl, s.category]),
  );
});

test('hostile or broken OPML gives a FeedParseError', () => {
  const cases: Array<[string, RegExp]> = [
    ['', /empty/],
    ['<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY x SYSTEM "file:///etc/passwd">]><opml version="2.0"><body><outline text="&x;" xmlUrl="https://a.example/"/></body></opml>', /internal subset/],
    ['<opml version="2.0"><body><outline text="x" xmlUrl="https://a.example/"></body></opml>', /malformed OPML/],
    ['<opml version="2.0"><body><outline text="x" xmlUrl="https://a.example/"/></body>', /truncated OPML|malformed OPML/],
  ];
  for (const [doc, pattern] of cases) {
    assert.throws(() => parseOpml(doc), (e: unknown) => e instanceof FeedParseError && pattern.test(e.message), doc.slice(0, 60));
  }
});
