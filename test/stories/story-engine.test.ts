// Story engine behaviour on small hand-written Arabic fixtures (fictional outlets and people).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createStoryEngine, rebuildStories } from '../../src/stories/story-engine.ts';
import { buildStoryDoc, type StoryTextAnalyzer } from '../../src/stories/story-doc.ts';
import { normalize } from '../../src/text/normalize.ts';
import { UNKNOWN_PERSON } from '../../src/text/entities.ts';
import type { StoryConfig, StoryDoc } from '../../src/stories/types.ts';
import { headlineMarketMove } from '../../src/text/market-moves.ts';
import { headlineGuest } from '../../src/text/audiences.ts';
import { indexTerms } from '../../src/text/analyze.ts';

// A bare analyzer keeps these tests about the engine, not about stemming; the bench runs the real one.
const WORD = /[\p{L}\p{N}]+/gu;
const STOP = new Set(['في', 'من', 'الي', 'علي', 'عن', 'مع', 'ان', 'التي', 'الذي', 'و', 'او', 'ما', 'لا', 'قد', 'هذا', 'هذه', 'بعد', 'كما', 'حيث']);
const analyzer: StoryTextAnalyzer = {
  indexTerms: (t) => {
    const w = (normalize(t).match(WORD) ?? []).filter((x) => !STOP.has(x));
    return { surface: w, stems: w.map((x) => x.replace(/^(وال|بال|فال|لل|ال|و)(?=...)/, '')) };
  },
};

const H = 3_600_000;
const T0 = Date.UTC(2026, 0, 10, 8);
let nextId = 1;
function doc(source: number, hours: number, title: string, text: string, id = nextId++): StoryDoc {
  return buildStoryDoc({ articleId: id, sourceId: source, time: T0 + hours * H, title, lead: '', text }, analyzer);
}

// Background articles so document frequencies mean something (a real window holds hundreds of unrelated reports).
const BACKGROUND = [
  ['ارتفاع أسعار الذهب في الأسواق المحلية', 'سجلت أسعار الذهب ارتفاعا ملحوظا في تعاملات اليوم مع زيادة الطلب من المشترين قبل موسم الأعراس.'],
  ['افتتاح معرض للكتاب في مدينة الواحة', 'افتتح معرض الكتاب السنوي أبوابه للزوار بمشاركة مئتي دار نشر من عدة دول عربية وأجنبية.'],
  ['الأرصاد تتوقع أمطارا رعدية على المرتفعات', 'توقعت هيئة الأرصاد هطول أمطار رعدية متوسطة على المرتفعات الغربية مع رياح نشطة مثيرة للغبار.'],
  ['نادي الفجر يتعاقد مع مدرب جديد', 'أعلن نادي الفجر الرياضي التعاقد مع مدرب جديد لموسمين استعدادا لانطلاق الدوري المحلي الشهر المقبل.'],
  ['جامعة الساحل تعلن مواعيد القبول', 'أعلنت جامعة الساحل مواعيد التسجيل والقبول للعام الجامعي الجديد عبر بوابتها الإلكترونية.'],
  ['تراجع مؤشر البورصة في ختام التداولات', 'أغلق مؤشر البورصة منخفضا بنسبة طفيفة في ختام تداولات الأسبوع وسط تداولات ضعيفة.'],
  ['وزارة الصحة تطلق حملة للتطعيم', 'أطلقت وزارة الصحة حملة وطنية لتطعيم الأطفال ضد الحصبة في جميع المراكز الصحية.'],
  ['مهرجان للتمور في واحة النخيل', 'انطلق مهرجان التمور السنوي بمشاركة مئات المزارعين وسط إقبال كبير من الزوار والتجار.'],
];
function withBackground(engine: ReturnType<typeof createStoryEngine>, source = 90): void {
  BACKGROUND.forEach(([t, x], i) => engine.assign(doc(source + i, -2 + i * 0.1, t!, x!)));
}

const FIRE_A = doc(1, 0, 'حريق في مستودع للأخشاب بميناء السلام', 'اندلع حريق كبير صباح اليوم في مستودع للأخشاب بميناء السلام، وهرعت فرق الدفاع المدني إلى الموقع وتمكنت من السيطرة على النيران دون تسجيل إصابات، وفتحت السلطات تحقيقا في أسباب الحريق.');
const FIRE_B = doc(2, 1, 'الدفاع المدني يخمد حريق مستودع الأخشاب في ميناء السلام', 'أخمدت فرق الدفاع المدني حريقا شب في مستودع للأخشاب داخل ميناء السلام، ولم يصب أحد بأذى، فيما تحقق الجهات المختصة في أسباب اندلاع النيران في المستودع.');
const FIRE_C = doc(3, 2, 'تحقيق في أسباب حريق ميناء السلام', 'بدأت الجهات المختصة التحقيق في حريق مستودع الأخشاب بميناء السلام الذي سيطرت عليه فرق الدفاع المدني صباح اليوم دون إصابات.');
const FLOOD = doc(2, 1.5, 'سيول تغمر طرقا في وادي الريحان', 'غمرت السيول عددا من الطرق في وادي الريحان بعد أمطار غزيرة، وأغلقت الشرطة الطرق المتضررة وحذرت السائقين من عبور مجاري الأودية.');

test('the same event reported by several outlets in different words joins one story', () => {
  const e = createStoryEngine();
  withBackground(e);
  const a = e.assign(FIRE_A), b = e.assign(FIRE_B), f = e.assign(FLOOD), c = e.assign(FIRE_C);
  assert.equal(b.storyId, a.storyId);
  assert.equal(e.storyOf(FIRE_C.articleId), e.storyOf(FIRE_A.articleId));
  assert.ok(c.score > 0 && c.score <= 1);
  assert.notEqual(f.storyId, a.storyId);
});

test('close but different events stay apart: two fires in two places', () => {
  const e = createStoryEngine();
  withBackground(e);
  const a = e.assign(doc(1, 0, 'حريق في مصنع للبلاستيك بمدينة الرمال', 'شب حريق في مصنع للبلاستيك بالمنطقة الصناعية في مدينة الرمال، وأصيب عاملان بحالات اختناق نقلا على إثرها إلى المستشفى.'));
  const b = e.assign(doc(2, 1, 'حريق يلتهم سوقا شعبيا في قرية الزيتون', 'التهم حريق عددا من المحال في السوق الشعبي بقرية الزيتون، وقدر التجار خسائرهم بمئات الآلاف دون إصابات بشرية.'));
  assert.notEqual(a.storyId, b.storyId);
});

test('a wire copy republished with small edits is marked duplicateOf the earliest copy and shares its story', () => {
  const e = createStoryEngine();
  withBackground(e);
  const wire = 'أعلنت وزارة النقل اليوم عن خطة لتوسعة الطريق الساحلي بين مدينتي الرمال والسلام بطول مئة وعشرين كيلومترا، على أن تبدأ الأعمال مطلع العام المقبل وتستمر ثلاث سنوات، وأوضحت الوزارة أن المشروع يشمل إنشاء أربعة جسور ونفقين وتحسين الإنارة على امتداد الطريق لخفض الحوادث.';
  const first = e.assign(doc(1, 0, 'خطة لتوسعة الطريق الساحلي', wire));
  const firstId = nextId - 1;
  const copy1 = e.assign(doc(2, 2, 'النقل: توسعة الطريق الساحلي تبدأ العام المقبل', `الرمال - وكالة الأنباء الخيالية: ${wire}`));
  const copy2 = e.assign(doc(3, 3, 'توسعة الطريق الساحلي', wire.replace('ثلاث سنوات', 'نحو ثلاث سنوات') + ' وكانت الوزارة قد درست المشروع العام الماضي.'));
  assert.equal(first.duplicateOf, null);
  assert.equal(copy1.duplicateOf, firstId);
  assert.equal(copy2.duplicateOf, firstId, 'a copy of a copy links to the earliest');
  assert.equal(copy1.storyId, first.storyId);
  assert.equal(copy2.storyId, first.storyId);
  const other = e.assign(doc(4, 3, 'حريق في مستودع', 'اندلع حريق في مستودع للأخشاب ولم يسفر عن إصابات وفتحت السلطات تحقيقا في أسباب الحادث وملابساته.'));
  assert.equal(other.duplicateOf, null);
});

test('stories that converge are merged and the decision says so', () => {
  // Two reports of one summit that share little wording start apart; later reports bridging both merge them.
  const e = createStoryEngine({ mergeThreshold: 0.2 });
  withBackground(e);
  const A = doc(1, 0, 'قمة الواحة تبحث أزمة المياه الإقليمية', 'بحث قادة دول الحوض في قمة الواحة أزمة المياه الإقليمية وسبل تقاسم مياه النهر الكبير بين الدول المتشاطئة.');
  const B = doc(2, 0.5, 'اتفاق على صندوق مشترك لتحلية المياه', 'اتفق القادة المجتمعون على إنشاء صندوق مشترك لتمويل محطات تحلية المياه برأسمال عشرة مليارات.');
  const a = e.assign(A), b = e.assign(B);
  assert.notEqual(a.storyId, b.storyId, 'fixture: the two halves start as two stories');
  const merges: { from: number; into: number }[] = [];
  for (const [i, text] of [
    'اختتمت قمة الواحة أعمالها بالاتفاق على صندوق مشترك لتحلية المياه وتقاسم مياه النهر الكبير لمواجهة أزمة المياه الإقليمية بين دول الحوض.',
    'قادة دول الحوض في ختام قمة الواحة: صندوق مشترك لتحلية المياه برأسمال عشرة مليارات وخطة لتقاسم مياه النهر الكبير.',
  ].entries()) merges.push(...e.assign(doc(3 + i, 1 + i, 'قمة الواحة تقر صندوقا مشتركا لتحلية المياه', text)).merged);
  assert.equal(e.storyOf(A.articleId), e.storyOf(B.articleId));
  assert.ok(merges.length >= 1, 'a merge was reported');
  const m = merges[0]!;
  assert.deepEqual(new Set([m.from, m.into]), new Set([a.storyId, b.storyId]));
  assert.equal(e.storyOf(A.articleId), m.into);
});

function stream(): StoryDoc[] {
  const out: StoryDoc[] = [];
  let id = 5000;
  BACKGROUND.forEach(([t, x], i) => out.push(buildStoryDoc({ articleId: id++, sourceId: 90 + i, time: T0 + i * H, title: t!, lead: '', text: x! }, analyzer)));
  for (const d of [FIRE_A, FIRE_B, FLOOD, FIRE_C]) out.push({ ...d, articleId: id++ });
  return out;
}

test('deterministic: the same input order gives the same story ids and decisions', () => {
  const run = () => { const e = createStoryEngine(); return stream().map((d) => e.assign(d)); };
  assert.deepEqual(run(), run());
  const r1 = rebuildStories(stream()), r2 = rebuildStories([...stream()].reverse());
  assert.deepEqual([...r1.entries()].sort((x, y) => x[0] - y[0]), [...r2.entries()].sort((x, y) => x[0] - y[0]), 'rebuild sorts by time then id');
});

test('story ids increase and restore() advances the counter past restored ids', () => {
  const e = createStoryEngine();
  const s = stream();
  e.restore(s[0]!, 41, null);
  e.restore(s[1]!, 7, null);
  const d = e.assign(s[2]!);
  assert.ok(d.storyId > 41, `new story id ${d.storyId} must not reuse a restored one`);
  assert.equal(e.storyOf(s[0]!.articleId), 41);
  assert.throws(() => e.restore(s[3]!, 0, null), /story id/);
  assert.throws(() => e.assign(s[2]!), /already assigned/);
});

test('the time window is respected: the same words four days later start a new story', () => {
  const e = createStoryEngine({ windowDays: 3 });
  withBackground(e);
  const a = e.assign(FIRE_A);
  const later = e.assign({ ...FIRE_B, articleId: 9001, time: FIRE_A.time + 4 * 24 * H });
  assert.notEqual(later.storyId, a.storyId);
  assert.equal(e.storyOf(FIRE_A.articleId), undefined, 'articles beyond the window leave memory');
  const e2 = createStoryEngine({ windowDays: 3 });
  withBackground(e2);
  const a2 = e2.assign(FIRE_A);
  assert.equal(e2.assign({ ...FIRE_B, articleId: 9002, time: FIRE_A.time + 10 * H }).storyId, a2.storyId, 'inside the window they meet');
});

test('recommendations come from other stories, one per story, never a near-duplicate, other outlets first', () => {
  const e = createStoryEngine();
  withBackground(e);
  const port1 = doc(1, 0, 'توسعة ميناء السلام لاستقبال السفن العملاقة', 'بدأت أعمال توسعة ميناء السلام لاستقبال السفن العملاقة وتعميق الممرات الملاحية بتكلفة ثلاثة مليارات ضمن خطة تطوير الموانئ.');
  const port1copy = { ...port1, articleId: 7001, sourceId: 4, time: port1.time + H };
  const port2 = doc(2, 5, 'ميناء السلام يسجل رقما قياسيا في مناولة الحاويات', 'سجل ميناء السلام رقما قياسيا في مناولة الحاويات خلال الشهر الماضي بعد تشغيل الرصيف الجديد ضمن خطة تطوير الموانئ.');
  const port3 = doc(1, 6, 'ميناء السلام يوقع عقدا لتشغيل محطة الحاويات', 'وقع ميناء السلام عقدا مع شركة تشغيل لإدارة محطة الحاويات الجديدة لمدة عشرين عاما ضمن خطة تطوير الموانئ.');
  for (const d of [port1, port1copy, port2, port3, FIRE_A, FIRE_B]) e.assign(d);
  assert.equal(e.storyOf(port1copy.articleId), e.storyOf(port1.articleId));
  const r = e.recommend(port1.articleId, 10);
  const own = e.storyOf(port1.articleId);
  assert.ok(r.similar.length >= 1, 'the other port stories are found');
  const storiesSeen = new Set<number>();
  for (const s of r.similar) {
    assert.notEqual(s.storyId, own, 'never the same story');
    assert.notEqual(s.articleId, port1copy.articleId, 'never a near-duplicate');
    assert.ok(!storiesSeen.has(s.storyId), 'at most one per story');
    storiesSeen.add(s.storyId);
  }
  for (let i = 1; i < r.similar.length; i++) assert.ok(r.similar[i - 1]!.score >= r.similar[i]!.score * 0.85 - 1e-9);
  assert.ok(r.readAlso);
  assert.notEqual(r.readAlso!.storyId, own);
  assert.deepEqual(r.sameStory, [port1copy.articleId], 'more in this story: the copy');
  assert.deepEqual(e.recommend(123456), { similar: [], readAlso: null, sameStory: [], unknown: true }, 'an article the engine does not hold');
});

test('similarity is symmetric, 1 for itself, and higher for the same event', () => {
  const e = createStoryEngine();
  withBackground(e);
  for (const d of [FIRE_A, FIRE_B, FLOOD]) e.assign(d);
  const ab = e.similarity(FIRE_A.articleId, FIRE_B.articleId);
  assert.equal(ab, e.similarity(FIRE_B.articleId, FIRE_A.articleId));
  assert.equal(e.similarity(FIRE_A.articleId, FIRE_A.articleId), 1);
  assert.ok(ab > e.similarity(FIRE_A.articleId, FLOOD.articleId));
  assert.equal(e.similarity(FIRE_A.articleId, 999999), 0);
});

test('bad input gets a clear error and leaves the engine usable', () => {
  const e = createStoryEngine();
  assert.throws(() => e.assign({ ...FIRE_A, articleId: 8001, time: Number.NaN }), /valid time/);
  assert.throws(() => createStoryEngine({ joinThreshold: Number.NaN }), /joinThreshold/);
  const d = e.assign({ ...FIRE_A, articleId: 8002 });
  assert.equal(typeof d.storyId, 'number');
  const empty = e.assign(buildStoryDoc({ articleId: 8003, sourceId: 1, time: T0, title: '', lead: '', text: '' }, analyzer));
  assert.notEqual(empty.storyId, d.storyId, 'an empty article starts its own story');
});

