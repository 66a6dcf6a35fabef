// Named entities in Arabic news: gazetteer matching on normalized text (clitics allowed, longest match first), ministries,
// title + name ("وزير الخارجية الروسي سيرغي لافروف") and speech verb + unknown name patterns.
// Offsets always point into the ORIGINAL text: matching runs on a normalized copy that remembers where each char came from.
import { normalize } from './normalize.ts';
import type { EntityKind, EntityMention, Token } from './types.ts';
import { BLOCK_PREFIX, loadGazetteer, type GazetteerEntry } from './gazetteer/gazetteer.ts';
import { FIRST_NAMES } from './gazetteer/first-names.ts';
import { KeyFilter } from './key-filter.ts';

// ---------------------------------------------------------------------------------------------------------------
// Normalized view with offsets

export interface NormalizedView {
  /** normalize(text), computed char by char. */
  norm: string;
  /** origin[i] = offset in the original text of the char that produced norm[i]; origin[norm.length] = text.length. */
  origin: Int32Array;
}

// Per code unit, how normalize() folds it: UNKNOWN until first seen, KEEP, REMOVE, a single replacement code unit
// (>= 0), or MULTI (the replacement string is in unitFold).
const UNKNOWN = -4;
const KEEP = -3;
const MULTI = -2;
const REMOVE = -1;
const unitFoldCode = new Int32Array(0x10000).fill(UNKNOWN);
const unitFold = new Map<number, string>();
const pairCache = new Map<string, string>();

function learnUnit(c: number): number {
  const ch = String.fromCharCode(c);
  const out = normalize(ch);
  let code: number;
  if (out === ch) code = KEEP;
  else if (out.length === 0) code = REMOVE;
  else if (out.length === 1) code = out.charCodeAt(0);
  else {
    code = MULTI;
    unitFold.set(c, out);
  }
  unitFoldCode[c] = code;
  return code;
}

const decoder = new TextDecoder('utf-16le');

/** normalize() with a map back to original offsets (per-char folding gives the same result as folding the whole string). */
export function normalizeWithOffsets(text: string): NormalizedView {
  const len = text.length;
  let out = new Uint16Array(len + 8);
  let origin: Int32Array = new Int32Array(len + 9);
  let n = 0;
  let i = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    let code = c >= 0xd800 && c <= 0xdbff ? MULTI : unitFoldCode[c];
    if (code === UNKNOWN) code = learnUnit(c);
    if (code === KEEP || code >= 0) {
      if (n + 1 >= out.length) {
        const bigger = new Uint16Array(out.length * 2);
        bigger.set(out);
        out = bigger;
        origin = grow(origin, bigger.length + 1);
      }
      out[n] = code === KEEP ? c : code;
      origin[n++] = i++;
      continue;
    }
    if (code === REMOVE) { i++; continue; }
    let rep: string;
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) {
      width = 2;
      const pair = text.slice(i, i + 2);
      rep = pairCache.get(pair) ?? normalize(pair);
      if (pairCache.size < 4096) pairCache.set(pair, rep);
    } else {
      rep = unitFold.get(c) ?? text[i];
    }
    if (n + rep.length + 1 >= out.length) {
      const bigger = new Uint16Array(Math.max(out.length * 2, n + rep.length + 8));
      bigger.set(out);
      out = bigger;
      origin = grow(origin, bigger.length + 1);
    }
    for (let k = 0; k < rep.length; k++) {
      out[n] = rep.charCodeAt(k);
      origin[n++] = i;
    }
    i += width;
  }
  origin[n] = len;
  return { norm: decoder.decode(out.subarray(0, n)), origin: origin.subarray(0, n + 1) };
}

function grow(a: Int32Array, min: number): Int32Array {
  const b = new Int32Array(Math.max(min, a.length * 2));
  b.set(a);
  return b;
}

// ---------------------------------------------------------------------------------------------------------------
// Words of the normalized view

export interface ViewWord {
  /** Normalized word. */
  n: string;
  /** Offsets in the normalized view. */
  s: number;
  e: number;
  /** Offsets in the original text (end covers trailing diacritics). */
  os: number;
  oe: number;
  /** True when only spaces/diacritics separate this word from the next (no punctuation, no line break). */
  joined: boolean;
}

const WORD_RE = /[0-9a-z\u00df-\u024f\u0621-\u063a\u0641-\u064a\u066e-\u06d3\u06fa-\u06ff]+/g;
const WORD_CHAR = (() => {
  const t = new Uint8Array(0x10000);
  const ranges: [number, number][] = [[0x30, 0x39], [0x61, 0x7a], [0xdf, 0x24f], [0x621, 0x63a], [0x641, 0x64a], [0x66e, 0x6d3], [0x6fa, 0x6ff]];
  for (const [a, b] of ranges) for (let c = a; c <= b; c++) t[c] = 1;
  return t;
})();

