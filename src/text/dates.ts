// Dates in Arabic text: Gregorian months in the Egyptian/Gulf (يناير), Levantine/Iraqi (كانون الثاني) and Maghreb
// (جانفي، غشت) naming systems, Umm al-Qura Hijri dates, Arabic-Indic digits, weekdays and relative expressions
// resolved against a reference time. Parsing runs on the normalized text; mentions carry original offsets.
import { normalizeWithOffsets, type NormalizedView } from './entities.ts';
import { gregorianToHijri, hijriToGregorian } from './hijri.ts';
import type { DateMention } from './types.ts';
import { normalize } from './normalize.ts';

// ---------------------------------------------------------------------------------------------------------------
// Lexicon (display form, folded at load)

const GREGORIAN_MONTHS: [string, number][] = [
  ['يناير', 1], ['كانون الثاني', 1], ['جانفي', 1], ['جانفييه', 1], ['ينير', 1],
  ['فبراير', 2], ['شباط', 2], ['فيفري', 2], ['فبرير', 2],
  ['مارس', 3], ['آذار', 3],
  ['أبريل', 4], ['إبريل', 4], ['ابريل', 4], ['نيسان', 4], ['أفريل', 4],
  ['مايو', 5], ['أيار', 5], ['ماي', 5],
  ['يونيو', 6], ['يونية', 6], ['حزيران', 6], ['جوان', 6],
  ['يوليو', 7], ['يولية', 7], ['تموز', 7], ['جويلية', 7], ['يوليوز', 7],
  ['أغسطس', 8], ['اغسطس', 8], ['آب', 8], ['أوت', 8], ['غشت', 8],
  ['سبتمبر', 9], ['أيلول', 9], ['شتنبر', 9],
  ['أكتوبر', 10], ['تشرين الأول', 10],
  ['نوفمبر', 11], ['تشرين الثاني', 11], ['نونبر', 11],
  ['ديسمبر', 12], ['كانون الأول', 12], ['دجنبر', 12],
];

const HIJRI_MONTHS: [string, number][] = [
  ['محرم', 1], ['المحرم', 1], ['صفر', 2],
  ['ربيع الأول', 3], ['ربيع أول', 3], ['ربيع الآخر', 4], ['ربيع الثاني', 4], ['ربيع آخر', 4], ['ربيع ثاني', 4],
  ['جمادى الأولى', 5], ['جمادى الأول', 5], ['جمادى الآخرة', 6], ['جمادى الثانية', 6], ['جمادى الآخر', 6], ['جمادى الثاني', 6],
  ['رجب', 7], ['شعبان', 8], ['رمضان', 9], ['شوال', 10],
  ['ذو القعدة', 11], ['ذي القعدة', 11], ['ذا القعدة', 11], ['ذو الحجة', 12], ['ذي الحجة', 12], ['ذا الحجة', 12],
];

const WEEKDAYS: [string, number][] = [
  ['الأحد', 0], ['الاثنين', 1], ['الإثنين', 1], ['الثلاثاء', 2], ['الأربعاء', 3], ['الخميس', 4], ['الجمعة', 5], ['السبت', 6],
];
// After "يوم" the article may be missing ("يوم أحد" is rare, "يوم الأحد" common): both are accepted there.
const WEEKDAYS_BARE: [string, number][] = [
  ['أحد', 0], ['اثنين', 1], ['إثنين', 1], ['ثلاثاء', 2], ['أربعاء', 3], ['خميس', 4], ['جمعة', 5], ['سبت', 6],
];

