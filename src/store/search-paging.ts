// What both search backends do alike once their database has answered: story grouping, the bounded ranking's paging
// (src/store/sqlite/search-articles.ts explains the tiers), estimated totals and the outlet/day facets. Shared so that
// SQLite and PostgreSQL give the same JSON for the same data.
import type { SearchFacets } from './types.ts';

/**
 * At most this many matches are ranked by relevance per query (SearchPlan.tierAbove overrides it): all of them when a
 * query has no more, otherwise the newest this-many of its title/lead matches. It bounds the work of every query,
 * whatever the size of the archive.
 */
export const LARGE_RESULT = 100;

/**
 * BM25's statistics (how many articles hold each query phrase) cost a scan of every article holding the phrase, so a
 * query whose phrases are held by more articles than this in total (estimated from their newest DF_SAMPLE) lists its
 * candidates newest first instead: at a million articles a common word's statistics alone take tens of milliseconds.
 */
export const BM25_BUDGET = 20_000;
export const DF_SAMPLE = 64;

/** `count` newest items reaching back to id `reach`, spread over the archive as articles arrive: about how many in all. */
export function extrapolate(count: number, reach: number, minId: number, maxId: number): number {
  return (count * (maxId - minId + 1)) / Math.max(1, maxId - reach + 1);
}

/** Estimated articles holding a phrase, from its newest (up to DF_SAMPLE) ids, newest first. */
export function estimateDf(newestIds: number[], minId: number, maxId: number): number {
  return newestIds.length < DF_SAMPLE ? newestIds.length : extrapolate(newestIds.length, newestIds[newestIds.length - 1]!, minId, maxId);
}

/**
 * A date filter spanning at most this many articles also bounds the matches by id: the span's articles, read off the
 * sort-time index, lie between two ids, so a walk through the matches newest first starts at the span's newest article
 * and ends at its oldest instead of passing every newer and older match (an old week in a large archive). Totals are
 * then estimated over that id range. A wider span costs more to read than it saves.
 */
export const DATE_SPAN_CAP = 20_000;

/**
 * An entity filter on at most this many articles lists the candidates of an unranked walk from those articles (each
 * checked against the words) instead of from the words' matches newest first (each checked for the entity): a rare
 * entity with a common word otherwise walks through every match of the word. Both give the same rows in the same order;
 * a check against the words costs tens of microseconds, hence the cap.
 */
export const ENTITY_DRIVE_CAP = 1024;

/**
 * A source filter on at most this many articles lists the candidates the same way (its articles read off the
 * source/time index), when checking them costs less than the walk. The count that decides it reads at most this many
 * index entries, so it stays small next to the query.
 */
export const SOURCE_DRIVE_CAP = 4096;

/** Entities facet is counted over the best matches only (long articles mention dozens of entities each). */
export const ENTITY_FACET_SAMPLE = 20;

/** A match: article id, story (null when in none yet), score (higher is better), source, day (YYYY-MM-DD). */
export type Row = [id: number, storyId: number | null, score: number, sourceId: number, day: string];
export interface Group { row: Row; n: number }

export const byScore = (x: Row, y: Row) => y[2] - x[2] || x[0] - y[0];

export function keyOf(row: Row, byStory: boolean): number {
  return byStory && row[1] != null ? row[1] : -row[0];
}

/** Groups in order of their best row; `n` counts the rows of each group. */
export function groupRows(rows: Row[], byStory: boolean, skip?: Set<number>): { groups: Group[]; index: Map<number, number> } {
  const groups: Group[] = [];
  const index = new Map<number, number>();
  for (const row of rows) {
    const key = keyOf(row, byStory);
    if (skip?.has(key)) continue;
    const at = index.get(key);
    if (at === undefined) {
      index.set(key, groups.length);
      groups.push({ row, n: 1 });
    } else {
      groups[at]!.n++;
    }
  }
  return { groups, index };
}

/**
 * Totals of a large result from its newest matches: matches are spread over the archive about as articles arrive, so
 * the `newestIds` (filtered matches, newest first) reaching back to the last of them extrapolate over the whole id
 * range; stories per match as in the first tier. Never less than what the page actually looked at.
 */
export function estimateTotals(e: {
  minId: number; maxId: number; newestIds: number[]; windowRows: number; windowGroups: number; seenRows: number; seenGroups: number;
}): { totalArticles: number; totalGroups: number } {
  const all = extrapolate(e.newestIds.length, e.newestIds[e.newestIds.length - 1]!, e.minId, e.maxId);
  const totalArticles = Math.max(e.seenRows, Math.round(all));
  const perRow = e.windowRows > 0 ? e.windowGroups / e.windowRows : 1;
  return { totalArticles, totalGroups: Math.max(e.seenGroups, Math.round(totalArticles * perRow)) };
}

export function outletAndDayFacets(
  rows: Row[], names: Map<number, string>, limit: number,
): Pick<SearchFacets, 'outlets' | 'days'> {
  const bySource = new Map<number, number>();
  const byDay = new Map<string, number>();
  for (const row of rows) {
    bySource.set(row[3], (bySource.get(row[3]) ?? 0) + 1);
    byDay.set(row[4], (byDay.get(row[4]) ?? 0) + 1);
  }
  const outlets = [...bySource]
    .map(([sourceId, count]) => ({ sourceId, name: names.get(sourceId) ?? String(sourceId), count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
    .slice(0, limit);
  const days = [...byDay].map(([day, count]) => ({ day, count })).sort((a, b) => (a.day < b.day ? 1 : -1));
  return { outlets, days };
}

/** Distinct source ids of the rows (whose names the facet needs). */
export function sourceIdsOf(rows: Row[]): number[] {
  return [...new Set(rows.map((r) => r[3]))];
}