test('a link between reports naming different towns in their headlines is discounted unless one mentions the other town', () => {
  // Fictional towns stand in for the gazetteer's cities and provinces.
  const TOWNS: Record<string, string> = { 'الرمال': 'place:rimal', 'الزيتون': 'place:zaytun', 'النخيل': 'place:nakheel' };
  const found = (t: string) => Object.entries(TOWNS).filter(([n]) => normalize(t).includes(normalize(n))).map(([, id]) => id);
  const placed: StoryTextAnalyzer = { ...analyzer, entityIds: found, localPlaceIds: found };
  const crash = (id: number, source: number, hours: number, town: string, text: string) => buildStoryDoc({
    articleId: id, sourceId: source, time: T0 + hours * H, lead: '', title: `وفاة شخصين وإصابة ثلاثة في حادث مروري بطريق ${town}`, text,
  }, placed);
  const first = crash(501, 1, 0, 'الرمال', 'لقي شخصان حتفهما وأصيب ثلاثة في تصادم شاحنة بسيارة صغيرة عند مدخل الرمال فجر اليوم، ونقل المصابون إلى مستشفى المدينة.');
  const otherTown = crash(502, 2, 1, 'الزيتون', 'لقي شخصان حتفهما وأصيب ثلاثة في تصادم سيارتين صغيرتين عند مدخل الزيتون مساء اليوم، ونقل المصابون إلى مستشفى البلدة.');
  const mentions = crash(503, 3, 1, 'النخيل', 'لقي شخصان حتفهما وأصيب ثلاثة في تصادم شاحنة قادمة من النخيل بسيارة صغيرة عند مدخل الرمال، ونقل المصابون إلى المستشفى.');
  const linkTo = (config: Parameters<typeof createStoryEngine>[0], d: StoryDoc) => {
    const e = createStoryEngine(config);
    withBackground(e);
    const s = e.assign(first).storyId;
    const row = e.explain(d).find((x) => x.storyId === s);
    // The explanation names the member that gave the link (the story has one: the first crash).
    assert.equal(row?.via, first.articleId);
    return row?.link ?? 0;
  };
  const plain = linkTo({ placeConflictFactor: 1 }, otherTown);
  assert.ok(plain > 0.2, `premise: the shared wording links the two crashes (${plain})`);
  assert.ok(Math.abs(linkTo({}, otherTown) - plain * 0.5) < 1e-9, 'two towns: the link is halved by default');
  assert.ok(Math.abs(linkTo({ placeConflictFactor: 0.8 }, otherTown) - plain * 0.8) < 1e-9, 'the factor is configurable');
  const m = linkTo({ placeConflictFactor: 1 }, mentions);
  assert.ok(m > 0.2 && Math.abs(linkTo({}, mentions) - m) < 1e-9, 'a report that mentions the other town keeps its full link');
});

test('a headline that names only a town\'s office is placed by it against a headline that names another town', () => {
  const TOWNS: Record<string, string> = { 'الرمال': 'place:rimal', 'الزيتون': 'place:zaytun' };
  const mentioned = (t: string) => Object.entries(TOWNS).filter(([n]) => normalize(t).includes(normalize(n))).map(([, id]) => id);
  // "تعليم الرمال": the town is the office's, not where the headline happens.
  const office = (t: string) => mentioned(t).filter((id) => normalize(t).includes(normalize(`تعليم ${Object.keys(TOWNS).find((n) => TOWNS[n] === id)}`)));
  const officed: StoryTextAnalyzer = { ...analyzer, entityIds: mentioned, localPlaceIds: (t) => mentioned(t).filter((id) => !office(t).includes(id)), affiliatedPlaceIds: office };
  const notice = (id: number, source: number, title: string, text: string) => buildStoryDoc({ articleId: id, sourceId: source, time: T0 + id * 0.1 * H, lead: '', title, text }, officed);
  const rimal = notice(521, 1, 'تعليم الرمال يبدأ المقابلات الشخصية للمعلمين الجدد', 'بدأت إدارة التعليم المقابلات الشخصية للمعلمين الجدد المرشحين للتدريس هذا العام في مقر الإدارة وتستمر أسبوعا.');
  const zaytun = notice(522, 2, 'بدء المقابلات الشخصية للمعلمين الجدد في الزيتون', 'بدأت لجان المقابلات الشخصية استقبال المعلمين الجدد المرشحين للتدريس هذا العام في مقر الإدارة وتستمر أسبوعا.');
  const both = notice(523, 3, 'بدء المقابلات الشخصية للمعلمين الجدد في الزيتون', 'بدأت لجان المقابلات الشخصية استقبال المعلمين الجدد المرشحين للتدريس في الزيتون والرمال هذا العام وتستمر أسبوعا.');
  assert.deepEqual([rimal.headlinePlaces, rimal.headlineAffiliations, zaytun.headlinePlaces], [[], ['place:rimal'], ['place:zaytun']], 'premise');
  const linkTo = (config: Parameters<typeof createStoryEngine>[0], d: StoryDoc) => {
    const e = createStoryEngine(config);
    withBackground(e);
    const s = e.assign(rimal).storyId;
    return e.explain(d).find((x) => x.storyId === s)?.link ?? 0;
  };
  const plain = linkTo({ placeConflictFactor: 1 }, zaytun);
  assert.ok(plain > 0.2, `premise: the shared wording links the two towns' interviews (${plain})`);
  assert.ok(Math.abs(linkTo({}, zaytun) - plain * 0.5) < 1e-9, 'another town\'s interviews: the link is halved');
  const m = linkTo({ placeConflictFactor: 1 }, both);
  assert.ok(m > 0.2 && Math.abs(linkTo({}, both) - m) < 1e-9, 'a report that mentions the office\'s town keeps its full link');
});

/** Ten reports of one explosion in a market, from ten outlets (fictional place names). */
const MARKET_BLAST: [number, string, string][] = [
  [1, 'انفجار سوق النخيل في الريحان يوقع جرحى', 'هز انفجار قوي سوق النخيل الشعبي في مدينة الريحان ظهر اليوم وأصيب عدد من المتسوقين ونقلوا إلى المستشفى العام فيما طوقت الشرطة المكان.'],
  [2, 'انفجار سوق النخيل: الشرطة تطوق الموقع', 'طوقت قوات الشرطة سوق النخيل في الريحان بعد الانفجار الذي أصاب متسوقين، وبدأ خبراء الأدلة الجنائية فحص موقع الانفجار.'],
  [3, 'انفجار سوق النخيل: ارتفاع عدد الجرحى إلى عشرين', 'أعلن المستشفى العام في الريحان ارتفاع عدد المصابين في انفجار سوق النخيل إلى عشرين شخصا بينهم أطفال، حالة ثلاثة منهم حرجة.'],
  [4, 'انفجار سوق النخيل: شهود يروون لحظات الرعب', 'روى باعة في سوق النخيل بالريحان كيف دوى الانفجار بين البسطات وتطايرت الواجهات الزجاجية وهرع الناس إلى الشوارع المجاورة.'],
  [5, 'المحافظ يتفقد موقع انفجار سوق النخيل', 'تفقد محافظ الريحان موقع الانفجار في سوق النخيل واطلع على سير التحقيقات ووجه بصرف إعانات عاجلة للتجار المتضررين.'],
  [6, 'انفجار سوق النخيل: عبوة ناسفة وراء الحادث', 'رجحت التحقيقات الأولية أن عبوة ناسفة وضعت في حاوية قمامة كانت وراء الانفجار الذي وقع في سوق النخيل بالريحان.'],
  [7, 'إعادة فتح سوق النخيل جزئيا بعد الانفجار', 'أعادت السلطات فتح أجزاء من سوق النخيل في الريحان أمام المتسوقين بعد إزالة آثار الانفجار وفحص المباني المحيطة.'],
  [8, 'التجار يحصون خسائر انفجار سوق النخيل', 'بدأ تجار سوق النخيل في الريحان حصر خسائرهم بعد الانفجار الذي دمر عشرات المحال، وطالبوا بتعويضات سريعة.'],
  [9, 'المستشفى يخرج أغلب جرحى انفجار سوق النخيل', 'غادر أغلب المصابين في انفجار سوق النخيل المستشفى العام في الريحان بعد تلقيهم العلاج، وبقي ثلاثة تحت الملاحظة.'],
  [10, 'انفجار سوق النخيل: الشرطة تعتقل مشتبها به', 'اعتقلت الشرطة في الريحان رجلا يشتبه في أنه وضع العبوة التي انفجرت في سوق النخيل، وقالت إن التحقيق معه جار.'],
];

const CHECKPOINT_BLAST: [number, string, string][] = [
  [11, 'تفجير سيارة عند حاجز الجسر الشرقي', 'انفجرت سيارة عند حاجز الجسر الشرقي فجر اليوم وقتل اثنان من الحراس وأصيب خمسة من العابرين.'],
  [12, 'الحراس يغلقون الجسر الشرقي بعد الانفجار', 'أغلق الحراس المعبر بعد الانفجار وحولوا حركة الشاحنات إلى طريق آخر حتى إشعار جديد.'],
  [13, 'هجوم حاجز الجسر الشرقي: مقتل حارسين', 'قتل حارسان وأصيب خمسة عابرين في الهجوم الذي استهدف الحاجز عند الفجر بسيارة محملة بالمتفجرات.'],
  [14, 'انفجار الجسر الشرقي: الكاميرات ترصد السيارة', 'رصدت كاميرات المراقبة السيارة وهي تقترب من الحاجز قبل دقائق من الانفجار.'],
  [15, 'الجسر الشرقي يعود للعمل بعد الاعتداء', 'عاد المعبر للعمل مساء اليوم بعد رفع الحطام وترميم الحاجز الذي تضرر في الاعتداء.'],
  [16, 'تشييع حارسي الجسر الشرقي بعد التفجير', 'شيع آلاف الأهالي الحارسين اللذين قتلا عند الحاجز، وسط هتافات تندد بالاعتداء.'],
  [17, 'هجوم الجسر الشرقي: اعتقال صاحب ورشة باع السيارة', 'اعتقلت الشرطة صاحب ورشة يشتبه في أنه باع السيارة التي انفجرت عند الحاجز.'],
  [18, 'فتح طريق الجسر الشرقي بعد الانفجار', 'أعادت إدارة المرور فتح الطريق المؤدي إلى المعبر بعد إزالة آثار الانفجار.'],
  [19, 'اعتداء الجسر الشرقي: الجرحى الخمسة بحالة مستقرة', 'قال المستشفى إن العابرين الخمسة الذين أصيبوا في الهجوم على الحاجز بحالة مستقرة.'],
];

test('a big story counts its core more for a reaction whose headline names the event, not for a report that only shares its vocabulary', () => {
  const reports = MARKET_BLAST;
  // The blast is an event of a known kind (an attack): the bare analyzer learns that one word's type.
  const typed: StoryTextAnalyzer = { ...analyzer, eventTypeIds: (stems) => (stems.some((x) => x.startsWith('انفجار')) ? ['event:attack'] : []) };
  const tdoc = (source: number, hours: number, title: string, text: string) => buildStoryDoc({ articleId: nextId++, sourceId: source, time: T0 + hours * H, title, lead: '', text }, typed);
  const docs = reports.map(([src, title, text], i) => tdoc(src, i * 0.5, title, text));
  // A headline-only reaction that names the event, and a report on something else in the same town whose text
  // happens to share the event's words (the town, the market).
  const reaction = tdoc(20, 6, 'نقابة الأطباء تستنكر انفجار سوق النخيل', '');
  const park = tdoc(21, 6, 'بلدية الريحان تفتتح حديقة للأطفال', 'افتتحت بلدية الريحان حديقة جديدة للأطفال قرب سوق النخيل تضم ملاعب ومساحات خضراء، وقال رئيس البلدية إن الحديقة ستفتح أبوابها للأسر طوال أيام الأسبوع من الصباح حتى المساء.');
  const run = (config: Parameters<typeof createStoryEngine>[0]) => {
    const engine = createStoryEngine({ bigStorySize: 8, ...config });
    withBackground(engine);
    for (const d of docs) engine.assign(d);
    const story = engine.storyOf(docs[0]!.articleId)!;
    const core = (d: StoryDoc) => engine.explain(d).find((x) => x.storyId === story)?.core ?? 0;
    return { engine, story, reactionCore: core(reaction), parkCore: core(park) };
  };

  const plain = run({ bigStoryCoreBoost: 1 });
  assert.ok(docs.every((d) => plain.engine.storyOf(d.articleId) === plain.story), 'premise: the ten reports are one story');
  assert.ok(plain.reactionCore > 0.15 && plain.reactionCore < 0.33, `premise: at face value the reaction's core coverage misses the join threshold (${plain.reactionCore})`);
  assert.ok(plain.parkCore > 0.15 && plain.parkCore < 0.33, `premise: the park report covers about as much of the core (${plain.parkCore})`);
  assert.notEqual(plain.engine.assign(reaction).storyId, plain.story, 'without the boost the reaction stays out');

  const boosted = run({});
  assert.ok(Math.abs(boosted.reactionCore - plain.reactionCore * 1.5) < 1e-9, 'its headline names the event: the core counts 1.5 times by default');
  assert.ok(Math.abs(boosted.parkCore - plain.parkCore) < 1e-9, 'the park report names a different matter in its headline: no boost');
  assert.notEqual(boosted.engine.assign(park).storyId, boosted.story, 'the park report stays out');
  assert.equal(run({}).engine.assign(reaction).storyId, boosted.story, 'the reaction joins the event');

  assert.ok(plain.engine.coreTerms(plain.story).slice(0, 5).some((c) => c.term === 'event:attack'), 'premise: the event type is among the five heaviest core terms');
  // Below bigStorySize the core counts at face value (and only for reports that name one of its heaviest terms).
  const small = run({ bigStorySize: 1000 });
  assert.ok(Math.abs(small.reactionCore - plain.reactionCore) < 1e-9);
});

test('a big story whose core names no kind of event (a war\'s actors, a diplomatic round) gets no boost and is held like a small one', () => {
  // The same ten reports read by the bare analyzer, which knows no event types: the story's core is its words alone.
  const docs = MARKET_BLAST.map(([src, title, text], i) => doc(src, i * 0.5, title, text));
  const reaction = doc(20, 6, 'نقابة الأطباء تستنكر انفجار سوق النخيل', '');
  const engine = createStoryEngine({ bigStorySize: 8 });
  withBackground(engine);
  for (const d of docs) engine.assign(d);
  const story = engine.storyOf(docs[0]!.articleId)!;
  assert.ok(docs.every((d) => engine.storyOf(d.articleId) === story), 'premise: the ten reports are one story');
  assert.ok(!engine.coreTerms(story).some((c) => c.term.startsWith('event:')), 'premise: no event type in the core');
  const core = (e: ReturnType<typeof createStoryEngine>) => e.explain(reaction).find((x) => x.storyId === story)?.core ?? 0;
  const plain = createStoryEngine({ bigStorySize: 8, bigStoryCoreBoost: 1 });
  withBackground(plain);
  for (const d of docs) plain.assign(d);
  assert.ok(core(plain) > 0, 'premise: the reaction covers the core');
  assert.ok(Math.abs(core(engine) - core(plain)) < 1e-9, `no boost without an event type (${core(engine)} vs ${core(plain)})`);
});

test('a reaction that names the attack with another noun covers the story\'s event type; a report on the same market that names no attack does not', async () => {
  // The real analyzer: event types are defined over its stems (src/text/event-types.ts).
  const { storyTextAnalyzer } = await import('../../src/pipeline/story-analyzer.ts');
  const withoutTypes: StoryTextAnalyzer = { ...storyTextAnalyzer, eventTypeIds: undefined };
  const reports = MARKET_BLAST;
  const make = (a: StoryTextAnalyzer, id: number, source: number, hours: number, title: string, text = '') =>
    buildStoryDoc({ articleId: id, sourceId: source, time: T0 + hours * H, title, lead: '', text }, a);
  const run = (a: StoryTextAnalyzer) => {
    const e = createStoryEngine({ bigStorySize: 8 });
    reports.forEach(([src, title, text], i) => e.assign(make(a, 7000 + i, src, i * 0.5, title, text)));
    const reaction = make(a, 7100, 30, 6, 'نقابة الأطباء تستنكر الجريمة الإرهابية في سوق النخيل بالريحان');
    const renovation = make(a, 7101, 31, 6, 'بلدية الريحان تعيد تأهيل سوق النخيل القديم');
    const core = (d: StoryDoc) => e.explain(d).find((x) => x.storyId === e.storyOf(7000))?.core ?? 0;
    return { e, reaction, renovation, reactionCore: core(reaction), renovationCore: core(renovation) };
  };

  const typed = run(storyTextAnalyzer);
  assert.ok(typed.reaction.headlineStems?.includes('event:attack') && typed.reaction.titleStems.includes('event:attack'), 'the reaction\'s headline names an attack');
  assert.ok(!typed.renovation.titleStems.includes('event:attack'), 'the renovation report names none');
  assert.ok(typed.reactionCore >= 0.33 && typed.renovationCore < 0.33, `reaction ${typed.reactionCore}, renovation ${typed.renovationCore}`);
  assert.equal(typed.e.assign(typed.renovation).storyId === typed.e.storyOf(7000), false, 'the renovation report stays out');
  assert.equal(typed.e.assign(typed.reaction).storyId, typed.e.storyOf(7000), 'the reaction joins the attack');

  // Without event types the two share the same three words of the story (market, its name, the town) and cannot be told apart.
  const bare = run(withoutTypes);
  assert.ok(Math.abs(bare.reactionCore - bare.renovationCore) < 1e-9, `${bare.reactionCore} vs ${bare.renovationCore}`);
});

