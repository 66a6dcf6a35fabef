// `marsad doctor`'s view of the search terms: built by the running analyzer (src/text/analyzer-version.ts), or by an
// older one, or left half-rewritten by an interrupted `marsad search reindex`.
import type { DoctorCheck, Store } from '../store/types.ts';
import { ANALYZER_VERSION } from '../text/analyzer-version.ts';
import { readMarker } from './reindex-search.ts';

/**
 * For `marsad doctor`: whether the stored search terms were built by the running analyzer. A stale index is work to do
 * rather than damage (search still works, with the older analyzer's matches), so it is reported as pending.
 */
export async function searchAnalyzerCheck(store: Store): Promise<DoctorCheck> {
  const stored = await store.getMeta('search_analyzer');
  const interrupted = readMarker(await store.getMeta('search_reindex'));
  const stale = stored !== ANALYZER_VERSION || interrupted !== null;
  const articles = stale ? await store.countArticles() : 0;
  const found = articles > 0 ? 1 : 0;
  const what = interrupted ? `an interrupted reindex (stopped after article ${interrupted.afterId})` : `analyzer ${stored ?? '1 (unrecorded)'}`;
  return {
    name: 'search-analyzer',
    description: `search terms built by ${what}, not the current analyzer ${ANALYZER_VERSION}: run marsad search reindex`,
    found,
    repaired: 0,
    remaining: found,
    examples: found ? [`stored ${stored ?? 'none'}`, `current ${ANALYZER_VERSION}`] : [],
    repairable: found > 0,
    pending: true,
  };
}
