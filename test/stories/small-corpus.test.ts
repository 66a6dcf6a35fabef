// A brand-new installation has only a handful of articles: grouping and recommendations must work before document
// frequencies mean anything. Fictional outlets; text written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createStoryEngine } from '../../src/stories/story-engine.ts';
import { buildStoryDoc, type StoryTextAnalyzer } from '../../src/stories/story-doc.ts';
import { normalize } from '../../src/text/normalize.ts';

const WORD = /[\p{L}\p{N}]+/gu;
const STOP = new Set(['في', 'من', 'الي', 'علي', 'عن', 'مع', 'ان', 'التي', 'الذي', 'و', 'او', 'ما', 'لا', 'قد', 'بعد', 'كما']);
const analyzer: StoryTextAnalyzer = {
  indexTerms: (t) => {
    const w = (normalize(t).match(WORD) ?? []).filter((x) => !STOP.has(x));
    return { surface: w, stems: w.map((x) => x.replace(/^(وال|بال|فال|لل|ال|و|ب)(?=...)/, '')) };
  },
};
const T0 = Date.UTC(2026, 2, 1, 9);
const H = 3_600_000;

const PLANT_A = buildStoryDoc({
  articleId: 1, sourceId: 1, time: T0, lead: '',
  title: 'افتتاح محطة تحلية المياه الجديدة في مدينة المرجان',
  text: 'افتتح محافظ مدينة المرجان صباح اليوم محطة تحلية المياه الجديدة على الساحل الشمالي بطاقة إنتاجية تبلغ مئة ألف متر مكعب يوميا، وقال إن المحطة ستغطي حاجة الأحياء الشرقية من مياه الشرب طوال العام.',
}, analyzer);
const PLANT_B = buildStoryDoc({
  articleId: 2, sourceId: 2, time: T0 + 2 * H, lead: '',
  title: 'محطة التحلية في المرجان تبدأ ضخ مياه الشرب',
  text: 'بدأت محطة تحلية المياه بالمرجان ضخ مياه الشرب إلى الأحياء الشرقية بعد افتتاحها رسميا اليوم، وتنتج المحطة الواقعة على الساحل الشمالي مئة ألف متر مكعب في اليوم وفق ما أعلنه المحافظ خلال حفل التدشين.',
}, analyzer);
const FINAL = buildStoryDoc({
  articleId: 3, sourceId: 3, time: T0 + 3 * H, lead: '',
  title: 'نادي النجوم يتوج بلقب كأس البطولة',
  text: 'توج نادي النجوم بلقب كأس البطولة بعد فوزه على نادي الأمواج بهدفين مقابل هدف في المباراة النهائية التي أقيمت مساء أمس على الملعب الكبير وسط حضور جماهيري غفير.',
}, analyzer);

test('in a three-article corpus two reports of one plant opening share a story, the final does not', () => {
  const e = createStoryEngine();
  const a = e.assign(PLANT_A), b = e.assign(PLANT_B), f = e.assign(FINAL);
  assert.equal(b.storyId, a.storyId);
  assert.notEqual(f.storyId, a.storyId);
  assert.ok(e.similarity(1, 2) > e.similarity(1, 3), 'the other plant report is closer than the final');
});

test('in a three-article corpus recommend() offers the related report of another story, not the unrelated one', () => {
  // A join threshold nothing reaches keeps the two plant reports apart, so the other one must come as "similar".
  const e = createStoryEngine({ joinThreshold: 0.99, mergeThreshold: 2 });
  e.assign(PLANT_A); e.assign(PLANT_B); e.assign(FINAL);
  const r = e.recommend(1);
  assert.deepEqual(r.sameStory, []);
  assert.deepEqual(r.similar.map((s) => s.articleId), [2]);
  assert.equal(r.readAlso?.articleId, 2);
  assert.ok(r.similar[0]!.score > 0.3, `score ${r.similar[0]!.score}`);
});

test('in a three-article corpus sameStory lists the other report of the opening', () => {
  const e = createStoryEngine();
  e.assign(PLANT_A); e.assign(PLANT_B); e.assign(FINAL);
  assert.deepEqual(e.recommend(1).sameStory, [2]);
  assert.deepEqual(e.recommend(3).sameStory, []);
});