/** Spaces, diacritics, tatweel and bidi/zero-width marks: what may separate the words of one name. */
function isSoftGapChar(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || (c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640
    || (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

/** Words of a normalized view, with original offsets and whether each word runs straight into the next. */
export function viewWords(text: string, view: NormalizedView): ViewWord[] {
  const out: ViewWord[] = [];
  const norm = view.norm;
  const origin = view.origin;
  const len = norm.length;
  let i = 0;
  while (i < len) {
    if (WORD_CHAR[norm.charCodeAt(i)] === 0) { i++; continue; }
    const s = i;
    while (i < len && WORD_CHAR[norm.charCodeAt(i)] === 1) i++;
    out.push({ n: norm.slice(s, i), s, e: i, os: origin[s], oe: origin[i], joined: false });
  }
  for (let k = 0; k + 1 < out.length; k++) {
    const from = out[k].oe;
    const to = out[k + 1].os;
    let soft = to > from;
    for (let i = from; soft && i < to; i++) soft = isSoftGapChar(text.charCodeAt(i));
    out[k].joined = soft;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Gazetteer index: a Map keyed by the first normalized word, then a trie over the following words.

interface TrieNode {
  entry?: GazetteerEntry;
  /** The entry here came from a demonym stem: reachable after stripping the article from the text ("الروسي" → روسي). */
  demonym?: boolean;
  next?: Map<string, TrieNode>;
}

interface GazetteerIndex {
  first: Map<string, TrieNode>;
  /** The keys of `first`, as a filter asked before a clitic reading is built and looked up. */
  firstFilter: KeyFilter;
  byId: Map<string, GazetteerEntry>;
  /** Normalized form → ids that claimed it after the first (data mistakes; the first entry wins). */
  conflicts: Map<string, string[]>;
}

let index: GazetteerIndex | null = null;

function wordsOf(s: string): string[] {
  return normalize(s).match(WORD_RE) ?? [];
}

/** Feminine, dual and plural forms of a demonym stem ("روسي" → روسية، روسيان، روسيون ...). */
function demonymForms(stem: string): string[] {
  const s = normalize(stem);
  return [s, `${s}ه`, `${s}ون`, `${s}ين`, `${s}ان`, `${s}تان`, `${s}تين`];
}

function insert(idx: GazetteerIndex, words: string[], entry: GazetteerEntry, demonym = false): void {
  if (!words.length) return;
  let node = idx.first.get(words[0]);
  if (!node) idx.first.set(words[0], (node = {}));
  for (let k = 1; k < words.length; k++) {
    node.next ??= new Map();
    let child = node.next.get(words[k]);
    if (!child) node.next.set(words[k], (child = {}));
    node = child;
  }
  if (!node.entry) {
    node.entry = entry;
    node.demonym = demonym;
  } else if (node.entry.id !== entry.id) {
    const key = words.join(' ');
    const list = idx.conflicts.get(key) ?? [node.entry.id];
    if (!list.includes(entry.id)) list.push(entry.id);
    idx.conflicts.set(key, list);
  }
}

function buildIndex(): GazetteerIndex {
  const idx: GazetteerIndex = { first: new Map(), firstFilter: new KeyFilter([]), byId: new Map(), conflicts: new Map() };
  for (const entry of loadGazetteer()) {
    if (idx.byId.has(entry.id)) throw new Error(`gazetteer: duplicate id ${entry.id}`);
    idx.byId.set(entry.id, entry);
    for (const d of entry.demonyms) for (const f of demonymForms(d)) insert(idx, [f], entry, true);
    for (const words of entry.variants.map(wordsOf)) {
      // Forms are indexed as written; the matcher strips the article from the text, never from the data, so "الرياض"
      // does not turn into the first name "رياض".
      insert(idx, words, entry);
    }
  }
  idx.firstFilter = new KeyFilter(idx.first.keys());
  return idx;
}

function getIndex(): GazetteerIndex {
  index ??= buildIndex();
  return index;
}

/** The gazetteer entry behind a canonical id (e.g. to display the country of a mention). */
export function gazetteerEntry(id: string): GazetteerEntry | undefined {
  return getIndex().byId.get(id);
}

/** Normalized forms claimed by more than one entity (the first listed wins); exposed so tests can keep the data clean. */
export function gazetteerConflicts(): Map<string, string[]> {
  return getIndex().conflicts;
}

// ---------------------------------------------------------------------------------------------------------------
// Clitics

interface Remainder {
  rest: string;
  /** Normalized chars stripped before the name (excluded from the surface). */
  skip: number;
}

interface CliticPrefix {
  prefix: string;
  /** The prefix ends with the article: only demonyms may follow (the data spells names with their article). */
  article: boolean;
  /** Chars of the prefix left out of the surface (conjunction and preposition, not the article). */
  skip: number;
  /** What replaces the prefix in the remainder ("لل" → "ال"). */
  replace: string;
}

// و/ف, then ب/ل/ك, then ال; "لل" is ل + ال with the alef dropped. Least stripping first.
const CLITIC_PREFIXES: CliticPrefix[] = (() => {
  const out: CliticPrefix[] = [];
  for (const conj of ['', 'و', 'ف']) {
    for (const prep of ['', 'ب', 'ل', 'ك']) {
      out.push({ prefix: conj + prep, skip: conj.length + prep.length, replace: '', article: false });
      out.push({ prefix: `${conj}${prep}ال`, skip: conj.length + prep.length, replace: '', article: true });
    }
    out.push({ prefix: `${conj}لل`, skip: conj.length, replace: 'ال', article: false });
    out.push({ prefix: `${conj}لل`, skip: conj.length, replace: '', article: true });
  }
  return out.sort((a, b) => a.prefix.length - b.prefix.length);
})();

const NO_PREFIX: CliticPrefix[] = [CLITIC_PREFIXES[0]];
// Most words start with a letter no clitic starts with: they only need the bare lookup.
const PREFIXES_BY_FIRST = new Map<number, CliticPrefix[]>();
for (const p of CLITIC_PREFIXES) {
  if (!p.prefix) continue;
  const c = p.prefix.charCodeAt(0);
  const list = PREFIXES_BY_FIRST.get(c) ?? [...NO_PREFIX];
  list.push(p);
  PREFIXES_BY_FIRST.set(c, list);
}

function prefixesFor(w: string): CliticPrefix[] {
  return PREFIXES_BY_FIRST.get(w.charCodeAt(0)) ?? NO_PREFIX;
}

/** A word and what is left of it after optional و/ف, ب/ل/ك and ال (least stripping first). */
export function cliticRemainders(w: string): Remainder[] {
  const out: Remainder[] = [];
  for (const p of prefixesFor(w)) {
    if (p.prefix && !w.startsWith(p.prefix)) continue;
    if (w.length - p.prefix.length < 2) continue;
    out.push({ rest: p.replace + w.slice(p.prefix.length), skip: p.skip });
  }
  return out;
}

/** The least-stripped remainder of `w` accepted by `has`, without allocating for the words that have none. */
function cliticHit(w: string, set: { has(key: string): boolean }, filter?: KeyFilter): Remainder | null {
  for (const p of prefixesFor(w)) {
    if (p.prefix && !w.startsWith(p.prefix)) continue;
    if (w.length - p.prefix.length < 2) continue;
    if (filter && !filter.mayHave(w, p.prefix.length, p.replace)) continue;
    const rest = p.prefix ? p.replace + w.slice(p.prefix.length) : w;
    if (set.has(rest)) return { rest, skip: p.skip };
  }
  return null;
}

function stripConj(w: string): string {
  return (w.startsWith('و') || w.startsWith('ف')) && w.length > 3 ? w.slice(1) : w;
}

// ---------------------------------------------------------------------------------------------------------------
// Word lists for the patterns (normalized forms)

const n = (list: string): Set<string> => new Set(list.trim().split(/\s+/).map((w) => normalize(w)));

/** Ministries: key word after "وزارة"/"وزير" → slug of the id. */
const MINISTRIES: Record<string, string> = {
  'الخارجيه': 'foreign-affairs', 'الدفاع': 'defence', 'الداخليه': 'interior', 'الماليه': 'finance', 'العدل': 'justice',
  'الصحه': 'health', 'الاعلام': 'information', 'الطاقه': 'energy', 'النفط': 'oil', 'التجاره': 'trade',
  'الاقتصاد': 'economy', 'التعليم': 'education', 'التربيه': 'education', 'الزراعه': 'agriculture', 'النقل': 'transport',
  'الخزانه': 'treasury', 'الحرب': 'war', 'الثقافه': 'culture', 'السياحه': 'tourism', 'العمل': 'labour',
  'الاتصالات': 'communications', 'الشءون': 'affairs', 'الاوقاف': 'endowments', 'الصناعه': 'industry', 'البيءه': 'environment',
};
const MINISTRY_DISPLAY: Record<string, string> = {};
const MINISTRY_WORDS = new Set(['وزاره', ...Object.keys(MINISTRIES)]);
const MINISTRY_FILTER = new KeyFilter(MINISTRY_WORDS);

const SPEECH_VERBS = n(`قال قالت أضاف أضافت أكد أكدت أشار أشارت صرح صرحت أوضح أوضحت لفت لفتت تابع تابعت ذكر ذكرت
  شدد شددت اعتبر اعتبرت حذر حذرت أعلن أعلنت كتب كتبت رأى رأت دعا دعت نفى نفت أفاد أفادت أردف أردفت علق علقت
  يقول تقول يضيف تضيف يرى ترى أبلغ أبلغت أوضح استطرد استدرك ختم وصف وصفت طالب طالبت`);

/**
 * Titles that are also everyday nouns ("رحيل الزميل", "الفقيد برحمته"): a name after them must open with a given name
 * ("الشهيد ممدوح مسفر المسيلي", "الإعلامي سعود الدوسري"), or the next words would be read as one.
 */
const WEAK_TITLES = `الإعلامي|الإعلامية|المذيع|المذيعة|الممثل|الممثلة|المطرب|المطربة|الداعية|المهندس|المهندسة|الزميل|الزميلة|
الراحل|الراحلة|الفقيد|الفقيدة|الشهيد|العريف|الرقيب|الجندي|الملازم|الوكيل|المعلم|المعلمة|الرقيب أول|العريف أول|الجندي أول|
الوكيل أول|الملازم أول`;
const WEAK_TITLE_FIRST = new Set(WEAK_TITLES.split('|').map((t) => wordsOf(t)[0]!));

/** Titles that can stand right before a name. Multiword titles are matched word by word. */
const TITLES: string[][] = `
وزير|وزيرة|الوزير|الوزيرة|رئيس|رئيسة|الرئيس|الرئيسة|رئيس الوزراء|رئيسة الوزراء|رئيس الحكومة|رئيسة الحكومة|
رئيس الجمهورية|رئيس البرلمان|رئيس مجلس النواب|رئيس مجلس الشيوخ|رئيس مجلس السيادة|رئيس المجلس الرئاسي|نائب الرئيس|
نائب رئيس|نائبة الرئيس|الملك|العاهل|الأمير|ولي العهد|أمير|السلطان|الشيخ|المستشار|المستشارة|الأمين العام|أمين عام|
المتحدث باسم|المتحدثة باسم|الناطق باسم|الناطقة باسم|المتحدث الرسمي باسم|السفير|السفيرة|سفير|سفيرة|المبعوث|المبعوثة|مبعوث|
مبعوثة|المندوب|المندوبة|مندوب|مندوبة|مستشار|مستشارة|مستشار الأمن القومي|قائد|القائد|رئيس أركان|رئيس الأركان|
الجنرال|اللواء|العميد|العقيد|المشير|الأدميرال|زعيم|الزعيم|رئيس حركة|رئيس المكتب السياسي|النائب|
السيناتور|عضو الكونغرس|عضو مجلس الشيوخ|المرشد|المرشد الأعلى|رئيس الوزراء السابق|الرئيس السابق|المفوض|المفوضة|
المفوض السامي|المدير العام|مدير|مديرة|المدير|المديرة|محافظ|المحافظ|المدير التنفيذي|الرئيس التنفيذي|رئيسة|الأمينة العامة|حاكم|الحاكم|رئيس بلدية|عمدة|القيادي|القيادي في|المنسق|المنسقة|
المتحدث|المتحدثة|الناطق|الناطقة|مؤسس|مؤسسة|المؤسس|مدرب|المدرب|مدربة|المدير الفني|الخبير|الخبيرة|خبير|خبيرة|
الباحث|الباحثة|المحلل|المحللة|الكاتب|الكاتبة|الصحفي|الصحفية|الصحافي|الصحافية|المخرج|المخرجة|الفنان|الفنانة|
اللاعب|اللاعبة|النجم|عميد|العميد|الأستاذ|الأستاذة|البروفيسور|الناشط|الناشطة|المحامي|المحامية|القاضي|القاضية|
رئيس قسم|رئيسة قسم|نقيب|النقيب|الروائي|الروائية|الشاعر|الشاعرة|المؤرخ|المؤرخة|الطبيب|الطبيبة|الدكتور|الدكتورة|
${WEAK_TITLES}`.split('|').map((t) => wordsOf(t)).filter((w) => w.length > 0);

const TITLE_FIRST = new Map<string, string[][]>();
for (const t of TITLES) {
  const list = TITLE_FIRST.get(t[0]) ?? [];
  list.push(t);
  TITLE_FIRST.set(t[0], list);
}
for (const t of TITLE_FIRST.values()) t.sort((a, b) => b.length - a.length);
const TITLE_FILTER = new KeyFilter(TITLE_FIRST.keys());

const NAME_JOINERS = n('بن ابن بنت أبو أبي أم عبد آل ولد');

/** Words that cannot be part of a person's name right after a title or a speech verb. */
const NOT_NAME = n(`
في على من إلى الى عن مع بعد قبل أثناء خلال عقب إثر اثر حول بشأن ضد عبر لدى منذ حتى ثم أو أم لكن بل كما إذ إذا لو لا لم لن
ما ماذا هل قد لقد هو هي هم هما نحن أنا أنت هذا هذه ذلك تلك هؤلاء الذين التي الذي اللذين إن أن ان بأن لأن كل بعض غير عدة
أي جميع أكثر أقل بين تحت فوق أمام خلف داخل خارج نحو عند وفق وفقا حسب بحسب نقلا عنه عنها له لها لهم به بها فيه فيها منه منها
إنه إنها أنه أنها إنهم أنهم بيان بيانا البيان تصريح تصريحات كلمة كلمته كلمتها مؤتمر مؤتمرا لقاء اجتماع زيارة اتصال اتصالا
هاتفي هاتفيا مقابلة حديث تغريدة منشور يوم أمس اليوم غدا الليلة صباح مساء ظهر مسؤول مسؤولة مسؤولون مسؤولين مصدر مصادر
شهود شاهد سكان ناشطون ناشط مراسل مراسلنا خبراء خبير محللون محلل تقرير تقارير وزير رئيس نائب قائد متحدث ناطق أيضا كذلك
مجددا سابقا لاحقا حاليا رسميا مؤخرا أخيرا أولا أول للصحفيين للصحافيين لوسائل وسائل عدد أحد إحدى طبيب مسعف جندي ضابط مقاتل
قيادي عضو باحث أستاذ مدير موظف سفير دبلوماسي صحفي صحافي أمين زعيم مستشار مواطن مواطنون عام عاما السابق الجديد قوله
قولها إنّ يجب يمكن كان كانت يكون تكون ليس ليست أصبح بات ظل مازال لايزال سوف سيتم تم جرى الأحد الاثنين الإثنين الثلاثاء
الأربعاء الخميس الجمعة السبت يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر اليوم ذاته
نفسه نفسها جانبه جانبها ناحيته بدوره بدورها وقت الوقت لوكالة لقناة لصحيفة لموقع لشبكة لتلفزيون لإذاعة الصحفي حين حيث
بينما عندما لما كيف أين متى لماذا لذلك ذلك جهته جهتها طرفه طرفها هنا هناك الآن مرة شيء أمر الأمر رغم برغم مقابل
`);

/** Institutions and common nouns that follow a title or a verb but never start a name. */
const INSTITUTIONS = n(`
هيئة لجنة إدارة مجلس وزارة مركز جامعة بعثة مشروع شركة منظمة جمعية نقابة اتحاد مؤسسة فريق منتخب نادي صحيفة وكالة
قناة موقع حكومة دائرة مصلحة سلطة محكمة نيابة بلدية محافظة ولاية معهد كلية مدرسة مستشفى برنامج صندوق بنك مصرف حزب
حركة تيار جبهة ائتلاف كتلة تحالف قوات جيش شرطة أمن مكتب قسم مديرية مرصد معرض مهرجان مؤتمر منتدى مبادرة حملة خطة
معلومات بيانات مصادر أوساط دوائر جهات أطراف رواد وسطاء صانعي مؤسس مؤسسة عميد أعضاء عضو سكان أهالي أهل عائلة عائلات
أسرة أسر ذوي طلاب طلبة عمال موظفي موظفو مسؤولو مسؤولي قادة قيادات نشطاء ناشطو خبراء باحثو محللو تقارير دراسة
ورقة بحث استطلاع نتائج أرقام إحصاءات`);
const HONORIFICS = n('الدكتور الدكتورة دكتور المهندس المهندسة الشيخ الشيخة السيد السيدة الأستاذ الأستاذة الحاج الحاجة الركن ركن');
/**
 * What the title matcher read as a name after a title on two SaudiNewsNet days, about 400 times. Part of the title,
 * never of a name: a region's noun ("أمير منطقة عسير"), a region the gazetteer leaves out ("أمير عسير"), a department.
 */
const NEVER_NAME = n(`منطقة بمنطقة لمنطقة محافظة بمحافظة لمحافظة مدينة بمدينة قرية شرطة بشرطة لشرطة جوازات لشركة بشركة
  برامج عسير جازان نجران`);
/**
 * ... and where the title ends without a name: what the official did ("يعتمد ترسية", "أرسل رسالة"), an occasion or a
 * manner ("بمناسبة ذكرى", "بشكل كبير", "كأفضل لاعب").
 */
const TITLE_ENDERS = n(`حيال كأفضل لإيقاف بمناسبة بشكل مادة دفعة يوجه يعتمد يصدر يدشن يطلق يشرف يرعى يستقبل يزور يفتتح
  ينقل يعزي يهنئ يكرم يلتقي يبحث يدعو تدعو يرأس يتفقد يقلد يشيد يثمن أرسل وقع وقعت بتأمين بمتابعة برقية معهم بشدة
  كتجربة وحيوية`);
const GIVEN_NAMES = n(FIRST_NAMES);
// "عبد" names are often written as one word or two: both "عبدالله" and "عبد الله" open a name.
const NAME_OPENERS = new Set([...GIVEN_NAMES, normalize('عبد'), normalize('أبو'), normalize('أم')]);

function isNameWord(w: string): boolean {
  if (w.length < 2 || /[0-9]/.test(w) || /[a-z]/.test(w)) return false;
  if (NOT_NAME.has(w) || SPEECH_VERBS.has(w) || INSTITUTIONS.has(w) || HONORIFICS.has(w) || NEVER_NAME.has(w) || TITLE_ENDERS.has(w)) return false;
  // A preposition glued to an article ("للأنفاق", "بالعاصمة") starts a phrase, not a name.
  if (/^(لل|بال|كال|وال|فال|وبال|ولل)/.test(w)) return false;
  // ... and one glued to an institution ("لشركة", "بنادي") names the institution next.
  if (/^[لبك]/.test(w) && INSTITUTIONS.has(w.slice(1))) return false;
  const bare = stripConj(w);
  if (bare !== w && (NOT_NAME.has(bare) || SPEECH_VERBS.has(bare) || TITLE_FIRST.has(bare) || INSTITUTIONS.has(bare) || NEVER_NAME.has(bare) || TITLE_ENDERS.has(bare))) return false;
  if (TITLE_FIRST.has(w)) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------------------------
// Matching

interface Match {
  i0: number;
  /** Exclusive word index. */
  i1: number;
  skip: number;
  mention: EntityMention;
}

function mentionFrom(text: string, view: NormalizedView, words: ViewWord[], i0: number, i1: number, skip: number,
  id: string, kind: EntityKind, name: string): EntityMention {
  const start = view.origin[words[i0].s + skip];
  const end = words[i1 - 1].oe;
  return { id, kind, name, surface: text.slice(start, end), start, end };
}

function gazetteerMatches(text: string, view: NormalizedView, words: ViewWord[]): (Match | undefined)[] {
  const idx = getIndex();
  const at: (Match | undefined)[] = new Array(words.length);
  for (let i = 0; i < words.length; i++) {
    let best: { end: number; entry: GazetteerEntry; skip: number } | null = null;
    const w = words[i].n;
    for (const p of prefixesFor(w)) {
      if (p.prefix && !w.startsWith(p.prefix)) continue;
      if (w.length - p.prefix.length < 2) continue;
      if (!idx.firstFilter.mayHave(w, p.prefix.length, p.replace)) continue;
      let node = idx.first.get(p.prefix ? p.replace + w.slice(p.prefix.length) : w);
      let j = i;
      while (node) {
        const ok = node.entry && (!p.article || (node.demonym && j === i));
        if (ok && (!best || j + 1 > best.end)) best = { end: j + 1, entry: node.entry!, skip: p.skip };
        if (!node.next || !words[j].joined || j + 1 >= words.length) break;
        node = node.next.get(words[j + 1].n);
        j++;
      }
    }
    if (best && best.entry.id.startsWith(BLOCK_PREFIX)) {
      i = best.end - 1;
      continue;
    }
    if (best) {
      const e = best.entry;
      const mention = mentionFrom(text, view, words, i, best.end, best.skip, e.id, e.kind, e.name);
      if (e.role) mention.role = e.role;
      if (e.country) mention.country = e.country;
      at[i] = { i0: i, i1: best.end, skip: best.skip, mention };
      i = best.end - 1;
    }
  }
  return at;
}

function countryOf(m: Match | undefined): string | undefined {
  if (!m) return undefined;
  const e = getIndex().byId.get(m.mention.id);
  if (e && e.kind === 'place' && !e.country) return e.id;
  return undefined;
}

function countryDisplay(countryId: string, feminine: boolean): string {
  const e = getIndex().byId.get(countryId);
  if (!e) return '';
  if (feminine && e.demonyms.length) return `ال${e.demonyms[0]}ة`;
  return `في ${e.name}`;
}

/** "وزارة الدفاع في أوزبكستان", "وزارة الخارجية الروسية", "الخارجية الأمريكية" → ministry of that country. */
function ministryMatches(text: string, view: NormalizedView, words: ViewWord[], at: (Match | undefined)[]): void {
  for (let i = 0; i < words.length; i++) {
    if (at[i]) { i = at[i]!.i1 - 1; continue; }
    const hit = cliticHit(words[i].n, MINISTRY_WORDS, MINISTRY_FILTER);
    if (!hit) continue;
    const w = hit.rest;
    const skip = hit.skip;
    let keyAt = i;
    const explicit = w === 'وزاره';
    if (explicit) {
      if (!words[i].joined || i + 1 >= words.length) continue;
      keyAt = i + 1;
    }
    const key = words[keyAt].n;
    const slug = Object.hasOwn(MINISTRIES, key) ? MINISTRIES[key] : undefined;
    if (!slug || at[keyAt]) continue;
    // Country: a demonym/country right after, or "في <country>".
    let country: string | undefined;
    let feminine = false;
    const after = keyAt + 1;
    if (words[keyAt].joined && at[after]) {
      country = countryOf(at[after]);
      feminine = /ه$/.test(words[after].n);
    } else if (words[keyAt].joined && words[after]?.n === 'في' && words[after].joined && at[after + 1]) {
      country = countryOf(at[after + 1]);
    }
    // Without "وزارة", only "الخارجية الروسية" (feminine adjective) reads as the ministry.
    if (!explicit && !(country && feminine)) continue;
    const keyDisplay = text.slice(words[keyAt].os, words[keyAt].oe);
    MINISTRY_DISPLAY[key] ??= keyDisplay;
    const c = country ? getIndex().byId.get(country) : undefined;
    const id = c ? `org:${c.id.slice(6)}-ministry-of-${slug}` : `org:~${normalize(`وزارة ${keyDisplay}`)}`;
    const name = c ? `وزارة ${keyDisplay} ${countryDisplay(c.id, true)}` : `وزارة ${keyDisplay}`;
    const mention = mentionFrom(text, view, words, i, keyAt + 1, skip, id, 'org', name.trim());
    if (c) mention.country = c.id;
    at[i] = { i0: i, i1: keyAt + 1, skip, mention };
    i = keyAt;
  }
}

/** Up to 3 name words (joiners free) starting at i; returns the exclusive end or -1. */
function unknownNameEnd(words: ViewWord[], at: (Match | undefined)[], i: number, minWords: number): number {
  let k = i;
  let content = 0;
  while (k < words.length && content < 3) {
    if (at[k]) break;
    const w = words[k].n;
    if (NAME_JOINERS.has(w) && content > 0 && words[k].joined) { k++; continue; }
    if (!isNameWord(w)) break;
    // A name starts with a given name, not with the article; an "al-" word ends it.
    const article = w.startsWith('ال') && !(k > i && NAME_JOINERS.has(words[k - 1].n));
    if (article && content === 0) break;
    content++;
    k++;
    if (article) break;
    if (!words[k - 1].joined) break;
  }
  while (k > i && NAME_JOINERS.has(words[k - 1].n)) k--;
  // "ابن الــ" (the article with tatweel folds to "ال", which is also the joiner "آل") strips back to nothing; an empty
  // name would send the callers' scans back to where they started, forever.
  if (k <= i || content < minWords) return -1;
  // An "al-" surname comes after a given name ("سليم النابلسي"); after any other word it is a noun phrase ("ذاتي القيادة").
  if (!NAME_OPENERS.has(words[i].n)) {
    for (let j = i + 1; j < k; j++) if (words[j].n.startsWith('ال') && !NAME_JOINERS.has(words[j - 1].n)) return -1;
  }
  return k;
}

/** The id prefix of a person the gazetteer does not know, found by a title or a speech verb: `person:~<normalized name>`. */
export const UNKNOWN_PERSON = 'person:~';

function unknownPerson(text: string, view: NormalizedView, words: ViewWord[], i0: number, i1: number): Match {
  const key = words.slice(i0, i1).map((w) => w.n).join(' ');
  const mention = mentionFrom(text, view, words, i0, i1, 0, `${UNKNOWN_PERSON}${key}`, 'person', text.slice(words[i0].os, words[i1 - 1].oe));
  return { i0, i1, skip: 0, mention };
}

/** True when the normalized `word` opens a person's name: a given name, or عبد / أبو / أم. */
export function opensName(word: string): boolean {
  return NAME_OPENERS.has(word);
}

/** True when `word` (clitics allowed) opens a title such as "وزير" or "المتحدث باسم". */
export function isTitleWord(word: string): boolean {
  return cliticHit(normalize(word), TITLE_FIRST, TITLE_FILTER) !== null;
}

function titleAt(words: ViewWord[], i: number): { end: number; skip: number; first: string } | null {
  const r = cliticHit(words[i].n, TITLE_FIRST, TITLE_FILTER);
  if (r && (r.rest === words[i].n || r.rest.length >= 3)) {
    const list = TITLE_FIRST.get(r.rest)!;
    for (const t of list) {
      let ok = true;
      for (let k = 1; k < t.length; k++) {
        if (!words[i + k - 1]?.joined || words[i + k]?.n !== t[k]) { ok = false; break; }
      }
      if (ok) return { end: i + t.length, skip: r.skip, first: r.rest };
    }
  }
  return null;
}

/** Title (+ role words, organisations, country, parenthesis) + name → role and country on the person. */
function titleMatches(text: string, view: NormalizedView, words: ViewWord[], at: (Match | undefined)[]): void {
  for (let i = 0; i < words.length; i++) {
    if (at[i]) { i = at[i]!.i1 - 1; continue; }
    const title = titleAt(words, i);
    if (!title) continue;
    const weak = WEAK_TITLE_FIRST.has(title.first);
    let k = title.end;
    let roleEnd = title.end;
    let country: string | undefined;
    // "المتحدثة باسم الخارجية الأمريكية": the organisation's country when the title names no country itself.
    let orgCountry: string | undefined;
    let steps = 0;
    let plainWords = 0;
    let found: Match | undefined;
    while (k < words.length && steps < 8) {
      const prevJoined = words[k - 1].joined;
      const gap = text.slice(words[k - 1].oe, words[k].os);
      // Only a parenthetical aside or spaces may separate the parts of the title from the name.
      if (!prevJoined && !/^\s*\(?\s*$|^\s*\)\s*\(?\s*$|^\s*\)?\s*$/.test(gap)) break;
      const m = at[k];
      if (m && m.mention.kind === 'person') { found = m; break; }
      if (m) {
        const c = countryOf(m);
        if (c) country ??= c;
        else if (!country) {
          roleEnd = m.i1;
          orgCountry ??= m.mention.country;
        }
        k = m.i1;
        steps++;
        continue;
      }
      if (gap.includes('(')) {
        // Skip the aside.
        let j = k;
        while (j < words.length && !text.slice(words[j].oe, words[j + 1]?.os ?? text.length).includes(')')) j++;
        k = j + 1;
        steps++;
        continue;
      }
      const end = unknownNameEnd(words, at, k, 2);
      if (end > 0 && (country || steps === 0 || k > title.end) && (!weak || NAME_OPENERS.has(words[k].n))) {
        found = unknownPerson(text, view, words, k, end);
        at[k] = found;
        break;
      }
      const w = words[k].n;
      if (w === 'في' && at[k + 1] && countryOf(at[k + 1])) { country ??= countryOf(at[k + 1]); k += 2; steps++; continue; }
      if (NOT_NAME.has(w) && w !== 'السابق' && w !== 'الجديد' && w !== 'عام' && w !== 'العام') break;
      if (SPEECH_VERBS.has(stripConj(w)) || TITLE_ENDERS.has(stripConj(w))) break;
      if (HONORIFICS.has(w)) { k++; continue; }
      if (++plainWords > 4) break;
      if (!country) roleEnd = k + 1;
      k++;
      steps++;
    }
    if (!found) continue;
    const roleStart = view.origin[words[i].s + title.skip];
    found.mention.role = text.slice(roleStart, words[roleEnd - 1].oe);
    if (country ?? orgCountry) found.mention.country = country ?? orgCountry;
    i = found.i1 - 1;
  }
}

/** Speech verb + unknown 2-3 word name ("وقال محمد الحلبوسي إن ...") → person:~name. */
function speechVerbMatches(text: string, view: NormalizedView, words: ViewWord[], at: (Match | undefined)[]): void {
  for (let i = 0; i + 1 < words.length; i++) {
    if (at[i]) { i = at[i]!.i1 - 1; continue; }
    if (!words[i].joined || !SPEECH_VERBS.has(stripConj(words[i].n)) && !SPEECH_VERBS.has(words[i].n)) continue;
    if (at[i + 1] || !NAME_OPENERS.has(words[i + 1].n)) continue;
    const end = unknownNameEnd(words, at, i + 1, 2);
    if (end < 0) continue;
    at[i + 1] = unknownPerson(text, view, words, i + 1, end);
    i = end - 1;
  }
}

/** Later bare surnames of people first met with a full name ("كريم التازي" ... "وقال التازي") get the same id. */
function surnameMatches(text: string, view: NormalizedView, words: ViewWord[], at: (Match | undefined)[]): void {
  const bySurname = new Map<string, EntityMention>();
  for (let i = 0; i < words.length; i++) {
    const m = at[i];
    if (m) {
      // Only for people the gazetteer does not know: its entries list their safe surnames themselves, and leave out
      // the ones that are everyday words ("سلام", "عون").
      if (m.mention.id.startsWith(UNKNOWN_PERSON) && m.i1 - m.i0 >= 2) {
        const last = words[m.i1 - 1].n;
        if (last.length >= 4 && !GIVEN_NAMES.has(last) && !bySurname.has(last)) bySurname.set(last, m.mention);
      }
      i = m.i1 - 1;
      continue;
    }
    if (!bySurname.size) continue;
    const hit = cliticHit(words[i].n, bySurname);
    if (!hit) continue;
    const person = bySurname.get(hit.rest)!;
    const mention = mentionFrom(text, view, words, i, i + 1, hit.skip, person.id, 'person', person.name);
    if (person.role) mention.role = person.role;
    if (person.country) mention.country = person.country;
    at[i] = { i0: i, i1: i + 1, skip: hit.skip, mention };
  }
}

/** Words that join a given name to the rest of the name: "تركي بن طلال", "تركي آل الشيخ". */
const NAME_LINKS = n('بن ابن آل');

/** The given names of the name chain ending at word `j`: "عادل بن أحمد" → عادل, أحمد. */
function givenChain(words: ViewWord[], at: (Match | undefined)[], j: number): string[] {
  const out: string[] = [];
  for (let k = j; k >= 0 && !at[k]; k -= 2) {
    const g = givenName(words[k].n);
    if (!g) break;
    out.push(g);
    if (k < 2 || !words[k - 1].joined || !words[k - 2].joined || !NAME_LINKS.has(words[k - 1].n)) break;
  }
  return out;
}

/** Whether a known person's own name holds one of these given names ("عادل بن أحمد الجبير" is Adel al-Jubeir). */
function sameNamed(id: string, given: string[]): boolean {
  const e = getIndex().byId.get(id);
  return e !== undefined && e.variants.some((v) => wordsOf(v).some((w) => given.includes(w)));
}

/** "على" (on), which normalization makes "علي" (Ali). */
function isPreposition(text: string, w: ViewWord): boolean {
  return text.charCodeAt(w.oe - 1) === 0x649 && w.oe - w.os === 3;
}

/** The word as a given name, with a conjunction stripped when the word itself is none ("وتركي"; not "فايز"). */
function givenName(w: string): string | null {
  if (GIVEN_NAMES.has(w)) return w;
  const bare = stripConj(w);
  return bare !== w && GIVEN_NAMES.has(bare) ? bare : null;
}

/**
 * One-word gazetteer hits that are part of a person's name, not the entity:
 * - a family name after a given name ("منصور التركي", "فايز المالكي", "سليمان الأسد"): the interior ministry's
 *   spokesman quoted in every Saudi attack report is not Turkey, and a comedian named al-Maliki is not Iraq's former prime minister. A
 *   known person whose own name holds that given name keeps the hit ("بشار الأسد");
 * - a given name that is also a demonym ("تركي الشبانة", "الأمير تركي بن طلال") at the start of a clause or after a
 *   title or speech verb, followed by a name: there it opens a name; after a noun it is an adjective ("مصدر تركي").
 * The words stay free for the title and speech-verb matchers, which read the whole name as an unknown person.
 */
function dropFamilyNames(text: string, at: (Match | undefined)[], words: ViewWord[]): void {
  for (let i = 0; i < words.length; i++) {
    const m = at[i];
    if (!m || m.i1 - m.i0 !== 1 || m.mention.kind === 'org') continue;
    const prev = i > 0 && words[i - 1].joined && !at[i - 1] && !isPreposition(text, words[i - 1]) ? givenName(words[i - 1].n) : null;
    if (prev && words[i].n.startsWith('ال')) {
      // A place only in its nisba form ("التركي"): "أمين الرياض" is Riyadh's mayor, not a man named al-Riyadh.
      const drop = m.mention.kind === 'place'
        ? words[i].n.endsWith('ي') && m.skip === 0
        : !sameNamed(m.mention.id, givenChain(words, at, i - 1));
      if (drop) { at[i] = undefined; continue; }
    }
    const next = words[i].joined && i + 1 < words.length ? words[i + 1] : null;
    if (m.mention.kind === 'place' && givenName(words[i].n) && next && !at[i + 1] && (NAME_LINKS.has(next.n) || (next.n.startsWith('ال') && isNameWord(next.n)))) {
      const before = i === 0 || !words[i - 1].joined ? null : stripConj(words[i - 1].n);
      if (before === null || cliticHit(before, TITLE_FIRST, TITLE_FILTER) !== null || SPEECH_VERBS.has(before)) at[i] = undefined;
    }
  }
}

const SHADDA = '\u0651';
const DAMMA = '\u064f';

/**
 * "عمان" is both Oman (عُمان) and Amman (عمّان). Vowel marks decide when the writer left them; otherwise the rest of
 * the text does: Jordanian places and the Jordanian demonym point to Amman, Omani ones to Oman.
 */
function resolveOmanAmman(at: (Match | undefined)[], words: ViewWord[]): void {
  const ambiguous: Match[] = [];
  let jordan = 0;
  let oman = 0;
  for (const m of at) {
    if (!m) continue;
    const id = m.mention.id;
    const bare = id === 'place:oman' && m.i1 - m.i0 === 1 && words[m.i0].n.endsWith('عمان');
    if (bare) {
      const surface = m.mention.surface;
      if (surface.includes(SHADDA)) setAmman(m);
      else if (!surface.includes(`ع${DAMMA}`)) ambiguous.push(m);
      continue;
    }
    if (id === 'place:jordan' || m.mention.country === 'place:jordan') jordan++;
    if (id === 'place:oman' || m.mention.country === 'place:oman') oman++;
  }
  if (jordan > oman) for (const m of ambiguous) setAmman(m);
}

function setAmman(m: Match): void {
  const amman = getIndex().byId.get('place:amman');
  if (!amman) return;
  m.mention.id = amman.id;
  m.mention.name = 'عمّان';
  m.mention.country = amman.country;
}

/**
 * Entity mentions in `text`, in order. `tokens` is accepted for the pipeline's convenience but not needed: the matcher
 * scans its own normalized view so it can see clitics and multiword names across token boundaries.
 */
export function findEntities(text: string, tokens: Token[] = []): EntityMention[] {
  void tokens;
  if (typeof text !== 'string') throw new TypeError('findEntities: text must be a string');
  const view = normalizeWithOffsets(text);
  const words = viewWords(text, view);
  const at = gazetteerMatches(text, view, words);
  dropFamilyNames(text, at, words);
  resolveOmanAmman(at, words);
  ministryMatches(text, view, words, at);
  titleMatches(text, view, words, at);
  speechVerbMatches(text, view, words, at);
  surnameMatches(text, view, words, at);
  const out: EntityMention[] = [];
  for (const m of at) if (m) out.push(m.mention);
  return out;
}
