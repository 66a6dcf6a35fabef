// Opinion columns are told from reports by their voice and the absence of attribution. Text written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bylineShape, classifyArticleKind, isBareNameByline, isFiledByline, isSignedColumnShape } from '../../src/stories/article-kind.ts';
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
  // A headline that ends in a question asks it: analysis and features do, even when they quote sources. A question
  // inside the headline, or a filed byline, leaves the text to decide.
  assert.equal(classifyArticleKind('من يحمي الموانئ؟', REPORT), 'opinion');
  assert.equal(classifyArticleKind('هل تعود السفن إلى ميناء السلام ?', REPORT), 'opinion');
  assert.equal(classifyArticleKind('من يحمي الموانئ؟ الدفاع المدني يجيب', REPORT), 'report', 'attribution wins over a question inside the headline');
  assert.equal(classifyArticleKind('من يحمي الموانئ؟', REPORT, 'ميناء السلام - سعد الخيالي'), 'report', 'a filed byline makes a report');
  assert.equal(classifyArticleKind('من يحمي الموانئ؟', ''), 'opinion', 'a question headline alone');
  assert.equal(classifyArticleKind('الميناء: إغلاق الرصيف الشرقي.. ماذا يعني ذلك للصيادين؟', REPORT), 'report', '"X: …" reports, a question at its end or not');
});

test('a cartoon is an opinion piece whatever its byline; a report about cartoonists is not', () => {
  assert.equal(classifyArticleKind('كاريكاتير', ''), 'opinion');
  assert.equal(classifyArticleKind('الكاريكاتير', 'رسم'), 'opinion');
  assert.equal(classifyArticleKind('كاريكاتير 2016/3/14', '', 'جدة - الرسام'), 'opinion');
  assert.equal(classifyArticleKind('كاريكاتير «الصياد» يودع الموسم', ''), 'opinion');
  assert.equal(classifyArticleKind('رسامو الكاريكاتير يجتمعون في معرض الميناء', REPORT), 'report');
  assert.equal(classifyArticleKind('كاريكاتيرات المعرض تجذب الزوار', REPORT), 'report');
});

test('reports stay reports: attribution, a dateline, a speaker headline, or a short text', () => {
  assert.equal(classifyArticleKind('حريق في مستودع بميناء السلام', REPORT), 'report');
  assert.equal(classifyArticleKind('حرائق الموانئ إلى متى', `ميناء السلام - سعد الخيالي: ${COLUMN}`), 'report');
  assert.equal(classifyArticleKind('مدير الميناء: لن نسمح بتكرار الحريق', COLUMN), 'report');
  assert.equal(classifyArticleKind('حرائق الموانئ', COLUMN_PARA), 'report');
  assert.equal(classifyArticleKind('', ''), 'report');
});

test('a filed byline makes a report, an editorial byline an opinion piece; a name alone leaves it to the text', () => {
  // A third-person commentary: no dateline, no first person, its attribution deep in the text.
  const commentary = 'يرى كثير من المتابعين أن ما جرى في ميناء السلام كان متوقعا منذ سنوات طويلة، فالمستودعات تعمل بلا رقابة كافية والتحذيرات تتكرر بلا جدوى. '.repeat(8);
  assert.equal(classifyArticleKind('حرائق الموانئ', commentary), 'report');
  assert.equal(classifyArticleKind('حرائق الموانئ', commentary, 'كلمة الصحيفة'), 'opinion', 'an editorial');
  assert.equal(classifyArticleKind('حرائق الموانئ', commentary, 'د. سلمى الحارثي'), 'report', 'the engine weighs a name against the outlet');
  // A filing place or a desk in the byline makes it a report, whatever the voice of the text.
  for (const filed of ['ميناء السلام - سعد الخيالي', 'سعد الخيالي (ميناء السلام)', 'سعد الخيالي من ميناء السلام', 'واس', 'متابعة المحرر']) {
    assert.equal(classifyArticleKind('حرائق الموانئ إلى متى', COLUMN, filed), 'report', filed);
  }
  // No byline: the text decides, as before.
  assert.equal(classifyArticleKind('حرائق الموانئ إلى متى', COLUMN, null), 'opinion');

  assert.ok(isSignedColumnShape('حرائق الموانئ', commentary, 'د. سلمى الحارثي'));
  assert.ok(!isSignedColumnShape('حرائق الموانئ', commentary, 'ميناء السلام - سلمى الحارثي'), 'filed');
  assert.ok(!isSignedColumnShape('حرائق الموانئ', commentary.slice(0, 300), 'سلمى الحارثي'), 'a short note');
  assert.ok(!isSignedColumnShape('مدير الميناء: لن نسمح بتكرار الحريق', commentary, 'سلمى الحارثي'), 'a "speaker:" headline');
  assert.ok(!isSignedColumnShape('حريق في الميناء', REPORT, 'سلمى الحارثي'), 'a report names its source in its first sentence');
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
  assert.equal(bylineShape('جدة - سلمى الحارثي'), 'filed');
  assert.equal(bylineShape('سلمى الحارثي'), 'signed');
  assert.equal(bylineShape('كلمة اليوم'), null);
  assert.equal(bylineShape(null), null);
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

test('a name-only byline marks a column only at an outlet that signs its reports with a filing place', () => {
  const EVENT = 'اندلع حريق كبير صباح اليوم في مستودع للأخشاب بميناء السلام، وسيطرت فرق الدفاع المدني على النيران دون إصابات، والتحقيق جار في أسباب الحريق. ';
  // Commentary on the same fire: no dateline, no source named in its opening.
  const signedText = (EVENT + 'ويرى كثير من أهل المدينة أن المستودعات القديمة تحتاج إلى رقابة أشد وصيانة دورية قبل أن تتكرر الحرائق. ').repeat(6);
  const run = (signedOutletBylines: (i: number) => string) => {
    const e = createStoryEngine();
    let id = 1;
    const doc = (source: number, h: number, title: string, text: string, byline: string | null) =>
      buildStoryDoc({ articleId: id++, sourceId: source, time: T0 + h * 60_000, title, lead: '', text, byline }, analyzer);
    // Outlet 1's earlier pieces on other matters, signed one way or the other.
    for (let i = 0; i < 24; i++) {
      e.assign(doc(1, i, `خبر محلي رقم ${i} عن الحديقة ${i}`, `افتتحت البلدية الحديقة ${i} في الحي ${i} صباح اليوم، وقال رئيس البلدية إن العمل استمر شهرا. `.repeat(3), signedOutletBylines(i)));
    }
    const report = e.assign(doc(2, 30, 'حريق في مستودع بميناء السلام', EVENT.repeat(3), 'ميناء السلام - سعد الخيالي'));
    const signed = doc(1, 31, 'حريق مستودع ميناء السلام', signedText, 'سلمى الحارثي');
    assert.ok(signed.signedColumn);
    return { report, signed: e.assign(signed) };
  };
  // An outlet that files its reports "place - reporter": a name alone is a columnist's signature.
  const filedOutlet = run((i) => `الواحة - مراسل ${['أحمد', 'سعيد', 'فهد'][i % 3]}`);
  assert.notEqual(filedOutlet.signed.storyId, filedOutlet.report.storyId);
  // An outlet whose reporters sign by name alone: the same piece is read as a report and joins the fire's story.
  const namedOutlet = run((i) => ['أحمد الزهراني', 'سعيد الغامدي', 'فهد القحطاني'][i % 3]!);
  assert.equal(namedOutlet.signed.storyId, namedOutlet.report.storyId);
});
