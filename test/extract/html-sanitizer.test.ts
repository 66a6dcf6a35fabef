import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sanitizeHtml } from '../../src/extract/index.ts';

test('scripts, styles, iframes, objects and forms are removed with their content', () => {
  const out = sanitizeHtml(
    '<p>نص</p><script>alert(1)</script><style>p{color:red}</style><iframe src="https://evil.example"></iframe>' +
      '<object data="x.swf"></object><form action="/x"><input name="q"><button>أرسل</button></form><noscript>تفعيل</noscript>',
  );
  assert.equal(out, '<p>نص</p>');
});

test('event handlers and inline styles are dropped, javascript: and data: links are removed', () => {
  const out = sanitizeHtml(
    '<p style="color:red" onclick="steal()">فقرة</p><img src="https://cdn.example/a.jpg" onerror="alert(1)">' +
      '<a href="javascript:alert(1)">رابط</a><a href="data:text/html;base64,PHNjcmlwdD4=">آخر</a>',
  );
  assert.ok(!/onclick|onerror|style=|javascript:|data:text/i.test(out), out);
  assert.ok(out.includes('<p>فقرة</p>'));
  assert.ok(out.includes('<img src="https://cdn.example/a.jpg" />') || out.includes('<img src="https://cdn.example/a.jpg">'));
  assert.ok(out.includes('<a>رابط</a>'));
});

test('dir and lang survive; links become absolute with rel noopener nofollow ugc', () => {
  const out = sanitizeHtml('<div dir="rtl" lang="ar"><a href="/news/1" target="_blank">خبر</a></div>', 'https://site.example/a/b');
  assert.equal(out, '<div dir="rtl" lang="ar"><a href="https://site.example/news/1" rel="noopener nofollow ugc">خبر</a></div>');
});

test('images get absolute sources; unresolvable relative ones disappear; only raster data: images stay', () => {
  assert.match(sanitizeHtml('<img src="pic.jpg" alt="صورة">', 'https://site.example/dir/page'), /src="https:\/\/site\.example\/dir\/pic\.jpg"/);
  assert.equal(sanitizeHtml('<img src="pic.jpg">'), '');
  assert.match(sanitizeHtml('<img src="data:image/png;base64,iVBORw0KGgo=">'), /src="data:image\/png;base64,iVBORw0KGgo="/);
  assert.equal(sanitizeHtml('<img src="data:image/svg+xml;base64,PHN2Zz4=">'), '');
});

test('reading structure is kept: headings, lists, quotes, figures, tables', () => {
  const html = '<h2>عنوان</h2><ul><li>أ</li></ul><ol><li>ب</li></ol><blockquote>قول</blockquote>' +
    '<figure><img src="https://x.example/i.png"><figcaption>شرح</figcaption></figure><table><tr><td>1</td></tr></table>';
  const out = sanitizeHtml(html);
  for (const tag of ['<h2>', '<ul>', '<ol>', '<blockquote>', '<figure>', '<figcaption>', '<table>', '<td>']) {
    assert.ok(out.includes(tag), `${tag} kept in ${out}`);
  }
});
