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
  const days = Math.floor(hours / 24);
  if (days === 1) return 'أمس';
  if (days < 7) return `منذ ${countPhrase(days, DAY)}`;
  const weeks = Math.floor(days / 7);
  if (weeks <= 4) return `منذ ${countPhrase(weeks, WEEK)}`;
  return formatGregorianArabic(then, timeZone);
}

export function formatGregorianArabic(date: Date, timeZone = 'UTC', withTime = false): string {
  return new Intl.DateTimeFormat('ar-u-nu-latn', {
    dateStyle: 'long',
    ...(withTime ? { timeStyle: 'short' } : {}),
    timeZone,
  }).format(date);
}

export function formatHijriArabic(date: Date, timeZone = 'UTC'): string {
  return new Intl.DateTimeFormat('ar-SA-u-ca-islamic-umalqura-nu-latn', { dateStyle: 'long', timeZone }).format(date);
}