const ORDINAL_UNITS = ['الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع', 'العاشر'];
const ORDINAL_TENS_UNITS = ['الحادي', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع'];

const NUMBER_WORDS: Record<string, number> = {
  'واحد': 1, 'واحدة': 1, 'اثنين': 2, 'اثنتين': 2, 'ثلاث': 3, 'ثلاثة': 3, 'أربع': 4, 'أربعة': 4, 'خمس': 5, 'خمسة': 5,
  'ست': 6, 'ستة': 6, 'سبع': 7, 'سبعة': 7, 'ثماني': 8, 'ثمانية': 8, 'ثمان': 8, 'تسع': 9, 'تسعة': 9, 'عشر': 10, 'عشرة': 10,
  'بضع': 3, 'بضعة': 3, 'عدة': 3,
};

type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';
/** unit word → [unit, count implied by the form (1 singular, 2 dual, 0 plural needing a number)] */
const UNIT_WORDS: [string, Unit, number][] = [
  ['ثانية', 'second', 1], ['ثانيتين', 'second', 2], ['ثانيتان', 'second', 2], ['ثوان', 'second', 0], ['ثواني', 'second', 0],
  ['دقيقة', 'minute', 1], ['دقيقتين', 'minute', 2], ['دقيقتان', 'minute', 2], ['دقائق', 'minute', 0],
  ['ساعة', 'hour', 1], ['ساعتين', 'hour', 2], ['ساعتان', 'hour', 2], ['ساعات', 'hour', 0],
  ['يوم', 'day', 1], ['يومين', 'day', 2], ['يومان', 'day', 2], ['أيام', 'day', 0],
  ['أسبوع', 'week', 1], ['أسبوعين', 'week', 2], ['أسبوعان', 'week', 2], ['أسابيع', 'week', 0],
  ['شهر', 'month', 1], ['شهرين', 'month', 2], ['شهران', 'month', 2], ['أشهر', 'month', 0], ['شهور', 'month', 0],
  ['سنة', 'year', 1], ['عام', 'year', 1], ['سنتين', 'year', 2], ['عامين', 'year', 2], ['سنوات', 'year', 0],
  ['أعوام', 'year', 0], ['سنين', 'year', 0],
];
/** A plural with no number ("منذ ساعات") is read as a few: 3. */
const FEW = 3;

const RELATIVE_DAYS: [string, number][] = [
  ['أمس', -1], ['الأمس', -1], ['البارحة', -1], ['أول أمس', -2], ['أمس الأول', -2], ['أول من أمس', -2],
  ['اليوم', 0], ['الليلة', 0], ['غدا', 1], ['غداً', 1], ['يوم غد', 1], ['بعد غد', 2], ['بعد غدٍ', 2],
];
const RELATIVE_PERIODS: [string, Unit, number][] = [
  ['الأسبوع الماضي', 'week', -1], ['الأسبوع المنصرم', 'week', -1], ['الأسبوع المقبل', 'week', 1], ['الأسبوع القادم', 'week', 1],
  ['الشهر الماضي', 'month', -1], ['الشهر المنصرم', 'month', -1], ['الشهر المقبل', 'month', 1], ['الشهر القادم', 'month', 1],
  ['العام الماضي', 'year', -1], ['السنة الماضية', 'year', -1], ['العام المنصرم', 'year', -1],
  ['العام المقبل', 'year', 1], ['العام القادم', 'year', 1], ['السنة المقبلة', 'year', 1], ['السنة القادمة', 'year', 1],
];

// "روسيا اليوم", "المصري اليوم", "اليوم السابع", "اليوم العالمي لـ": اليوم that is a name or another day.
const TODAY_NOT_AFTER = new Set(['روسيا', 'المصري', 'مصر', 'اخبار', 'فلسطين', 'السودان', 'لبنان', 'الجزاءر', 'تونس', 'عمان', 'الخليج', 'العراق', 'سوريا']);
const TODAY_NOT_BEFORE = new Set(['السابع', 'العالمي', 'الدولي', 'الوطني', 'التالي', 'السابق', 'الاول', 'الثاني', 'الثالث',
  'الاخير', 'نفسه', 'ذاته', 'الموعود', 'الموالي', 'الذي', 'من', 'الجديد', 'الوحيد']);
const TIME_OF_DAY = new Set(['صباح', 'مساء', 'ظهر', 'عصر', 'فجر', 'ليل', 'ليله', 'ظهيره', 'مطلع', 'منتصف', 'نهار', 'صبيحه']);
const HIJRI_SUFFIX = new Set(['ه', 'هجري', 'هجريه', 'للهجره', 'هجريا']);
const GREGORIAN_SUFFIX = new Set(['م', 'ميلادي', 'ميلاديه', 'للميلاد', 'ميلاديا']);
const APPROX = new Set(['نحو', 'حوالي', 'قرابه', 'زهاء', 'حوالى']);

type Lex<V> = Map<string, { words: string[]; value: V }[]>;

function lexicon<V>(pairs: [string, V][]): Lex<V> {
  const m: Lex<V> = new Map();
  for (const [display, value] of pairs) {
    const words = normalize(display).split(/\s+/).filter(Boolean);
    const list = m.get(words[0]) ?? [];
    list.push({ words, value });
    list.sort((a, b) => b.words.length - a.words.length);
    m.set(words[0], list);
  }
  return m;
}

const G_MONTHS = lexicon(GREGORIAN_MONTHS);
const H_MONTHS = lexicon(HIJRI_MONTHS);
const WEEKDAY_LEX = lexicon(WEEKDAYS);
const WEEKDAY_BARE_LEX = lexicon(WEEKDAYS_BARE);
const NUMBER_LEX = lexicon(Object.entries(NUMBER_WORDS));
const UNIT_LEX = lexicon(UNIT_WORDS.map(([w, u, c]) => [w, [u, c] as [Unit, number]]));
const RELATIVE_DAY_LEX = lexicon(RELATIVE_DAYS);
const RELATIVE_PERIOD_LEX = lexicon(RELATIVE_PERIODS.map(([w, u, c]) => [w, [u, c] as [Unit, number]]));

const ORDINAL_LEX: Lex<number> = (() => {
  const pairs: [string, number][] = ORDINAL_UNITS.map((w, k) => [w, k + 1]);
  pairs.push(['الحادي عشر', 11]);
  for (let k = 1; k < 9; k++) pairs.push([`${ORDINAL_UNITS[k]} عشر`, 11 + k]);
  pairs.push(['العشرين', 20], ['الثلاثين', 30]);
  for (let k = 0; k < 9; k++) {
    pairs.push([`${ORDINAL_TENS_UNITS[k]} والعشرين`, 21 + k]);
  }
  pairs.push(['الحادي والثلاثين', 31]);
  return lexicon(pairs);
})();

// ---------------------------------------------------------------------------------------------------------------
// Tokens of the normalized view

interface Tok {
  t: string;
  word: boolean;
  s: number;
  e: number;
}

const TOKEN_RE = /[0-9]+|[a-z\u0621-\u063a\u0641-\u064a\u066e-\u06d3]+|[/\-().:,]/g;

function tokensOf(norm: string): Tok[] {
  const out: Tok[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(norm); m; m = TOKEN_RE.exec(norm)) {
    const word = !(m[0].length === 1 && '/-().:,'.includes(m[0]));
    out.push({ t: m[0], word, s: m.index, e: m.index + m[0].length });
  }
  return out;
}

function lookup<V>(lex: Lex<V>, toks: Tok[], p: number, norm: string): { value: V; end: number } | null {
  const first = toks[p];
  if (!first || !first.word) return null;
  const list = lex.get(first.t);
  if (!list) return null;
  for (const cand of list) {
    let ok = true;
    for (let k = 1; k < cand.words.length; k++) {
      const tk = toks[p + k];
      if (!tk || !tk.word || tk.t !== cand.words[k] || /\n/.test(norm.slice(toks[p + k - 1].e, tk.s))) { ok = false; break; }
    }
    if (ok) return { value: cand.value, end: p + cand.words.length };
  }
  return null;
}

/** Same as lookup, also past a leading و/ف/ب/ل on the first word. */
function lookupClitic<V>(lex: Lex<V>, toks: Tok[], p: number, norm: string): { value: V; end: number; skip: number } | null {
  const hit = lookup(lex, toks, p, norm);
  if (hit) return { ...hit, skip: 0 };
  const tk = toks[p];
  if (!tk?.word || tk.t.length < 3) return null;
  for (const pre of ['و', 'ف', 'ب', 'ل', 'وب', 'ول', 'وفي']) {
    if (!tk.t.startsWith(pre)) continue;
    const saved = tk.t;
    tk.t = saved.slice(pre.length);
    const inner = lookup(lex, toks, p, norm);
    tk.t = saved;
    if (inner) return { ...inner, skip: pre.length };
  }
  return null;
}

function isInt(tk: Tok | undefined): boolean {
  return !!tk && /^[0-9]+$/.test(tk.t);
}

function adjacent(toks: Tok[], p: number): boolean {
  return toks[p + 1] !== undefined && toks[p].e === toks[p + 1].s;
}

// ---------------------------------------------------------------------------------------------------------------
// Calendar arithmetic (UTC)

const DAY_MS = 86_400_000;

function utcDay(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

function validYmd(y: number, m: number, d: number): Date | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1 || y > 9999) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 100) date.setUTCFullYear(y);
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? date : null;
}

