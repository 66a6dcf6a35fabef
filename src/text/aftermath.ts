// The words a report uses for what a deadly event left behind: its martyrs, its injured, the condolences, the "deviant
// group" behind it. A headline or lead of them is a follow-up of an event it need not name ("19 من المصابين يغادرون
// المستشفى", "خادم الحرمين يتلقى التعازي في الشهداء"), the way reactions name an attack as one the reader knows.
import { indexTerms } from './analyze.ts';

const AFTERMATH_STEMS = new Set(
  ['شهداء', 'الشهيد', 'مصابي', 'المصابين', 'التعازي', 'العزاء', 'الباغية'].flatMap((w) => indexTerms(w).stems),
);

/** The stems (a headline's and lead's) name the aftermath of a deadly event. */
export function namesAftermath(stems: readonly string[]): boolean {
  for (const s of stems) if (AFTERMATH_STEMS.has(s)) return true;
  return false;
}
