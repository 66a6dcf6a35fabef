// Umm al-Qura Hijri ⇄ Gregorian through the platform's ICU calendar, so no conversion table lives in the repository.
// ICU only goes Gregorian → Hijri; the inverse searches around an arithmetic estimate.

export interface HijriDate {
  year: number;
  month: number;
  day: number;
}

const DAY_MS = 86_400_000;
// 1 Muharram 1 AH (civil epoch, 16 July 622 Julian); only used to seed the search.
const EPOCH_MS = Date.UTC(622, 6, 19);
const MEAN_YEAR = 354.36667;
const MEAN_MONTH = 29.530589;

let formatter: Intl.DateTimeFormat | null = null;

function umalqura(): Intl.DateTimeFormat {
  formatter ??= new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  });
  return formatter;
}

/** The Umm al-Qura date of a UTC day. */
export function gregorianToHijri(date: Date): HijriDate {
  let year = 0;
  let month = 0;
  let day = 0;
  for (const p of umalqura().formatToParts(date)) {
    if (p.type === 'year') year = Number.parseInt(p.value, 10);
    else if (p.type === 'month') month = Number.parseInt(p.value, 10);
    else if (p.type === 'day') day = Number.parseInt(p.value, 10);
  }
  return { year, month, day };
}

function approxDays(h: HijriDate): number {
  return (h.year - 1) * MEAN_YEAR + (h.month - 1) * MEAN_MONTH + (h.day - 1);
}

/** The Gregorian UTC midnight of an Umm al-Qura date, or null when that day does not exist (e.g. 30 of a 29-day month). */
export function hijriToGregorian(year: number, month: number, day: number): Date | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1 || year > 2000 || month < 1 || month > 12 || day < 1 || day > 30) return null;
  const target: HijriDate = { year, month, day };
  let t = EPOCH_MS + Math.round(approxDays(target)) * DAY_MS;
  // Converge on the estimate, then step day by day: months are 29 or 30 days, so a few steps suffice.
  for (let i = 0; i < 6; i++) {
    const diff = Math.round(approxDays(target) - approxDays(gregorianToHijri(new Date(t))));
    if (diff === 0) break;
    t += diff * DAY_MS;
  }
  for (let step = 0; step <= 4; step++) {
    for (const sign of step === 0 ? [0] : [-1, 1]) {
      const candidate = new Date(t + sign * step * DAY_MS);
      const h = gregorianToHijri(candidate);
      if (h.year === year && h.month === month && h.day === day) return candidate;
    }
  }
  return null;
}
