// What search tells the reader, in Arabic (the reader's language), each under a stable code so API clients can show
// their own wording. Codes never change meaning; the Arabic text may be reworded.

export type SearchErrorCode =
  | 'query_not_text'
  | 'query_too_long'
  | 'empty_query'
  | 'unclosed_quote'
  | 'empty_phrase'
  | 'filter_negated'
  | 'filter_needs_value'
  | 'nothing_to_exclude'
  | 'or_needs_words'
  | 'or_at_end'
  | 'or_with_filter'
  | 'excluded_in_or'
  | 'too_many_words'
  | 'only_exclusions'
  | 'bad_lang'
  | 'two_langs'
  | 'bad_date'
  | 'dates_reversed'
  | 'all_words_common'
  | 'cursor_invalid';

export type SearchNoticeCode = 'common_words_ignored' | 'unknown_source' | 'unknown_entity';

/** Values the message quotes (a filter name, the offending value, a character position), for clients that reword it. */
export type MessageParams = Record<string, string | number>;

export interface SearchNotice {
  code: SearchNoticeCode;
  message: string;
  params: MessageParams;
}

type Texts<C extends string> = { [K in C]: (p: MessageParams) => string };

const ERRORS: Texts<SearchErrorCode> = {
  query_not_text: () => 'يجب أن يكون الاستعلام نصاً.',
  query_too_long: (p) => `الاستعلام طويل جداً (${p.length} حرفاً)؛ اختصره إلى ${p.max} حرف على الأكثر.`,
  empty_query: () => 'اكتب كلمة أو "عبارة" للبحث عنها.',
  unclosed_quote: (p) => `علامة التنصيص التي تبدأ عند الحرف ${p.at} لم تُغلق: أضف ${p.close} بعد العبارة، أو احذف علامة الفتح.`,
  empty_phrase: (p) => `لا شيء بين علامتي التنصيص عند الحرف ${p.at}: اكتب كلمات بينهما أو احذفهما.`,
  filter_negated: (p) => `لا يمكن استبعاد عامل تصفية ("-${p.filter}:"): احذف علامة الناقص.`,
  filter_needs_value: (p) => `يحتاج ${p.filter}: إلى قيمة بعد النقطتين مباشرة، مثل ${p.example}.`,
  nothing_to_exclude: (p) => `لا شيء بعد علامة الناقص عند الحرف ${p.at}: اكتب الكلمة المستبعدة ملاصقة للعلامة.`,
  or_needs_words: (p) => `تحتاج «${p.operator}» إلى كلمة على كل جانب، مثل: قطر OR الكويت.`,
  or_at_end: (p) => `تحتاج «${p.operator}» في آخر الاستعلام إلى كلمة بعدها.`,
  or_with_filter: (p) => `لا تربط OR عامل تصفية (${p.filter}:)؛ عوامل التصفية تنطبق على الاستعلام كله.`,
  excluded_in_or: () => 'لا تدخل كلمة مستبعدة (-كلمة) في OR؛ اكتب البدائل بلا علامة الناقص.',
  too_many_words: (p) => `الكلمات كثيرة (أكثر من ${p.max})؛ اختصر الاستعلام.`,
  only_exclusions: () => 'أضف كلمة واحدة على الأقل للبحث عنها: الكلمات المستبعدة (-كلمة) تضيّق البحث فقط.',
  bad_lang: (p) => `يتوقع ${p.filter}: رمز لغة مثل ar أو en، لا «${p.value}».`,
  two_langs: () => 'لا يقبل الاستعلام إلا عامل لغة واحداً (lang:).',
  bad_date: (p) => `يتوقع ${p.filter}: تاريخاً مثل 2026-03-01 (أو 2026-03، أو 2026)، لا «${p.value}».`,
  dates_reversed: () => 'بداية الفترة (from:) بعد نهايتها (to:)؛ بدّل التاريخين.',
  all_words_common: () => 'كل كلمات الاستعلام شائعة جداً فلا يُبحث عنها؛ أضف كلمة أكثر تحديداً.',
  cursor_invalid: () => 'رابط صفحة النتائج هذا لم يعد صالحاً لهذا الاستعلام: ابدأ من الصفحة الأولى.',
};

const NOTICES: Texts<SearchNoticeCode> = {
  common_words_ignored: (p) => `تجاهلنا كلمات شائعة جداً لا يُبحث عنها: ${p.words}`,
  unknown_source: (p) => `لا يوجد مصدر يطابق «${p.value}».`,
  unknown_entity: (p) => `لا يوجد شخص أو مكان أو منظمة معروفة تطابق «${p.value}».`,
};

export function errorMessage(code: SearchErrorCode, params: MessageParams = {}): string {
  return ERRORS[code](params);
}

export function searchNotice(code: SearchNoticeCode, params: MessageParams = {}): SearchNotice {
  return { code, message: NOTICES[code](params), params };
}