function addUnits(ref: Date, unit: Unit, count: number): Date {
  const d = new Date(ref.getTime());
  switch (unit) {
    case 'second': return new Date(ref.getTime() + count * 1000);
    case 'minute': return new Date(ref.getTime() + count * 60_000);
    case 'hour': return new Date(ref.getTime() + count * 3_600_000);
    case 'day': return new Date(ref.getTime() + count * DAY_MS);
    case 'week': return new Date(ref.getTime() + count * 7 * DAY_MS);
    case 'month': {
      const day = d.getUTCDate();
      d.setUTCDate(1);
      d.setUTCMonth(d.getUTCMonth() + count);
      const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
      d.setUTCDate(Math.min(day, last));
      return d;
    }
    case 'year': {
      const day = d.getUTCDate();
      d.setUTCDate(1);
      d.setUTCFullYear(d.getUTCFullYear() + count);
      const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
      d.setUTCDate(Math.min(day, last));
      return d;
    }
  }
}

/** Year for a day and month given without one: whichever of last, this or next year lies closest to the reference. */
function nearestGregorian(month: number, day: number, ref: Date): Date | null {
  let best: Date | null = null;
  const y = ref.getUTCFullYear();
  for (const year of [y - 1, y, y + 1]) {
    const d = validYmd(year, month, day);
    if (d && (!best || Math.abs(d.getTime() - ref.getTime()) < Math.abs(best.getTime() - ref.getTime()))) best = d;
  }
  return best;
}

