// Source health in the reader's words.
import type { SourceHealth } from '../read/sources-read.ts';

export const SOURCE_HEALTH_LABEL: Record<SourceHealth, string> = {
  ok: 'يعمل',
  degraded: 'أخطاء متقطعة',
  failing: 'متوقف',
  pending: 'لم يُجلب بعد',
};
