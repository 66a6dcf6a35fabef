import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractPage, looksLikeHtml } from '../../src/extract/index.ts';

const para = 'هذه فقرة عربية طويلة بما يكفي لتكون جزءاً من خبر حقيقي، وتتحدث عن افتتاح جسر جديد فوق النهر في المدينة.';

test('content type decides first, then the file name, then a sniff of the body', () => {
  assert.equal(looksLikeHtml('plain', 'text/html; charset=utf-8'), true);
  assert.equal(looksLikeHtml('<p>x</p>', 'text/plain'), false);
  assert.equal(looksLikeHtml('plain', null, 'page.html'), true);
  assert.equal(looksLikeHtml('<p>x</p>', null, 'notes.txt'), false);
  assert.equal(looksLikeHtml('<!DOCTYPE html><html><body></body></html>'), true);
  assert.equal(looksLikeHtml('سطر أول\nسطر ثان < ثالث'), false);
});

test('extractPage routes HTML and text to the right extractor', () => {
  const html = extractPage(`<html><body><article><p>${para}</p><p>${para}</p></article></body></html>`, { contentType: 'text/html' });
  assert.equal(html.paragraphs.length, 2);
  assert.match(html.html, /^<div dir="rtl"/);
  const text = extractPage(`<عنوان>\n${para}`, { contentType: 'text/plain' });
  assert.equal(text.title, '<عنوان>');
  assert.equal(text.paragraphs[0], para);
  const bom = extractPage(`\uFEFF${para}`, { fileName: 'a.txt' });
  assert.equal(bom.paragraphs[0], para);
});

test('bad input is a clear TypeError', () => {
  assert.throws(() => extractPage(null as unknown as string), /extractPage: body must be a string/);
});
