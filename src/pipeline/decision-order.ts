// The order story decisions are made in, and so the order a restore replays them in: publication time (else fetch
// time), then canonical URL. Database ids are not used: they follow arrival, which network timing decides.
import type { StoredStoryDocRow } from '../store/types.ts';

export function canonicalOrder(a: Pick<StoredStoryDocRow, 'time' | 'canonicalUrl'>, b: Pick<StoredStoryDocRow, 'time' | 'canonicalUrl'>): number {
  return Date.parse(a.time) - Date.parse(b.time) || (a.canonicalUrl < b.canonicalUrl ? -1 : a.canonicalUrl > b.canonicalUrl ? 1 : 0);
}
