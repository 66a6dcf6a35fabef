// What every view needs besides its data: the site name, the clock and the readers' time zone.
import { html } from 'hono/html';
import { formatGregorianArabic, parseTime, timeAgoArabic } from './arabic-time.ts';
import type { Html } from './layout.ts';

export interface ViewContext {
  siteTitle: string;
  now: Date;
  timeZone: string;
}

/** A <time> element showing "منذ ساعتين" with the full date on hover. */
export function timeAgo(ctx: ViewContext, iso: string | null | undefined): Html | '' {
  const d = parseTime(iso);
  if (!d) return '';
  return html`<time datetime="${d.toISOString()}" title="${formatGregorianArabic(d, ctx.timeZone, true)}">${timeAgoArabic(d, ctx.now, ctx.timeZone)}</time>`;
}

/** Arabic list joiner: "أ، ب، ج". */
export function joinArabic(items: Html[]): Html[] {
  const out: Html[] = [];
  items.forEach((item, i) => {
    if (i > 0) out.push(html`، `);
    out.push(item);
  });
  return out;
}

/** "مصدر واحد", "مصدران", "5 مصادر", "12 مصدراً". */
export function outletCountArabic(n: number): string {
  if (n <= 1) return 'مصدر واحد';
  if (n === 2) return 'مصدران';
  if (n <= 10) return `${n} مصادر`;
  return `${n} مصدراً`;
}

/** "تقرير واحد", "تقريران", "5 تقارير", "12 تقريراً". */
export function reportCountArabic(n: number): string {
  if (n <= 1) return 'تقرير واحد';
  if (n === 2) return 'تقريران';
  if (n <= 10) return `${n} تقارير`;
  return `${n} تقريراً`;
}

/** "نتيجة واحدة", "نتيجتان", "5 نتائج", "12 نتيجة". */
export function resultCountArabic(n: number): string {
  if (n === 0) return 'لا نتائج';
  if (n === 1) return 'نتيجة واحدة';
  if (n === 2) return 'نتيجتان';
  if (n <= 10) return `${n} نتائج`;
  return `${n} نتيجة`;
}