function nearestHijri(month: number, day: number, ref: Date): Date | null {
  let best: Date | null = null;
  const y = gregorianToHijri(ref).year;
  for (const year of [y - 1, y, y + 1]) {
    const d = hijriToGregorian(year, month, day);
    if (d && (!best || Math.abs(d.getTime() - ref.getTime()) < Math.abs(best.getTime() - ref.getTime()))) best = d;
  }
  return best;
}

/** The weekday on or before the reference day (news report past events by weekday), or strictly before/after. */
function weekdayNear(weekday: number, ref: Date, direction: -1 | 0 | 1): Date {
  const today = utcDay(ref);
  const dow = today.getUTCDay();
  let delta: number;
  if (direction === 1) delta = ((weekday - dow + 7) % 7) || 7;
  else {
    delta = -((dow - weekday + 7) % 7);
    if (direction === -1 && delta === 0) delta = -7;
  }
  return new Date(today.getTime() + delta * DAY_MS);
}

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------------------------------------------
// The scanner

interface Found {
  /** Token range. */
  p0: number;
  p1: number;
  /** First-token chars to leave out of the surface (a clitic). */
  skip: number;
  date: Date;
  /** True when the expression carries a time of day (relative hours/minutes or hh:mm). */
  timed: boolean;
  calendar: DateMention['calendar'];
  /** Month and year only: useful to parseArabicDate, not reported as a mention. */
  partial?: boolean;
  /** Looked like a date but names no real day: skipped. */
  invalid?: boolean;
}

interface MonthHit {
  month: number;
  hijri: boolean;
  end: number;
  skip: number;
}

