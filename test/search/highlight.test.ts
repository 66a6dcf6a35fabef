import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeHtml, highlightAll, snippet, type MatchKeys } from '../../src/search/highlight.ts';

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
