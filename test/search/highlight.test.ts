import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeHtml, highlightAll, highlightAllFullScan, snippet, snippetFullScan, type MatchKeys } from '../../src/search/highlight.ts';

const keys = (surface: string[], stems: string[] = [], phrases: string[][] = []): MatchKeys => ({
  surface: new Set(surface), stems: new Set(stems), phrases,
});

test('escapes every HTML-significant character', () => {
  assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
});

test('marks matches on the original spelling: diacritics, hamza, clitics', () => {
  // Keys are analyzer forms (normalized surface, stems); the marks wrap the words as written.
  assert.equal(highlightAll('قالَ الرَّئيسُ: المسؤول حاضر', keys(['المسءول'], ['رءيس'])), 'قالَ <mark>الرَّئيسُ</mark>: <mark>المسؤول</mark> حاضر');
  assert.equal(highlightAll('<b>وزير</b>', keys(['وزير'])), '&lt;b&gt;<mark>وزير</mark>&lt;/b&gt;');
});

test('a phrase is marked only where its words are consecutive, as one mark', () => {
  const k = keys([], [], [['مجلس', 'الامن']]);
  assert.equal(highlightAll('اجتمع مجلس الأمن، ثم غادر المجلس. الأمن مستتب', k), 'اجتمع <mark>مجلس الأمن</mark>، ثم غادر المجلس. الأمن مستتب');
});

test('the snippet is taken around the densest cluster of distinct query words', () => {
  const filler = 'كلام عام لا صلة له بالموضوع. '.repeat(20);
  const text = `${filler}ذكر التقرير القمح مرة. ${filler}ارتفع سعر القمح وسعر الشعير معا في السوق. ${filler}`;
  const s = snippet(text, keys(['القمح', 'الشعير']), 120);
  assert.match(s.html, /<mark>القمح<\/mark> وسعر <mark>الشعير<\/mark>/);
  assert.ok(s.html.startsWith('… ') && s.html.endsWith(' …'));
  assert.equal(s.matches, 2);
  const plain = s.html.replace(/<\/?mark>/g, '').replace(/^… | …$/g, '');
  assert.ok(plain.length <= 125, `snippet length ${plain.length}`);
  assert.ok(text.includes(plain), 'the snippet is a verbatim passage of the text');
});

test('without a match in the text the snippet is its opening', () => {
  const s = snippet('بداية النص هنا. '.repeat(40), keys(['غائب']), 60);
  assert.ok(s.html.startsWith('بداية النص'));
  assert.ok(s.html.endsWith(' …'));
  assert.equal(s.matches, 0);
});

// The snippet finds its matches with a pattern over the raw text and tokenizes only around them; it must choose and
// mark exactly what a scan of every token would. Texts cover what the pattern has to see through.
const PARAGRAPHS = [
  'أعلن الرَّئيـــسُ اليوم خطة جديدة للمياه، وقال المسئول إن العمل يبدأ غداً.',
  'وفي السياق ذاته اجتمع مجلس الأمن الإقليمي، ثم التقى الرئيس بالمسؤولين في القصر.',
  'ﻻ تزال الأسعار مرتفعة في السوق ﷺ منذ أسبوعين، حسب تقرير نشرته الوزارة.',
  'The minister met reporters in Riyadh and discussed the Library project (phase 2).',
  'قال‌ المتحدث إن والرئيس الفخري سيحضر، وأضاف أن للرئيس رأياً آخر في مسألة المياه.',
  '   بداية بمسافات ثم كلمات عادية عن الطقس والرياح في المدينة الساحلية الخيالية.',
  'جاء في الخبر أن مجلس... الأمن لم يجتمع؛ بل اجتمع مجلسُ الأمنِ بعد الظهر بحضور الرئيس.',
  // A decomposed hamza above a waw, presentation forms, characters outside the folding table (an emoji, the euro sign).
  'وصل المسو\u0654ول 😀 إلى ﺍﻟﺮﺋﻴﺲ، وقيل إن الرئيس€ دفع 5€ لمياه المدينة، ودعا إلى السﻼم.',
];
const KEY_SETS: MatchKeys[] = [
  keys(['الرءيس'], ['رءيس']),
  keys([], ['رءيس', 'مياه']),
  keys(['المسءول'], ['مسءول']),
  keys([], [], [['مجلس', 'الامن']]),
  keys(['library'], ['librari', 'minist']),
  keys(['لا'], ['سعر']),
  keys([], ['صلي']),
  keys(['غاءب'], ['غاءب']),
  keys(['السلام'], ['سلام']),
  keys([], []),
];

test('snippets and whole-text marks are exactly those of a scan of every token', () => {
  let compared = 0;
  for (let a = 0; a < PARAGRAPHS.length; a++) {
    for (let b = 0; b < PARAGRAPHS.length; b++) {
      // Long texts built from the paragraphs in varied orders, so matches fall at the start, middle and end.
      const text = [PARAGRAPHS[a], 'كلام عام عن أمور أخرى. '.repeat(b * 3), PARAGRAPHS[b], PARAGRAPHS[(a + b) % PARAGRAPHS.length]].join('\n');
      for (const k of KEY_SETS) {
        for (const width of [60, 120, 220]) {
          assert.deepEqual(snippet(text, k, width), snippetFullScan(text, k, width), `paragraphs ${a}/${b}, width ${width}, keys ${JSON.stringify([...k.surface, ...k.stems, ...k.phrases])}`);
          compared++;
        }
        assert.equal(highlightAll(text, k), highlightAllFullScan(text, k), 'the whole text marked');
      }
    }
  }
  assert.ok(compared > 1000);
});

test('the snippet sees through diacritics, tatweel, hamza seats and clitics in a long text', () => {
  const text = `${'نص تمهيدي طويل لا علاقة له بالموضوع. '.repeat(30)}وصرّح الرَّئيـــسُ بأن المسئول عن الملف سيتغير.`;
  const s = snippet(text, keys(['الرءيس', 'المسءول'], ['رءيس', 'مسءول']), 120);
  assert.match(s.html, /<mark>الرَّئيـــسُ<\/mark> بأن <mark>المسئول<\/mark>/);
  assert.equal(s.matches, 2);
});
