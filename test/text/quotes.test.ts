import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findEntities } from '../../src/text/entities.ts';
import { findQuotes } from '../../src/text/quotes.ts';

test('a quote after "وقال <name>" and its "وأضاف" continuation go to the same speaker', () => {
  const text = 'وقال لافروف في مؤتمر صحفي "سنواصل الحوار مع جميع الأطراف".\n\nوأضاف "لن نقبل بأي قواعد أجنبية في المنطقة".';
  const quotes = findQuotes(text, findEntities(text, []));
  assert.equal(quotes.length, 2);
  for (const q of quotes) assert.equal(q.speakerId, 'person:sergei-lavrov');
  assert.equal(quotes[0].text, 'سنواصل الحوار مع جميع الأطراف');
  assert.equal(text.slice(quotes[1].start, quotes[1].end), quotes[1].text);
});
