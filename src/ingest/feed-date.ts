// Feed dates arrive in every shape: RFC 822 with zone names no RFC knows, ISO 8601 with or without a zone, two-digit
// years, and Arabic month names. Anything we cannot read becomes null rather than a wrong date.
import { parseArabicDate } from '../text/dates.ts';

const MONTHS: Record<string, number> = {
  jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, sept: 8, oct: 9, nov: 10, dec: 11,
};

// Minutes east of UTC. AST is read as Arabia Standard Time (+3), not Atlantic (-4): this is an Arabic news reader and
// Gulf outlets are the ones that write it.
const ZONES: Record<string, number> = {
  UT: 0, UTC: 0, GMT: 0, Z: 0, WET: 0,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
  BST: 60, CET: 60, CEST: 120, WEST: 60, EET: 120, EEST: 180, MSK: 180,
  AST: 180, ADT: 240, KSA: 180, GST: 240, IRST: 210, PKT: 300, IST: 330,
};

function zoneOffsetMinutes(zone: string | undefined): number | null {
  if (!zone) return 0;
  const z = zone.toUpperCase();
  const num = /^([+-])(\d{2}):?(\d{2})$/.exec(z);
  if (num) return (num[1] === '-' ? -1 : 1) * (Number(num[2]) * 60 + Number(num[3]));
  const shortNum = /^([+-])(\d{1,2})$/.exec(z);
  if (shortNum) return (shortNum[1] === '-' ? -1 : 1) * Number(shortNum[2]) * 60;
  if (z in ZONES) return ZONES[z]!;
  // Single military letters other than Z are too often wrong in the wild to trust; read as UTC.
  if (/^[A-Z]{1,5}$/.test(z)) return 0;
  return null;
}

function build(y: number, mo: number, d: number, h: number, mi: number, s: number, offsetMin: number): Date | null {
  if (mo < 0 || mo > 11 || d < 1 || d > 31 || h > 24 || mi > 59 || s > 60) return null;
  const t = Date.UTC(y, mo, d, h, mi, s) - offsetMin * 60_000;
  const date = new Date(t);
  // Reject overflow such as 31 February.
  if (new Date(Date.UTC(y, mo, d)).getUTCDate() !== d) return null;
  return Number.isNaN(date.getTime()) ? null : date;
}

function fullYear(y: string): number {
  const n = Number(y);
  if (y.length > 2) return n;
  return n < 50 ? 2000 + n : 1900 + n;
}

// "Tue, 02 Jan 2024 03:04:05 +0300", "2 Jan 24 3:04 GMT", "02 Jan 2024 03:04:05 GMT+3".
const RFC822 =
  /^(?:[a-z]{2,9}\.?,?\s*)?(\d{1,2})[\s-]+([a-z]{3,9})\.?[\s-]+(\d{2,4})(?:[\sT,]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?\s*(?:(?:GMT|UTC)(?=[+-]))?\s*([a-z]{1,5}|[+-]\d{1,2}:?\d{0,2})?\s*(?:\([^)]*\))?$/i;
// "2024-01-02T03:04:05+03:00", "2024-01-02 03:04", "2024-01-02".
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|[+-]\d{2})?)?$/i;

/** Parses a feed date; null when unreadable. Dates without a zone are read as UTC. */
export function parseFeedDate(raw: string | null | undefined): Date | null {
  if (raw == null) return null;
  const s = String(raw).trim().replace(/\s+/g, ' ');
  if (!s) return null;
  const iso = ISO.exec(s);
  if (iso) {
    const off = zoneOffsetMinutes(iso[7]);
    if (off === null) return null;
    return build(+iso[1]!, +iso[2]! - 1, +iso[3]!, +(iso[4] ?? 0), +(iso[5] ?? 0), +(iso[6] ?? 0), off);
  }
  const rfc = RFC822.exec(s);
  if (rfc) {
    const mo = MONTHS[rfc[2]!.toLowerCase().slice(0, rfc[2]!.toLowerCase().startsWith('sept') ? 4 : 3)];
    const off = zoneOffsetMinutes(rfc[7]);
    if (mo !== undefined && off !== null) {
      return build(fullYear(rfc[3]!), mo, +rfc[1]!, +(rfc[4] ?? 0), +(rfc[5] ?? 0), +(rfc[6] ?? 0), off);
    }
  }
  if (/[\u0600-\u06FF]/.test(s)) return parseArabicDate(s);
  // Last resort for shapes like "January 2, 2024 10:00 +0000"; only accepted when a zone or 'Z' is present, because
  // Date.parse reads zone-less strings in the host's local time.
  if (/(?:[+-]\d{2}:?\d{2}|\b(?:GMT|UTC|Z)\b)\s*$/i.test(s)) {
    const t = Date.parse(s);
    if (Number.isFinite(t)) return new Date(t);
  }
  return parseArabicDate(s);
}
