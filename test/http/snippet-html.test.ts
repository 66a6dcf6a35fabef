import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tightenSnippetHtml } from '../../src/http/views/snippet-html.ts';

test('keeps <mark>, escapes any other markup, keeps valid entities', () => {
  assert.equal(tightenSnippetHtml('قال <mark>الوزير</mark> إن'), 'قال <mark>الوزير</mark> إن');
  assert.equal(tightenSnippetHtml('<b>x</b> <mark>y</mark>'), '&lt;b&gt;x&lt;/b&gt; <mark>y</mark>');
  assert.equal(tightenSnippetHtml('a &amp; b & c &#1575;'), 'a &amp; b &amp; c &#1575;');
  assert.equal(tightenSnippetHtml('<mark onclick="x">y</mark>'), '&lt;mark onclick=&quot;x&quot;&gt;y');
});

test('balances stray mark tags', () => {
  assert.equal(tightenSnippetHtml('<mark>open'), '<mark>open</mark>');
  assert.equal(tightenSnippetHtml('close</mark> only'), 'close only');
});