test('a reaction that links to nothing and refers to "the attack" joins the one big attack story; a new attack, an attack elsewhere or two candidate attacks keep it out', async () => {
  const { storyTextAnalyzer } = await import('../../src/pipeline/story-analyzer.ts');
  const make = (a: StoryTextAnalyzer, id: number, source: number, hours: number, title: string, text = '') =>
    buildStoryDoc({ articleId: id, sourceId: source, time: T0 + hours * H, title, lead: '', text }, a);
  // A day's other news, so an attack is rare in the window as it is in a real one (forty unrelated reports).
  const NEWS = 'القمح الشعير الذهب الفضة النفط الغاز الكتاب المسرح السينما الموسيقى الجامعة المدرسة الحديقة المتحف الميناء المطار القطار الحافلة الطقس الأمطار'.split(' ');
  const run = (a: StoryTextAnalyzer, second = false) => {
    const e = createStoryEngine({ bigStorySize: 8 });
    for (let k = 0; k < 40; k++) {
      const x = NEWS[k % 20]!, y = NEWS[(k * 7 + 3) % 20]!;
      e.assign(make(a, 7500 + k, 60 + k, -3 + k * 0.05, `تقرير عن ${x} و${y} رقم ${k}`, `يتناول هذا التقرير أحوال ${x} و${y} في المدينة خلال الموسم الحالي مع آراء المختصين والمسؤولين عن ${x} وتوقعاتهم للأشهر المقبلة وما ينتظره الناس من ${y}.`));
    }
    MARKET_BLAST.forEach(([src, title, text], i) => e.assign(make(a, 7300 + i, src, i * 0.5, title, text)));
    // Another attack the same day, told in other words: a car bomb at a checkpoint.
    if (second) CHECKPOINT_BLAST.forEach(([src, title, text], i) => e.assign(make(a, 7320 + i, src, 0.2 + i * 0.5, title, text)));
    return e;
  };
  const reaction = (a: StoryTextAnalyzer) => make(a, 7400, 40, 6, 'العمل الجبان لن يزيدنا إلا تماسكا ووحدة');

  const e = run(storyTextAnalyzer);
  const story = e.storyOf(7300)!;
  assert.ok(MARKET_BLAST.every((_, i) => e.storyOf(7300 + i) === story), 'premise: the ten reports are one story');
  // The story's core, as the inspector prints it: the event's place and type lead it, and each count fits the story.
  const core = e.coreTerms(story);
  assert.ok(core.length > 0 && core.every((c, i) => c.count >= 2 && c.count <= 10 && c.df >= c.count && (i === 0 || core[i - 1]!.weight >= c.weight)));
  assert.ok(core.slice(0, 5).some((c) => c.term === 'event:attack'), core.slice(0, 5).map((c) => c.term).join(' '));
  assert.deepEqual(e.coreTerms(-1), []);
  const best = Math.max(0, ...e.explain(reaction(storyTextAnalyzer)).map((x) => x.score));
  assert.ok(best < 0.33, `premise: the reaction scores under the join threshold with every story (${best})`);
  assert.equal(e.assign(reaction(storyTextAnalyzer)).storyId, story, 'the reaction joins the attack');

  // Without reading the article on "the cowardly act" it stays alone.
  const unread: StoryTextAnalyzer = { ...storyTextAnalyzer, referredEventTypeIds: undefined };
  const plain = run(unread);
  assert.notEqual(plain.assign(reaction(unread)).storyId, plain.storyOf(7300));
  // A report that introduces a new attack ("a bombing", no article) is another event.
  const fresh = run(storyTextAnalyzer);
  assert.notEqual(fresh.assign(make(storyTextAnalyzer, 7401, 41, 6, 'مقتل سبعة في هجوم على فندق')).storyId, fresh.storyOf(7300));
  // A reaction whose text names a place the story's reports do not is about an attack there.
  const away = run(storyTextAnalyzer);
  const baghdad = make(storyTextAnalyzer, 7402, 42, 6, 'الجريمة النكراء لن تمر دون عقاب', 'قال مسؤولون في بغداد إن منفذي الهجوم سيلاحقون أينما كانوا، وإن الأجهزة الأمنية تعمل على كشف من يقف وراءه وتقديمهم إلى العدالة في أقرب وقت.');
  assert.ok(baghdad.entityIds.includes('place:baghdad'), 'premise: the text names Baghdad');
  assert.notEqual(away.assign(baghdad).storyId, away.storyOf(7300));
  // A governor speaking for his own town names it as his office, not as the place of another attack.
  const governor = run(storyTextAnalyzer);
  const buraidah = make(storyTextAnalyzer, 7403, 43, 6, 'محافظ بريدة: العمل الجبان لن يزيدنا إلا تماسكا', 'قال محافظ بريدة إن العمل الجبان لن يزيد أبناء الوطن إلا تماسكا ووحدة، وإن أهالي المحافظة يقفون صفا واحدا مع رجال الأمن.');
  assert.ok(buraidah.entityIds.includes('place:buraidah') && buraidah.headlinePlaces?.length === 0, 'premise: Buraidah is named, as the governor\'s office only');
  assert.deepEqual(buraidah.headlineAffiliations, ['place:buraidah']);
  assert.equal(governor.assign(buraidah).storyId, governor.storyOf(7300), 'the governor reacts to the attack');
  // A country named in the headline is where, not whose: the attack there is another event.
  const abroad = run(storyTextAnalyzer);
  const kuwait = make(storyTextAnalyzer, 7404, 44, 6, 'الجريمة النكراء في الكويت لن تمر دون عقاب', 'قال مسؤولون إن منفذي الجريمة النكراء في الكويت سيلاحقون أينما كانوا وسيقدمون إلى العدالة في أقرب وقت ممكن.');
  assert.ok(kuwait.entityIds.includes('place:kuwait'), 'premise: the text names Kuwait');
  assert.deepEqual(kuwait.headlineAffiliations, []);
  assert.notEqual(abroad.assign(kuwait).storyId, abroad.storyOf(7300));
  // Two big attack stories in the window: "the attack" could be either, so the reaction stays alone.
  const two = run(storyTextAnalyzer, true);
  assert.notEqual(two.storyOf(7320), two.storyOf(7300), 'premise: the two attacks are two stories');
  const r2 = two.assign(reaction(storyTextAnalyzer)).storyId;
  assert.ok(r2 !== two.storyOf(7300) && r2 !== two.storyOf(7320));
});

test('an event type named only in the lead counts for the title and lead, not for the headline', async () => {
  const { storyTextAnalyzer } = await import('../../src/pipeline/story-analyzer.ts');
  const d = buildStoryDoc({ articleId: 7200, sourceId: 1, time: T0, title: 'المحافظ يزور المصابين في المستشفى', lead: 'زار المحافظ المصابين في الاعتداء الذي استهدف السوق أمس واطمأن على صحتهم.', text: 'زار المحافظ المصابين في الاعتداء الذي استهدف السوق أمس واطمأن على صحتهم وحالتهم الصحية مستقرة بحسب الأطباء المعالجين في المستشفى العام بالمدينة.' }, storyTextAnalyzer);
  assert.ok(d.titleStems.includes('event:attack'));
  assert.ok(!d.headlineStems?.includes('event:attack'));
  assert.equal(d.titleStems.filter((x) => x === 'event:attack').length, 1);
});

test('which body terms an article keeps does not depend on the order the engine first met the terms (a restarted engine meets them in another)', () => {
  // Sixteen body words of equal weight and a cap of eight: the cut falls between ties. Engine B met the words long
  // ago, in reverse order (that article has left the window), so its term ids run the other way round from engine A's.
  const words = 'قمح شعير ذرة أرز دخن فول عدس حمص سمسم كتان قطن بن شاي تمر تين زيتون'.split(' ');
  const cfg = { maxBodyTerms: 8 };
  const a = createStoryEngine(cfg), b = createStoryEngine(cfg);
  b.assign(buildStoryDoc({ articleId: 1, sourceId: 1, time: T0 - 30 * 24 * H, title: 'قديم', lead: '', text: [...words].reverse().join(' ') }, analyzer));
  const sims = [a, b].map((e) => {
    e.assign(buildStoryDoc({ articleId: 2, sourceId: 2, time: T0, title: 'حصاد', lead: 'حصاد', text: words.join(' ') }, analyzer));
    e.assign(buildStoryDoc({ articleId: 3, sourceId: 3, time: T0, title: 'سوق', lead: 'سوق', text: [...words.slice(0, 6), ...words.slice(0, 6), 'ملح سكر دقيق نخالة لوز جوز بندق فستق عسل'].join(' ') }, analyzer));
    return e.similarity(2, 3);
  });
  assert.ok(sims[0]! > 0);
  assert.equal(sims[1], sims[0]);
});

/**
 * Reports of a fictional war on two fronts (two towns): the same actors in every headline, different events. Each
 * front's reports share their own details; across fronts only the actors' words (الحرس، المتمردين، قوات) recur.
 */
const FRONT_TOWNS: Record<string, string> = { 'الرمال': 'place:rimal', 'الزيتون': 'place:zaytun', 'الواحة': 'place:waha' };
const RIMAL: [string, string][] = [
  ['قوات الحرس تستعيد الرمال من المتمردين بعد معارك', 'استعادت قوات الحرس الوطني بلدة الرمال الساحلية بعد يومين من القتال وطهرت أحياءها الشرقية من القناصة، وأعلن قائد ميداني أسر ثلاثين مسلحا.'],
  ['قوات الحرس تسيطر على الرمال وتطارد المتمردين بعد معارك', 'سيطر الحرس الوطني على الرمال بالكامل ويطارد المسلحين الفارين نحو الوديان، فيما عاد بعض السكان لتفقد منازلهم في البلدة الساحلية.'],
  ['المتمردون ينسحبون من الرمال بعد معارك مع قوات الحرس', 'انسحب المتمردون من بلدة الرمال الساحلية تحت ضغط قوات الحرس الوطني، وخلفوا وراءهم ألغاما في الطرق المؤدية إلى الميناء بحسب مصادر محلية.'],
];
const ZAYTUN: [string, string][] = [
  ['معارك بين قوات الحرس والمتمردين في الزيتون', 'قصفت مدفعية الجيش تحصينات المسلحين في بلدة الزيتون الجبلية طوال الليل، وفرت عائلات كثيرة نحو القرى المجاورة هربا من القذائف وانقطاع المياه والكهرباء.'],
  ['نزوح من الزيتون مع معارك قوات الحرس والمتمردين', 'تواصل نزوح العائلات من بلدة الزيتون الجبلية نحو القرى المجاورة مع استمرار قصف المدفعية لتحصينات المسلحين، وتعاني البلدة انقطاع المياه والكهرباء.'],
  ['الزيتون بلا ماء مع معارك قوات الحرس والمتمردين', 'تعيش بلدة الزيتون الجبلية بلا مياه ولا كهرباء منذ بدء قصف المدفعية لتحصينات المسلحين، فيما نزحت عائلات كثيرة إلى القرى المجاورة.'],
];
/** The fronts' towns a text names, in order of mention (as the gazetteer finds them). */
const townsIn = (t: string) => Object.entries(FRONT_TOWNS).map(([n, id]) => [normalize(t).indexOf(normalize(n)), id] as const)
  .filter(([at]) => at >= 0).sort((x, y) => x[0] - y[0]).map(([, id]) => id);
const placedAnalyzer: StoryTextAnalyzer = { ...analyzer, entityIds: townsIn, localPlaceIds: townsIn };
const front = (id: number, hours: number, [title, text]: [string, string]) => buildStoryDoc({ articleId: id, sourceId: id, time: T0 + hours * H, title, lead: '', text }, placedAnalyzer);

/** The place rule on its own: the core's identity and repeat-outlet conditions and the split, which also keep other fronts out, off. */
const PLACE_RULE_ALONE = { coreIdentityTerms: 0, repeatOutletReports: 0, splitLink: 0 };

test('a small story is held to the place its headlines name: a report from another front that shares only the actors scores placeConflictFactor times as much and stays out', () => {
  const run = (config: Parameters<typeof createStoryEngine>[0]) => {
    const e = createStoryEngine({ ...PLACE_RULE_ALONE, ...config });
    withBackground(e);
    const ids = RIMAL.map((r, i) => e.assign(front(701 + i, i * 0.5, r)).storyId);
    assert.ok(ids.every((x) => x === ids[0]), 'premise: the first front\'s three reports are one story');
    const other = front(711, 2, ZAYTUN[0]!);
    const score = e.explain(other).find((x) => x.storyId === ids[0])?.score ?? 0;
    return { score, joined: e.assign(other).storyId === ids[0] };
  };
  const free = run({ placeStorySize: 0 });
  assert.ok(free.joined && free.score >= 0.33, `premise: without the place rule the other front's report joins on the actors' words (${free.score})`);
  const held = run({});
  assert.ok(Math.abs(held.score - free.score * 0.5) < 1e-9, `by default its score with the story is halved (${held.score} vs ${free.score})`);
  assert.ok(!held.joined, 'the other front starts its own story');
  // A story of placeStorySize or more is not held to its place: a big event's follow-ups happen elsewhere.
  assert.ok(Math.abs(run({ placeStorySize: 3 }).score - free.score) < 1e-9);
});

test('a report whose headline names no town is held out of a small story of one place when its text never mentions that place', () => {
  const run = (config: Parameters<typeof createStoryEngine>[0], text: string) => {
    const e = createStoryEngine({ ...PLACE_RULE_ALONE, ...config });
    withBackground(e);
    const ids = RIMAL.map((r, i) => e.assign(front(801 + i, i * 0.5, r)).storyId);
    const report = front(811, 2, ['قوات الحرس تصد هجوما للمتمردين بعد معارك', text]);
    assert.deepEqual(report.headlinePlaces, [], 'premise: the headline names no town');
    const score = e.explain(report).find((x) => x.storyId === ids[0])?.score ?? 0;
    return { score, joined: e.assign(report).storyId === ids[0] };
  };
  const elsewhere = 'صدت قوات الحرس الوطني هجوما للمتمردين على مواقعها قرب بلدة الزيتون الجبلية بعد معارك استمرت ساعات، وأسرت عددا من المسلحين بحسب قائد ميداني.';
  const free = run({ placeStorySize: 0 }, elsewhere);
  assert.ok(free.joined, `premise: without the place rule the report joins on the actors' words (${free.score})`);
  const held = run({}, elsewhere);
  assert.ok(Math.abs(held.score - free.score * 0.5) < 1e-9, `its score is halved (${held.score} vs ${free.score})`);
  assert.ok(!held.joined, 'a report from another front stays out');
  // The same report naming the story's town in its text is one of its reports.
  const there = run({}, elsewhere.replace('بلدة الزيتون الجبلية', 'بلدة الرمال الساحلية'));
  assert.ok(there.joined && Math.abs(there.score - run({ placeStorySize: 0 }, elsewhere.replace('بلدة الزيتون الجبلية', 'بلدة الرمال الساحلية')).score) < 1e-9);
});

test('a small story whose headlines name two towns, neither leading, holds out a report from a third town, not one from either of its own', () => {
  const road: [string, string][] = [
    ['معارك بين قوات الحرس والمتمردين على طريق الرمال', 'دارت معارك بين قوات الحرس الوطني والمتمردين على الطريق بين الرمال والواحة، وأغلقت القوات الطريق أمام المسافرين حتى إشعار آخر.'],
    ['قوات الحرس تغلق طريق الواحة بعد معارك مع المتمردين', 'أغلقت قوات الحرس الوطني الطريق بين الواحة والرمال بعد معارك مع المتمردين، ونصحت المسافرين بسلوك الطرق الجبلية حتى إشعار آخر.'],
  ];
  const run = (config: Parameters<typeof createStoryEngine>[0], report: StoryDoc) => {
    const e = createStoryEngine({ ...PLACE_RULE_ALONE, ...config });
    withBackground(e);
    const ids = road.map((r, i) => e.assign(front(1001 + i, i * 0.5, r)).storyId);
    assert.equal(ids[1], ids[0], 'premise: both ends of the road are one story');
    return e.explain(report).find((x) => x.storyId === ids[0])?.score ?? 0;
  };
  const third = front(1011, 2, ZAYTUN[0]!);
  const free = run({ placeStorySize: 0 }, third);
  assert.ok(free > 0, 'premise: the third town\'s report shares the actors\' words');
  assert.ok(Math.abs(run({}, third) - free * 0.5) < 1e-9, 'a third town: halved');
  const own = front(1012, 2, ['قوات الحرس تؤمن الرمال بعد معارك مع المتمردين', 'أمنت قوات الحرس الوطني مداخل بلدة الرمال بعد معارك مع المتمردين على الطريق، وعاد المسافرون إلى استخدامه.']);
  assert.ok(Math.abs(run({}, own) - run({ placeStorySize: 0 }, own)) < 1e-9, 'one of its own towns: not held out');
});

