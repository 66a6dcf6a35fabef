import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractScrapedText } from '../../src/extract/index.ts';

const fixture = readFileSync(new URL('./fixtures/scraped-page.txt', import.meta.url), 'utf8');
const SAMPLE = fileURLToPath(new URL('../../../shared/samples/scraped-news-page.txt', import.meta.url));

test('own scraped page: main article, source line, pasted read-also insert and similar list come out apart', () => {
  const a = extractScrapedText(fixture);
  assert.equal(a.paragraphs.length, 5);
  assert.match(a.paragraphs[0], /^وصلت إلى ميناء المدينة الشمالية/);
  assert.equal(a.paragraphs[2], 'الموانئ والاستثمار');
  assert.ok(!a.text.includes('الزيتون'));
  assert.ok(!a.text.includes('المصدر'));
  assert.equal(a.sourceName, 'وكالة أنباء المرفأ');
  // No headline line: the title is the first sentence (cut near 140 characters).
  assert.ok(a.title.startsWith('وصلت إلى ميناء المدينة الشمالية أمس'));
  assert.ok(a.title.length <= 150);

  const source = a.boilerplate.find((b) => b.kind === 'source-line');
  assert.equal(source?.source, 'وكالة أنباء المرفأ');

  const insert = a.boilerplate.find((b) => b.kind === 'read-also');
  assert.equal(insert?.label, 'إقرأ أيضاً:');
  assert.equal(insert?.title, 'مزارعو الزيتون يبدؤون موسم القطاف وسط توقعات بمحصول وفير');
  assert.match(insert!.text, /الأسعار في الأسواق/);
  assert.match(insert!.text, /سبع معاصر حديثة/);
  assert.ok(!insert!.text.includes('رصيف جديد'));

  const similar = a.boilerplate.find((b) => b.kind === 'related');
  assert.equal(similar?.label, 'مقالات مشابهة');
  assert.equal(similar?.items?.length, 6);
  assert.equal(similar?.items?.[0].title, 'افتتاح رصيف جديد في الميناء الجنوبي');
  assert.equal(similar?.items?.[5].title, 'خطة لربط الموانئ بالسكك الحديدية');
  assert.equal(a.lang, 'ar');
});

test('a headline first line becomes the title; byline and dateline lines become metadata', () => {
  const text = [
    'انقطاع الكهرباء عن ثلاثة أحياء',
    '',
    'كتبت: هدى الساعدي',
    '',
    'الأحد 9 أغسطس 2015',
    '',
    'انقطعت الكهرباء صباح اليوم عن ثلاثة أحياء في وسط المدينة بسبب عطل في محطة التحويل الرئيسية.',
    '',
    'وقالت شركة الكهرباء إن فرقها تعمل على إصلاح العطل، وإن التيار سيعود قبل المساء.',
    '',
    'شارك',
    'تابعونا على فيسبوك',
    '',
    'الوسوم: كهرباء، أعطال، خدمات',
  ].join('\n');
  const a = extractScrapedText(text);
  assert.equal(a.title, 'انقطاع الكهرباء عن ثلاثة أحياء');
  assert.equal(a.byline, 'هدى الساعدي');
  assert.equal(a.publishedAt, '2015-08-09');
  assert.equal(a.paragraphs.length, 2);
  assert.equal(a.boilerplate.filter((b) => b.kind === 'share').length, 2);
  assert.deepEqual(a.boilerplate.find((b) => b.kind === 'tags')?.items?.map((i) => i.title), ['كهرباء', 'أعطال', 'خدمات']);
});

test('a one-line read-also headline in the middle lets the host article resume', () => {
  const text = [
    'أعلنت وزارة الصحة افتتاح مستشفى جديد للأطفال في العاصمة بسعة مئتي سرير.',
    'اقرأ أيضاً: ارتفاع أسعار الأدوية المستوردة',
    'وأوضحت الوزارة أن المستشفى الجديد للأطفال سيبدأ استقبال المرضى الشهر المقبل.',
  ].join('\n');
  const a = extractScrapedText(text);
  assert.equal(a.paragraphs.length, 2);
  assert.equal(a.boilerplate[0].kind, 'read-also');
  assert.equal(a.boilerplate[0].title, 'ارتفاع أسعار الأدوية المستوردة');
});

test('prose that merely starts with a marker word stays in the article', () => {
  const text = 'شارك الرئيس في القمة الإقليمية التي عقدت في العاصمة، وألقى كلمة عن التعاون الاقتصادي بين دول المنطقة.\nوتابع الوفد جولته في اليوم التالي بزيارة عدد من المصانع والموانئ في المنطقة الحرة.';
  const a = extractScrapedText(text);
  assert.equal(a.paragraphs.length, 2);
  assert.equal(a.boilerplate.length, 0);
});

test('the shared scraped sample page splits into its four labelled parts', (t) => {
  if (!existsSync(SAMPLE)) {
    t.skip(`sample not found at ${SAMPLE} (../shared is not part of a fresh clone)`);
    return;
  }
  const a = extractScrapedText(readFileSync(SAMPLE, 'utf8'));
  assert.ok(a.text.includes('لافروف'));
  assert.ok(!a.text.includes('اتفاقية باريس'));
  assert.ok(a.paragraphs.length >= 5);
  const source = a.boilerplate.find((b) => b.kind === 'source-line');
  assert.equal(source?.source, 'الجزيرة');
  const insert = a.boilerplate.find((b) => b.kind === 'read-also');
  assert.ok(insert?.title?.includes('اتفاقية باريس'), `read-also title: ${insert?.title}`);
  assert.ok(insert!.text.length > 500, 'the whole pasted article is in the segment');
  const similar = a.boilerplate.find((b) => b.kind === 'related');
  assert.equal(similar?.items?.length, 10);
  for (const item of similar!.items!) assert.ok(!item.title.startsWith('•'));
});
