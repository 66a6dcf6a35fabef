// Opinion columns are told from reports by their voice and the absence of attribution. Text written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyArticleKind, isBareNameByline, isFiledByline } from '../../src/stories/article-kind.ts';
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

test('the byline tells a signed column from a filed report', () => {
  // A third-person commentary with attribution words: the text rules alone call it a report.
  const commentary = 'يرى كثير من المتابعين أن ما جرى في ميناء السلام كان متوقعا، فقد قال خبراء كثيرون إن المستودعات تعمل بلا رقابة كافية منذ سنوات. '.repeat(8);
  assert.equal(classifyArticleKind('حرائق الموانئ', commentary), 'report');
  assert.equal(classifyArticleKind('حرائق الموانئ', commentary, 'د. سلمى الحارثي'), 'opinion');
  assert.equal(classifyArticleKind('حرائق الموانئ', commentary, 'كلمة الصحيفة'), 'opinion', 'an editorial');
  // A filing place or a desk in the byline makes it a report, whatever the voice of the text.
  for (const filed of ['ميناء السلام - سعد الخيالي', 'سعد الخيالي (ميناء السلام)', 'سعد الخيالي من ميناء السلام', 'واس', 'متابعة المحرر']) {
    assert.equal(classifyArticleKind('حرائق الموانئ إلى متى', COLUMN, filed), 'report', filed);
  }
  // A signed short note, or a signed "who: what" headline, stays a report.
  assert.equal(classifyArticleKind('حرائق الموانئ', commentary.slice(0, 300), 'سلمى الحارثي'), 'report');
  assert.equal(classifyArticleKind('مدير الميناء: لن نسمح بتكرار الحريق', commentary, 'سلمى الحارثي'), 'report');
  // No byline: the text decides, as before.
  assert.equal(classifyArticleKind('حرائق الموانئ إلى متى', COLUMN, null), 'opinion');
});

test('bare-name and filed bylines', () => {
  for (const name of ['سلمى الحارثي', 'د. فهد بن سعد العتيبي', 'أ.د نورة الشمري']) assert.ok(isBareNameByline(name), name);
  for (const not of ['', 'سلمى', 'جدة - سلمى الحارثي', 'سلمى الحارثي (جدة)', 'واس', 'وكالات', 'سكاي نيوز', 'فهد العلي (زائر)', 'كلمة اليوم', 'John Smith']) {
    assert.ok(!isBareNameByline(not), not);
  }
  assert.ok(isFiledByline('جدة - سلمى الحارثي'));
  assert.ok(isFiledByline('رويترز'));
  assert.ok(!isFiledByline('فهد العلي (زائر)'), 'a reader on the paper\'s forum');
  assert.ok(!isFiledByline('سلمى الحارثي'));
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
