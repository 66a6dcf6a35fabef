import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findEntities } from '../../src/text/entities.ts';

test('title + name gives the person a role and a country', () => {
  const text = 'حذر وزير الخارجية الروسي سيرغي لافروف من التصعيد.';
  const lavrov = findEntities(text, []).find((e) => e.id === 'person:sergei-lavrov');
  assert.ok(lavrov);
  assert.equal(lavrov.role, 'وزير الخارجية');
  assert.equal(lavrov.country, 'place:russia');
  assert.equal(text.slice(lavrov.start, lavrov.end), 'سيرغي لافروف');
});

test('clitics before names and demonyms map to the country', () => {
  const ids = findEntities('وقال للأفغان إن لروسيا والأميركيين مصالح في أفغانستان وللولايات المتحدة', []).map((e) => e.id);
  assert.deepEqual(ids, ['place:afghanistan', 'place:russia', 'place:usa', 'place:afghanistan', 'place:usa']);
});
