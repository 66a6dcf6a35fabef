import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extractHtml } from '../../src/extract/index.ts';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

test('JSON-LD news page: metadata from the graph, body without nav, share row, insert, related list, tags or comments', () => {
  const a = extractHtml(fixture('news-jsonld.html'), { url: 'https://alwaha-news.example/economy/2024/03/12/desalination-plant?utm=x' });
  assert.equal(a.title, 'افتتاح محطة تحلية جديدة في مدينة الساحل');
  assert.equal(a.byline, 'ليلى منصور');
  assert.equal(a.publishedAt?.slice(0, 10), '2024-03-12');
  assert.match(a.publishedAt!, /T09:30:00\+03:00$/);
  assert.match(a.updatedAt!, /^2024-03-12T14:05/);
  assert.equal(a.canonicalUrl, 'https://alwaha-news.example/economy/2024/03/12/desalination-plant');
  assert.equal(a.section, 'اقتصاد');
  assert.equal(a.sourceName, 'الواحة نيوز');
  assert.equal(a.image, 'https://alwaha-news.example/img/plant.jpg');
  assert.equal(a.lang, 'ar');

  assert.equal(a.paragraphs.length, 6);
  assert.match(a.paragraphs[0], /^افتتحت بلدية مدينة الساحل/);
  assert.ok(a.paragraphs.includes('مخاوف بيئية'), 'subheading kept');
  assert.match(a.text, /أنبوب التصريف/);
  for (const junk of ['سياسة', 'فيسبوك', 'ارتفاع أسعار المياه المعبأة', 'تراجع منسوب الآبار', 'خطوة ممتازة', 'المنتخب يستعد', 'جميع الحقوق', 'الوسوم']) {
    assert.ok(!a.text.includes(junk), `body must not contain "${junk}"`);
  }
  assert.ok(a.lead.startsWith('افتتحت بلدية'));
  assert.ok(a.lead.length <= 320);

  const readAlso = a.boilerplate.filter((b) => b.kind === 'read-also');
  assert.equal(readAlso.length, 1);
  assert.equal(readAlso[0].label, 'اقرأ أيضاً:');
  assert.equal(readAlso[0].title, 'ارتفاع أسعار المياه المعبأة في الأسواق المحلية');
  assert.equal(readAlso[0].items?.[0].url, 'https://alwaha-news.example/economy/2024/03/10/water-prices');

  const related = a.boilerplate.find((b) => b.kind === 'related' && b.label === 'أخبار ذات صلة');
  assert.ok(related, 'related list reported with its heading as label');
  assert.deepEqual(related.items?.map((i) => i.title), [
    'تراجع منسوب الآبار الجوفية في المحافظة', 'مشروع للطاقة الشمسية على أسطح المدارس', 'توسعة الميناء التجاري تبدأ الشهر المقبل',
  ]);
  assert.ok(a.boilerplate.some((b) => b.kind === 'related' && b.label === 'الأكثر قراءة'));
  const tags = a.boilerplate.find((b) => b.kind === 'tags');
  assert.deepEqual(tags?.items?.map((i) => i.title), ['مياه', 'البحر', 'طاقة شمسية']);
  assert.ok(a.boilerplate.some((b) => b.kind === 'share'));
  assert.ok(a.boilerplate.some((b) => b.kind === 'comments' && b.text.includes('خطوة ممتازة')));

  assert.match(a.html, /^<div dir="rtl" lang="ar">/);
  assert.ok(a.html.includes('<h2>مخاوف بيئية</h2>'));
  assert.ok(!/script|trackPage|<style/i.test(a.html));
});

test('og-tag page: title without site suffix, byline line and source line taken out of the body, teaser sidebar not chosen', () => {
  const a = extractHtml(fixture('news-og.html'), { url: 'https://alnakheel.example/local/festival-dates' });
  assert.equal(a.title, 'مهرجان التمور السنوي يستقبل زواره');
  assert.equal(a.byline, 'سامر الحداد');
  assert.equal(a.publishedAt?.slice(0, 10), '2023-09-20');
  assert.equal(a.section, 'محليات');
  assert.equal(a.image, 'https://alnakheel.example/media/festival.jpg');
  assert.equal(a.paragraphs.length, 3);
  assert.match(a.paragraphs[0], /^انطلقت مساء أمس/);
  assert.ok(!a.text.includes('بقلم'));
  assert.ok(!a.text.includes('المصدر'));
  assert.ok(!a.text.includes('سوق المزارعين'));
  const source = a.boilerplate.find((b) => b.kind === 'source-line');
  assert.equal(source?.source, 'وكالة الأنباء الإقليمية');
  const related = a.boilerplate.find((b) => b.kind === 'related');
  assert.equal(related?.items?.length, 4);
  assert.equal(related?.items?.[0].url, 'https://alnakheel.example/local/1');
  assert.ok(a.boilerplate.some((b) => b.kind === 'share'));
});

