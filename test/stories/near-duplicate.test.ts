import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NearDuplicateIndex, estimateJaccard, minHash, shingleHashes } from '../../src/stories/near-duplicate.ts';
import { buildStoryDoc } from '../../src/stories/story-doc.ts';

const TEXT = 'قالت هيئة الطيران المدني الخيالية إن رحلات مطار الواحة الدولي ستعود إلى جدولها المعتاد صباح الغد بعد توقف دام يومين بسبب العاصفة الرملية التي ضربت المنطقة، وأوصت المسافرين بمراجعة مواعيد رحلاتهم عبر الموقع الإلكتروني قبل التوجه إلى المطار.';

test('shingles ignore spelling variants the normalizer folds', () => {
  const a = shingleHashes('أعلنت الهيئة عودة الرحلات إلى المطار صباح الغد', 5);
  const b = shingleHashes('اعلنت الهيئه عوده الرحلات الى المطار صباح الغد', 5);
  assert.deepEqual([...a].sort(), [...b].sort());
});

test('a text longer than the word scratch gets one shingle per window of distinct words, and reuse leaves no trace', () => {
  // 6,000 distinct words (the index written in base 26 with letters a-z): 5,996 distinct 5-word shingles.
  const letters = (i: number): string => (i < 26 ? '' : letters(Math.floor(i / 26) - 1)) + String.fromCharCode(97 + (i % 26));
  const words = Array.from({ length: 6000 }, (_, i) => `w${letters(i)}`);
  const long = words.join(' ');
  const first = shingleHashes(long, 5);
  assert.equal(first.length, 5996);
  shingleHashes('كلمات قليلة قبل النص الطويل مرة أخرى', 5);
  assert.deepEqual([...shingleHashes(long, 5)], [...first]);
  const head = shingleHashes(words.slice(0, 100).join(' '), 5);
  assert.equal(head.length, 96);
  assert.ok([...head].every((h) => first.includes(h)), 'the first hundred words give the same shingles alone');
});

test('a lightly edited copy is found, links to the earliest copy, and unrelated text is not', () => {
  const idx = new NearDuplicateIndex();
  const s1 = idx.signature(TEXT)!;
  assert.equal(idx.add(1, 0, s1), null);
  const edited = `الواحة - وكالة خيالية: ${TEXT.replace('يومين', 'ثمانية وأربعين ساعة')}`;
  assert.equal(idx.add(2, 1, idx.signature(edited)), 1);
  assert.equal(idx.add(3, 2, idx.signature(`${edited} وكانت الهيئة قد أغلقت المطار احترازيا.`)), 1, 'a copy of a copy points at the first');
  const other = 'افتتح وزير الزراعة الخيالي معرضا للمنتجات المحلية في مدينة الرمال بمشاركة خمسين مزارعا عرضوا أصنافا من التمور والعسل والخضروات الموسمية أمام الزوار.';
  assert.equal(idx.add(4, 3, idx.signature(other)), null);
  assert.equal(idx.signature('نص قصير جدا'), null, 'too short to call a copy');
  idx.evict([1]);
  assert.equal(idx.size, 3);
});

test('MinHash estimates Jaccard: identical sets agree fully, disjoint ones hardly', () => {
  const a = minHash(Uint32Array.from([1, 2, 3, 4, 5, 6, 7, 8]), 64);
  assert.equal(estimateJaccard(a, minHash(Uint32Array.from([8, 7, 6, 5, 4, 3, 2, 1]), 64)), 1);
  assert.ok(estimateJaccard(a, minHash(Uint32Array.from([11, 12, 13, 14, 15, 16, 17, 18]), 64)) < 0.2);
});

test('buildStoryDoc takes the text\'s first paragraph of 8+ words as the lead, else the given lead, and rejects a missing time', () => {
  const analyzer = { indexTerms: (t: string) => { const w = t.split(/\s+/).filter(Boolean); return { surface: w, stems: w }; } };
  const text = 'أول الكلام ثم بقية النص الذي يروي ما جرى في المدينة صباح اليوم بحسب شهود حضروا المكان';
  const d = buildStoryDoc({ articleId: 1, sourceId: 2, time: 5, title: 'عنوان', lead: '', text }, analyzer);
  assert.equal(d.lead, text);
  assert.deepEqual(d.titleStems, ['عنوان', ...text.split(' ')]);
  assert.deepEqual(d.entityIds, []);
  const e = buildStoryDoc({ articleId: 1, sourceId: 2, time: 5, title: 'عنوان', lead: 'مقدمة', text }, { ...analyzer, entityIds: () => ['place:b', 'place:a', 'place:b'] });
  assert.deepEqual(e.entityIds, ['place:a', 'place:b']);
  // A dateline and a caption above the first real paragraph are skipped, whatever lead the extractor kept.
  const para = 'أعلنت البلدية صباح اليوم افتتاح الجسر الجديد فوق الوادي بعد عامين من العمل المتواصل';
  const dated = buildStoryDoc({ articleId: 1, sourceId: 2, time: 5, title: 'عنوان', lead: 'الواحة - واس\nصورة من الحفل', text: `الواحة - واس\n\nصورة من الحفل\n${para}\n\nوقال المسؤول إن الجسر سيخدم آلاف السكان يوميا في المنطقة وما حولها من القرى` }, analyzer);
  assert.ok(para.length >= 80);
  assert.equal(dated.lead, para);
  // A first paragraph of one short sentence reads on into the next (within 300 characters).
  const brief = 'افتتحت البلدية اليوم الجسر الجديد فوق الوادي الكبير';
  const next = 'وقال المسؤول إن الجسر سيخدم آلاف السكان يوميا في المنطقة وما حولها من القرى';
  const readOn = buildStoryDoc({ articleId: 1, sourceId: 2, time: 5, title: 'عنوان', lead: '', text: `الواحة - واس\n${brief}\n${next}\nوأضاف أن العمل فيه استمر عامين كاملين` }, analyzer);
  assert.ok(brief.split(' ').length >= 8 && brief.length < 80);
  assert.ok(readOn.lead.startsWith(brief) && readOn.lead.includes(next), readOn.lead);
  // Without a paragraph that long, the given lead stands.
  const short = buildStoryDoc({ articleId: 1, sourceId: 2, time: 5, title: 'عنوان', lead: 'مقدمة قصيرة', text: 'سطر أول قصير هنا\nسطر ثان قصير هنا\nسطر ثالث قصير هنا\nسطر رابع قصير هنا\nسطر خامس قصير هنا' }, analyzer);
  assert.equal(short.lead, 'مقدمة قصيرة');
  // A caption or a list of pictured names under a headline is not a body: the headline alone stands for the article.
  const caption = buildStoryDoc({ articleId: 1, sourceId: 2, time: 5, title: 'عنوان الخبر', lead: '', text: 'د. سالم الحربي   المهندس فهد العلي' }, analyzer);
  assert.deepEqual(caption.titleStems, ['عنوان', 'الخبر']);
  assert.deepEqual(caption.bodyStems, []);
  assert.throws(() => buildStoryDoc({ articleId: 1, sourceId: 2, time: Number.NaN, title: '', lead: '', text: '' }, analyzer), /valid time/);
});
