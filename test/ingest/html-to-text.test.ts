import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeEntities, htmlToText } from '../../src/ingest/html-to-text.ts';

test('tags dropped, block tags separate words, inline tags do not', () => {
  assert.equal(htmlToText('<p>فقرة أولى</p><p>فقرة <b>ثا</b>نية</p>'), 'فقرة أولى فقرة ثانية');
  assert.equal(htmlToText('سطر<br>سطر<br/>سطر'), 'سطر سطر سطر');
});

test('script, style and iframe content never becomes text, even unclosed', () => {
  assert.equal(htmlToText('قبل<script>alert("x")</script>بعد'), 'قبل بعد');
  assert.equal(htmlToText('<style>p{color:red}</style>نص'), 'نص');
  assert.equal(htmlToText('نص<script>never closed'), 'نص');
  assert.equal(htmlToText('<img src=x onerror="alert(1)">عنوان'), 'عنوان');
  assert.equal(htmlToText('<a href="x" title="a > b">رابط</a>'), 'رابط');
});

test('entities: named, decimal, hex; unknown names and invalid code points are safe', () => {
  assert.equal(decodeEntities('&laquo;قال&raquo; &amp; &#1605;&#x0631; &hellip;'), '«قال» & مر …');
  assert.equal(decodeEntities('&custom; &#0; &#xD800; &#99999999;'), '&custom; \uFFFD \uFFFD &#99999999;');
  assert.equal(htmlToText('A &amp;amp; B'), 'A &amp; B', 'decoded once: double encoding is undone by one level only');
});

test('empty results are null; comparisons in text are not mistaken for tags', () => {
  assert.equal(htmlToText('<p> </p>'), null);
  assert.equal(htmlToText(null), null);
  assert.equal(htmlToText('3 < 5 و 7 > 2'), '3 < 5 و 7 > 2');
});
