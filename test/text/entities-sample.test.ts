// Runs against the real scraped page in ../shared when it is there (never copied into the repository).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findEntities } from '../../src/text/entities.ts';
import { findQuotes } from '../../src/text/quotes.ts';

const SAMPLE = fileURLToPath(new URL('../../../shared/samples/scraped-news-page.txt', import.meta.url));
const skip = existsSync(SAMPLE) ? false : `missing ${SAMPLE}: shared sample not available, skipping`;

test('shared sample: people, places and organisations', { skip }, () => {
  const text = readFileSync(SAMPLE, 'utf8');
  const found = findEntities(text, []);
  const lavrov = found.filter((e) => e.id === 'person:sergei-lavrov');
  assert.ok(lavrov.length >= 3);
  const titled = lavrov.find((e) => e.surface === 'سيرغي لافروف');
  assert.ok(titled);
  assert.equal(titled.kind, 'person');
  assert.equal(titled.role, 'وزير الخارجية');
  assert.equal(titled.country, 'place:russia');
  for (const [id, surface] of [['place:afghanistan', 'أفغانستان'], ['place:uzbekistan', 'أوزبكستان'], ['place:tashkent', 'طشقند'], ['place:kazan', 'قازان']]) {
    const m = found.find((e) => e.id === id);
    assert.ok(m, id);
    assert.equal(m.kind, 'place');
    assert.ok(found.some((e) => e.id === id && e.surface === surface), `${id} as ${surface}`);
  }
  const orgs = (id: string) => found.filter((e) => e.id === id && e.kind === 'org').map((e) => e.surface);
  assert.ok(orgs('org:taliban').includes('طالبان'));
  assert.ok(orgs('org:nato').includes('حلف شمال الأطلسي'));
  assert.ok(orgs('org:nato').includes('الناتو'));
  assert.ok(orgs('org:centcom').includes('سنتكوم'));
  assert.ok(orgs('org:centcom').includes('القيادة الوسطى'));
  for (const e of found) assert.equal(text.slice(e.start, e.end), e.surface);
});

test('shared sample: quotes come out with their speakers', { skip }, () => {
  const text = readFileSync(SAMPLE, 'utf8');
  const quotes = findQuotes(text, findEntities(text, []));
  const by = (start: string) => quotes.find((q) => q.text.startsWith(start));
  const first = by('سنواصل تطوير اتصالات');
  assert.ok(first);
  assert.equal(first.speakerId, 'person:sergei-lavrov');
  assert.match(first.speaker ?? '', /لافروف/);
  const added = by('نعتبر أن عودة');
  assert.ok(added, 'the وأضاف quote');
  assert.equal(added.speakerId, 'person:sergei-lavrov');
  const ministry = by('تتعزز العلاقات الودية');
  assert.ok(ministry);
  assert.equal(ministry.speakerId, 'org:uzbekistan-ministry-of-defence');
  assert.match(ministry.speaker ?? '', /وزارة الدفاع/);
  for (const q of quotes) assert.equal(text.slice(q.start, q.end), q.text);
});