test('a small story counts its core only for a report that names the event; one that shares only the topic\'s words stays out, one that names the event joins', () => {
  // No place rule here: the identity condition alone must keep the topic's other news out.
  const run = (config: Parameters<typeof createStoryEngine>[0], report: StoryDoc) => {
    const e = createStoryEngine({ placeStorySize: 0, repeatOutletReports: 0, ...config });
    withBackground(e);
    const ids = RIMAL.map((r, i) => e.assign(front(901 + i, i * 0.5, r)).storyId);
    assert.ok(ids.every((x) => x === ids[0]), 'premise: the three reports are one story');
    const top = e.coreTerms(ids[0]!).slice(0, 3).map((c) => c.term);
    const row = e.explain(report).find((x) => x.storyId === ids[0]);
    return { top, core: row?.core ?? 0, joined: e.assign(report).storyId === ids[0] };
  };
  // The same war's actors and words, and nothing of the event (the retaking of الرمال): another day's fighting.
  const topic = front(911, 2, ['القوات تصد هجوما للمتمردين بعد معارك', 'صدت قوات الجيش الوطني هجوما للمتمردين على مواقعها بعد معارك استمرت ساعات، وأسرت عددا من المسلحين بحسب قائد ميداني.']);
  const free = run({ coreIdentityTerms: 0 }, topic);
  assert.ok(free.joined && free.core >= 0.33, `premise: without the condition the report joins on the core's topic words (${free.core})`);
  assert.ok(!free.top.some((t) => topic.titleStems.includes(t)), `premise: it names none of the three heaviest core terms (${free.top.join(' ')})`);
  const held = run({}, topic);
  assert.equal(held.core, 0, 'by default the core does not count for it');
  assert.ok(!held.joined, 'and it starts its own story');
  // A report of the event itself names it and still joins by default.
  const event = front(912, 2, ['الحرس يؤمن الرمال بعد انسحاب المتمردين', 'أمنت قوات الحرس الوطني بلدة الرمال الساحلية بعد انسحاب المتمردين منها، وبدأت فرق الهندسة نزع الألغام من الطرق المؤدية إلى الميناء.']);
  const named = run({}, event);
  assert.ok(named.top.some((t) => event.titleStems.includes(t)) && named.core > 0 && named.joined, `the event's report joins (${named.core})`);
});

test('an outlet\'s third report on a small story counts the core only when its headline names the event', () => {
  const run = (config: Parameters<typeof createStoryEngine>[0], source: number) => {
    // No same-outlet discount: outlet 7's second report must join its first for the story to be built at all.
    const e = createStoryEngine({ placeStorySize: 0, coreIdentityTerms: 0, sameOutletFactor: 1, ...config });
    withBackground(e);
    // The story's three reports, two of them from outlet 7.
    const ids = RIMAL.map((r, i) => e.assign({ ...front(921 + i, i * 0.5, r), sourceId: i < 2 ? 7 : 8 }).storyId);
    assert.ok(ids.every((x) => x === ids[0]), 'premise: the three reports are one story');
    const report = { ...front(931, 2, ['قوات الحرس تصد هجوما للمتمردين بعد معارك', 'صدت قوات الحرس الوطني هجوما للمتمردين على مواقعها بعد معارك استمرت ساعات، وأسرت عددا من المسلحين بحسب قائد ميداني.']), sourceId: source };
    return e.explain(report).find((x) => x.storyId === ids[0])?.core ?? 0;
  };
  const free = run({ repeatOutletReports: 0 }, 7);
  assert.ok(free > 0.33, `premise: without the condition outlet 7's third report covers the core (${free})`);
  assert.equal(run({}, 7), 0, 'by default it does not: its headline does not name the event');
  assert.ok(Math.abs(run({}, 9) - free) < 1e-9, 'another outlet\'s report covers it as before');
});

test('a roundup that names two towns goes with the town its headline names first', () => {
  const score = (config: Parameters<typeof createStoryEngine>[0], title: string) => {
    const e = createStoryEngine(config);
    withBackground(e);
    const ids = RIMAL.map((r, i) => e.assign(front(851 + i, i * 0.5, r)).storyId);
    const d = front(861, 2, [title, 'تواصل قوات الحرس الوطني عملياتها ضد المتمردين في بلدة الرمال الساحلية وبلدة الزيتون الجبلية بحسب قائد ميداني تحدث للصحفيين.']);
    return e.explain(d).find((x) => x.storyId === ids[0])?.score ?? 0;
  };
  const there = 'قوات الحرس تؤمن الرمال وتقصف المتمردين في الزيتون', away = 'قوات الحرس تقصف المتمردين في الزيتون وتؤمن الرمال';
  assert.ok(Math.abs(score({}, there) - score({ placeStorySize: 0 }, there)) < 1e-9, 'the story\'s town first: not held');
  assert.ok(Math.abs(score({}, away) - 0.5 * score({ placeStorySize: 0 }, away)) < 1e-9, 'the other town first: halved');
});

test('two small stories from two fronts, whose cores share the actors, do not merge, even when a roundup names both towns', () => {
  const roundup = (id: number) => front(id, 4, ['الحرس يستعيد الرمال ويقصف المتمردين في الزيتون', 'استعادت قوات الحرس الوطني بلدة الرمال الساحلية وتقصف مدفعيته تحصينات المسلحين في بلدة الزيتون الجبلية، بحسب قائد ميداني.']);
  const stories = (config: Parameters<typeof createStoryEngine>[0]) => {
    const e = createStoryEngine({ ...PLACE_RULE_ALONE, ...config });
    withBackground(e);
    const docs = [...RIMAL.map((r, i) => front(721 + i, i * 0.5, r)), ...ZAYTUN.map((r, i) => front(731 + i, 2 + i * 0.5, r))];
    for (const d of docs) e.assign(d);
    const before = new Set(docs.map((d) => e.storyOf(d.articleId))).size;
    e.assign(roundup(741));
    return { before, after: new Set(docs.map((d) => e.storyOf(d.articleId))).size };
  };
  assert.deepEqual(stories({ placeStorySize: 0 }), { before: 1, after: 1 }, 'premise: without the place rule the two fronts are one story');
  assert.deepEqual(stories({}), { before: 2, after: 2 }, 'with it each front is its own story, and the roundup that names both merges nothing');
});

test('a report from another front is not moved into a small story of one place when later reports give that story its core', () => {
  const run = (config: Parameters<typeof createStoryEngine>[0]) => {
    const e = createStoryEngine({ ...PLACE_RULE_ALONE, ...config });
    withBackground(e);
    const first = e.assign(front(751, 0, RIMAL[0]!)).storyId;
    e.assign(front(752, 0.5, RIMAL[1]!));
    const other = front(761, 1, ZAYTUN[0]!);
    assert.notEqual(e.assign(other).storyId, first, 'premise: before the story has a core, the other front starts its own story');
    const third = e.assign(front(753, 1.5, RIMAL[2]!));
    assert.equal(third.storyId, first, 'premise: the third report joins the first front');
    return { moved: third.moved.some((m) => m.articleId === other.articleId), same: e.storyOf(other.articleId) === first };
  };
  // moveCoreLink 0: the fronts share the actors, and the core-move rule would hold the other front out on its own.
  assert.deepEqual(run({ placeStorySize: 0, moveCoreLink: 0 }), { moved: true, same: true }, 'premise: without the place rule the core pulls the other front in');
  assert.deepEqual(run({ moveCoreLink: 0 }), { moved: false, same: false });
  assert.deepEqual(run({}), { moved: false, same: false });
});

// A fire and a flood, three reports each, both with civil defence crews at work, forced into one story by a join
// threshold near zero: a chain, not one event.
const CHAIN_FIRE: [number, string, string][] = [
  [1, 'حريق في مستودع للأخشاب بميناء السلام', 'اندلع حريق كبير صباح اليوم في مستودع للأخشاب بميناء السلام وهرعت فرق الدفاع المدني إلى الموقع وسيطرت على النيران دون إصابات.'],
  [2, 'الدفاع المدني يخمد حريق مستودع الأخشاب في ميناء السلام', 'أخمدت فرق الدفاع المدني حريقا شب في مستودع للأخشاب داخل ميناء السلام ولم يصب أحد بأذى.'],
  [3, 'تحقيق في أسباب حريق ميناء السلام', 'بدأت الجهات المختصة التحقيق في حريق مستودع الأخشاب بميناء السلام الذي سيطرت عليه فرق الدفاع المدني.'],
];
const CHAIN_FLOOD: [number, string, string][] = [
  [4, 'سيول تغمر طرقا في وادي الريحان', 'غمرت السيول عددا من الطرق في وادي الريحان بعد أمطار غزيرة وأغلقت الشرطة الطرق المتضررة وانتشرت فرق الدفاع المدني.'],
  [5, 'إغلاق طرق وادي الريحان بسبب السيول', 'أغلقت الشرطة طرقا في وادي الريحان بعد أن غمرتها السيول إثر أمطار غزيرة وحذرت فرق الدفاع المدني السائقين.'],
  [6, 'السيول تقطع طرق وادي الريحان', 'قطعت السيول الطرق في وادي الريحان عقب أمطار غزيرة وأغلقت الشرطة المعابر وساندتها فرق الدفاع المدني.'],
];
function chain(config: Record<string, number>, items: [number, string, string][], background = false) {
  const e = createStoryEngine({ joinThreshold: 0.02, ...config });
  if (background) withBackground(e);
  const docs = items.map(([s, t, x], i) => doc(s, i * 0.2, t, x));
  const decisions = docs.map((d) => e.assign(d));
  return { e, docs, decisions };
}

/** One story for all of a run's docs, or (at > 0) the docs before `at` in one story and the rest in another. */
function storiesOf(run: ReturnType<typeof chain>, at = 0): [number, number] {
  const { e, docs } = run;
  const first = e.storyOf(docs[0]!.articleId)!, second = e.storyOf(docs[at]!.articleId)!;
  if (at > 0) assert.notEqual(first, second);
  docs.forEach((d, i) => assert.equal(e.storyOf(d.articleId), i < at ? first : second, `doc ${i}`));
  return [first, second];
}

test('a story grown by chaining two events splits into them, and the decision reports the move', () => {
  storiesOf(chain({ splitLink: 0 }, [...CHAIN_FIRE, ...CHAIN_FLOOD])); // premise: without the split all six are one story
  const run = chain({}, [...CHAIN_FIRE, ...CHAIN_FLOOD]);
  const { docs, decisions } = run;
  const [fire, flood] = storiesOf(run, 3);
  // The earlier flood report was moved out (the arriving one is simply decided into the new story), so a store that
  // applies each decision as it comes ends with the engine's grouping.
  const moves = decisions.flatMap((d) => d.moved);
  assert.deepEqual(moves, [{ articleId: docs[3]!.articleId, from: fire, to: flood }]);
  const applied = new Map<number, number>();
  decisions.forEach((d, i) => {
    for (const m of d.merged) for (const [a, s] of applied) if (s === m.from) applied.set(a, m.into);
    for (const mv of d.moved) applied.set(mv.articleId, mv.to);
    applied.set(docs[i]!.articleId, d.storyId);
  });
  for (const d of docs) assert.equal(applied.get(d.articleId), run.e.storyOf(d.articleId));
});

test('a lone loosely joined member stays in the story it joined; only groups of two or more leave', () => {
  const items: [number, string, string][] = [...CHAIN_FIRE, [7, 'الدفاع المدني يحذر من الحرائق في المستودعات', 'حذر الدفاع المدني أصحاب المستودعات من تخزين المواد القابلة للاشتعال وطالب بتوفير طفايات الحريق.'], CHAIN_FLOOD[0]!];
  storiesOf(chain({}, items));
});

test('the parts of a split do not merge again when later reports merely tie them together', () => {
  const bridge: [number, string, string][] = [
    [8, 'حريق ميناء السلام وسيول وادي الريحان يشغلان الدفاع المدني', 'انشغلت فرق الدفاع المدني اليوم بحريق مستودع الأخشاب في ميناء السلام وبالسيول التي أغلقت طرق وادي الريحان.'],
    [9, 'يوم صعب: حريق في ميناء السلام وسيول في وادي الريحان', 'شهد اليوم حريقا في مستودع بميناء السلام وسيولا غمرت طرق وادي الريحان وتعاملت معهما فرق الدفاع المدني.'],
  ];
  const run = (config: Record<string, number>) => {
    const { e, docs, decisions } = chain({ mergeThreshold: 0.01, ...config }, [...CHAIN_FIRE, ...CHAIN_FLOOD, ...bridge]);
    const fire = e.storyOf(docs[0]!.articleId), flood = e.storyOf(docs[3]!.articleId);
    const merges = decisions.flatMap((d) => d.merged);
    const split = decisions.some((d) => d.moved.length > 0);
    return { split, apart: fire !== flood, merges };
  };
  const kept = run({});
  assert.equal(kept.split, true, 'premise: the chain split parts them');
  assert.equal(kept.apart, true, JSON.stringify(kept.merges));
  // Their cores and centroids agree at the apart bar only once later reports have made them one: a bar this low
  // lets the two bridging reports do it, and the parts merge.
  const low = run({ apartMergeThreshold: 0.05 });
  assert.deepEqual({ split: low.split, apart: low.apart }, { split: true, apart: false });
  assert.equal(run({ apartMergeThreshold: 1 }).apart, true);
});

test('a group with a member linked to the rest at splitMaxLink or more joined on its own merit and stays', () => {
  // Civil defence crews at both scenes give each flood report a weak link to the fire reports (about 0.09 here).
  storiesOf(chain({ splitMaxLink: 0.05 }, [...CHAIN_FIRE, ...CHAIN_FLOOD]));
  const strict = chain({ splitMaxLink: 0.2 }, [...CHAIN_FIRE, ...CHAIN_FLOOD]);
  assert.notEqual(strict.e.storyOf(strict.docs[3]!.articleId), strict.e.storyOf(strict.docs[0]!.articleId));
});

// The crown prince's two phone calls of one afternoon, each reported by the same three outlets: one template (the
// crown prince, a phone call, bilateral relations), two events.
const CALL_VALLEY: [number, string, string][] = [
  [1, 'ولي العهد يبحث هاتفيا مع رئيس الوادي مشروع السد المشترك', 'تلقى ولي العهد اتصالا هاتفيا من رئيس جمهورية الوادي بحثا خلاله مشروع السد المشترك على نهر الفضة وتمويل محطات الري في الأقاليم الشمالية.'],
  [2, 'رئيس الوادي يهاتف ولي العهد بشأن سد نهر الفضة', 'ناقش ولي العهد ورئيس جمهورية الوادي في اتصال هاتفي تمويل سد نهر الفضة ومحطات الري الشمالية وجدول تنفيذ المشروع المشترك.'],
  [3, 'اتصال بين ولي العهد ورئيس الوادي حول سد الفضة', 'جرى اتصال هاتفي بين ولي العهد ورئيس جمهورية الوادي تناول سد نهر الفضة المشترك ومحطات الري التي يمولها البلدان في الشمال.'],
];
const CALL_ISLES: [number, string, string][] = [
  [1, 'ولي العهد يبحث هاتفيا مع ملك الجزر اتفاقية الصيد البحري', 'أجرى ولي العهد اتصالا هاتفيا بملك الجزر بحثا خلاله اتفاقية الصيد البحري وترسيم المياه الإقليمية حول أرخبيل المرجان.'],
  [2, 'ولي العهد وملك الجزر يناقشان ترسيم المياه حول المرجان', 'ناقش ولي العهد وملك الجزر في اتصال هاتفي ترسيم المياه الإقليمية حول أرخبيل المرجان وتجديد اتفاقية الصيد البحري بين البلدين.'],
  [3, 'اتصال بين ولي العهد وملك الجزر حول اتفاقية الصيد', 'جرى اتصال هاتفي بين ولي العهد وملك الجزر تناول تجديد اتفاقية الصيد البحري والمياه الإقليمية لأرخبيل المرجان.'],
];
/** As chain, over background reports, with the chain split held back by a low splitMaxLink (the two calls'
 * same-outlet reports link at about 0.3), so only the parallel split can part them. */
const calls = (config: Record<string, number>, items: [number, string, string][]) => chain({ splitMaxLink: 0.2, ...config }, items, true);

test('two events told in one template by the same outlets split apart: the parallel split', () => {
  storiesOf(calls({ splitParallelLink: 0 }, [...CALL_VALLEY, ...CALL_ISLES])); // premise: without it all six are one story
  const run = calls({}, [...CALL_VALLEY, ...CALL_ISLES]);
  const { docs, decisions } = run;
  const [valley, isles] = storiesOf(run, 3);
  assert.deepEqual(decisions.flatMap((d) => d.moved), [{ articleId: docs[3]!.articleId, from: valley, to: isles }]);
});

test('the parallel split needs two outlets reporting in both parts', () => {
  // The same Isles reports, filed by outlet 1 and two outlets that did not report the Valley call.
  const isles = CALL_ISLES.map(([, t, x], i): [number, string, string] => [[1, 4, 5][i]!, t, x]);
  storiesOf(calls({}, [...CALL_VALLEY, ...isles]));
});

test('a story of 15 or more is not split by its outlets: a big event draws several angles from each', () => {
  // The Valley call carried by fourteen outlets (copies), then the Isles call by six of them: the parts first show at
  // the check at 20 articles.
  const valley = Array.from({ length: 14 }, (_, i): [number, string, string] => [i + 1, CALL_VALLEY[i % 3]![1], CALL_VALLEY[i % 3]![2]]);
  const isles = Array.from({ length: 6 }, (_, i): [number, string, string] => [i + 1, CALL_ISLES[i % 3]![1], CALL_ISLES[i % 3]![2]]);
  storiesOf(calls({}, [...valley, ...isles]));
});

