// A market report's headline says which market moved which way: "الأسهم السعودية تتراجع 71 نقطة", "النفط يرتفع من أدنى
// مستوى". Outlets report every session of every market with the same words, so two such headlines that disagree on the
// direction report two sessions (yesterday's close and today's, the Asian morning and the New York close), and so do two
// that go the same way by different sizes ("يرتفع 135 نقطة", "ترتفع 44 نقطة": yesterday's close and today's).

/** Light stems (src/text/light-stemmer.ts) of the markets a headline can open with, by market. */
const MARKET_STEMS = new Map<string, string>([
  ['اسهم', 'stocks'], ['بورص', 'stocks'], ['تاس', 'stocks'], // تاسي, the Saudi index, stems to تاس
  ['نفط', 'oil'], ['برنت', 'oil'], ['خام', 'oil'],
  ['ذهب', 'gold'],
  ['دولار', 'currency'], ['يورو', 'currency'], ['استرليني', 'currency'],
]);
/** A market only with the word after it: "سوق الأسهم", "السوق المالية", "مؤشر السوق"; never "سوق عكاظ". */
const MARKET_HEADS = new Set(['سوق', 'مءشر']);
const MARKET_HEAD_NEXT = new Set(['اسهم', 'مالي', 'سعود', 'محل', 'سوق', 'بورص', 'تاس']);
/** Words before a market that make it a price or an index ("أسعار النفط", "مؤشر الأسهم"): a move may come before them. */
const PRICE_HEADS = new Set(['اسعار', 'سعر', 'مءشر', 'سوق', 'خام']);
/** Words before a market that make the headline about something else of it: its output, exports, firms, reserves. */
const NOT_PRICE_HEADS = new Set(['انتاج', 'صادر', 'واردات', 'شرك', 'طلب', 'مخزون', 'احتياط', 'ملك', 'مليار', 'مليون', 'الف']);

type Move = 'up' | 'down' | 'flat';
/** Light stems of the words that say which way a market went. */
const MOVE_STEMS = new Map<string, Move>();
for (const s of ['يرتفع', 'ترتفع', 'ارتفاع', 'مرتفع', 'يصعد', 'تصعد', 'صعود', 'مكاسب', 'يكسب', 'تكسب', 'يتعاف', 'تتعاف', 'تعاف',
  'ترتد', 'يرتد', 'ارتداد', 'مرتد', 'يقفز', 'تقفز', 'قفز', 'ينتعش', 'تنتعش', 'انتعاش', 'رابح', 'يربح', 'تربح']) MOVE_STEMS.set(s, 'up');
for (const s of ['يتراجع', 'تتراجع', 'تراجع', 'متراجع', 'يهبط', 'تهبط', 'هبوط', 'ينخفض', 'تنخفض', 'انخفاض', 'منخفض', 'خساءر',
  'خسار', 'يخسر', 'تخسر', 'يفقد', 'تفقد', 'ادن', 'لادن', 'ينزل', 'تنزل', 'نزول', 'يتهاو', 'تتهاو', 'تهاو', 'ينهار', 'تنهار',
  'انهيار', 'خاسر', 'يهو', 'تهو']) MOVE_STEMS.set(s, 'down'); // يهوي، تهوي: plunges
for (const s of ['يستقر', 'تستقر', 'استقرار', 'مستقر', 'يتذبذب', 'تتذبذب', 'تذبذب', 'متذبذب']) MOVE_STEMS.set(s, 'flat');

/** The market must open the headline: within its first this many stems (after a dateline or an outlet's tag). */
const MARKET_WITHIN = 3;
/** The move must follow the market within this many stems ("مؤشر الأسهم السعودية يغلق على ارتفاع"), or precede it by one. */
const MOVE_WITHIN = 6;

const NUMBER = /^\d+(?:\.\d+)?$/;
/**
 * The size of a move told right after the word that says it: `135pt` ("يرتفع 135 نقطة"), `1.56%` ("بنسبة 1.56",
 * "5 بالمئة": the percent sign itself is no stem). A level ("إلى مستوى 8699 نقطة") is not a size.
 */
function sizeAfter(stems: readonly string[], k: number): string | null {
  if (stems[k] === 'ب') k++; // "بـ 71 نقطة" where the tokenizer keeps the preposition apart
  if (SIZE_LEADS.has(stems[k] ?? '')) k++; // "بانخفاض قدره 221.64 نقطة", "بمقدار 10 دولارات"
  const a = stems[k] ?? '', b = stems[k + 1] ?? '';
  // "نقطة" stems to نقط; a bare tokenizer leaves نقطه.
  if (NUMBER.test(a)) {
    if (b.startsWith('نقط')) return `${Number(a)}pt`;
    if (b === 'مءه') return `${Number(a)}%`;
    // "تغلق منخفضة 2.38%", "يتراجع بـ 0.8% عند 9302 نقطة": the percent sign is no stem, so a figure with decimals
    // and no unit after it is the change in per cent (a price change names its unit: "1.5 دولار").
    if (a.includes('.') && Number(a) < 100 && !UNITS.has(b)) return `${Number(a)}%`;
    return null;
  }
  if (a === 'نسب' && NUMBER.test(b)) return `${Number(b)}%`;
  return null;
}
/** Words between a move and its size: "قدره", "بمقدار". */
const SIZE_LEADS = new Set(['قدر', 'مقدار']);
/** Units a price or a level is given in (light stems): a figure followed by one is no percentage. */
const UNITS = new Set(['دولار', 'سنت', 'ريال', 'يورو', 'درهم', 'جنيه', 'دينار', 'اوقي', 'برميل', 'مليار', 'مليون', 'الف']);
const withSize = (move: string, size: string | null): string => (size ? `${move}:${size}` : move);

/**
 * `market:move` ("oil:down"), or `market:move:size` when the headline tells the size ("stocks:up:135pt"), when the
 * headline's stems open with a market and say which way it went, else null. The first move after the market decides:
 * "النفط يرتفع بعد هبوطه" went up.
 */
export function headlineMarketMove(stems: readonly string[]): string | null {
  for (let i = 0; i < Math.min(stems.length, MARKET_WITHIN); i++) {
    const s = stems[i]!;
    const prev = i > 0 ? stems[i - 1]! : '';
    // "50 دولارا للبرميل" is a price, not the currency; "إنتاج النفط" is output, not the oil price.
    if (/^\d/.test(prev) || NOT_PRICE_HEADS.has(prev)) continue;
    let market = MARKET_STEMS.get(s);
    if (!market && MARKET_HEADS.has(s) && MARKET_HEAD_NEXT.has(stems[i + 1] ?? '')) market = MARKET_STEMS.get(stems[i + 1]!) ?? 'stocks';
    if (!market) continue;
    // "هبوط النفط", "استقرار أسعار النفط"
    const before = MOVE_STEMS.get(prev) ?? (PRICE_HEADS.has(prev) && i > 1 ? MOVE_STEMS.get(stems[i - 2]!) : undefined);
    if (before) return withSize(`${market}:${before}`, sizeAfter(stems, i + 1));
    for (let j = i + 1; j < Math.min(stems.length, i + 1 + MOVE_WITHIN); j++) {
      const m = MOVE_STEMS.get(stems[j]!);
      if (m) return withSize(`${market}:${m}`, sizeAfter(stems, j + 1));
    }
    return null;
  }
  return null;
}
