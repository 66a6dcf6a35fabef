import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, indexTerms } from '../../src/text/analyze.ts';

test('indexTerms gives aligned surface forms and stems of non-stopwords, in order', () => {
  const { surface, stems } = indexTerms('وقال الرئيسُ إن الحكومة ستعقد مؤتمراً في بيروت عام ٢٠١٥');
  assert.deepEqual(surface, ['الرءيس', 'الحكومه', 'ستعقد', 'مءتمرا', 'بيروت', 'عام', '2015']);
  assert.deepEqual(stems, ['رءيس', 'حكوم', 'تعقد', 'مءتمر', 'بيروت', 'عام', '2015']);
});

test('a query and a document meet on stems whatever the spelling', () => {
  const doc = new Set(indexTerms('وللأطفالِ حقوقٌ، قالت المسئولة').stems);
  for (const q of ['الأطفال', 'المسؤولة', 'حقوق']) {
    for (const st of indexTerms(q).stems) assert.ok(doc.has(st), q);
  }
});

test('analyze agrees with indexTerms and detects the language', () => {
  const text = 'أعلنت وزارة الصحة في لبنان عن حملة جديدة للتطعيم.';
  const a = analyze(text, { entities: false, quotes: false, dates: false });
  const fast = indexTerms(text);
  assert.equal(a.lang, 'ar');
  assert.deepEqual(a.surfaceTerms, fast.surface);
  assert.deepEqual(a.stemTerms, fast.stems);
  assert.deepEqual(a.entities, []);
  assert.deepEqual(a.quotes, []);
  assert.deepEqual(a.dates, []);
  for (const t of a.tokens) assert.equal(text.slice(t.start, t.end), t.surface);
});

test('analyze runs the entity, quote and date finders by default', () => {
  const a = analyze('قال وزير الخارجية إن الاجتماع عقد في بيروت يوم 3 أغسطس 2015.', { reference: new Date('2015-08-04T00:00:00Z') });
  assert.ok(Array.isArray(a.entities) && Array.isArray(a.quotes) && Array.isArray(a.dates));
  assert.ok(a.tokens.length > 5);
});

test('non-string input is a clear TypeError, not a crash deep inside', () => {
  for (const bad of [null, undefined, 42, {}]) {
    assert.throws(() => indexTerms(bad as unknown as string), TypeError);
    assert.throws(() => analyze(bad as unknown as string), TypeError);
  }
  assert.deepEqual(indexTerms(''), { surface: [], stems: [] });
});