test('a move into a story of the article\'s own outlet alone is discounted as a join is', () => {
  // One outlet's notices of a summer programme in two towns: close wording, two events.
  const [c, a] = ([
    ['برنامج الموهوبين الصيفي ينطلق في جامعة الساحل', 'انطلق برنامج الموهوبين الصيفي في جامعة الساحل بمشاركة ستين طالبا يتدربون على الروبوت والبرمجة طوال أربعة أسابيع.'],
    ['طالبات مدينة الواحة يبدأن برنامج الموهوبين الصيفي', 'بدأت طالبات مدينة الواحة برنامج الموهوبين الصيفي في كلية العلوم بورش عن الكيمياء والفلك تستمر ثلاثة أسابيع.'],
  ] as const).map(([t, x], i) => doc(1, i * 0.1, t, x));
  const probe = createStoryEngine();
  withBackground(probe);
  probe.assign(c!);
  probe.assign(a!);
  const r = probe.similarity(c!.articleId, a!.articleId);
  // A threshold between the discounted link (sameOutletFactor × r) and the blend an undiscounted centroid would give.
  const e = createStoryEngine({ joinThreshold: 0.9 * r });
  withBackground(e);
  const first = e.assign(c!);
  const second = e.assign(a!);
  assert.notEqual(second.storyId, first.storyId, 'premise: the second notice does not join the first');
  assert.deepEqual(second.moved, []);
  assert.notEqual(e.storyOf(c!.articleId), e.storyOf(a!.articleId));
});

// A paper's weekly page of wedding notices: one template, a different family in each. A second paper's copy of one.
const NOTICE_SALEM = ['أفراح آل سالم', 'احتفل خالد بن سعد آل سالم بزواج نجله فهد من كريمة ناصر الحربي في قاعة النخيل بمدينة الواحة وسط حضور الأقارب والأصدقاء. ألف مبروك.'] as const;
const NOTICE_NOUR = ['أفراح آل نور', 'احتفل ماجد بن علي آل نور بزواج نجله سامي من كريمة حمد العتيبي في قاعة الريم بمدينة الساحل وسط حضور الأقارب والأصدقاء. ألف مبروك.'] as const;
/** Salem's notice (outlet 1), Nour's (outlet `nourOutlet`), then outlet 2's copy of Salem's; joins are out of reach
 * (joinThreshold 0.9), so only a merge can bring Nour's notice into Salem's story. */
function notices(nourOutlet: number, config: Record<string, number>) {
  const e = createStoryEngine({ joinThreshold: 0.9, mergeThreshold: 0.55, ...config });
  withBackground(e);
  const salem = doc(1, 0, ...NOTICE_SALEM), nour = doc(nourOutlet, 0.1, ...NOTICE_NOUR), copy = doc(2, 0.2, NOTICE_SALEM[0], NOTICE_SALEM[1].replace(' ألف مبروك.', ''));
  for (const d of [salem, nour, copy]) e.assign(d);
  assert.equal(e.storyOf(copy.articleId), e.storyOf(salem.articleId), 'premise: the copy follows its original');
  return e.storyOf(nour.articleId) === e.storyOf(salem.articleId);
}

test('a lone report merged into a story its outlet already reports in is discounted as a same-outlet link', () => {
  assert.equal(notices(1, { sameOutletFactor: 1 }), true, 'premise: undiscounted, the two notices of one page merge');
  assert.equal(notices(1, {}), false, 'discounted, they stay apart, also once another paper carries one of them');
  assert.equal(notices(3, {}), true, 'the same notice from an outlet not yet in the story merges undiscounted');
});

// Eid parties of three companies on one afternoon, reported in one template, each headline quoting its company.
const EID_PARTIES: [number, string, string][] = [
  [1, '«شركة النخيل» تقيم حفل معايدة لمنسوبيها', 'أقامت شركة النخيل حفل معايدة لمنسوبيها بمناسبة عيد الفطر في مقرها الرئيس بحضور الرئيس التنفيذي الذي هنأ الموظفين وشكرهم على جهودهم خلال العام.'],
  [2, '«شركة النخيل» تعايد موظفيها بعيد الفطر', 'احتفلت شركة النخيل بموظفيها في حفل معايدة بعيد الفطر، وألقى رئيسها التنفيذي كلمة هنأ فيها الموظفين وأثنى على جهودهم.'],
  [3, '«مصرف الواحة» يقيم حفل معايدة لمنسوبيه', 'نظم مصرف الواحة حفل معايدة لمنسوبيه في فرعه الرئيس بمناسبة عيد الفطر، وقدم المدير العام التهنئة للموظفين ووزعت الهدايا على أبنائهم.'],
  [4, '«مصرف الواحة» يعايد موظفيه بعيد الفطر', 'عايد المدير العام لمصرف الواحة موظفي المصرف في حفل أقيم بمناسبة عيد الفطر، ووزعت خلاله الهدايا على أبناء الموظفين.'],
  [5, '«غرفة الساحل» تقيم حفل معايدة لمنسوبيها', 'أقامت غرفة الساحل التجارية حفل معايدة لمنسوبيها بمناسبة عيد الفطر حضره رئيس مجلس الإدارة وأعضاء المجلس، وتخلله تكريم الموظفين المتميزين.'],
];
function eidParties(config: Record<string, number>, items = EID_PARTIES) {
  const e = createStoryEngine(config);
  withBackground(e);
  const docs = items.map(([s, t, x], i) => doc(s, i * 0.2, t, x));
  for (const d of docs) e.assign(d);
  return docs.map((d) => e.storyOf(d.articleId));
}

test('reports of one template whose headlines quote different subjects are different events', () => {
  const off = eidParties({ subjectConflictFactor: 1 });
  assert.ok(new Set(off).size < 3, `premise: without the rule the parties of different companies gather (${off})`);
  const [a, b, c, d, e] = eidParties({});
  assert.equal(b, a, 'two outlets on one company\'s party are one story');
  assert.equal(d, c);
  assert.equal(new Set([a, c, e]).size, 3, 'each company\'s party its own story');
});

test('a report that mentions the name another headline quotes is not held apart by it', () => {
  // A roundup of the day's parties names the first company in its text: the conflict does not apply to it.
  const roundup: [number, string, string] = [6, '«موظفو النخيل» يحتفلون بالعيد', 'احتفل موظفو شركة النخيل بعيد الفطر في حفل معايدة أقامته الشركة في مقرها الرئيس، وهنأهم الرئيس التنفيذي وشكرهم على جهودهم.'];
  const stories = eidParties({}, [EID_PARTIES[0]!, EID_PARTIES[1]!, roundup]);
  assert.equal(new Set(stories).size, 1, `${stories}`);
});

test('a report quoting another subject stays out of a small story whose quoting members all name other subjects', () => {
  // The bank's party links best to an outlet's unquoted report of the palm company's party: only the story, whose
  // quoting member names the palm company, tells the subjects apart.
  const unquoted: [number, string, string] = [2, 'حفل معايدة لمنسوبي شركة النخيل', 'في حفل معايدة نظمته شركة النخيل لمنسوبيها بمناسبة عيد الفطر قدم المدير العام التهنئة للموظفين، ووزعت الهدايا على أبنائهم في الحديقة.'];
  const items = [EID_PARTIES[0]!, unquoted, EID_PARTIES[2]!];
  const story = (config: Record<string, number>) => { const [a, b, c] = eidParties(config, items); assert.equal(b, a, 'premise: the palm company\'s two reports are one story'); return c === a; };
  // A join threshold of 0.4 (the fixture's template texts link at 0.7, which halved still passes the default 0.33), and
  // merges out of reach: this test is about joins; merges have their own (subjectMergeSize, below).
  assert.equal(story({ subjectConflictFactor: 1, joinThreshold: 0.4, mergeThreshold: 0.9 }), true, 'premise: without the rule the bank\'s party joins');
  assert.equal(story({ joinThreshold: 0.4, mergeThreshold: 0.9 }), false);
});

/** "تفجير" in a stem is an attack (the bare analyzer knows no event types). */
const bombingIsAttack: StoryTextAnalyzer['eventTypeIds'] = (stems) => (stems.some((s) => s.includes('تفجير')) ? ['event:attack'] : []);

// Half-year results of two companies in one template, each headline quoting its company. The quoted names halve the
// second report's link, so it cannot join the first (0.15 against 0.28); only the merge probe that follows can bring the
// two stories together, on their centroids (0.6 against 0.55).
const RESULTS: [number, string, string][] = [
  [1, 'ارتفاع صافي أرباح «شركة النخيل» 12% في النصف الأول', 'أعلنت الشركة ارتفاع صافي أرباحها في النصف الأول من العام بنسبة اثني عشر في المئة مقارنة بالفترة نفسها من العام الماضي، وعزت الارتفاع إلى نمو المبيعات وانخفاض تكاليف التشغيل والتمويل.'],
  [2, 'ارتفاع صافي أرباح «مصرف الواحة» 8% في النصف الأول', 'أعلن المصرف ارتفاع صافي أرباحه في النصف الأول من العام بنسبة ثمانية في المئة مقارنة بالفترة نفسها من العام الماضي، وعزا الارتفاع إلى نمو دخل العمولات وانخفاض مخصصات التمويل.'],
];
/** Whether the second report ends in the first one's story, and by a merge. */
function results(config: Record<string, number>, a = analyzer, items = RESULTS) {
  const e = createStoryEngine({ joinThreshold: 0.28, mergeThreshold: 0.55, ...config });
  withBackground(e);
  const [first, second] = items.map(([s, t, x], i) => buildStoryDoc({ articleId: nextId++, sourceId: s, time: T0 + i * 0.2 * H, title: t, lead: '', text: x }, a));
  e.assign(first!);
  const d = e.assign(second!);
  const together = e.storyOf(second!.articleId) === e.storyOf(first!.articleId);
  if (together) assert.equal(d.merged.length, 1, 'premise: brought together by a merge, not a join');
  return together;
}

test('a small story quoting other names than the story it would merge with stays apart', () => {
  assert.equal(results({ subjectMergeSize: 0 }), true, 'premise: without the rule the merge ties the two companies\' results together');
  assert.equal(results({}), false);
});

test('stories whose headlines name an event merge whatever names they quote', () => {
  // Reactions to one attack quote their speakers: the same names-apart shape, but one event.
  const reactions: [number, string, string][] = [
    [1, '«مجلس الواحة» يدين تفجير مسجد الساحل', 'أدان المجلس التفجير الذي استهدف مسجد الساحل أثناء صلاة الجمعة وأسفر عن سقوط ضحايا من المصلين، مؤكدا وقوفه مع أسر الضحايا وثقته في قدرة الأجهزة الأمنية على ملاحقة المتورطين.'],
    [2, '«رابطة العلماء» تدين تفجير مسجد الساحل', 'أدانت الرابطة التفجير الذي استهدف مسجد الساحل أثناء صلاة الجمعة وأسفر عن سقوط ضحايا من المصلين، مؤكدة تضامنها مع أسر الضحايا وثقتها في قدرة الأجهزة الأمنية على ملاحقة المتورطين.'],
  ];
  assert.equal(results({}, { ...analyzer, eventTypeIds: bombingIsAttack }, reactions), true);
});

// A broadcaster's death told three ways: an obituary, a tribute and the burial share his name and little else.
const withPeople: StoryTextAnalyzer = {
  ...analyzer,
  entityIds: (t) => (t.includes('ناصر الفلاحي') ? [`${UNKNOWN_PERSON}ناصر الفلاحي`] : []),
  headlinePeople: (title, ids) => ids.filter((id) => title.includes(id.slice(UNKNOWN_PERSON.length))),
};
const MOURNED: [number, string, string][] = [
  [1, 'ناصر الفلاحي.. وداعاً', 'رحل الإعلامي ناصر الفلاحي بعد ثلاثين عاما أمضاها بين استوديوهات الإذاعة وبرامج المساء التي أحبها المستمعون في كل بيت.'],
  [2, 'الوسط الفني ينعى ناصر الفلاحي', 'نعى فنانون وكتاب الإعلامي ناصر الفلاحي في رسائل مؤثرة استعادوا فيها صوته الهادئ وحواراته مع نجوم الطرب والمسرح.'],
  [3, 'جموع غفيرة تشيع جثمان ناصر الفلاحي', 'شيعت جموع غفيرة عصر اليوم جثمان الإعلامي ناصر الفلاحي إلى مقبرة الواحة بعد الصلاة عليه في الجامع الكبير.'],
];
/** The stories of `items` (outlet, headline, text), `hoursApart` apart after the background, read by `analyzer`. */
function groupWith(analyzer: StoryTextAnalyzer, items: [number, string, string][], config: Record<string, number>, hoursApart = 1) {
  const e = createStoryEngine(config);
  BACKGROUND.forEach(([t, x], i) => e.assign(buildStoryDoc({ articleId: nextId++, sourceId: 90 + i, time: T0 + (-2 + i * 0.1) * H, title: t!, lead: '', text: x! }, analyzer)));
  const docs = items.map(([s, t, x], i) => buildStoryDoc({ articleId: nextId++, sourceId: s, time: T0 + i * hoursApart * H, title: t, lead: '', text: x }, analyzer));
  for (const d of docs) e.assign(d);
  return docs.map((d) => e.storyOf(d.articleId));
}
const mourned = (config: Record<string, number>, items = MOURNED) => groupWith(withPeople, items, config);

test('reports whose headlines name the same little-known person in full are one story', () => {
  const off = mourned({ personLink: 0 });
  assert.equal(new Set(off).size, 3, `premise: without the person link the three pieces share too little (${off})`);
  assert.equal(new Set(mourned({})).size, 1);
});

test('a name in one headline and the other\'s body does not link two reports', () => {
  const elsewhere: [number, string, string] = [2, 'أمسية إذاعية في مدينة الواحة', 'أقيمت أمسية عن تاريخ الإذاعة شارك فيها زملاء الإعلامي ناصر الفلاحي وعدد من المستمعين في قاعة المدينة.'];
  const [a, b] = mourned({}, [MOURNED[0]!, elsewhere]);
  assert.notEqual(b, a);
});

// A soldier shot on patrol in one town and buried in another: two places, two vocabularies, one person.
const placesIn = (t: string) => [...(t.includes('الواحة') ? ['place:oasis'] : []), ...(t.includes('الساحل') ? ['place:coast'] : [])];
const withPlaces: StoryTextAnalyzer = {
  ...withPeople,
  entityIds: (t) => [...withPeople.entityIds!(t), ...placesIn(t)],
  localPlaceIds: placesIn,
};
const SHOT_AND_BURIED: [number, string, string][] = [
  [1, 'استشهاد الجندي ناصر الفلاحي برصاص مجهول في الواحة', 'استشهد الجندي ناصر الفلاحي إثر تعرض دوريته لإطلاق نار من مجهولين أثناء تفتيش مركبة عند مدخل الواحة، وباشرت الجهات الأمنية البحث عن الجناة.'],
  [2, 'استشهاد رجل أمن أثناء تفتيش مركبة في الواحة', 'استشهد رجل أمن بعد أن أطلق مجهولون النار على دوريته أثناء تفتيش مركبة عند مدخل الواحة، فيما تواصل الجهات الأمنية ملاحقة الجناة.'],
  [3, 'أهالي الساحل يشيعون الشهيد ناصر الفلاحي', 'شيع أهالي الساحل عصر اليوم جثمان الشهيد ناصر الفلاحي إلى مثواه الأخير بعد الصلاة عليه في الجامع الكبير وسط حضور رسمي وشعبي.'],
  [4, 'الساحل تشيع جثمان الشهيد إلى مثواه الأخير', 'شيع المئات من أهالي الساحل عصر اليوم جثمان الشهيد إلى مثواه الأخير بعد الصلاة عليه في الجامع الكبير بحضور رسمي وشعبي.'],
  [5, 'ملاحقة قتلة الجندي ناصر الفلاحي', 'تواصل الجهات الأمنية ملاحقة المجهولين الذين أطلقوا النار على دورية الجندي ناصر الفلاحي أثناء تفتيش مركبة عند مدخل الواحة، بعد يوم من تشييعه في الساحل.'],
];
const shotAndBuried = (config: Record<string, number>) => groupWith(withPlaces, SHOT_AND_BURIED, config);

test('two stories whose headlines name the same little-known person merge, though they happened in two places', () => {
  const off = shotAndBuried({ personLink: 0 });
  assert.equal(off[1], off[0], 'premise: the two reports of the shooting are one story');
  assert.equal(off[3], off[2], 'premise: the two reports of the burial are one story');
  assert.notEqual(off[2], off[0], 'premise: without the person the shooting and the burial stay apart');
  const on = shotAndBuried({});
  assert.equal(new Set(on).size, 1);
});

