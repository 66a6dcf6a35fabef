// Whom an audience headline says was received or met: "أمير عسير يستقبل وكيل إمارة منطقة الرياض", "ولي ولي العهد يلتقي
// رئيس جمهورية الشيشان", "خادم الحرمين يعقد جلسة مباحثات مع رئيس النيجر". An official holds many audiences a day in
// the same template, so two such headlines whose guests differ report two audiences, however alike their words. Talks
// are told the same way ("خادم الحرمين يبحث مع الزياني", "يعقد اجتماعاً مع أمير قطر"), or with the guest named before
// a dual verb ("خادم الحرمين ورئيس وزراء لبنان يبحثان العلاقات"). An official's other acts of a day name their object
// the same way ("وزير التعليم يرعى الحفل الختامي لسفراء الحزم", "… يتفقد مدارس الحد الجنوبي"): two acts, two stories.

/** Light stems (src/text/light-stemmer.ts) of the words that open an audience, the guest right after them. */
const AUDIENCE_STEMS = new Set([
  'يستقبل', 'استقبل', 'استقبال', 'يلتق', 'التق', 'يجتمع', 'اجتمع', 'مباحث', 'يتباحث', 'تباحث', 'يبحث', 'اجتماع', 'يستعرض', 'يناقش',
  'يقلد', 'يكرم', 'يدشن', 'يفتتح', 'يرع', 'يزور', 'يتفقد',
]);
/** "يعقد اجتماعاً مع" opens talks with a guest; "يعقد اجتماعه في جدة" is a body's own session, its place no guest. */
const opensAudience = (stem: string, word: string | undefined) => AUDIENCE_STEMS.has(stem) && (stem !== 'اجتماع' || word === undefined || word === 'اجتماعا');
/** Titles, offices and generic words around a guest's name: they tell a rank, not who ("وزير الخارجية", "رئيس"). */
const ROLE_STEMS = new Set([
  'وزير', 'وزراء', 'وزار', 'خارج', 'داخل', 'دفاع', 'رءيس', 'رءاس', 'جمهور', 'امير', 'امار', 'ملك', 'سمو', 'شيخ', 'سفير', 'سفراء',
  'وفد', 'مدير', 'عام', 'وكيل', 'منطق', 'محافظ', 'لواء', 'عميد', 'فريق', 'اعضاء', 'عضو', 'نائب', 'مساعد', 'مجلس', 'حكوم', 'دول',
  'جلس', 'رسمي', 'وزيره', 'قاءد', 'قاد', 'مسءول', 'مسءولي', 'عدد', 'كبار', 'سابق', 'اسبق', 'معال', 'دكتور', 'مستشار',
  'امين', 'رءيسه', 'ممثل', 'مندوب', 'بعث', 'اهال', 'مواطن', 'مواطني', 'منسوب', 'ولي', 'عهد', 'ثان', 'اول', 'جديد', 'مكلف',
  'تطور', 'احداث', 'علاق', 'ثناء', 'تعاون', 'افاق', 'سبل', 'مستجد', 'قضايا', 'موضوع', 'اوضاع', 'مشترك', 'عمل', 'زيار',
  'عالم', 'اقليم', 'ملف', 'مسار', 'تعزيز', 'طارء', 'استثناء', 'مغلق',
]);
/** How many stems after the audience word may name the guest. */
const GUEST_WITHIN = 4;

/**
 * The stems that name the guest of an audience headline: the words after its first audience word (or the conjoined
 * name before a dual verb), titles and offices left out. Empty when the headline holds no audience or names no one
 * past a rank. `surface` (the headline's words as written, one per stem) tells a dual verb and "اجتماعاً"; `headline`
 * (the raw text) tells "يبحث مع" from "يبحث عن", whose "مع" and "عن" the stems drop as stopwords.
 */
export function headlineGuest(stems: readonly string[], surface?: readonly string[], headline?: string): string[] {
  const at = stems.findIndex((s, i) => opensAudience(s, surface?.[i]));
  if (at < 0) return [];
  // "يبحث عن ودية" is a search, not talks: only "يبحث مع" and the dual name a guest.
  if (stems[at] === 'يبحث' && headline !== undefined && !surface?.[at]?.endsWith('ان') && !/يبحث\s+مع/.test(headline)) return [];
  const out: string[] = [];
  const take = (i: number) => {
    const s = stems[i]!;
    if (!ROLE_STEMS.has(s) && !/^\d/.test(s) && !out.includes(s)) out.push(s);
  };
  // "أ وب يبحثان": the guest is the conjoined name before the dual verb, the host the words before it.
  const dualFrom = surface?.[at]?.endsWith('ان') ? surface.findIndex((w, i) => i > 0 && i < at && w.startsWith('و')) : -1;
  if (dualFrom > 0) for (let i = dualFrom; i < at; i++) take(i);
  else for (let i = at + 1; i < Math.min(stems.length, at + 1 + GUEST_WITHIN); i++) take(i);
  return out;
}
