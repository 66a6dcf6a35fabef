// The date spellings real Arabic outlets print: each outlet shows its own local time, month naming and digits, so
// the extractor meets the variety it will meet in the wild.
import type { DemoOutlet } from './demo-data.ts';

const WEEKDAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
const MONTHS: Record<DemoOutlet['monthNames'], string[]> = {
  gregorian: ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
  levantine: ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'],
  maghrebi: ['جانفي', 'فيفري', 'مارس', 'أفريل', 'ماي', 'جوان', 'جويلية', 'أوت', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
};
const RFC822_DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const RFC822_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function toArabicIndicDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d)));
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The wall-clock fields of `date` in a zone `offsetMinutes` east of UTC. */
function localFields(date: Date, offsetMinutes: number) {
  const d = new Date(date.getTime() + offsetMinutes * 60_000);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth(),
    day: d.getUTCDate(),
    weekday: d.getUTCDay(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

function offsetText(offsetMinutes: number, colon: boolean): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${sign}${pad(Math.floor(abs / 60))}${colon ? ':' : ''}${pad(abs % 60)}`;
}

/** ISO 8601 with the outlet's own offset, e.g. 2026-11-28T14:30:00+03:00. */
export function isoWithOffset(date: Date, offsetMinutes: number): string {
  const f = localFields(date, offsetMinutes);
  return `${f.year}-${pad(f.month + 1)}-${pad(f.day)}T${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)}${offsetText(offsetMinutes, true)}`;
}

/** RFC 822 as RSS wants it, e.g. "Sat, 28 Nov 2026 14:30:00 +0300" (GMT when the offset is zero). */
export function rfc822(date: Date, offsetMinutes: number): string {
  const f = localFields(date, offsetMinutes);
  const zone = offsetMinutes === 0 ? 'GMT' : offsetText(offsetMinutes, false);
  return `${RFC822_DAYS[f.weekday]}, ${pad(f.day)} ${RFC822_MONTHS[f.month]} ${f.year} ${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)} ${zone}`;
}

/** The outlet's printed date, e.g. "السبت 28 نوفمبر 2026 - 14:30" or "السبت ٢٨ تشرين الثاني ٢٠٢٦". */
export function arabicDateText(date: Date, outlet: DemoOutlet, withTime = true): string {
  const f = localFields(date, outlet.utcOffsetMinutes);
  let text = `${WEEKDAYS[f.weekday]} ${f.day} ${MONTHS[outlet.monthNames][f.month]} ${f.year}`;
  if (withTime) text += ` - ${pad(f.hour)}:${pad(f.minute)}`;
  return outlet.digits === 'arabic-indic' ? toArabicIndicDigits(text) : text;
}