/** "أغسطس", "سبتمبر/أيلول", "أغسطس (آب)", "شهر رمضان", "ربيع الأول". */
function monthAt(toks: Tok[], p: number, norm: string): MonthHit | null {
  let q = p;
  if (toks[q]?.t === 'شهر' || toks[q]?.t === 'لشهر' || toks[q]?.t === 'بشهر') q++;
  const g = lookupClitic(G_MONTHS, toks, q, norm);
  const h = g ? null : lookupClitic(H_MONTHS, toks, q, norm);
  const hit = g ?? h;
  if (!hit) return null;
  let end = hit.end;
  // A second name for the same month: "سبتمبر/أيلول", "أغسطس - آب", "أغسطس (آب)".
  const sep = toks[end];
  if (sep && !sep.word && (sep.t === '/' || sep.t === '-' || sep.t === '(')) {
    const second = lookup(g ? G_MONTHS : H_MONTHS, toks, end + 1, norm);
    if (second && second.value === hit.value) {
      end = second.end;
      if (sep.t === '(' && toks[end]?.t === ')') end++;
    }
  }
  return { month: hit.value, hijri: !!h, end, skip: q === p ? hit.skip : 0 };
}

function yearAt(toks: Tok[], p: number): { year: number; end: number; hijri: boolean | null } | null {
  const tk = toks[p];
  if (!isInt(tk) || tk.t.length !== 4) return null;
  const year = Number(tk.t);
  let end = p + 1;
  let hijri: boolean | null = null;
  const next = toks[end];
  if (next?.word && HIJRI_SUFFIX.has(next.t)) { hijri = true; end++; }
  else if (next?.word && GREGORIAN_SUFFIX.has(next.t)) { hijri = false; end++; }
  return { year, end, hijri };
}

function dayNumberAt(toks: Tok[], p: number, norm: string): { day: number; end: number; skip: number } | null {
  const tk = toks[p];
  if (isInt(tk) && tk.t.length <= 2) {
    const day = Number(tk.t);
    return day >= 1 && day <= 31 ? { day, end: p + 1, skip: 0 } : null;
  }
  // "التاسع من أغسطس"
  const ord = lookupClitic(ORDINAL_LEX, toks, p, norm);
  if (ord && toks[ord.end]?.t === 'من') return { day: ord.value, end: ord.end + 1, skip: ord.skip };
  return null;
}

function timeAt(toks: Tok[], p: number): { h: number; m: number; end: number } | null {
  let q = p;
  if (toks[q] && !toks[q].word && (toks[q].t === '-' || toks[q].t === ',')) q++;
  if (toks[q]?.t === 'الساعه') q++;
  if (!isInt(toks[q]) || toks[q + 1]?.t !== ':' || !isInt(toks[q + 2]) || !adjacent(toks, q) || !adjacent(toks, q + 1)) return null;
  let h = Number(toks[q].t);
  const m = Number(toks[q + 2].t);
  let end = q + 3;
  if (toks[end]?.t === ':' && isInt(toks[end + 1]) && adjacent(toks, end - 1)) end += 2;
  const mer = toks[end]?.t;
  if (mer === 'م' || mer === 'مساء' || mer === 'مساءا' || mer === 'pm') { if (h < 12) h += 12; end++; }
  else if (mer === 'ص' || mer === 'صباحا' || mer === 'am') { if (h === 12) h = 0; end++; }
  if (h > 23 || m > 59) return null;
  return { h, m, end };
}

function withTime(f: Found, toks: Tok[]): Found {
  const t = timeAt(toks, f.p1);
  if (!t) return f;
  return { ...f, p1: t.end, timed: true, date: new Date(f.date.getTime() + (t.h * 60 + t.m) * 60_000) };
}

