// Reads publication dates written by machines (meta/JSON-LD/time values) and by people (page text, Arabic included).
import { parseArabicDate } from '../text/dates.ts';

export interface DateParts {
  year: number;
  month: number;
  day: number;
  /** "HH:MM:SS" when the source gave a time. */
  time?: string;
  /** "Z" or "+03:00" when the source gave an offset. */
  offset?: string;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

function validParts(p: DateParts, now: Date): boolean {
  if (p.month < 1 || p.month > 12 || p.day < 1 || p.day > 31) return false;
  if (p.year < 1995 || p.year > now.getUTCFullYear() + 1) return false;
  const d = new Date(Date.UTC(p.year, p.month - 1, p.day));
  return d.getUTCDate() === p.day;
}

/**
 * ISO 8601 text. The local date and time are kept as the page wrote them (with their offset) rather than moved to
 * UTC, so the calendar day a reader saw survives; a date without a time is written as the bare "YYYY-MM-DD".
 */
export function isoFromParts(p: DateParts): string {
  const date = `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
  if (!p.time) return date;
  return `${date}T${p.time}${p.offset ?? ''}`;
}

const MACHINE =
  /(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?/i;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?/;

function offsetText(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  if (/^z$/i.test(raw)) return 'Z';
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(raw);
  return m ? `${m[1]}${m[2]}:${m[3] ?? '00'}` : undefined;
}

/** Parses a machine-written date value (ISO 8601, "YYYY-MM-DD HH:MM", compact "YYYYMMDD", RFC 2822, epoch). */
export function parseMachineDate(value: string | null | undefined, now: Date = new Date()): DateParts | null {
  if (!value) return null;
  const s = value.trim();
  if (!s) return null;
  let m = MACHINE.exec(s);
  if (m) {
    const p: DateParts = { year: +m[1], month: +m[2], day: +m[3] };
    if (m[4] !== undefined) {
      p.time = `${pad(+m[4])}:${m[5]}:${m[6] ?? '00'}`;
      p.offset = offsetText(m[7]);
    }
    if (validParts(p, now)) return p;
  }
  m = COMPACT.exec(s);
  if (m) {
    const p: DateParts = { year: +m[1], month: +m[2], day: +m[3] };
    if (validParts(p, now)) return p;
  }
  if (/^\d{10}(?:\d{3})?$/.test(s)) {
    const d = new Date(s.length === 13 ? +s : +s * 1000);
    const p: DateParts = {
      year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(),
      time: `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`, offset: 'Z',
    };
    if (validParts(p, now)) return p;
  }
  return parseHumanDate(s, now);
}

// Month names in the languages marsad meets most (Arabic is left to parseArabicDate).
const MONTHS: Record<string, number> = {};
const MONTH_LISTS = [
  'january february march april may june july august september october november december',
  'jan feb mar apr may jun jul aug sep oct nov dec',
  'sept',
  'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
  'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
  'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
  'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
  'januar februar märz april mai juni juli august september oktober november dezember',
  'ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık',
  'januari februari maret april mei juni juli agustus september oktober november desember',
  'enero pebrero marso abril mayo hunyo hulyo agosto setyembre oktubre nobyembre disyembre',
  'января февраля марта апреля мая июня июля августа сентября октября ноября декабря',
  'січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня',
];
for (const list of MONTH_LISTS) {
  const names = list.split(' ');
  if (names.length === 1) MONTHS[names[0]] = 9;
  else names.forEach((n, i) => (MONTHS[n] ??= i + 1));
}
const MONTH_ALT = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const DAY_MONTH_YEAR = new RegExp(String.raw`(?<![\p{L}\d])(\d{1,2})(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?(${MONTH_ALT})\.?,?\s+(?:de\s+)?(\d{4})(?!\d)`, 'iu');
const MONTH_DAY_YEAR = new RegExp(String.raw`(?<![\p{L}])(${MONTH_ALT})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)`, 'iu');
const NUMERIC_DMY = /(?<!\d)(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?!\d)/;
const NUMERIC_YMD = /(?<!\d)(\d{4})([./-])(\d{1,2})\2(\d{1,2})(?!\d)/;
const CJK_YMD = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/;
const TIME = /(?<!\d)(\d{1,2}):(\d{2})(?::(\d{2}))?(?!\d)/;

function withTime(p: DateParts, s: string): DateParts {
  const t = TIME.exec(s);
  if (t && +t[1] < 24) p.time = `${pad(+t[1])}:${t[2]}:${t[3] ?? '00'}`;
  return p;
}

/** Finds a date written for people anywhere in `s`: numeric (d.m.yyyy, yyyy-mm-dd), month names, or Arabic text. */
export function parseHumanDate(s: string, now: Date = new Date()): DateParts | null {
  const lower = s.toLowerCase();
  let m = CJK_YMD.exec(lower);
  if (m) {
    const p = { year: +m[1], month: +m[2], day: +m[3] };
    if (validParts(p, now)) return p;
  }
  m = NUMERIC_YMD.exec(lower);
  if (m) {
    const p = { year: +m[1], month: +m[3], day: +m[4] };
    if (validParts(p, now)) return p;
  }
  m = NUMERIC_DMY.exec(lower);
  if (m) {
    const a = +m[1];
    const b = +m[3];
    // Day-first is the norm outside the US; a first number above 12 settles it, a second above 12 flips it.
    const p = b > 12 && a <= 12 ? { year: +m[4], month: a, day: b } : { year: +m[4], month: b, day: a };
    if (validParts(p, now)) return p;
  }
  m = DAY_MONTH_YEAR.exec(lower);
  if (m) {
    const p = { year: +m[3], month: MONTHS[m[2]], day: +m[1] };
    if (validParts(p, now)) return p;
  }
  m = MONTH_DAY_YEAR.exec(lower);
  if (m) {
    const p = { year: +m[3], month: MONTHS[m[1]], day: +m[2] };
    if (validParts(p, now)) return p;
  }
  if (/[\u0600-\u06FF]/.test(s)) {
    const d = parseArabicDate(s, now);
    if (d && !Number.isNaN(d.getTime())) {
      const p: DateParts = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
      if (validParts(p, now)) return p;
    }
  }
  return null;
}

const DATE_LABEL =
  /^(?:(?:تم )?(?:نشر|نُشر)(?:ت|ه)?(?: في| بتاريخ)?|تاريخ النشر|بتاريخ|آخر تحديث|اخر تحديث|تم النشر(?: في)?|تم التحديث|محدث|published(?: on)?|posted(?: on)?|updated(?: on)?|date)\s*[:：\-–—]?\s*/i;
const WEEKDAY = /^(?:يوم\s+)?(?:السبت|الأحد|الاحد|الإثنين|الاثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|monday|tuesday|wednesday|thursday|friday|saturday|sunday)[،,\s]*/i;

/**
 * A date in a short line of text. `coversLine` tells whether the line is essentially just that date (a dateline),
 * which makes it safe to treat as metadata rather than as a sentence mentioning some date.
 */
export function findDateInLine(line: string, now: Date = new Date()): { iso: string; coversLine: boolean } | null {
  const stripped = line.trim().replace(DATE_LABEL, '').replace(WEEKDAY, '').trim();
  if (!stripped || stripped.length > 100) return null;
  const p = parseHumanDate(stripped, now);
  if (!p) return null;
  // What is left once digits, month names, times and date punctuation go: little means the line is a dateline.
  const residue = stripped
    .replace(new RegExp(MONTH_ALT, 'giu'), '')
    .replace(/[\d\s:./\-–—،,|()]+/g, '')
    .replace(/(?:يناير|فبراير|مارس|أبريل|ابريل|إبريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|كانون|الثاني|الأول|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين|هـ|م|ص|مساء|صباحا|صباحاً|الساعة|GMT|UTC|am|pm)/giu, '');
  return { iso: isoFromParts(withTime(p, stripped)), coversLine: residue.length <= 12 };
}