// One outlet's page of Eid greeting parties, each ministry its own, and other papers' reports of two of them.
const withRoutine: StoryTextAnalyzer = { ...analyzer, namesRoutineOccasion: (stems) => stems.some((s) => s.includes('معايد')) };
const EID_PAGE: [number, string, string][] = [
  [1, 'وزارة الزراعة تقيم حفل معايدة لمنسوبيها', 'أقامت وزارة الزراعة حفل معايدة لمنسوبيها بمناسبة عيد الفطر في مقرها الرئيس، وهنأ الوكيل الموظفين وتمنى لهم عاما سعيدا.'],
  [1, 'وزارة النقل تقيم حفل معايدة لمنسوبيها', 'أقامت وزارة النقل حفل معايدة لمنسوبيها بمناسبة عيد الفطر في قاعة الاحتفالات، وألقيت كلمات رحبت بالحضور ووزعت الهدايا على أبناء الموظفين.'],
  [1, 'وزارة الإسكان تقيم حفل معايدة لمنسوبيها', 'أقامت وزارة الإسكان حفل معايدة لمنسوبيها بمناسبة عيد الفطر في فندق المدينة، شارك فيه المهندسون والإداريون وتخلله تكريم المتقاعدين.'],
  [2, 'حفل معايدة في وزارة الزراعة', 'احتفلت وزارة الزراعة بعيد الفطر في حفل معايدة أقامته لمنسوبيها في مقرها الرئيس، وهنأ الوكيل الموظفين بالعيد.'],
  [3, 'النقل تعايد موظفيها', 'نظمت وزارة النقل لقاء معايدة لموظفيها في قاعة الاحتفالات حضره مديرو الإدارات، ووزعت الهدايا على الحضور بعد كلمات الترحيب.'],
];
const eidPage = (config: Record<string, number>) => groupWith(withRoutine, EID_PAGE, config, 0.1);

test('an outlet\'s notices of a routine occasion are each another host\'s, however alike their template', () => {
  const off = eidPage({ routineRepeatFactor: 1 });
  assert.equal(new Set(off.slice(0, 3)).size, 1, `premise: without the rule one outlet's three notices gather (${off})`);
  const [farm, transport, housing, farm2, transport2] = eidPage({});
  assert.equal(new Set([farm, transport, housing]).size, 3, 'each ministry\'s party its own story');
  assert.equal(farm2, farm, 'another paper\'s report of one party joins it');
  assert.equal(transport2, transport);
});

// Each town's education office opens its teacher interviews the same week, told in one template; two outlets report
// each town. The headline names the town after the office: whose notice it is, not where an event happened.
const OFFICE_TOWNS: Record<string, string> = { 'الرمال': 'place:rimal', 'الزيتون': 'place:zaytun', 'الواحة': 'place:waha' };
const officeTowns = (t: string) => Object.entries(OFFICE_TOWNS).filter(([n]) => normalize(t).includes(normalize(n))).map(([, id]) => id);
const withOffices: StoryTextAnalyzer = {
  ...analyzer,
  entityIds: officeTowns,
  affiliatedPlaceIds: (t) => officeTowns(t.split(/\s+/).slice(0, 3).join(' ')),
  eventTypeIds: bombingIsAttack,
};
const INTERVIEWS: [number, string, string][] = [
  [1, 'تعليم الرمال يبدأ المقابلات الشخصية للمرشحين للوظائف التعليمية', 'بدأت إدارة التعليم اليوم إجراء المقابلات الشخصية للمرشحين والمرشحات للوظائف التعليمية في مقر الإدارة، وتستمر المقابلات أسبوعا وفق جدول أعلن على موقعها.'],
  [2, 'تعليم الرمال يستقبل المرشحين للوظائف التعليمية للمقابلات الشخصية', 'استقبلت إدارة التعليم المرشحين للوظائف التعليمية لإجراء المقابلات الشخصية في مقرها، على أن تستمر المقابلات أسبوعا وفق الجدول المعلن على موقعها.'],
  [3, 'تعليم الزيتون يبدأ المقابلات الشخصية للمرشحين للوظائف التعليمية', 'بدأت إدارة التعليم اليوم إجراء المقابلات الشخصية للمرشحين للوظائف التعليمية بمبنى الإشراف التربوي، ودعت الإدارة المتقدمين إلى إحضار مؤهلاتهم الأصلية وبطاقات الهوية.'],
  [4, 'تعليم الزيتون يستقبل المرشحين للوظائف التعليمية للمقابلات الشخصية', 'استقبلت إدارة التعليم المرشحين للوظائف التعليمية لإجراء المقابلات الشخصية بمبنى الإشراف التربوي، وطلبت من المتقدمين إحضار مؤهلاتهم الأصلية وبطاقات الهوية.'],
];
const interviews = (config: Record<string, number>, items = INTERVIEWS) => groupWith(withOffices, items, config, 0.5);

test('notices of one template from offices of different towns are each office\'s own event', () => {
  const off = interviews({ ownerConflictFactor: 1 });
  assert.equal(new Set(off).size, 1, `premise: without the rule the two towns' interviews gather (${off})`);
  const [a, b, c, d] = interviews({});
  assert.equal(b, a, 'two outlets on one town\'s interviews are one story');
  assert.equal(d, c);
  assert.notEqual(c, a, 'each town\'s interviews its own story');
});

test('an office\'s notice that mentions the other town, or headlines that name an event, are not held apart by the towns', () => {
  const joint: [number, string, string] = [3, INTERVIEWS[2]![1], INTERVIEWS[2]![2].replace('بمبنى الإشراف التربوي', 'بمبنى الإشراف التربوي بالتنسيق مع تعليم الرمال')];
  assert.equal(new Set(interviews({}, [INTERVIEWS[0]!, INTERVIEWS[1]!, joint])).size, 1, 'the text names the first town');
  // Reactions to one attack come from every region's officials.
  const REACTIONS: [number, string, string][] = [
    [1, 'أمير الرمال يدين تفجير سوق الخضار', 'أدان أمير المنطقة التفجير الإرهابي الذي استهدف سوق الخضار صباح اليوم، وأكد أن الجناة لن يفلتوا من العقاب وأن الأجهزة الأمنية تلاحقهم.'],
    [2, 'أمير الزيتون يدين تفجير سوق الخضار', 'أدان أمير المنطقة التفجير الإرهابي الذي استهدف سوق الخضار، وقدم العزاء لذوي الضحايا ودعا المواطنين إلى التبرع بالدم في مستشفيات المنطقة.'],
  ];
  assert.equal(new Set(interviews({}, REACTIONS)).size, 1);
});

// Two countries' factory surveys on one morning, told in one template: each country's figures are its own news.
const COUNTRIES: Record<string, string> = { 'الصين': 'place:china', 'اليابان': 'place:japan' };
const countriesIn = (t: string) => Object.entries(COUNTRIES).filter(([n]) => normalize(t).includes(normalize(n))).map(([, id]) => id);
const withCountries: StoryTextAnalyzer = { ...analyzer, entityIds: countriesIn, countryIds: countriesIn };
const SURVEYS: [number, string, string][] = [
  [1, 'تراجع نشاط المصانع في الصين خلال يوليو', 'أظهر مسح شهري لمديري المشتريات تراجع نشاط قطاع التصنيع خلال يوليو إلى أدنى مستوى منذ خمسة عشر شهرا مع ضعف الطلبات الجديدة من الخارج.'],
  [2, 'نشاط المصانع في الصين يتراجع لأدنى مستوياته', 'تراجع نشاط قطاع التصنيع خلال يوليو إلى أدنى مستوى منذ خمسة عشر شهرا بحسب مسح مديري المشتريات، مع تراجع الطلبات الجديدة من الخارج.'],
  [3, 'نمو نشاط المصانع في اليابان خلال يوليو', 'أظهر مسح شهري لمديري المشتريات نمو نشاط قطاع التصنيع خلال يوليو بأسرع وتيرة منذ خمسة أشهر مع تحسن الطلبات الجديدة من الخارج.'],
  [4, 'نشاط المصانع في اليابان ينمو بأسرع وتيرة', 'نما نشاط قطاع التصنيع خلال يوليو بأسرع وتيرة منذ خمسة أشهر بحسب مسح مديري المشتريات، مع تحسن الطلبات الجديدة من الخارج.'],
];

/**
 * Four reports, two of each instance of one template: with the rule `off` they gather into one story; with it, each
 * instance's two reports are one story and the instances are two.
 */
function assertTwoInstances(withRule: StoryTextAnalyzer, items: [number, string, string][], off: Record<string, number>): void {
  const without = groupWith(withRule, items, off, 0.5);
  assert.equal(new Set(without).size, 1, `premise: without the rule the two instances gather (${without})`);
  const [a, b, c, d] = groupWith(withRule, items, {}, 0.5);
  assert.equal(b, a);
  assert.equal(d, c);
  assert.notEqual(c, a);
}

test('reports of one template about two countries are each country\'s own news', () => {
  assertTwoInstances(withCountries, SURVEYS, { ownerConflictFactor: 1 });
});

// A soldier's death, told once as the home country's news and once as a region's office mourning him.
const HOME: Record<string, string> = { 'السعودية': 'place:saudi', 'الصين': 'place:china' };
const homeIn = (t: string) => Object.entries(HOME).filter(([n]) => normalize(t).includes(normalize(n))).map(([, id]) => id);
const withHome: StoryTextAnalyzer = {
  ...analyzer,
  entityIds: homeIn,
  countryIds: homeIn,
  affiliatedPlaceIds: (t) => (t.startsWith('أمير الساحل') ? ['place:coast'] : []),
};
const SOLDIER: [number, string, string][] = [
  [1, 'السعودية: استشهاد رجل أمن بإطلاق نار على دوريته', 'استشهد رجل أمن بعد تعرض دوريته لإطلاق نار من مجهولين أثناء تفتيش مركبة مشبوهة مساء أمس، ونقل إلى المستشفى حيث فارق الحياة متأثرا بإصابته.'],
  [2, 'أمير الساحل ينعى رجل الأمن الذي استشهد أثناء تفتيش مركبة', 'نعى أمير المنطقة رجل الأمن الذي استشهد مساء أمس أثناء تفتيش مركبة، وزار أسرته في منزلها وقدم لها العزاء، مؤكدا أن دماء الشهداء لن تذهب هدرا.'],
];
/** The two reports after 220 others (a window old enough to have a home) that name `country`. */
function soldier(country: string): boolean {
  const others: [number, string, string][] = Array.from({ length: 220 }, (_, i) => [20 + (i % 9), `نشرة ${i + 1}: أحوال الطقس والأسواق في ${country}`, `تناول التقرير رقم ${i + 1} أحوال الطقس والأسواق في ${country} خلال الأسبوع الجاري مع توقعات بارتفاع درجات الحرارة في عدد من المدن.`]);
  const s = groupWith(withHome, [...others, ...SOLDIER], {}, 0.01);
  return s[220] === s[221];
}

test('the home country, the one the window names most, is no owner: its name in a headline does not hold a report apart', () => {
  assert.equal(soldier('الصين'), false, 'premise: when another country is the window\'s most named, the home country\'s name counts as an owner');
  assert.equal(soldier('السعودية'), true);
});

// Two sessions of one market told in one template: the close that fell and the close that rose are two events.
const withMoves: StoryTextAnalyzer = { ...analyzer, headlineMarketMove };
const CLOSES: [number, string, string][] = [
  [1, 'مؤشر الأسهم يغلق على تراجع بـ 71 نقطة', 'أغلق مؤشر سوق الأسهم تعاملات جلسة اليوم متراجعا بمقدار 71 نقطة وسط تداولات بلغت خمسة مليارات ريال، وتراجعت أسهم قطاع المصارف والبتروكيماويات.'],
  [2, 'الأسهم تتراجع 71 نقطة بتداولات 5 مليارات', 'تراجع مؤشر سوق الأسهم بمقدار 71 نقطة في ختام تعاملات جلسة اليوم وسط تداولات بلغت خمسة مليارات ريال، بضغط من قطاع المصارف والبتروكيماويات.'],
  [3, 'مؤشر الأسهم يغلق على ارتفاع بـ 44 نقطة', 'أغلق مؤشر سوق الأسهم تعاملات جلسة اليوم مرتفعا بمقدار 44 نقطة وسط تداولات بلغت ثلاثة مليارات ريال، وارتفعت أسهم قطاع المصارف والبتروكيماويات.'],
  [4, 'الأسهم ترتفع 44 نقطة بتداولات 3 مليارات', 'ارتفع مؤشر سوق الأسهم بمقدار 44 نقطة في ختام تعاملات جلسة اليوم وسط تداولات بلغت ثلاثة مليارات ريال، بدعم من قطاع المصارف والبتروكيماويات.'],
];

test('two closes of one market reported going opposite ways are two sessions, however alike their words', () => {
  assertTwoInstances(withMoves, CLOSES, { moveConflictFactor: 1 });
});

// Yesterday's close and today's, both up: on a day's backlog the two read alike but for the points they rose.
const RISES: [number, string, string][] = [
  [1, 'مؤشر الأسهم يغلق على ارتفاع بـ 71 نقطة', 'أغلق مؤشر سوق الأسهم تعاملات جلسة اليوم مرتفعا بمقدار 71 نقطة وسط تداولات بلغت خمسة مليارات ريال، وارتفعت أسهم قطاع المصارف والبتروكيماويات.'],
  [2, 'الأسهم ترتفع 71 نقطة بتداولات 5 مليارات', 'ارتفع مؤشر سوق الأسهم بمقدار 71 نقطة في ختام تعاملات جلسة اليوم وسط تداولات بلغت خمسة مليارات ريال، بدعم من قطاع المصارف والبتروكيماويات.'],
  [3, 'مؤشر الأسهم يغلق على ارتفاع بـ 44 نقطة', 'أغلق مؤشر سوق الأسهم تعاملات جلسة اليوم مرتفعا بمقدار 44 نقطة بعد تداولات هادئة بلغت ثلاثة مليارات ريال، وقادت أسهم قطاعي الاتصالات والتأمين الصعود.'],
  [4, 'الأسهم ترتفع 44 نقطة بتداولات 3 مليارات', 'ارتفع مؤشر سوق الأسهم بمقدار 44 نقطة في ختام تعاملات جلسة اليوم بعد تداولات هادئة بلغت ثلاثة مليارات ريال، وقادت أسهم قطاعي الاتصالات والتأمين الصعود.'],
];

test('two closes of one market that went the same way by different sizes are two sessions', () => {
  assertTwoInstances(withMoves, RISES, { moveConflictFactor: 1 });
});

test('one close sized a point apart, as outlets round it, is one session', () => {
  const [a, b] = groupWith(withMoves, [RISES[0]!, [2, 'الأسهم ترتفع 72 نقطة بتداولات 5 مليارات', RISES[1]![2]]], {}, 0.5);
  assert.equal(b, a);
});

// The home exchange and a foreign one closing the same way on the same evening: two markets, two stories.
const EXCHANGES: [number, string, string][] = [
  [1, 'الأسهم المحلية تغلق على ارتفاع', 'أغلق مؤشر سوق الأسهم المحلية تعاملات اليوم على ارتفاع وسط تداولات بلغت أربعة مليارات ريال بدعم من قطاع المصارف.'],
  [2, 'سوق الأسهم تغلق مرتفعة في نهاية التعاملات', 'أنهى مؤشر سوق الأسهم المحلية تعاملات اليوم مرتفعا بتداولات بلغت أربعة مليارات ريال بدعم من قطاع المصارف.'],
  [3, 'الأسهم الجبلية تغلق على ارتفاع', 'أغلق مؤشر سوق الأسهم في دولة الجبل تعاملات اليوم على ارتفاع وسط تداولات ضعيفة بدعم من قطاع المصارف.'],
  [4, 'أسهم الجبل تغلق مرتفعة في نهاية التعاملات', 'أنهى مؤشر سوق الأسهم في دولة الجبل تعاملات اليوم مرتفعا بتداولات ضعيفة بدعم من قطاع المصارف.'],
];
const mountainIn = (t: string) => (/الجبل/.test(normalize(t)) ? ['place:mountain'] : []);
const withExchanges: StoryTextAnalyzer = { ...withMoves, entityIds: mountainIn, countryIds: mountainIn };

test('two exchanges\' closes are two stories, whichever way they went', () => {
  assertTwoInstances(withExchanges, EXCHANGES, { moveConflictFactor: 1 });
});

