import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDateBound, parseQuery, type ParsedQuery } from '../../src/search/query-parser.ts';

function ok(q: string): ParsedQuery {
  const r = parseQuery(q);
  if (!r.ok) assert.fail(`expected "${q}" to parse, got: ${r.message}`);
  return r;
}

function err(q: string): { code: string; message: string } {
  const r = parseQuery(q);
  if (r.ok) assert.fail(`expected "${q}" to be refused`);
  return r;
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

test('malformed queries get a stable code and an Arabic message that says how to fix them, never an exception', () => {
  const cases: [string, string, RegExp][] = [
    ['', 'empty_query', /اكتب كلمة/],
    ['   ', 'empty_query', /اكتب كلمة/],
    ['"مشروع المياه', 'unclosed_quote', /الحرف 1 لم تُغلق: أضف "/],
    ['source:"صحيفة', 'unclosed_quote', /الحرف 8 لم تُغلق/],
    ['«مجلس الأمن', 'unclosed_quote', /أضف »/],
    ['OR الرئيس', 'or_needs_words', /«OR» إلى كلمة على كل جانب/],
    ['الرئيس أو', 'or_at_end', /«أو» في آخر الاستعلام/],
    ['قطر OR OR عمان', 'or_needs_words', /على كل جانب/],
    ['قطر OR -عمان', 'excluded_in_or', /لا تدخل كلمة مستبعدة/],
    ['قطر OR source:x', 'or_with_filter', /\(source:\)/],
    ['-الرئيس', 'only_exclusions', /كلمة واحدة على الأقل/],
    ['from:2026-13-01 مياه', 'bad_date', /يتوقع from: تاريخاً .* لا «2026-13-01»/],
    ['to:غدا مياه', 'bad_date', /يتوقع to: تاريخاً .* لا «غدا»/],
    ['from:2026-03-05 to:2026-03-01 مياه', 'dates_reversed', /بدّل التاريخين/],
    ['lang:arabic مياه', 'bad_lang', /رمز لغة .* لا «arabic»/],
    ['lang:ar lang:en مياه', 'two_langs', /عامل لغة واحداً/],
    ['مياه source:', 'filter_needs_value', /يحتاج source: إلى قيمة .* مثل source:"صحيفة الصحراء"/],
    ['-source:x مياه', 'filter_negated', /"-source:"/],
    ['""', 'empty_phrase', /بين علامتي التنصيص عند الحرف 1/],
    ['مياه -"', 'unclosed_quote', /الحرف 7/],
    ['مياه '.repeat(120), 'query_too_long', /\(600 حرفاً\).*500/],
    [Array.from({ length: 40 }, (_, i) => `w${i}`).join(' '), 'too_many_words', /أكثر من 32/],
  ];
  for (const [q, code, message] of cases) {
    const e = err(q);
    assert.equal(e.code, code, `code for "${q.slice(0, 40)}"`);
    assert.match(e.message, message, `message for "${q.slice(0, 40)}"`);
    assert.doesNotMatch(e.message, /\b(the|a|needs|expects|query)\b/i, 'no English left in the message');
  }
  assert.deepEqual(err('lang:arabic مياه'), { ok: false, code: 'bad_lang', message: err('lang:arabic مياه').message, params: { filter: 'lang', value: 'arabic' }, position: 0 });
  assert.equal((parseQuery(42 as unknown as string) as { code: string }).code, 'query_not_text');
  for (const weird of ['"', '-', '---', ':', 'OR', '((', 'source:"', '«', '\u0000', '-"x" OR']) {
    const r = parseQuery(weird);
    if (r.ok) assert.ok(r.must.length > 0 || r.sources.length > 0, `"${weird}" parsed into something searchable`);
    else assert.ok(r.message.length > 10 && r.code.length > 0, `"${weird}" has a message and a code`);
  }
});