function numericDateAt(toks: Tok[], p: number): Found | null {
  // d/m/yyyy, d-m-yyyy, d.m.yyyy (day first, as Arabic outlets write it) or yyyy-mm-dd, yyyy/mm/dd.
  if (!isInt(toks[p]) || !isInt(toks[p + 2]) || !isInt(toks[p + 4])) return null;
  const s1 = toks[p + 1]?.t;
  const s2 = toks[p + 3]?.t;
  if (s1 !== s2 || !(s1 === '/' || s1 === '-' || s1 === '.')) return null;
  for (let k = p; k < p + 4; k++) if (!adjacent(toks, k)) return null;
  const a = toks[p].t;
  const c = toks[p + 4].t;
  let date: Date | null = null;
  let y: number;
  let m: number;
  let d: number;
  if (a.length === 4) { y = Number(a); m = Number(toks[p + 2].t); d = Number(c); }
  else if (c.length === 4) { d = Number(a); m = Number(toks[p + 2].t); y = Number(c); }
  else return null;
  let end = p + 5;
  const next = toks[end];
  const hijri = next?.word && HIJRI_SUFFIX.has(next.t);
  if (next?.word && (HIJRI_SUFFIX.has(next.t) || GREGORIAN_SUFFIX.has(next.t))) end++;
  date = hijri || (y >= 1300 && y <= 1500) ? hijriToGregorian(y, m, d) : validYmd(y, m, d);
  if (!date) return null;
  return { p0: p, p1: end, skip: 0, date, timed: false, calendar: hijri || (y >= 1300 && y <= 1500) ? 'hijri' : 'gregorian' };
}

/** [weekday ،] day month [year] | month year */
function namedDateAt(toks: Tok[], p: number, norm: string, ref: Date): Found | null {
  let q = p;
  let skip = 0;
  const wd = lookupClitic(WEEKDAY_LEX, toks, q, norm);
  if (wd) {
    q = wd.end;
    skip = wd.skip;
    if (toks[q] && !toks[q].word && (toks[q].t === ',' || toks[q].t === '-')) q++;
  }
  const day = dayNumberAt(toks, q, norm);
  if (day) {
    if (!wd) skip = day.skip;
    const month = monthAt(toks, day.end, norm);
    if (!month) return null;
    const year = yearAt(toks, month.end);
    const hijri = month.hijri || year?.hijri === true;
    // "3 صفر" is a football score more often than the 3rd of Safar: that month needs its year.
    if (month.hijri && month.month === 2 && !year) return null;
    let date: Date | null;
    if (year) date = hijri ? hijriToGregorian(year.year, month.month, day.day) : validYmd(year.year, month.month, day.day);
    else date = hijri ? nearestHijri(month.month, day.day, ref) : nearestGregorian(month.month, day.day, ref);
    // "31 فبراير": consumed, so its month is not read again as "February" alone.
    if (!date) return { p0: p, p1: year ? year.end : month.end, skip, date: new Date(NaN), timed: false, calendar: 'gregorian', invalid: true };
    return { p0: p, p1: year ? year.end : month.end, skip, date, timed: false, calendar: hijri ? 'hijri' : 'gregorian' };
  }
  if (wd) return null;
  const month = monthAt(toks, p, norm);
  if (!month) return null;
  const year = yearAt(toks, month.end);
  if (!year) return null;
  const hijri = month.hijri || year.hijri === true;
  const date = hijri ? hijriToGregorian(year.year, month.month, 1) : validYmd(year.year, month.month, 1);
  if (!date) return null;
  return { p0: p, p1: year.end, skip: month.skip, date, timed: false, calendar: hijri ? 'hijri' : 'gregorian', partial: true };
}

function quantityAt(toks: Tok[], p: number, norm: string): { count: number; end: number } | null {
  let q = p;
  if (toks[q]?.word && APPROX.has(toks[q].t)) q++;
  else if ((toks[q]?.t === 'اكثر' || toks[q]?.t === 'اقل') && toks[q + 1]?.t === 'من') q += 2;
  if (isInt(toks[q]) && toks[q].t.length <= 3) return { count: Number(toks[q].t), end: q + 1 };
  const w = lookup(NUMBER_LEX, toks, q, norm);
  if (w) return { count: w.value, end: w.end };
  return q === p ? null : { count: 0, end: q };
}