// A governor's day: three reports of his summer festival and, between them, his meeting with an ambassador, which
// shares only "أمير الواحة" with them.
const GOVERNOR: [number, string, string][] = [
  [1, 'أمير الواحة يفتتح مهرجان الصيف', 'افتتح أمير الواحة مساء أمس مهرجان الصيف بحضور آلاف الزوار وعروض للفرق الشعبية.'],
  [2, 'أمير الواحة يرعى مهرجان الصيف', 'رعى أمير الواحة حفل مهرجان الصيف الذي يقام في منتزه البحيرة ويستمر أسبوعين.'],
  [3, 'أمير الواحة يستقبل سفير دولة الجبل', 'استقبل أمير الواحة في مكتبه سفير دولة الجبل وبحثا سبل تعزيز التعاون التجاري والثقافي بين البلدين.'],
  [4, 'أمير الواحة يكرم رعاة مهرجان الصيف', 'كرم أمير الواحة الشركات الراعية لمهرجان الصيف وشكرها على دعمها للفعاليات.'],
];
// The same shape around an attack: the funeral report names it in a word the others share ("التفجير").
const ATTACK: [number, string, string][] = [
  [1, 'أمير الواحة يزور مصابي تفجير السوق', 'زار أمير الواحة مساء أمس المصابين في تفجير السوق الشعبي واطمأن على حالتهم الصحية في المستشفى.'],
  [2, 'أمير الواحة يعزي أسر ضحايا تفجير السوق', 'قدم أمير الواحة التعازي لأسر ضحايا تفجير السوق الشعبي مؤكدا أن الجناة لن يفلتوا من العقاب.'],
  [3, 'أهالي الواحة يشيعون شهداء التفجير', 'شيعت حشود كبيرة الجثامين إلى مقبرة المدينة بعد صلاة العصر.'],
  [4, 'أمير الواحة يطمئن على المصابين في تفجير السوق', 'اطمأن أمير الواحة على صحة المصابين في المستشفى ووجه بتقديم الرعاية لهم.'],
];
const withAttacks: StoryTextAnalyzer = { ...analyzer, eventTypeIds: bombingIsAttack };

test('core coverage alone does not move a report into a story whose core is only its topic\'s words', () => {
  const off = groupWith(analyzer, GOVERNOR, { moveCoreLink: 0 }, 0.5);
  assert.equal(new Set(off).size, 1, `premise: without the rule the third story's core ("أمير الواحة") pulls the meeting in (${off})`);
  const [a, b, meeting, d] = groupWith(analyzer, GOVERNOR, {}, 0.5);
  assert.equal(b, a);
  assert.equal(d, a);
  assert.notEqual(meeting, a, 'the ambassador\'s visit stays its own story');
});

test('... but it still moves a report into a story whose core holds an event type', () => {
  // moveCoreLink 1: no link is ever strong enough, so only the event exemption can move the funeral report.
  const untyped = groupWith(analyzer, ATTACK, { moveCoreLink: 1 }, 0.5);
  assert.equal(new Set(untyped).size, 2, `premise: without event types the funeral stays apart (${untyped})`);
  assert.equal(new Set(groupWith(withAttacks, ATTACK, { moveCoreLink: 1 }, 0.5)).size, 1);
});

test('two stories that have each gathered several reports merge only at the settled threshold', () => {
  // Two companies' half-year results, four outlets each, then results roundups naming both: a merge would tie 16 pairs.
  const run = (config: Record<string, number>) => {
    const e = createStoryEngine(config);
    withBackground(e);
    const first = [
      'ارتفاع أرباح شركة النخلة للأسمنت في النصف الأول', 'النخلة للأسمنت تحقق أرباحا صافية أعلى في ستة أشهر',
      'أرباح النخلة للأسمنت ترتفع مع زيادة المبيعات', 'شركة النخلة للأسمنت: نمو الأرباح الصافية في النصف الأول',
    ].map((t, i) => doc(10 + i, i * 0.2, t, 'أعلنت شركة النخلة للأسمنت ارتفاع أرباحها الصافية في النصف الأول من العام بدعم من زيادة مبيعات الأسمنت في السوق المحلية وتراجع تكاليف الوقود.'));
    const second = [
      'هبوط صافي ربح الموج للبتروكيماويات خلال ستة أشهر', 'الموج للبتروكيماويات: انخفاض الدخل مع تراجع أسعار اللدائن',
      'صافي ربح الموج للبتروكيماويات يهبط بسبب الصيانة', 'الموج للبتروكيماويات تخسر جزءا من دخلها بعد توقف مصنعها',
    ].map((t, i) => doc(20 + i, 1 + i * 0.2, t, 'سجلت الموج للبتروكيماويات هبوطا في صافي ربحها بسبب انخفاض أسعار اللدائن عالميا وتوقف مصنعها الرئيسي شهرا كاملا للصيانة الدورية.'));
    for (const d of [...first, ...second]) e.assign(d);
    const apartBefore = e.storyOf(first[0]!.articleId) !== e.storyOf(second[0]!.articleId);
    const both = `${first[0]!.text} ${second[0]!.text}`;
    for (const [i, t] of ['أرباح النخلة للأسمنت ترتفع وصافي ربح الموج للبتروكيماويات يهبط', 'النخلة للأسمنت والموج للبتروكيماويات: نتائج ستة أشهر', 'نتائج الشركات: النخلة للأسمنت والموج للبتروكيماويات'].entries()) {
      e.assign(doc(30 + i, 3 + i * 0.2, t, both));
    }
    return { apartBefore, merged: e.storyOf(first[0]!.articleId) === e.storyOf(second[0]!.articleId) };
  };
  const premise = run({ settledMergeSize: 4, settledMergeThreshold: 0.4 });
  assert.ok(premise.apartBefore, 'fixture: the two companies start as two stories');
  assert.ok(premise.merged, 'fixture: at the ordinary merge threshold the wrap ties them together');
  assert.deepEqual(run({ settledMergeSize: 4, settledMergeThreshold: 0.9 }), { apartBefore: true, merged: false });
  assert.deepEqual(run({ settledMergeSize: 5, settledMergeThreshold: 0.9 }), { apartBefore: true, merged: true }, 'stories of four are under a size of five');
});

test('the second relief flight is not the first: headlines that count the same thing differently stay apart', async () => {
  const { storyTextAnalyzer } = await import('../../src/pipeline/story-analyzer.ts');
  let id = 9000;
  const real = (source: number, hours: number, title: string, text: string) => buildStoryDoc({ articleId: id++, sourceId: source, time: T0 + hours * H, title, lead: '', text }, storyTextAnalyzer);
  const run = (config: Record<string, number>) => {
    const e = createStoryEngine(config);
    BACKGROUND.forEach(([t, x], i) => e.assign(real(90 + i, -2 + i * 0.1, t!, x!)));
    const body = (n: string) => n === 'أول'
      ? 'هبطت في مطار الواحة الدولي أول طائرة إغاثة تحمل أطنانا من المواد الغذائية والطبية للمتضررين من السيول، ضمن الجسر الجوي الذي أعلنته الحكومة لمساعدة سكان الوادي.'
      : 'وصلت إلى مطار الواحة ثاني طائرة ضمن الجسر الجوي، محملة بالخيام والبطانيات ومياه الشرب لسكان الوادي المتضررين من السيول، على أن تتبعها طائرات أخرى خلال الأيام المقبلة.';
    const first = [
      real(1, 0, 'وصول أول طائرة إغاثة إلى مطار الواحة', body('أول')),
      real(2, 0.5, 'هبوط الطائرة الأولى للجسر الجوي في مطار الواحة', body('أول')),
      real(3, 1, 'أول طائرة إغاثة تهبط في الواحة', body('أول')),
    ];
    const second = [
      real(1, 20, 'وصول ثاني طائرة إغاثة إلى مطار الواحة', body('ثاني')),
      real(2, 20.5, 'هبوط الطائرة الثانية للجسر الجوي في مطار الواحة', body('ثاني')),
      real(3, 21, 'ثاني طائرة إغاثة تهبط في الواحة', body('ثاني')),
    ];
    for (const d of [...first, ...second]) e.assign(d);
    const story = (d: StoryDoc) => e.storyOf(d.articleId);
    return { firstTogether: first.every((d) => story(d) === story(first[0]!)), secondTogether: second.every((d) => story(d) === story(second[0]!)), apart: story(first[0]!) !== story(second[0]!) };
  };
  assert.deepEqual(run({ ordinalConflictFactor: 1 }), { firstTogether: true, secondTogether: true, apart: false }, 'premise: without the rule the two flights are one story');
  assert.deepEqual(run({}), { firstTogether: true, secondTogether: true, apart: true });
});

test('an agency item sent in parts is one report: a later part joins its first part\'s story, whichever arrives first', async () => {
  const { storyTextAnalyzer } = await import('../../src/pipeline/story-analyzer.ts');
  let id = 9500;
  const run = (withParts: boolean, partFirst: boolean) => {
    const an: StoryTextAnalyzer = withParts ? storyTextAnalyzer : { ...storyTextAnalyzer, wirePart: undefined };
    const mk = (source: number, hours: number, title: string, text: string) => buildStoryDoc({ articleId: id++, sourceId: source, time: T0 + hours * H, title, lead: '', text }, an);
    const e = createStoryEngine();
    BACKGROUND.forEach(([t, x], i) => e.assign(mk(90 + i, -2 + i * 0.1, t!, x!)));
    const head = 'محلي / مجلس الواحة يقر ميزانية المستشفيات الجديدة';
    const first = mk(1, 1, head, 'أقر مجلس الواحة في جلسته اليوم ميزانية المستشفيات الجديدة بقيمة ثلاثة مليارات لبناء خمسة مستشفيات في المحافظات الشمالية خلال عامين.');
    const part = mk(1, partFirst ? 0.9 : 1.1, `${head} / إضافة أولى`, 'وفي شأن آخر وافق المجلس على تعيين عميد جديد لكلية الهندسة في جامعة الساحل، وعلى تمديد عقود المعلمين المتعاقدين لعام دراسي آخر.');
    const others = [
      mk(2, 2, 'ثلاثة مليارات لخمسة مستشفيات جديدة في الواحة', 'أقر مجلس الواحة ميزانية بثلاثة مليارات لبناء خمسة مستشفيات جديدة في المحافظات الشمالية.'),
      mk(3, 2.5, 'مجلس الواحة يعتمد ميزانية المستشفيات', 'اعتمد مجلس الواحة ميزانية المستشفيات الجديدة وقدرها ثلاثة مليارات لبناء خمسة مستشفيات.'),
    ];
    for (const d of partFirst ? [part, first] : [first, part]) e.assign(d);
    const together = e.storyOf(part.articleId) === e.storyOf(first.articleId);
    for (const d of others) e.assign(d);
    return { together, partWithFirst: e.storyOf(part.articleId) === e.storyOf(first.articleId), firstWithOthers: e.storyOf(first.articleId) === e.storyOf(others[0]!.articleId) };
  };
  // Without the rule the part waits apart until reports of its headline's event happen to pull it in.
  assert.equal(run(false, false).together, false, 'premise: by their texts the two parts are apart');
  assert.equal(run(false, true).together, false, 'premise: by their texts the two parts are apart');
  assert.deepEqual(run(true, false), { together: true, partWithFirst: true, firstWithOthers: true });
  assert.deepEqual(run(true, true), { together: true, partWithFirst: true, firstWithOthers: true }, 'the first part arriving last gathers the part');
});

test('a split never parts an agency item\'s parts, however little their texts share', async () => {
  const { storyTextAnalyzer } = await import('../../src/pipeline/story-analyzer.ts');
  let id = 9600;
  const mk = (source: number, hours: number, title: string, text: string) => buildStoryDoc({ articleId: id++, sourceId: source, time: T0 + hours * H, title, lead: '', text }, storyTextAnalyzer);
  const e = createStoryEngine();
  BACKGROUND.forEach(([t, x], i) => e.assign(mk(90 + i, -2 + i * 0.1, t!, x!)));
  // As an agency heads a cabinet session's parts: who chaired it, not what it decided, which the papers headline.
  const head = 'محلي / الأمير سالم يرأس جلسة مجلس الواحة';
  const first = mk(1, 1, head, 'أقر مجلس الواحة في جلسته اليوم ميزانية المستشفيات الجديدة بقيمة ثلاثة مليارات لبناء خمسة مستشفيات في المحافظات الشمالية خلال عامين.');
  // The later parts tell the session's other decisions: a college dean and teachers' contracts, in words of their own.
  const parts = [
    mk(1, 1.1, `${head} / إضافة أولى`, 'وفي شأن آخر وافق المجلس على تعيين عميد جديد لكلية الهندسة في جامعة الساحل وعلى تمديد عقود المعلمين المتعاقدين لعام دراسي آخر.'),
    mk(1, 1.2, `${head} / إضافة ثانية وأخيرة`, 'كما وافق المجلس على زيادة رواتب المعلمين المتعاقدين وعلى تعيين عميد لكلية الطب في جامعة الساحل ابتداء من العام الدراسي المقبل.'),
  ];
  const others = [
    mk(2, 2, 'ثلاثة مليارات لخمسة مستشفيات جديدة في الواحة', 'أقر مجلس الواحة ميزانية بثلاثة مليارات لبناء خمسة مستشفيات جديدة في المحافظات الشمالية.'),
    mk(3, 2.5, 'الواحة تعتمد ميزانية المستشفيات', 'اعتمد مجلس الواحة ميزانية المستشفيات الجديدة وقدرها ثلاثة مليارات لبناء خمسة مستشفيات.'),
    mk(4, 3, 'خمسة مستشفيات جديدة في شمال الواحة بثلاثة مليارات', 'تبني الواحة خمسة مستشفيات جديدة في محافظاتها الشمالية بميزانية ثلاثة مليارات أقرها مجلس الواحة اليوم.'),
    mk(5, 3.5, 'ميزانية المستشفيات الجديدة تمر في الواحة', 'مرت ميزانية المستشفيات الجديدة في مجلس الواحة بقيمة ثلاثة مليارات لخمسة مستشفيات في الشمال.'),
    mk(6, 4, 'الواحة: ثلاثة مليارات للمستشفيات الشمالية', 'خصص مجلس الواحة ثلاثة مليارات لبناء خمسة مستشفيات جديدة في المحافظات الشمالية خلال عامين.'),
  ];
  const decisions = [first, ...parts, ...others].map((d) => e.assign(d));
  const story = e.storyOf(first.articleId);
  for (const p of parts) assert.equal(e.storyOf(p.articleId), story);
  assert.equal(e.storyOf(others[4]!.articleId), story);
  assert.equal(decisions.flatMap((d) => d.moved).length, 0);
});

// A suicide bombing at the border guards' mosque in the town of al-Waha, told by twelve outlets, and the king's
// condolence calls told by three others: their headlines never name the bombing, their leads do.
const BOMBING_HEADS = [
  'تفجير يستهدف مسجد حرس الحدود', 'قتلى في هجوم على مسجد حرس الحدود',
  'الداخلية تكشف تفاصيل تفجير مسجد حرس الحدود', 'الهجوم على مسجد حرس الحدود يخلف ضحايا',
  'ارتفاع ضحايا تفجير مسجد حرس الحدود', 'هجوم دام يضرب مسجد حرس الحدود',
];
const BOMBING_LEADS = [
  'وقع التفجير أثناء الصلاة في مسجد حرس الحدود بمدينة الواحة فسقط قتلى وجرحى من المصلين.',
  'أعلنت وزارة الداخلية أن منفذ الهجوم دخل مسجد حرس الحدود متنكرا قبل أن يفجر حزامه.',
  'باشرت الجهات الأمنية التحقيق في التفجير الذي استهدف مسجد حرس الحدود وطوقت المنطقة.',
  'نقلت فرق الإسعاف المصابين في الهجوم على مسجد حرس الحدود إلى المستشفى المركزي.',
  'أدان مسؤولون التفجير الذي طال مسجد حرس الحدود ووصفوه بالعمل الجبان.',
  'روى شهود لحظات الهجوم داخل مسجد حرس الحدود وقالوا إن الدخان ملأ المكان.',
];
function bombingReport(i: number): [number, string, string] {
  return [1 + (i % 12), BOMBING_HEADS[i % 6]!, BOMBING_LEADS[i % 6]!];
}
const CALL_TAIL = ' وتناول الجانبان مشروع الربط الكهربائي بين البلدين وخطط زيادة الرحلات الجوية المباشرة وتيسير إجراءات التأشيرات لرجال الأعمال والطلاب، واتفقا على عقد اجتماع للجنة المشتركة في العاصمة خلال الخريف المقبل لمتابعة الاتفاقيات الموقعة في مجالات الاستثمار والنقل البحري والتدريب المهني.';
const CONDOLENCES: [number, string, string][] = [
  [20, 'الملك يتلقى اتصالا هاتفيا من رئيس الجزر', 'تلقى الملك اتصالا هاتفيا من رئيس جمهورية الجزر جرى خلاله استعراض العلاقات الثنائية وسبل تعزيزها في التجارة والطاقة والتعليم، وقدم في ختامه التعازي في شهداء مسجد حرس الحدود.' + CALL_TAIL],
  [21, 'رئيس الجزر يهاتف الملك', 'هاتف رئيس جمهورية الجزر الملك وبحثا العلاقات الثنائية وفرص تعزيز التبادل التجاري ومشروعات الطاقة المشتركة، وعبر رئيس الجزر عن تعازيه في شهداء مسجد حرس الحدود.' + CALL_TAIL],
  [22, 'اتصال هاتفي بين الملك ورئيس الجزر', 'جرى اتصال هاتفي بين الملك ورئيس جمهورية الجزر تناول العلاقات الثنائية والتعاون في التعليم والتجارة والطاقة، وقدم خلاله رئيس الجزر التعازي في شهداء مسجد حرس الحدود.' + CALL_TAIL],
  [25, 'الملك ورئيس الجزر يبحثان العلاقات هاتفيا', 'بحث الملك ورئيس جمهورية الجزر في اتصال هاتفي العلاقات الثنائية ومشروعات الطاقة والتجارة والتعليم، ونقل رئيس الجزر تعازي بلاده في شهداء مسجد حرس الحدود.' + CALL_TAIL],
];
// Another attack, in another town, with its dead and injured: not the bombing's aftermath.
const MARKET_ATTACK: [number, string, string][] = [
  [23, 'مصابو هجوم سوق السهل يغادرون المستشفى', 'غادر عدد من المصابين في الهجوم المسلح على سوق الخضار بمدينة السهل المستشفى بعد تحسن حالتهم.'],
  [24, 'خروج مصابين في هجوم سوق السهل', 'خرج المصابون في الهجوم الذي استهدف سوق الخضار في مدينة السهل من المستشفى وبقي اثنان تحت الرعاية.'],
];

