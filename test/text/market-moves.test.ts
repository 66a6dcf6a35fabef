// Which market a headline reports and which way it went.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headlineMarketMove } from '../../src/text/market-moves.ts';
import { indexTerms } from '../../src/text/analyze.ts';

const move = (headline: string) => headlineMarketMove(indexTerms(headline).stems);

test('a headline that opens with a market says which way it went', () => {
  assert.equal(move('الأسهم السعودية تسجل تراجعاً بـ 51 نقطة'), 'stocks:down:51pt');
  assert.equal(move('مؤشر السوق المالية يغلق على ارتفاع طفيف'), 'stocks:up');
  assert.equal(move('الأسهم المحلية تغلق على مكاسب محدودة'), 'stocks:up');
  assert.equal(move('برنت يهبط إلى 50 دولاراً'), 'oil:down');
  assert.equal(move('الذهب يستقر مع ترقب المستثمرين'), 'gold:flat');
  assert.equal(move('الدولار يتعافى أمام العملات الرئيسية'), 'currency:up');
  assert.equal(move('الذهب يهوي مع صعود الدولار'), 'gold:down', 'plunges: the first move after the market');
  assert.equal(move('الأسهم الأوروبية تربح في مستهل التعاملات'), 'stocks:up');
});

test('the Saudi index by its ticker name, and a session closed winning or losing', () => {
  assert.equal(move('تاسي يغلق على ارتفاع بـ40 نقطة'), 'stocks:up:40pt');
  assert.equal(move('«تاسي» يخسر 60 نقطة في أولى جلسات الأسبوع'), 'stocks:down:60pt');
  assert.equal(move('الأسهم المحلية تغلق رابحة 12 نقطة'), 'stocks:up:12pt');
  assert.equal(move('تاسي يفتتح تعاملاته خاسرا'), 'stocks:down');
});

test('the size told right after the move, in points or per cent; a level is no size', () => {
  assert.equal(move('مؤشر الأسهم يرتفع 135 نقطة بتداولات 4 مليارات'), 'stocks:up:135pt');
  assert.equal(move('سوق الأسهم تغلق على ارتفاع بنسبة 1.56 %'), 'stocks:up:1.56%');
  assert.equal(move('الأسهم تتراجع ٧١ نقطة'), 'stocks:down:71pt', 'Arabic-Indic digits');
  assert.equal(move('النفط يرتفع 5 بالمئة'), 'oil:up:5%');
  assert.equal(move('هبوط النفط 3 بالمئة في أسبوع'), 'oil:down:3%', 'the move before the market, the size after it');
  assert.equal(move('مؤشر الأسهم يغلق على ارتفاع إلى مستوى 8699 نقطة'), 'stocks:up', 'a level, not a size');
  assert.equal(move('النفط يكسب دولارا ونصف'), 'oil:up', 'no number');
});

test('a figure with decimals and no unit after the move is a change in per cent; "قدره" may stand between', () => {
  // The percent sign is no stem: "2.38%" reaches the parser as a bare figure.
  assert.equal(move('الأسهم الخليجية تغلق منخفضة 2.38%'), 'stocks:down:2.38%');
  assert.equal(move('السوق السعودي يتراجع بـ 0.8% عند 9302 نقطة'), 'stocks:down:0.8%', 'the level after it is no size');
  assert.equal(move('الأسهم المحلية تغلق بانخفاض قدره «221.64» نقطة'), 'stocks:down:221.64pt');
  assert.equal(move('الذهب يرتفع بمقدار 10 دولارات'), 'gold:up', 'a price change names its unit');
  assert.equal(move('النفط يرتفع 1.5 دولار للبرميل'), 'oil:up', 'dollars, not per cent');
  assert.equal(move('الأسهم تتراجع 71'), 'stocks:down', 'a whole number alone tells no unit');
});

test('the move may come first, before the market or its price', () => {
  assert.equal(move('هبوط النفط لأدنى مستوى في أربعة أشهر'), 'oil:down');
  assert.equal(move('استقرار أسعار النفط رغم زيادة المعروض وتراجع الدولار'), 'oil:flat');
});

test('the first move after the market decides: a rise after a fall is a rise', () => {
  assert.equal(move('النفط يرتفع في التعاملات الآسيوية بعد هبوطه 5 بالمئة'), 'oil:up');
  assert.equal(move('الذهب يتراجع مع ارتفاع الدولار'), 'gold:down');
});

test('a market named late, a price in dollars, a market\'s output or a souk are no market report', () => {
  assert.equal(move('وزير الطاقة: لا نتوقع مزيدا من التراجع في أسعار النفط'), null);
  assert.equal(move('50 دولارا لبرميل الخام .. الأدنى منذ 6 أشهر'), null, 'a price in dollars, not the dollar');
  assert.equal(move('إنتاج النفط يسجل أكبر هبوط في أربع سنوات'), null);
  assert.equal(move('سوق عكاظ يرتفع بعدد زواره'), null);
  assert.equal(move('الأسهم السعودية بين النتائج والسيولة'), null, 'no move named');
});