test('old table layout: Arabic dateline near the title, <br> paragraphs, "كتب:" byline, keywords', () => {
  const a = extractHtml(fixture('news-arabic-date.html'), { url: 'https://alwadi.example/news.php?id=77' });
  assert.equal(a.title, 'المجلس البلدي يقر ميزانية العام الجديد');
  assert.equal(a.publishedAt?.slice(0, 10), '2015-08-09');
  assert.equal(a.byline, 'مراد العلي');
  assert.equal(a.paragraphs.length, 3);
  assert.match(a.paragraphs[2], /^واعترض عضوان/);
  assert.ok(!a.text.includes('الرئيسية'));
  assert.ok(!a.text.includes('كلمات مفتاحية'));
  assert.deepEqual(a.boilerplate.find((b) => b.kind === 'tags')?.items?.map((i) => i.title), ['بلدية', 'ميزانية', 'طرق']);
  assert.equal(a.lang, 'ar');
});

test('the related-links block is not taken for the article even when it has more text', () => {
  const teaser = (n: number): string =>
    `<li class="item"><h3><a href="/n/${n}">عنوان خبر آخر رقم ${n} عن موضوع مختلف تماما</a></h3><p>ملخص قصير للخبر رقم ${n} يكتب في سطر واحد، ويذكر بعض التفاصيل عن الحدث، ثم ينتهي هنا.</p></li>`;
  const html = `<html lang="ar"><body>
    <div class="page">
      <div class="story"><h1>عنوان الخبر الرئيسي</h1>
        <p>هذه الفقرة الأولى من الخبر الرئيسي، وفيها ما يكفي من الكلام ليبدو نصاً حقيقياً عن حدث واحد محدد في مكان معروف.</p>
        <p>وهذه فقرة ثانية تكمل الخبر نفسه وتضيف تصريحاً لأحد المسؤولين، ثم تختم بجملة عن الخطوات المقبلة المنتظرة.</p>
      </div>
      <div class="box"><h2>مقالات ذات صلة</h2><ul>${Array.from({ length: 10 }, (_, i) => teaser(i + 1)).join('')}</ul></div>
    </div></body></html>`;
  const a = extractHtml(html, { url: 'https://example.org/a' });
  assert.equal(a.paragraphs.length, 2);
  assert.match(a.text, /الفقرة الأولى من الخبر الرئيسي/);
  assert.ok(!a.text.includes('ملخص قصير'));
  const related = a.boilerplate.find((b) => b.kind === 'related');
  assert.equal(related?.label, 'مقالات ذات صلة');
  assert.equal(related?.items?.length, 10);
});

test('a pasted read-also article inside the body becomes a segment with its title and text', () => {
  const html = `<html lang="ar"><body><article>
    <h1>الخبر الأصلي</h1>
    <p>الفقرة الأولى من الخبر الأصلي عن افتتاح مكتبة عامة جديدة في الحي الغربي من المدينة بعد سنوات من الانتظار.</p>
    <p>وتضم المكتبة قاعة للأطفال وأخرى للدراسة، وتفتح أبوابها يومياً حتى العاشرة مساءً طوال أيام الأسبوع.</p>
    <p>المصدر: مكتب الإعلام البلدي</p>
    <p>إقرأ أيضاً:</p>
    <p>سباق الدراجات الجبلية يعود بعد غياب</p>
    <p>يعود سباق الدراجات الجبلية هذا الربيع بمشاركة فرق من خمس محافظات، على مسار طوله أربعون كيلومتراً.</p>
    <p>وقال المنظمون إن التسجيل يبقى مفتوحاً حتى نهاية الشهر.</p>
  </article></body></html>`;
  const a = extractHtml(html);
  assert.equal(a.paragraphs.length, 2);
  assert.ok(!a.text.includes('الدراجات'));
  const insert = a.boilerplate.find((b) => b.kind === 'read-also');
  assert.equal(insert?.title, 'سباق الدراجات الجبلية يعود بعد غياب');
  assert.match(insert!.text, /التسجيل يبقى مفتوحاً/);
  assert.equal(a.boilerplate.find((b) => b.kind === 'source-line')?.source, 'مكتب الإعلام البلدي');
});

