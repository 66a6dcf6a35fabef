// Arabic relative times and dates. Arabic counts agree with the number (dual, 3–10 plural, 11+ singular accusative),
// so each unit carries its four forms.

interface UnitForms {
  one: string;
  two: string;
  few: string; // 3–10
  many: string; // 11+
}

const MINUTE: UnitForms = { one: 'دقيقة', two: 'دقيقتين', few: 'دقائق', many: 'دقيقة' };
const HOUR: UnitForms = { one: 'ساعة', two: 'ساعتين', few: 'ساعات', many: 'ساعة' };
const DAY: UnitForms = { one: 'يوم', two: 'يومين', few: 'أيام', many: 'يوماً' };
const WEEK: UnitForms = { one: 'أسبوع', two: 'أسبوعين', few: 'أسابيع', many: 'أسبوعاً' };

function countPhrase(n: number, unit: UnitForms): string {
  if (n === 1) return unit.one;
  if (n === 2) return unit.two;
  if (n >= 3 && n <= 10) return `${n} ${unit.few}`;
  return `${n} ${unit.many}`;
}

export function parseTime(value: string | Date | null | undefined): Date | null {
  if (value == null) return null;
  const d = value instanceof Date ? value : new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

// Building an Intl.DateTimeFormat costs far more than formatting with one; pages format dozens of dates.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, f);
  }
  return f;
}

function calendarDay(date: Date, timeZone: string): number {
  const parts = formatter('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(date);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(get('year'), get('month') - 1, get('day')) / 86_400_000;
}

export function calendarDayDifference(then: Date, now: Date, timeZone = 'UTC'): number {
  return calendarDay(now, timeZone) - calendarDay(then, timeZone);
}

/** "منذ 5 دقائق", "منذ ساعتين", "أمس", … ; falls back to a calendar date after four weeks. */
export function timeAgoArabic(value: string | Date | null | undefined, now: Date, timeZone = 'UTC'): string {
  const then = parseTime(value);
  if (!then) return '';
  const seconds = Math.floor((now.getTime() - then.getTime()) / 1000);
  if (seconds < -120) return formatGregorianArabic(then, timeZone);
  if (seconds < 60) return 'الآن';
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `منذ ${countPhrase(minutes, MINUTE)}`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `منذ ${countPhrase(hours, HOUR)}`;
  // Past a day, readers count calendar days in their own zone: Monday 05:00 seen on Wednesday 03:00 is two days ago.
  const days = Math.max(1, calendarDayDifference(then, now, timeZone));
  if (days === 1) return 'أمس';
  if (days < 7) return `منذ ${countPhrase(days, DAY)}`;
  const weeks = Math.floor(days / 7);
  if (weeks <= 4) return `منذ ${countPhrase(weeks, WEEK)}`;
  return formatGregorianArabic(then, timeZone);
}

export function formatGregorianArabic(date: Date, timeZone = 'UTC', withTime = false): string {
  return formatter('ar-u-nu-latn', { dateStyle: 'long', ...(withTime ? { timeStyle: 'short' } : {}), timeZone }).format(date);
}

export function formatHijriArabic(date: Date, timeZone = 'UTC'): string {
  return formatter('ar-SA-u-ca-islamic-umalqura-nu-latn', { dateStyle: 'long', timeZone }).format(date);
}