// A window of a few hundred unrelated reports, so that a word in every report of one event is rarer than most (document
// frequencies as in a real day, where the event's type ranks among its story's core terms). Filler words made of
// letters drawn by a fixed seed: each filler report shares no word with the others or with the event.
function withBusyDay(engine: ReturnType<typeof createStoryEngine>, reports = 400): void {
  const letters = 'بتثجحخدذرزسشصضطظعغفقكلمنهي';
  let seed = 7;
  const next = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed; };
  const word = () => Array.from({ length: 5 }, () => letters[next() % letters.length]).join('');
  for (let k = 0; k < reports; k++) {
    const w = Array.from({ length: 18 }, word);
    engine.assign(doc(40 + (k % 30), -3 + k * 0.005, w.slice(0, 5).join(' '), w.join(' ')));
  }
}

// A trial over another mosque bombing, long ago and elsewhere: it names a mosque and "the bombing", but no martyrs or
// injured. Four reports, heard while the bombing's story is young, so no move takes them apart later.
const TRIAL_TAIL = ' وكانت النيابة قد وجهت إلى المتهمين تهما بالانتماء إلى خلية محظورة وتمويلها ونقل المتفجرات، وطلب الدفاع مهلة لاستدعاء شهود جدد وتقديم تقارير فنية، فيما حضرت الجلسة وفود من منظمات حقوقية وسفارات أجنبية.';
const OTHER_TRIAL: [number, string, string][] = [
  [26, 'تأجيل محاكمة المتهمين في التفجير الذي استهدف مسجد الشاطئ', 'أجلت محكمة الجنايات في جزر المرجان محاكمة المتهمين في التفجير الذي استهدف مسجد الشاطئ العام الماضي إلى الأسبوع المقبل.' + TRIAL_TAIL],
  [27, 'المحكمة تؤجل قضية التفجير في مسجد الشاطئ', 'قررت المحكمة في جزر المرجان تأجيل النظر في قضية تفجير مسجد الشاطئ بعد طلب الدفاع الاطلاع على ملف التحقيق.' + TRIAL_TAIL],
  [28, 'محاكمة خلية التفجير في مسجد الشاطئ تستأنف الأسبوع المقبل', 'تستأنف محكمة الجنايات في جزر المرجان الأسبوع المقبل محاكمة خلية تفجير مسجد الشاطئ بعد تأجيل جلسة اليوم.' + TRIAL_TAIL],
  [29, 'الدفاع يطلب مهلة في قضية التفجير بمسجد الشاطئ', 'طلب محامو المتهمين في قضية تفجير مسجد الشاطئ مهلة إضافية فأجلت المحكمة في جزر المرجان الجلسة.' + TRIAL_TAIL],
];

// A festival's celebrations halted after the bombing: no martyrs or injured named, but the bombing's type and the
// mosque, the force and its town in every lead.
const HALTED: [number, string, string][] = [
  [30, 'بلدية الواحة توقف احتفالات مهرجان الصيف', 'أوقفت بلدية الواحة مظاهر الاحتفال في مهرجان الصيف من عروض وألعاب نارية، عقب التفجير الذي استهدف مسجد حرس الحدود في المدينة، مع استمرار البرامج الثقافية.'],
  [31, 'إيقاف الألعاب النارية في مهرجان الواحة', 'قررت بلدية الواحة إيقاف الألعاب النارية والعروض الشعبية في مهرجان الصيف، وذلك عقب التفجير الذي استهدف مسجد حرس الحدود في الواحة، على أن تستمر المحاضرات.'],
];

test('a settled attack story gathers the small story of its aftermath, and not another attack\'s', async () => {
  // The real analyzer: the rule reads event types and aftermath words.
  const { storyTextAnalyzer } = await import('../../src/pipeline/story-analyzer.ts');
  const run = (config: Partial<StoryConfig>) => {
    const e = createStoryEngine(config);
    withBusyDay(e);
    const put = ([s, t, x]: [number, string, string], h: number) => {
      const d = buildStoryDoc({ articleId: nextId++, sourceId: s, time: T0 + h * H, title: t, lead: '', text: x }, storyTextAnalyzer);
      e.assign(d);
      return d.articleId;
    };
    const bombing: number[] = [];
    // The calls come while the bombing's story is two reports, too young to have a core that would draw them.
    for (let i = 0; i < 2; i++) bombing.push(put(bombingReport(i), i * 0.1));
    const calls = CONDOLENCES.map((c, i) => put(c, 1 + i * 0.1));
    const market = MARKET_ATTACK.map((c, i) => put(c, 1.5 + i * 0.1));
    const trial = OTHER_TRIAL.map((c, i) => put(c, 1.7 + i * 0.05));
    const halted = HALTED.map((c, i) => put(c, 1.9 + i * 0.02));
    const apartEarly = e.storyOf(calls[0]!) !== e.storyOf(bombing[0]!);
    for (let i = 2; i < 26; i++) bombing.push(put(bombingReport(i), 2 + i * 0.1));
    const story = e.storyOf(bombing[0]!);
    return {
      apartEarly,
      bombingOne: bombing.every((id) => e.storyOf(id) === story),
      callsOne: calls.every((id) => e.storyOf(id) === e.storyOf(calls[0]!)),
      callsWithBombing: e.storyOf(calls[0]!) === story,
      marketWithBombing: market.some((id) => e.storyOf(id) === story),
      trialWithBombing: trial.some((id) => e.storyOf(id) === story),
      haltedWithBombing: halted.every((id) => e.storyOf(id) === story),
    };
  };
  const off = run({ aftermathShare: 2 });
  assert.deepEqual(off, { apartEarly: true, bombingOne: true, callsOne: true, callsWithBombing: false, marketWithBombing: false, trialWithBombing: false, haltedWithBombing: false }, 'premise: the calls gather on their own, apart from the bombing');
  // Aftermath words alone: the condolence calls come, the halted festival (no martyrs named) does not.
  assert.deepEqual(run({ aftermathNamedTerms: 0 }), { apartEarly: true, bombingOne: true, callsOne: true, callsWithBombing: true, marketWithBombing: false, trialWithBombing: false, haltedWithBombing: false });
  assert.deepEqual(run({}), { apartEarly: true, bombingOne: true, callsOne: true, callsWithBombing: true, marketWithBombing: false, trialWithBombing: false, haltedWithBombing: true });
});

// One governor's audiences of a day, told in one template: each visitor is another audience.
const withGuests: StoryTextAnalyzer = { ...analyzer, headlineGuest: (stems) => headlineGuest(stems) };
const AUDIENCES: [number, string, string][] = [
  [1, 'أمير الساحل يستقبل رئيس غرفة التجارة', 'استقبل أمير منطقة الساحل في مكتبه بالإمارة اليوم رئيس غرفة التجارة وأعضاء مجلس إدارتها، واطلع على خطط الغرفة للعام المقبل وما تقدمه للمستثمرين في المنطقة.'],
  [2, 'أمير الساحل يستقبل رئيس وأعضاء غرفة التجارة', 'استقبل أمير منطقة الساحل في مكتبه بالإمارة اليوم رئيس غرفة التجارة وأعضاء مجلس إدارتها، واستمع إلى شرح عن خطط الغرفة للعام المقبل وخدماتها للمستثمرين.'],
  [3, 'أمير الساحل يستقبل قائد حرس الحدود', 'استقبل أمير منطقة الساحل في مكتبه بالإمارة اليوم قائد حرس الحدود في المنطقة، واطلع على خطط القطاع للعام المقبل وما يقدمه لمرتادي الشواطئ في المنطقة.'],
  [4, 'أمير الساحل يستقبل قائد قطاع حرس الحدود', 'استقبل أمير منطقة الساحل في مكتبه بالإمارة اليوم قائد حرس الحدود، واستمع إلى شرح عن خطط القطاع للعام المقبل وخدماته لمرتادي الشواطئ.'],
];

test('one official\'s audiences with two visitors are two stories; one audience told twice is one', () => {
  assertTwoInstances(withGuests, AUDIENCES, { guestConflictFactor: 1 });
});

// One king's talks of a day, each text recalling the other talks further down: only headline and lead tell the guest.
// The product's own stems here, as audiences.ts reads them.
const withTalkGuests: StoryTextAnalyzer = { ...analyzer, indexTerms, headlineGuest: (stems, surface, headline) => headlineGuest(stems, surface, headline) };
const RECALL = '\n\nوكان الملك قد عقد في وقت سابق من اليوم جلسة مباحثات مع رئيس غانا ورئيس البيرو في قصر الضيافة بحضور عدد من الوزراء والمسؤولين.';
const TALKS: [number, string, string][] = [
  [1, 'الملك يبحث مع رئيس غانا العلاقات الثنائية', 'بحث الملك في قصر الضيافة اليوم مع رئيس غانا العلاقات الثنائية وفرص الاستثمار في الزراعة وتصدير الكاكاو.' + RECALL],
  [2, 'الملك ورئيس غانا يبحثان العلاقات الثنائية', 'بحث الملك ورئيس غانا اليوم العلاقات الثنائية وفرص الاستثمار في الزراعة وتجارة الكاكاو بين البلدين.' + RECALL],
  [3, 'الملك يبحث مع رئيس البيرو العلاقات الثنائية', 'بحث الملك في قصر الضيافة اليوم مع رئيس البيرو العلاقات الثنائية والتعاون في التعدين وتبادل الطلاب.' + RECALL],
  [4, 'الملك ورئيس البيرو يبحثان العلاقات الثنائية', 'بحث الملك ورئيس البيرو اليوم العلاقات الثنائية والتعاون في التعدين وتبادل الطلاب بين الجامعات.' + RECALL],
];

test('talks with two guests are two stories, though each text recalls the other talks past its lead', () => {
  assertTwoInstances(withTalkGuests, TALKS, { guestConflictFactor: 1 });
});

// A report of a bridge's collapse, and a piece on the city's old bridges that retells it under a headline sharing no
// word with the report's. Filed, the second piece is a report in other words; signed by name alone, it is commentary.
const COLLAPSE_REPORT = ['انهيار جسر المرفأ القديم يوقع ثلاثة جرحى', 'انهار صباح اليوم جسر المرفأ القديم في مدينة الواحة أثناء مرور عدد من السيارات، ما أدى إلى إصابة ثلاثة أشخاص بجروح متوسطة نقلوا إلى المستشفى. وأغلقت فرق الدفاع المدني المنطقة وباشرت لجنة هندسية التحقيق في أسباب انهيار الجسر الذي شيد قبل أربعين عاما.'] as const;
const OLD_BRIDGES = ['منشآت الواحة تنتظر الفحص', 'انهيار جسر المرفأ القديم في مدينة الواحة صباح اليوم وإصابة ثلاثة أشخاص بجروح أعادا السؤال عن الجسور التي شيدت قبل أربعين عاما. فالتحقيق في أسباب انهيار الجسر لا يكفي، والمطلوب لجنة هندسية تفحص كل المنشآت القديمة في المدينة قبل أن تغلق فرق الدفاع المدني منطقة أخرى.'] as const;
/**
 * The stories of the report (outlet 1, filed) and the piece (`pieceByline`, from `pieceOutlet`), after the background
 * and thirty notices each of outlet 2, which files its reports ("المدينة - مراسل"), and outlet 7, which signs nothing.
 */
function bridgePieces(pieceByline: string | null, pieceOutlet: number, config: Record<string, number> = {}): [number, number] {
  const e = createStoryEngine(config);
  BACKGROUND.forEach(([t, x], i) => e.assign(buildStoryDoc({ articleId: nextId++, sourceId: 90 + i, time: T0 + (-2 + i * 0.1) * H, title: t!, lead: '', text: x! }, analyzer)));
  for (let i = 0; i < 60; i++) {
    const [t, x] = BACKGROUND[i % BACKGROUND.length]!;
    const outlet = i % 2 === 0 ? 2 : 7;
    e.assign(buildStoryDoc({ articleId: nextId++, sourceId: outlet, time: T0 - 1.5 * H + i * 60_000, title: `${t} ${i + 1}`, lead: '', text: `${x} النشرة ${i + 1}.`, byline: outlet === 2 ? 'المدينة - مراسل' : null }, analyzer));
  }
  const r = buildStoryDoc({ articleId: nextId++, sourceId: 1, time: T0, title: COLLAPSE_REPORT[0], lead: '', text: COLLAPSE_REPORT[1], byline: 'الواحة - سالم الراشد' }, analyzer);
  const p = buildStoryDoc({ articleId: nextId++, sourceId: pieceOutlet, time: T0 + 2 * H, title: OLD_BRIDGES[0], lead: '', text: OLD_BRIDGES[1], byline: pieceByline }, analyzer);
  e.assign(r); e.assign(p);
  return [e.storyOf(r.articleId)!, e.storyOf(p.articleId)!];
}

test('a piece not signed as its outlet signs reports, its headline sharing no word with a report\'s, keeps apart though its text retells it', () => {
  const [r0, p0] = bridgePieces('خالد المنصور', 2, { unfiledLinkFactor: 1 });
  assert.equal(p0, r0, 'premise: the texts alone link the piece to the report');
  const [r, p] = bridgePieces('خالد المنصور', 2);
  assert.notEqual(p, r, 'a name alone, from an outlet that files its reports');
  const [r2, p2] = bridgePieces(null, 2);
  assert.notEqual(p2, r2, 'unsigned, from an outlet that files its reports');
});

test('a filed report, an unsigned one from an outlet that signs nothing, or a piece of an outlet not yet known link by their texts alone', () => {
  const [r, p] = bridgePieces('الواحة - خالد المنصور', 2);
  assert.equal(p, r);
  const [r2, p2] = bridgePieces(null, 7);
  assert.equal(p2, r2);
  const [r3, p3] = bridgePieces('خالد المنصور', 9);
  assert.equal(p3, r3, 'outlet 9 has no articles in the window yet');
});

test('a big story\'s reports, filling the top of the candidate list, leave room for the small story an article belongs to', () => {
  // Eight outlets on the summer festival's opening night; a folk troupe's concert in the heritage village (another
  // event); then the troupe's programme, whose text tells the festival at length.
  const festival = Array.from({ length: 8 }, (_, i) => doc(10 + i, i * 0.2, `مهرجان صيف الواحة يفتتح فعالياته بالعروض الشعبية ${['مساء', 'الليلة', 'أمس', 'بحضور كبير', 'وسط الزوار', 'بالألعاب النارية', 'في الحديقة', 'على الكورنيش'][i]}`,
    `افتتح مهرجان صيف الواحة فعالياته في حديقة الكورنيش بعروض الفنون الشعبية والألعاب النارية ومسرح الأطفال وسط حضور آلاف الزوار من المدينة والقرى المجاورة ${i + 1}.`));
  const concert = doc(30, 2, 'فرقة الهجن للفنون تحيي حفلا في القرية التراثية', 'أحيت فرقة الهجن للفنون حفلا غنائيا في القرية التراثية قدمت فيه أهازيج البحارة والرقصات القديمة أمام جمهور من العائلات.');
  const programme = doc(31, 3, 'فرقة الهجن للفنون تعلن برنامج حفلاتها', 'تقدم فرقة الهجن للفنون عروضها ضمن مهرجان صيف الواحة الذي افتتح فعالياته في حديقة الكورنيش بعروض الفنون الشعبية والألعاب النارية ومسرح الأطفال وسط حضور آلاف الزوار.');
  const candidateStories = (candidatePool: number) => {
    const e = createStoryEngine({ maxCandidates: 6, candidatePool });
    withBackground(e);
    for (const d of [...festival, concert]) e.assign(d);
    assert.equal(new Set(festival.map((d) => e.storyOf(d.articleId))).size, 1, 'premise: the festival is one story');
    return { rows: new Set(e.explain(programme).map((r) => r.storyId)), festival: e.storyOf(festival[0]!.articleId)!, concert: e.storyOf(concert.articleId)! };
  };
  const narrow = candidateStories(1);
  assert.ok(narrow.rows.has(narrow.festival));
  assert.ok(!narrow.rows.has(narrow.concert), 'premise: the festival\'s reports outrank the concert by shared terms');
  const wide = candidateStories(3);
  assert.ok(wide.rows.has(wide.festival));
  assert.ok(wide.rows.has(wide.concert), 'the concert is scored, though eight festival reports rank above it');
});