function relativeAt(toks: Tok[], p: number, norm: string, ref: Date): Found | null {
  const tk = toks[p];
  if (!tk?.word) return null;
  let q = p;
  let skip = 0;
  // "مساء أمس", "صباح اليوم": the time of day does not change the date.
  if (TIME_OF_DAY.has(tk.t) || (tk.t.length > 3 && TIME_OF_DAY.has(tk.t.slice(1)) && (tk.t[0] === 'و' || tk.t[0] === 'ف'))) q++;

  // منذ / قبل + [number] unit
  const agoWord = toks[q]?.t;
  if (q === p && (agoWord === 'منذ' || agoWord === 'قبل' || agoWord === 'ومنذ' || agoWord === 'وقبل')) {
    const qty = quantityAt(toks, q + 1, norm);
    const unitAt = qty ? qty.end : q + 1;
    const unit = lookup(UNIT_LEX, toks, unitAt, norm);
    if (!unit) return null;
    const [u, implied] = unit.value;
    let count = qty && qty.count > 0 ? qty.count : implied || FEW;
    if (qty && qty.count === 0 && implied) count = implied;
    // "قبل يومين من الانتخابات" counts from another event, not from now.
    if (agoWord.endsWith('قبل') && (toks[unit.end]?.t === 'من' || toks[unit.end]?.t === 'علي')) return null;
    const date = addUnits(ref, u, -count);
    const timed = u === 'second' || u === 'minute' || u === 'hour';
    // Leave a leading و out of the surface.
    return { p0: p, p1: unit.end, skip: agoWord.length - 3, date, timed, calendar: 'relative' };
  }

  const period = lookupClitic(RELATIVE_PERIOD_LEX, toks, q, norm);
  if (period) {
    const [u, c] = period.value;
    return { p0: p, p1: period.end, skip: q === p ? period.skip : 0, date: utcDay(addUnits(ref, u, c)), timed: false, calendar: 'relative' };
  }

  const rel = lookupClitic(RELATIVE_DAY_LEX, toks, q, norm);
  if (rel) {
    if (toks[q] && (rel.end - q === 1) && normalize('اليوم') === toks[q].t.slice(rel.skip)) {
      const prev = toks[p - 1];
      const next = toks[rel.end];
      if (prev?.word && TODAY_NOT_AFTER.has(prev.t) && prev.e + 1 >= toks[q].s) return null;
      if (next?.word && TODAY_NOT_BEFORE.has(next.t)) return null;
    }
    return { p0: p, p1: rel.end, skip: q === p ? rel.skip : 0, date: utcDay(addUnits(ref, 'day', rel.value)), timed: false, calendar: 'relative' };
  }

  // Weekday alone: "الثلاثاء", "يوم الأحد الماضي", "الخميس المقبل".
  let r = q;
  let bare = false;
  if (toks[r]?.t === 'يوم' || toks[r]?.t === 'ويوم') { r++; bare = true; }
  const wd = lookupClitic(WEEKDAY_LEX, toks, r, norm) ?? (bare ? lookup(WEEKDAY_BARE_LEX, toks, r, norm) : null);
  if (!wd) return null;
  let end = wd.end;
  let direction: -1 | 0 | 1 = 0;
  const next = toks[end]?.t;
  if (next === 'الماضي' || next === 'المنصرم' || next === 'الفاءت') { direction = -1; end++; }
  else if (next === 'المقبل' || next === 'القادم') { direction = 1; end++; }
  const s = q === p && r === q && 'skip' in wd ? (wd as { skip: number }).skip : skip;
  return { p0: p, p1: end, skip: s, date: weekdayNear(wd.value, ref, direction), timed: false, calendar: 'relative' };
}

/** Every word that can open a date expression; other words are skipped without trying the parsers. */
const OPENERS: Set<string> = (() => {
  const set = new Set<string>(['منذ', 'قبل', 'يوم', 'شهر']);
  for (const lex of [G_MONTHS, H_MONTHS, WEEKDAY_LEX, ORDINAL_LEX, RELATIVE_DAY_LEX, RELATIVE_PERIOD_LEX] as Lex<unknown>[]) {
    for (const k of lex.keys()) set.add(k);
  }
  for (const w of TIME_OF_DAY) set.add(w);
  return set;
})();

