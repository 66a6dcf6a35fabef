import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDateBound, parseQuery, type ParsedQuery } from '../../src/search/query-parser.ts';

function ok(q: string): ParsedQuery {
  const r = parseQuery(q);
  if (!r.ok) assert.fail(`expected "${q}" to parse, got: ${r.message}`);
  return r;
}

function err(q: string): string {
  const r = parseQuery(q);
  if (r.ok) assert.fail(`expected "${q}" to be refused`);
  return r.message;
}

test('words are ANDed and OR binds its neighbours', () => {
  const p = ok('مياه قطر OR الكويت أمطار');
  assert.deepEqual(
    p.must.map((g) => g.map((t) => t.text)),
    [['مياه'], ['قطر', 'الكويت'], ['أمطار']],
  );
  assert.deepEqual(ok('قطر | الكويت أو عمان').must.map((g) => g.map((t) => t.text)), [['قطر', 'الكويت', 'عمان']]);
});

test('phrases keep their words together, in straight, curly or guillemet quotes', () => {
  assert.deepEqual(ok('"مشروع المياه" النخيل').must, [[{ kind: 'phrase', text: 'مشروع المياه' }], [{ kind: 'word', text: 'النخيل' }]]);
  assert.deepEqual(ok('«مجلس الأمن»').must, [[{ kind: 'phrase', text: 'مجلس الأمن' }]]);
  assert.deepEqual(ok('“كرة القدم”').must, [[{ kind: 'phrase', text: 'كرة القدم' }]]);
});

test('exclusions: -word and -"phrase"; a hyphen inside a word is not an exclusion', () => {
  const p = ok('المياه -الزراعة -"وزارة الري" covid-19');
  assert.deepEqual(p.not, [{ kind: 'word', text: 'الزراعة' }, { kind: 'phrase', text: 'وزارة الري' }]);
  assert.deepEqual(p.must.map((g) => g[0]!.text), ['المياه', 'covid-19']);
});

test('filters: source, entity, from/to, lang, with quoted values and Arabic names', () => {
  const p = ok('الرئيس source:"صحيفة الرمال" entity:place:palm-city from:2026-03-01 to:2026-03 lang:AR مصدر:star-agency.test');
  assert.deepEqual(p.sources, ['صحيفة الرمال', 'star-agency.test']);
  assert.deepEqual(p.entities, ['place:palm-city']);
  assert.equal(p.from, '2026-03-01T00:00:00.000Z');
  assert.equal(p.to, '2026-03-31T23:59:59.999Z');
  assert.equal(p.lang, 'ar');
  assert.deepEqual(p.must.map((g) => g[0]!.text), ['الرئيس']);
  assert.equal(ok('source:x').must.length, 0, 'a filter alone is a valid query (browse)');
});

test('a colon in an ordinary word is text, not a filter', () => {
  assert.deepEqual(ok('الساعة 10:30').must.map((g) => g[0]!.text), ['الساعة', '10:30']);
  assert.deepEqual(ok('title:قمة').must.map((g) => g[0]!.text), ['title:قمة']);
});

test('date bounds: day, month, year, Arabic digits; impossible dates refused', () => {
  assert.deepEqual(parseDateBound('2026-02-28'), ['2026-02-28T00:00:00.000Z', '2026-02-28T23:59:59.999Z']);
  assert.deepEqual(parseDateBound('٢٠٢٤/٢'), ['2024-02-01T00:00:00.000Z', '2024-02-29T23:59:59.999Z']);
  assert.deepEqual(parseDateBound('2025'), ['2025-01-01T00:00:00.000Z', '2025-12-31T23:59:59.999Z']);
  assert.equal(parseDateBound('2026-02-30'), null);
  assert.equal(parseDateBound('2026-13'), null);
  assert.equal(parseDateBound('yesterday'), null);
});

test('malformed queries get a message that says how to fix them, never an exception', () => {
  assert.match(err(''), /Type a word/);
  assert.match(err('   '), /Type a word/);
  assert.match(err('"مشروع المياه'), /closing quote/);
  assert.match(err('source:"صحيفة'), /closing quote/);
  assert.match(err('OR الرئيس'), /word on each side/);
  assert.match(err('الرئيس OR'), /needs a word after it/);
  assert.match(err('قطر OR OR عمان'), /word on each side/);
  assert.match(err('قطر OR -عمان'), /cannot be part of OR/);
  assert.match(err('-الرئيس'), /at least one word/);
  assert.match(err('from:2026-13-01 مياه'), /from: expects a date/);
  assert.match(err('to:غدا مياه'), /to: expects a date/);
  assert.match(err('from:2026-03-05 to:2026-03-01 مياه'), /swap/);
  assert.match(err('lang:arabic مياه'), /language code/);
  assert.match(err('مياه source:'), /needs a value/);
  assert.match(err('-source:x مياه'), /cannot be excluded/);
  assert.match(err('""'), /Empty phrase/);
  assert.match(err('مياه '.repeat(120)), /too long/);
  assert.match(err(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ')), /Too many words/);
  for (const weird of ['"', '-', '---', ':', 'OR', '((', 'source:"', '«', '\u0000', '-"x" OR']) {
    const r = parseQuery(weird);
    if (r.ok) assert.ok(r.must.length > 0 || r.sources.length > 0, `"${weird}" parsed into something searchable`);
    else assert.ok(r.message.length > 10, `"${weird}" has a message`);
  }
});