test('English page: Related and Share furniture separated, date from the URL path', () => {
  const html = `<html lang="en"><head><title>Harbour reopens after storm | The Coastal Ledger</title></head><body>
    <div class="content"><h1>Harbour reopens after storm</h1>
      <p>The town harbour reopened on Tuesday after a week of repairs to the breakwater, the port authority said in a statement.</p>
      <p>Fishing boats were the first to leave, and ferry services are expected to resume on a reduced timetable by the weekend.</p>
      <p>Read more: <a href="/2021/03/01/storm-warning">Storm warning issued for the coast</a></p>
      <div class="social-share"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
    </div>
    <div class="related-stories"><h3>Related</h3><a href="/x">Lighthouse restoration finished</a><a href="/y">New ferry ordered</a></div>
  </body></html>`;
  const a = extractHtml(html, { url: 'https://ledger.example/2021/03/09/harbour-reopens' });
  assert.equal(a.title, 'Harbour reopens after storm');
  assert.equal(a.publishedAt, '2021-03-09');
  assert.equal(a.lang, 'en');
  assert.equal(a.paragraphs.length, 2);
  assert.ok(!a.text.includes('Storm warning'));
  assert.equal(a.boilerplate.find((b) => b.kind === 'read-also')?.items?.[0].url, 'https://ledger.example/2021/03/01/storm-warning');
  assert.deepEqual(a.boilerplate.find((b) => b.kind === 'related')?.items?.map((i) => i.title), ['Lighthouse restoration finished', 'New ferry ordered']);
  assert.equal(a.html.includes('dir="ltr"'), true);
});

test('empty and odd input: no crash, an empty article', () => {
  const a = extractHtml('');
  assert.equal(a.text, '');
  assert.deepEqual(a.paragraphs, []);
  assert.equal(a.lang, 'und');
  const b = extractHtml('<p>نص قصير</p>');
  assert.equal(b.text, 'نص قصير');
  assert.throws(() => extractHtml(undefined as unknown as string), TypeError);
});

test('content HTML is safe by construction: no handlers, scripts, styles or non-http links; links absolute', () => {
  const para = 'فقرة طويلة بما يكفي لتكون نص الخبر الرئيسي، تتحدث عن موضوع واحد وتضم تفاصيل كثيرة عن الحدث ومكانه وزمانه';
  const html = `<html lang="ar"><body><article>
    <p onclick="steal()" style="color:red">${para} <a href="javascript:alert(1)">رابط خبيث</a> و<a href="/ok" onmouseover="x()">رابط سليم</a>.</p>
    <p>${para}<img src="pic.jpg" onerror="y()"><img src="data:image/svg+xml;base64,PHN2Zz4="><script>z()</script><iframe src="https://evil.example"></iframe></p>
    <p>${para} &lt;script&gt;alert(1)&lt;/script&gt;</p>
  </article></body></html>`;
  const a = extractHtml(html, { url: 'https://site.example/a/b' });
  assert.equal(a.paragraphs.length, 3);
  assert.ok(!/onclick|onmouseover|onerror|style=|javascript:|data:image|<script|<iframe/i.test(a.html), a.html);
  assert.ok(a.html.includes('<a href="https://site.example/ok" rel="noopener nofollow ugc">رابط سليم</a>'));
  assert.ok(a.html.includes('<img src="https://site.example/a/pic.jpg"'));
  assert.ok(a.html.includes('&lt;script&gt;'), 'escaped text stays escaped');
  assert.ok(a.text.includes('رابط خبيث'), 'the text of a dropped link stays');
});

test('a body class that names the article outweighs a furniture word beside it ("entry-content no-share")', () => {
  const p = 'فقرة من نص الخبر تكفي لتكون محتوى حقيقياً، وتتحدث عن افتتاح معرض للفنون التشكيلية في وسط المدينة القديمة';
  const html = `<html lang="ar"><body><div class="wrap"><div class="entry-content no-share"><p>${p}</p><p>${p}</p><p>${p}</p></div>
    <div class="share-box"><a href="/s">شارك</a></div></div></body></html>`;
  const a = extractHtml(html);
  assert.equal(a.paragraphs.length, 3);
});