function mayOpen(w: string): boolean {
  if (OPENERS.has(w)) return true;
  // One or two clitic letters (و، ف، ب، ل، وب، ول، وفي is handled by the lexicon lookups).
  return (w.length > 2 && OPENERS.has(w.slice(1))) || (w.length > 3 && OPENERS.has(w.slice(2))) || (w.length > 4 && OPENERS.has(w.slice(3)));
}

interface Located extends Found {
  /** Offsets in the normalized view. */
  s: number;
  e: number;
}

function scan(view: NormalizedView, ref: Date): Located[] {
  const toks = tokensOf(view.norm);
  const out: Located[] = [];
  for (let p = 0; p < toks.length; p++) {
    if (!toks[p].word) continue;
    if (!mayOpen(toks[p].t) && !(toks[p].t.charCodeAt(0) <= 0x39)) continue;
    const f = numericDateAt(toks, p) ?? namedDateAt(toks, p, view.norm, ref) ?? relativeAt(toks, p, view.norm, ref);
    if (!f) continue;
    if (f.invalid) {
      p = f.p1 - 1;
      continue;
    }
    const g = f.calendar === 'relative' ? f : withTime(f, toks);
    out.push({ ...g, s: toks[g.p0].s + g.skip, e: toks[g.p1 - 1].e });
    p = g.p1 - 1;
  }
  return out;
}

function toMention(text: string, view: NormalizedView, f: Located): DateMention {
  const start = view.origin[f.s];
  const end = view.origin[f.e];
  return {
    iso: f.timed ? f.date.toISOString() : isoDay(f.date),
    surface: text.slice(start, end),
    start,
    end,
    calendar: f.calendar,
  };
}

/**
 * Date expressions in `text`, resolved against `reference` (UTC). Day-precision dates come as YYYY-MM-DD; relative
 * expressions finer than a day ("منذ ساعتين") as a full ISO datetime. Month-and-year alone ("أغسطس 2021") is not
 * reported: it names no day.
 */
export function findDates(text: string, reference: Date): DateMention[] {
  if (typeof text !== 'string') throw new TypeError('findDates: text must be a string');
  if (!(reference instanceof Date) || Number.isNaN(reference.getTime())) throw new Error('findDates: invalid reference date');
  const view = normalizeWithOffsets(text);
  return scan(view, reference).filter((f) => !f.partial).map((f) => toMention(text, view, f));
}

const ISO_LIKE = /^\s*\d{4}-\d{2}-\d{2}([T ][0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?\s*$/;

/**
 * One date expression, as found in a page's date line: "الأحد 9 أغسطس 2015", "٩ آب ٢٠١٥", "24 محرم 1437 هـ",
 * "منذ ساعتين", or an ISO/RFC date. When a line gives both calendars the Gregorian one wins; month-and-year gives the
 * first of the month. Times without a zone are read as UTC. Returns null when nothing parses.
 */
export function parseArabicDate(s: string, reference: Date = new Date()): Date | null {
  if (typeof s !== 'string' || !s.trim()) return null;
  if (ISO_LIKE.test(s)) {
    const d = new Date(s.trim().replace(' ', 'T'));
    return Number.isNaN(d.getTime()) ? null : d;
  }
  const view = normalizeWithOffsets(s.slice(0, 2000));
  const found = scan(view, reference);
  const pick = found.find((f) => f.calendar === 'gregorian' && !f.partial) ?? found.find((f) => f.calendar === 'hijri' && !f.partial)
    ?? found.find((f) => f.calendar === 'relative') ?? found.find((f) => f.partial);
  if (pick) return new Date(pick.date.getTime());
  // RFC 2822 and English month names from feeds/meta tags.
  if (/^[\x20-\x7e]+$/.test(s) && /\d{4}/.test(s) && /[a-z]{3}/i.test(s)) {
    const d = new Date(s);
    if (!Number.isNaN(d.getTime())) return d;
  }
  return null;
}
