// Dates in article records come in whatever shape their scraper wrote.
import { parseArabicDate } from '../text/dates.ts';

const SQL_LIKE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/** "2015-08-09 17:26:01" (read as UTC: records carry no zone), ISO 8601, RFC 822, or Arabic. */
export function parseRecordDate(s: string): Date | null {
  const t = s.trim();
  const m = SQL_LIKE.exec(t);
  if (m) {
    const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0)));
    return Number.isNaN(d.getTime()) ? null : d;
  }
  const ms = Date.parse(t);
  if (Number.isFinite(ms)) return new Date(ms);
  return parseArabicDate(t);
}
