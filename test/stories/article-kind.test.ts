// Opinion columns are told from reports by their voice and the absence of attribution. Text written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyArticleKind } from '../../src/stories/article-kind.ts';
import { createStoryEngine } from '../../src/stories/story-engine.ts';
import { buildStoryDoc, type StoryTextAnalyzer } from '../../src/stories/story-doc.ts';
import { normalize } from '../../src/text/normalize.ts';

const COLUMN_PARA = 'لم يعد السكوت ممكنا بعد ما جرى في ميناء السلام، فنحن نرى كل عام حريقا جديدا ثم ننسى. علينا أن نسأل أنفسنا بصراحة: لماذا نترك مستودعاتنا بلا رقابة؟ إن مدننا تستحق أكثر من بيانات التعزية، وأبناؤنا يستحقون موانئ آمنة. ';
const COLUMN = COLUMN_PARA.repeat(8);
const REPORT_PARA = 'اندلع حريق كبير صباح اليوم في مستودع للأخشاب بميناء السلام، وقال المتحدث باسم الدفاع المدني إن الفرق سيطرت على النيران دون إصابات، وأضاف أن التحقيق جار في أسباب الحريق. ';
const REPORT = REPORT_PARA.repeat(8);

test('a long first-person commentary without attribution is an opinion piece', () => {
  assert.equal(classifyArticleKind('حرائق الموانئ إلى متى', COLUMN), 'opinion');
});

test('a long commentary headlined with a question is an opinion piece even without "we"', () => {
  const thirdPerson = 'ما جرى في ميناء السلام ليس الأول من نوعه، والمستودعات المكشوفة تتكرر في كل ميناء، والرقابة غائبة عن أغلبها منذ سنوات طويلة، والعبرة لا تؤخذ. '.repeat(12);
  assert.equal(classifyArticleKind('من يحمي الموانئ؟', thirdPerson), 'opinion');
  assert.equal(classifyArticleKind('حرائق الموانئ', thirdPerson), 'report');
  assert.equal(classifyArticleKind('من يحمي الموانئ؟', REPORT), 'report', 'attribution wins over the headline');
});

test('reports stay reports: attribution, a dateline, a speaker headline, or a short text', () => {
  assert.equal(classifyArticleKind('حريق في مستودع بميناء السلام', REPORT), 'report');
  assert.equal(classifyArticleKind('حرائق الموانئ إلى متى', `ميناء السلام - سعد الخيالي: ${COLUMN}`), 'report');
  assert.equal(classifyArticleKind('مدير الميناء: لن نسمح بتكرار الحريق', COLUMN), 'report');
  assert.equal(classifyArticleKind('حرائق الموانئ', COLUMN_PARA), 'report');
  assert.equal(classifyArticleKind('', ''), 'report');
});

const WORD = /[\p{L}\p{N}]+/gu;
const analyzer: StoryTextAnalyzer = { indexTerms: (t) => { const w = normalize(t).match(WORD) ?? []; return { surface: w, stems: w }; } };
const T0 = Date.UTC(2026, 3, 2, 8);

test('an opinion column about an event starts its own story; a later report does not join it', () => {
  const e = createStoryEngine();
  const mk = (id: number, source: number, h: number, title: string, text: string) =>
    buildStoryDoc({ articleId: id, sourceId: source, time: T0 + h * 3_600_000, title, lead: '', text }, analyzer);
  const r1 = e.assign(mk(1, 1, 0, 'حريق في مستودع بميناء السلام', REPORT));
  const col = mk(2, 2, 1, 'حريق في مستودع بميناء السلام', 'اندلع حريق كبير صباح اليوم في مستودع للأخشاب بميناء السلام، وسيطرت فرق الدفاع المدني على النيران دون إصابات، والتحقيق جار في أسباب الحريق. '.repeat(2) + COLUMN);
  assert.equal(col.kind, 'opinion');
  const c = e.assign(col);
  // Without the kind, the same column joins the report's story (checked: { ...col, kind: 'report' }).
  assert.notEqual(c.storyId, r1.storyId);
  const r2 = e.assign(mk(3, 3, 2, 'الدفاع المدني يخمد حريق مستودع ميناء السلام', REPORT_PARA + 'وقال مدير الميناء إن العمل عاد إلى طبيعته. '));
  assert.equal(r2.storyId, r1.storyId);
  assert.deepEqual(e.recommend(1).sameStory, [3]);
});
