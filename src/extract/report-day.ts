// The day a report says it was written: "اليوم الأربعاء" (today, Wednesday) or "أمس الأربعاء" (yesterday, Wednesday)
// in its opening. A scraped archive often knows only when a page was fetched, and a site fetched after a pause hands
// over a week of reports in one morning: each day's market close then looks like the same day's news.
import { normalize } from '../text/normalize.ts';

const WEEKDAYS: Record<string, number> = { الاحد: 0, الاثنين: 1, الثلاثاء: 2, الاربعاء: 3, الخميس: 4, الجمعه: 5, السبت: 6 };
/** "اليوم" or "أمس", then (after an optional comma) a weekday, as words of their own; normalized text. */
const DAY_PHRASE = /(?:^|[^\p{L}])(?:و|ف)?(اليوم|امس)\s*[،,]?\s*(الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت)(?![\p{L}])/u;
/** Where a report says its day: the dateline and first sentence. */
const OPENING_CHARS = 300;
/** A report is not dated further back than this from its fetch: a weekday names one of the last six days. */
const MAX_DAYS_BACK = 6;

/**
 * How many days before `fetchedAt` the report says it was written, from the first "today/yesterday, <weekday>" in its
 * opening: 0 when it says nothing, or names the fetch day itself. Weekdays are read in UTC, as the record's time is.
 */
export function reportDaysBefore(text: string, fetchedAt: Date): number {
  const m = DAY_PHRASE.exec(normalize(text.slice(0, OPENING_CHARS)));
  if (!m) return 0;
  // Yesterday's Wednesday was written on Thursday.
  const written = (WEEKDAYS[m[2]!]! + (m[1] === 'امس' ? 1 : 0)) % 7;
  const back = (fetchedAt.getUTCDay() - written + 7) % 7;
  return back <= MAX_DAYS_BACK ? back : 0;
}
