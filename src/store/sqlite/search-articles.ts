// SQLite search backend: FTS5 BM25 with field weights and an optional recency boost, filters, story grouping and facets.
// One statement returns the candidates' (id, story, score, source, day); grouping, paging and the outlet/day facets are
// then a single pass in JS (src/store/search-paging.ts, shared with PostgreSQL), which is cheaper than running the match
// again per aggregate. How many candidates a query ranks is bounded: see searchArticlesSqlite.
import type BetterSqlite3 from 'better-sqlite3';
import { normalize } from '../../text/normalize.ts';
import type { SearchArticlesResult, SearchFacets, SearchHitRow, SearchPlan } from '../types.ts';
import { compileFtsMatch, compileMust, compileNot, mustPhrases } from './fts-match.ts';
import { decodeUtf8 } from './utf8-text.ts';
import {
  BM25_BUDGET, byScore, DATE_SPAN_CAP, DF_SAMPLE, ENTITY_DRIVE_CAP, ENTITY_FACET_SAMPLE, SOURCE_DRIVE_CAP, estimateDf, estimateTotals, groupRows, LARGE_RESULT, outletAndDayFacets,
  sourceIdsOf, type Group, type Row,
} from '../search-paging.ts';

export { LARGE_RESULT };

/**
 * bm25() weights in articles_fts column order: title over lead over body; within a field the surface column weighs a
 * little more than the stem column (a surface hit also hits the stem column, so exact forms rank first anyway).
 */
export const FIELD_WEIGHTS = {
  title_surface: 10,
  title_stems: 8,
  lead_surface: 4,
  lead_stems: 3,
  body_surface: 1.2,
  body_stems: 1,
} as const;

// Prepared statements by SQL text, per connection: FTS5 statements are costly to prepare relative to a small query.
const statementCache = new WeakMap<BetterSqlite3.Database, Map<string, BetterSqlite3.Statement>>();
function prepared(raw: BetterSqlite3.Database, sqlText: string): BetterSqlite3.Statement {
  let cache = statementCache.get(raw);
  if (!cache) statementCache.set(raw, (cache = new Map()));
  let st = cache.get(sqlText);
  if (!st) {
    if (cache.size > 200) cache.clear();
    st = raw.prepare(sqlText);
    cache.set(sqlText, st);
  }
  return st;
}

interface SourceLite { id: number; url: string; name: string; site_url: string | null }

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '').toLowerCase();
  } catch {
    return null;
  }
}

function resolveSources(raw: BetterSqlite3.Database, values: string[]): { ids: number[]; unknown: string[] } {
  const all = prepared(raw, `SELECT id, url, name, site_url FROM sources`).all() as SourceLite[];
  const ids = new Set<number>();
  const unknown: string[] = [];
  for (const value of values) {
    const v = value.trim();
    const vNorm = normalize(v);
    const vHost = (hostOf(v) ?? v.toLowerCase()).replace(/^www\./, '');
    const found = all.filter(
      (s) =>
        (/^\d+$/.test(v) && s.id === Number(v)) ||
        normalize(s.name) === vNorm ||
        s.url === v ||
        hostOf(s.url) === vHost ||
        hostOf(s.site_url) === vHost,
    );
    if (found.length === 0) unknown.push(value);
    for (const s of found) ids.add(s.id);
  }
  return { ids: [...ids], unknown };
}

function resolveEntities(raw: BetterSqlite3.Database, values: string[]): { sets: string[][]; unknown: string[] } {
  const byId = prepared(raw, `SELECT id FROM entities WHERE id = ?`);
  const byName = prepared(raw, `SELECT id FROM entities WHERE name_norm = ?`);
  const bySlug = prepared(raw, `SELECT id FROM entities WHERE substr(id, instr(id, ':') + 1) = ?`);
  const sets: string[][] = [];
  const unknown: string[] = [];
  for (const value of values) {
    const v = value.trim();
    let ids = (byId.all(v) as { id: string }[]).map((r) => r.id);
    if (ids.length === 0) ids = (byName.all(normalize(v)) as { id: string }[]).map((r) => r.id);
    if (ids.length === 0) ids = (bySlug.all(v.toLowerCase()) as { id: string }[]).map((r) => r.id);
    if (ids.length === 0) unknown.push(value);
    sets.push(ids);
  }
  return { sets, unknown };
}

type Raw = BetterSqlite3.Database;

/**
 * A rowid bound as FTS5 can use it. better-sqlite3 binds a JS number as a REAL, and FTS5 takes a rowid bound only when
 * it is an INTEGER (otherwise it walks every match and SQLite drops those outside the bound afterwards): an exclusion's
 * lookup over a few dozen ids cost 20 ms at 1M articles, 0.1 ms cast.
 */
const ROWID = 'CAST(? AS INTEGER)';

/**
 * Ranking is bounded (LARGE_RESULT, or plan.tierAbove = T): a query with at most T matches ranks all of them by BM25
 * (exact totals and facets). A larger one is ranked in tiers, each story shown once, in its first tier:
 *   1. the newest T articles with the query words in their title or lead (passing filters and exclusions), by BM25 over
 *      title and lead;
 *   2. the newest T matches anywhere in the text, by BM25 over all fields;
 *   3. every older match, newest first.
 * Its totals are estimated, and its facets and "N more from this story" counted over what the page looked at
 * (flagged `approximate`). A first page ranks and joins at most 2T + 1 rows, whatever the size of the archive.
 * BM25 needs, per query phrase, the number of articles holding it, which FTS5 counts by reading every one of them: when
 * the phrases are estimated (from their newest few) to be held by more than BM25_BUDGET articles, each tier lists its
 * candidates newest first instead, and the cost stays flat however common the words.
 */
export async function searchArticlesSqlite(raw: Raw, plan: SearchPlan): Promise<SearchArticlesResult> {
  const empty = (unknownSources: string[], unknownEntities: string[]): SearchArticlesResult => ({
    hits: [], totalArticles: 0, totalGroups: 0, facets: plan.facets ? { outlets: [], days: [], entities: [] } : null,
    unknownSources, unknownEntities, approximate: false,
  });

  const where: string[] = [];
  const params: unknown[] = [];
  let unknownSources: string[] = [];
  let unknownEntities: string[] = [];
  let rare: Driver & { n: number } | null = null;
  let outlets: string | null = null;
  // Source and entity filters a walk may check against their whole article list instead (see SOURCE_CHECK).
  const sets: { at: number; list: string; count: string; passing: string; json: string; checkCost: number; maxList: number; n?: number }[] = [];
  const drive = plan.driveFilters !== false;
  const alwaysDrive = plan.driveFilters === 'always';
  if (plan.sources.length) {
    const r = resolveSources(raw, plan.sources);
    unknownSources = r.unknown;
    if (r.ids.length === 0) return empty(unknownSources, unknownEntities);
    where.push(`a.source_id IN (SELECT value FROM json_each(?))`);
    params.push(JSON.stringify(r.ids));
    outlets = JSON.stringify(r.ids);
    sets.push({ at: where.length - 1, list: SOURCE_LIST, count: SOURCE_COUNT, passing: SOURCE_PASSING, json: outlets, checkCost: SOURCE_CHECK, maxList: SOURCE_LIST_CAP });
  }
  if (plan.entities.length) {
    const r = resolveEntities(raw, plan.entities);
    unknownEntities = r.unknown;
    if (r.sets.some((s) => s.length === 0)) return empty(unknownSources, unknownEntities);
    // Checked per candidate: a common entity's whole article list is never materialized.
    for (const set of r.sets) {
      where.push(`EXISTS (SELECT 1 FROM article_entities ae WHERE ae.article_id = a.id AND ae.entity_id IN (SELECT value FROM json_each(?)))`);
      params.push(JSON.stringify(set));
      // Unless the entity is rare (ENTITY_DRIVE_CAP): then unranked walks list its articles.
      const n = drive ? prepared(raw, ENTITY_COUNT).pluck(true).get(JSON.stringify(set), ENTITY_DRIVE_CAP + 1) as number : Infinity;
      if (n <= ENTITY_DRIVE_CAP && (!rare || n < rare.n)) rare = { list: ENTITY_LIST, json: JSON.stringify(set), n };
      sets.push({ at: where.length - 1, list: ENTITY_LINKS, count: ENTITY_COUNT, passing: ENTITY_PASSING, json: JSON.stringify(set), checkCost: ENTITY_CHECK, maxList: ENTITY_LIST_CAP, n: n <= ENTITY_DRIVE_CAP ? n : undefined });
    }
  }
  if (plan.from) { where.push(`a.sort_time >= ?`); params.push(plan.from); }
  if (plan.to) { where.push(`a.sort_time <= ?`); params.push(plan.to); }
  if (plan.lang) { where.push(`a.lang = ?`); params.push(plan.lang); }
  const filter = where.length ? `AND ${where.join(' AND ')}` : '';
  let span: { lo: number; hi: number } | null = null;
  if (plan.from || plan.to) {
    const bounds = [plan.from, plan.to].filter((b): b is string => !!b);
    const s = prepared(
      raw,
      `SELECT count(*) AS n, min(id) AS lo, max(id) AS hi FROM (SELECT id FROM articles INDEXED BY articles_sort_time
       WHERE ${[plan.from && 'sort_time >= ?', plan.to && 'sort_time <= ?'].filter(Boolean).join(' AND ')} LIMIT ?)`,
    ).get(...bounds, DATE_SPAN_CAP + 1) as { n: number; lo: number | null; hi: number | null };
    if (s.n === 0) return empty(unknownSources, unknownEntities);
    if (s.n <= DATE_SPAN_CAP) span = { lo: s.lo!, hi: s.hi! };
  }
  const q: Query = {
    raw, plan, filter, walkFilter: filter, params, unknownSources, unknownEntities,
    idSpan: span ? `AND h.rowid BETWEEN ${ROWID} AND ${ROWID}` : '', idParams: span ? [span.lo, span.hi] : [], driver: null,
  };

  const limitT = plan.tierAbove ?? LARGE_RESULT;

  const match = compileFtsMatch(plan);
  if (!match) return filtersOnly(q, limitT);
  // Two subqueries: SQLite reads min() or max() off the index only when it is the query's single aggregate.
  const ids = prepared(raw, `SELECT (SELECT min(id) FROM articles) AS lo, (SELECT max(id) FROM articles) AS hi`).get() as { lo: number; hi: number };
  const dfs = new Map<string, number>();
  const df = (table: string, p: string) => {
    let n = dfs.get(`${table}|${p}`);
    if (n === undefined) {
      const newestIds = prepared(raw, `SELECT rowid FROM ${table} WHERE ${table} MATCH ? ORDER BY rowid DESC LIMIT ?`).pluck(true).all(p, DF_SAMPLE) as number[];
      dfs.set(`${table}|${p}`, (n = estimateDf(newestIds, ids.lo, ids.hi)));
    }
    return n;
  };
  const affordable = (table: string, phrases: string[]) => {
    let total = 0;
    for (const p of phrases) {
      total += df(table, p);
      if (total > (plan.bm25Budget ?? BM25_BUDGET)) return false;
    }
    return true;
  };
  // A rare entity or small outlet lists the candidates when checking its articles against the words (a rowid lookup each,
  // about DRIVE_STEPS times a step of the walk) costs less than walking the words' matches (at most as many as their
  // phrases hold). Estimated only when there is a filter to weigh it against.
  // How far a walk that checks a filter's list is estimated to go, by filter.
  const walkFor = new Map<string, number>();
  const lists = sets.length > 0 && plan.filterLists !== false && (drive || plan.filterLists === true);
  const walk = (((outlets || rare) && drive) || lists) ? mustPhrases(plan, 'all').reduce((sum, p) => sum + df('articles_fts', p), 0) : 0;
  if (lists || (outlets && drive)) {
    // A small outlet (SOURCE_DRIVE_CAP) may drive too; counted only as far as could pay off, so a large one costs a few index steps.
    const sourceCap = Math.min(SOURCE_DRIVE_CAP, alwaysDrive ? Infinity : Math.ceil(walk / DRIVE_STEPS), rare ? rare.n - 1 : Infinity);
    const setWhere = [...where];
    // The newest matches of the words show how many of them pass each filter, so how far a walk would go.
    const probe = lists && walk * Math.max(...sets.map((f) => f.checkCost)) > WALK_WORTH_LISTING
      ? prepared(raw, `SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT ?`).pluck(true).all(match, FILTER_PROBE) as number[]
      : [];
    for (const f of sets) {
      let setCap = lists && plan.filterLists ? Infinity : 0;
      // Not worth a look when checking every match would cost little.
      if (lists && !plan.filterLists && probe.length === FILTER_PROBE && walk * f.checkCost > WALK_WORTH_LISTING) {
        const passing = prepared(raw, f.passing).pluck(true).get(f.json, JSON.stringify(probe)) as number;
        // None passing says little (the filter may be in none of the matches): as far as the whole walk.
        const checked = passing ? Math.min(walk, (LARGE_RESULT + 1) * FILTER_PROBE / passing) : walk;
        walkFor.set(f.json, checked);
        setCap = Math.min(f.maxList, Math.ceil(checked * f.checkCost));
      }
      const outlet = f.list === SOURCE_LIST && drive;
      const limit = Math.max(setCap, outlet ? sourceCap : 0);
      if (f.n === undefined && limit < 1) continue;
      const n = f.n ?? (setCap === Infinity && !outlet ? Infinity : prepared(raw, f.count).pluck(true).get(f.json, (setCap === Infinity ? sourceCap : limit) + 1) as number);
      if (n <= setCap || setCap === Infinity) setWhere[f.at] = `+h.rowid IN (${f.list})`;
      if (outlet && n <= sourceCap) rare = { list: SOURCE_LIST, json: f.json, n };
    }
    q.walkFilter = `AND ${setWhere.join(' AND ')}`;
  }
  // Against a walk that checks the filter's list, as far as that walk is estimated to go.
  if (rare && (alwaysDrive || rare.n * DRIVE_STEPS < (walkFor.get(rare.json) ?? walk))) q.driver = { list: rare.list, json: rare.json };
  // Each tier asks only about the phrases it ranks by. (A phrase is held by no more titles and leads than texts.)
  let mainBm25: boolean | undefined;
  const bm25 = () => (mainBm25 ??= affordable('articles_fts', mustPhrases(plan, 'all')));
  const ranked = (rows: Row[], byBm25: boolean) => (byBm25 ? [...rows].sort(byScore) : rows);

  // The newest T + 1 matches (ids only): all of them, ranked, when there are no more.
  const newest = q.driver
    ? (fromDriver(q, 'articles', 'ids').all(q.driver.json, Number.MAX_SAFE_INTEGER, ...q.idParams, match, ...params, limitT + 1) as number[])
    : prepared(
      raw,
      `SELECT h.rowid FROM articles_fts h ${filter ? 'JOIN articles AS a INDEXED BY articles_search_facts ON a.id = h.rowid' : ''}
       WHERE articles_fts MATCH ? ${q.idSpan} ${q.walkFilter} ORDER BY h.rowid DESC LIMIT ?`,
    ).pluck(true).all(match, ...q.idParams, ...params, limitT + 1) as number[];
  if (newest.length <= limitT) {
    // Listed from a rare filter, or walked past every filter check, the matches are known already: read their rows rather
    // than check every article again (a filter unrelated to the words was checked against all of their matches).
    const rows = ranked(q.driver || filter ? rowsOf(q, newest, bm25(), match) : newestRanked(q, 'articles', match, null, limitT + 1, Number.MAX_SAFE_INTEGER, bm25()), bm25());
    const { groups } = groupRows(rows, plan.groupByStory);
    return finish(q, rows, groups, rows.length, groups.length, false);
  }

  // The first tier: the newest title/lead matches, ranked. Exclusions are checked where the words also match: FTS5
  // walks the rarer side of that AND.
  const head = compileMust(plan, 'head')!;
  const headBm25 = affordable('heads_fts', mustPhrases(plan, 'head'));
  const not = compileNot(plan);
  const excluded = not ? `(${compileMust(plan, 'all')!}) AND (${not})` : null;
  const window = ranked(newestRanked(q, 'heads', head, excluded, limitT, Number.MAX_SAFE_INTEGER, headBm25), headBm25);
  const tier1 = groupRows(window, plan.groupByStory);
  const estimate = (seenRows: number, seenGroups: number) => estimateTotals({
    minId: span?.lo ?? ids.lo, maxId: span?.hi ?? ids.hi, newestIds: newest, windowRows: window.length, windowGroups: tier1.groups.length, seenRows, seenGroups,
  });
  if (plan.offset + plan.limit <= tier1.groups.length) {
    const t = estimate(window.length, tier1.groups.length);
    return finish(q, window, tier1.groups, t.totalArticles, t.totalGroups, true);
  }
  // The second tier: the newest T matches anywhere in the text (stories not in the first tier), ranked.
  const skip = new Set(tier1.index.keys());
  const second = newestRanked(q, 'articles', match, null, limitT, Number.MAX_SAFE_INTEGER, bm25());
  const tier2 = groupRows(ranked(second, bm25()), plan.groupByStory, skip);
  let groups = [...tier1.groups, ...tier2.groups];
  let seenRows = window.length + second.length;
  let exhausted = false;
  if (plan.offset + plan.limit > groups.length) {
    // Deeper: every older match, newest first, one group per story not shown yet.
    for (const k of tier2.index.keys()) skip.add(k);
    const rest: Row[] = [];
    let below = second[second.length - 1]![0];
    for (;;) {
      const batch = newestRanked(q, 'articles', match, null, limitT, below, bm25());
      rest.push(...batch);
      if (batch.length < limitT) { exhausted = true; break; }
      if (groupRows(rest, plan.groupByStory, skip).groups.length > plan.offset + plan.limit - groups.length) break;
      below = batch[batch.length - 1]![0];
    }
    groups = [...groups, ...groupRows(rest, plan.groupByStory, skip).groups];
    // Every match seen once the older ones ran out: the totals are counts, not estimates.
    seenRows = exhausted ? second.length + rest.length : seenRows + rest.length;
  }
  const t = exhausted ? { totalArticles: seenRows, totalGroups: groups.length } : estimate(seenRows, groups.length);
  return finish(q, window, groups, t.totalArticles, t.totalGroups, true);
}

interface Query {
  raw: Raw;
  plan: SearchPlan;
  filter: string;
  /** The same filters as a walk over the words' matches checks them (see SOURCE_CHECK); the same parameters. */
  walkFilter: string;
  params: unknown[];
  unknownSources: string[];
  unknownEntities: string[];
  /** Bounds on the FTS rowid from a narrow date filter (DATE_SPAN_CAP), or ''; its parameters. */
  idSpan: string;
  idParams: number[];
  /** A filter on few articles (ENTITY_DRIVE_CAP, SOURCE_DRIVE_CAP): unranked walks list its articles. */
  driver: Driver | null;
}

/**
 * A walk over the words' matches (newest first) may check a source or entity filter against the filter's whole article
 * list, read once per statement into memory (~0.15-0.25 us an article), instead of with index lookups per match: in units of
 * listing one article, checking a match for an outlet costs about SOURCE_CHECK (the join to the article), for an entity
 * about ENTITY_CHECK (its links). How many matches a walk checks before a page fills is estimated from the share of the
 * words' newest FILTER_PROBE matches that pass the filter (a filter related to the words fills a page early; an
 * unrelated one can be checked against every match), and the list is used when it costs less than those checks.
 * The list is rebuilt for each statement of the query, and its size counted first: an outlet's list is considered up to
 * SOURCE_LIST_CAP articles (a larger one is checked cheaply per match, and counting it would cost more than it saves),
 * an entity's up to ENTITY_LIST_CAP.
 */
const SOURCE_CHECK = 4;
const ENTITY_CHECK = 25;
const SOURCE_LIST_CAP = 16_384;
const ENTITY_LIST_CAP = 65_536;
const FILTER_PROBE = 64;
/** In units of listing one article (~0.25 us): below ~3 ms of checks, the probe and count would cost about as much. */
const WALK_WORTH_LISTING = 12_000;
/** How many of these articles (JSON) pass the filter (JSON); parameters: the filter's, then the articles. */
const ENTITY_PASSING = `SELECT count(DISTINCT article_id) FROM article_entities WHERE entity_id IN (SELECT value FROM json_each(?)) AND article_id IN (SELECT value FROM json_each(?))`;
const SOURCE_PASSING = `SELECT count(*) FROM articles WHERE source_id IN (SELECT value FROM json_each(?)) AND id IN (SELECT value FROM json_each(?))`;

/**
 * What checking one listed article against the words costs (FTS5 parses the expression and seeks every phrase for it,
 * ~30 us at 1M articles), in steps of a walk over the words' matches against a filter's article list (~0.2 us).
 */
const DRIVE_STEPS = 100;

/** How a rare filter lists its articles (SQL yielding `article_id`, one JSON parameter) and that parameter. */
interface Driver { list: string; json: string }
const ENTITY_LIST = `SELECT DISTINCT article_id FROM article_entities WHERE entity_id IN (SELECT value FROM json_each(?))`;
const SOURCE_LIST = `SELECT id AS article_id FROM articles INDEXED BY articles_source_time WHERE source_id IN (SELECT value FROM json_each(?))`;
/** An entity's articles as a walk checks them (an IN list: no DISTINCT needed, which would cost a second temporary index). */
const ENTITY_LINKS = `SELECT article_id FROM article_entities WHERE entity_id IN (SELECT value FROM json_each(?))`;
/** At most how many articles a filter lists (the entity's count is of links, its articles at most that many); JSON, limit. */
const ENTITY_COUNT = `SELECT count(*) FROM (SELECT 1 FROM article_entities WHERE entity_id IN (SELECT value FROM json_each(?)) LIMIT ?)`;
const SOURCE_COUNT = `SELECT count(*) FROM (SELECT 1 FROM articles INDEXED BY articles_source_time WHERE source_id IN (SELECT value FROM json_each(?)) LIMIT ?)`;

/**
 * Matches of `index` newest first, listed from the rare filter's articles (each checked against the words with a rowid
 * lookup) rather than from the words' matches: the same rows in the same order as the walk, for a fraction of its work.
 * Parameters: the driver's JSON, below, date span, expression, filters, limit.
 */
function fromDriver(q: Query, index: 'heads' | 'articles', shape: 'ids' | 'rows'): BetterSqlite3.Statement {
  const table = index === 'heads' ? 'heads_fts' : 'articles_fts';
  const st = prepared(
    q.raw,
    `SELECT ${shape === 'ids' ? 'e.article_id' : `e.article_id, sm.story_id, 0.0 AS score, a.source_id, substr(a.sort_time, 1, 10) AS day`}
     FROM (${q.driver!.list}) e
     JOIN articles AS a INDEXED BY articles_search_facts ON a.id = e.article_id
     ${shape === 'ids' ? '' : 'LEFT JOIN story_members sm ON sm.article_id = e.article_id'}
     WHERE e.article_id < ${ROWID} ${q.idSpan.replace('h.rowid', 'e.article_id')}
       AND EXISTS (SELECT 1 FROM ${table} f WHERE ${table} MATCH ? AND f.rowid = e.article_id) ${q.filter}
     ORDER BY e.article_id DESC LIMIT ?`,
  );
  return shape === 'ids' ? st.pluck(true) : st.raw(true);
}

/** The recency boost as SQL over `a.sort_time` (bm25 times 1 + weight / (1 + age / half-life)). */
function recencySql(plan: SearchPlan): { sql: string; params: unknown[] } {
  if (!plan.recency) return { sql: '', params: [] };
  return {
    sql: `* (1.0 + ? / (1.0 + max(0.0, julianday(?) - julianday(a.sort_time)) / ?))`,
    params: [plan.recency.weight, plan.recency.now, plan.recency.halfLifeDays],
  };
}

/**
 * The newest `size` articles below id `below` matching `expr` on one index ('heads': title and lead, 'articles': all of
 * it) that pass the filters, newest first, with that index's BM25 (or 0 when `bm25` is off). `exclude` (for the
 * title/lead index; the main index's expression has its exclusions already) matches the candidates to drop: it is
 * looked up in the main index over each batch's id range, one range scan rather than a lookup per candidate.
 */
function newestRanked(q: Query, index: 'heads' | 'articles', expr: string, exclude: string | null, size: number, below: number, bm25: boolean): Row[] {
  const w = FIELD_WEIGHTS;
  const table = index === 'heads' ? 'heads_fts' : 'articles_fts';
  const weights = (index === 'heads'
    ? [w.title_surface, w.title_stems, w.lead_surface, w.lead_stems]
    : [w.title_surface, w.title_stems, w.lead_surface, w.lead_stems, w.body_surface, w.body_stems]).join(', ');
  const recency = recencySql(q.plan);
  const stmt = q.driver ? null : prepared(
    q.raw,
    `SELECT h.rowid, sm.story_id, ${bm25 ? `-bm25(${table}, ${weights}) ${recency.sql}` : '0.0'} AS score, a.source_id, substr(a.sort_time, 1, 10) AS day
     FROM ${table} h JOIN articles AS a INDEXED BY articles_search_facts ON a.id = h.rowid
     LEFT JOIN story_members sm ON sm.article_id = h.rowid
     WHERE ${table} MATCH ? AND h.rowid < ${ROWID} ${q.idSpan} ${q.walkFilter}
     ORDER BY h.rowid DESC LIMIT ?`,
  ).raw(true);
  const excluded = exclude ? prepared(q.raw, `SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? AND rowid BETWEEN ${ROWID} AND ${ROWID}`).pluck(true) : null;
  const out: Row[] = [];
  while (out.length < size) {
    const want = size - out.length;
    const batch = (stmt
      ? stmt.all(...(bm25 ? recency.params : []), expr, below, ...q.idParams, ...q.params, want)
      : fromDriver(q, index, 'rows').all(q.driver!.json, below, ...q.idParams, expr, ...q.params, want)) as Row[];
    if (!stmt && bm25 && batch.length) scoreRows(q, table, weights, expr, batch);
    if (batch.length === 0) break;
    const lo = batch[batch.length - 1]![0];
    const drop = excluded ? new Set(excluded.all(exclude, lo, batch[0]![0]) as number[]) : null;
    for (const row of batch) if (!drop?.has(row[0])) out.push(row);
    if (batch.length < want) break;
    below = lo;
  }
  return out;
}

/** The rows of these matches (ids newest first), as newestRanked gives them over the main index. */
function rowsOf(q: Query, ids: number[], bm25: boolean, expr: string): Row[] {
  if (ids.length === 0) return [];
  const byId = new Map((prepared(
    q.raw,
    `SELECT a.id, sm.story_id, 0.0 AS score, a.source_id, substr(a.sort_time, 1, 10) AS day
     FROM articles AS a LEFT JOIN story_members sm ON sm.article_id = a.id WHERE a.id IN (SELECT value FROM json_each(?))`,
  ).raw(true).all(JSON.stringify(ids)) as Row[]).map((r) => [r[0], r]));
  const rows = ids.map((id) => byId.get(id)!);
  if (bm25) {
    const w = FIELD_WEIGHTS;
    scoreRows(q, 'articles_fts', [w.title_surface, w.title_stems, w.lead_surface, w.lead_stems, w.body_surface, w.body_stems].join(', '), expr, rows);
  }
  return rows;
}

/**
 * BM25 (times the recency boost) of rows listed from a rare filter, exactly as the walk computes it: FTS5's bm25() takes
 * its statistics from the whole index whichever rows are asked for, so the matches between the rows are stepped over
 * (by rowid only) and only the rows themselves scored; the boost is the same SQL expression, multiplied the same way.
 */
function scoreRows(q: Query, table: string, weights: string, expr: string, rows: Row[]): void {
  const ids = JSON.stringify(rows.map((r) => r[0]));
  const scores = new Map(prepared(
    q.raw,
    `SELECT id, s FROM (SELECT h.rowid AS id, CASE WHEN h.rowid IN (SELECT value FROM json_each(?)) THEN -bm25(${table}, ${weights}) END AS s
     FROM ${table} h WHERE ${table} MATCH ? AND h.rowid BETWEEN ${ROWID} AND ${ROWID}) WHERE s IS NOT NULL`,
  ).raw(true).all(ids, expr, rows[rows.length - 1]![0], rows[0]![0]) as [number, number][]);
  const recency = recencySql(q.plan);
  const boost = recency.sql
    ? new Map(prepared(q.raw, `SELECT a.id, 1.0 ${recency.sql} FROM articles a WHERE a.id IN (SELECT value FROM json_each(?))`)
      .raw(true).all(...recency.params, ids) as [number, number][])
    : null;
  for (const r of rows) r[2] = boost ? scores.get(r[0])! * boost.get(r[0])! : scores.get(r[0])!;
}

/** No words, only filters: newest first, the bounded way (an outlet's whole archive is never read for one page). */
function filtersOnly(q: Query, limitT: number): SearchArticlesResult {
  const { raw, plan, filter, params } = q;
  const FACTS = `articles AS a INDEXED BY articles_sort_time`;
  const stmt = prepared(
    raw,
    `SELECT a.id, sm.story_id, 0.0 AS score, a.source_id, substr(a.sort_time, 1, 10) AS day
     FROM ${FACTS} LEFT JOIN story_members sm ON sm.article_id = a.id
     WHERE 1 ${filter}
     ORDER BY a.sort_time DESC, a.id DESC LIMIT ? OFFSET ?`,
  ).raw(true);
  const first = stmt.all(...params, limitT + 1, 0) as Row[];
  if (first.length <= limitT) {
    const { groups } = groupRows(first, plan.groupByStory);
    return finish(q, first, groups, first.length, groups.length, false);
  }
  const rows = first;
  const want = plan.offset + plan.limit + 1;
  while (groupRows(rows, plan.groupByStory).groups.length < want) {
    const more = stmt.all(...params, limitT + 1, rows.length) as Row[];
    rows.push(...more);
    if (more.length < limitT + 1) break;
  }
  const { groups } = groupRows(rows, plan.groupByStory);
  const count = prepared(raw, `SELECT count(*) FROM articles AS a WHERE 1 ${filter}`).pluck(true).get(...params) as number;
  const totalGroups = Math.max(groups.length, Math.round(count * (groups.length / Math.max(1, rows.length))));
  return finish(q, rows.slice(0, limitT), groups, count, totalGroups, true);
}

/** The page, its totals, and facets over `facetRows` (every match, or the first tier of a large result; in rank order). */
function finish(q: Query, facetRows: Row[], groups: Group[], totalArticles: number, totalGroups: number, approximate: boolean): SearchArticlesResult {
  const { plan } = q;
  const page = groups.slice(plan.offset, plan.offset + plan.limit);
  // The page's articles as the results show them, read here in one statement (only the columns shown; the lead, stored
  // after the cleaned HTML, only when there is no text; the text read once, as bytes: utf8-text.ts).
  const docs = new Map(
    (prepared(
      q.raw,
      `SELECT a.id, a.url, a.title, CAST(coalesce(nullif(a.text, ''), a.lead) AS BLOB), a.source_id, s.name, a.published_at
       FROM articles a JOIN sources s ON s.id = a.source_id WHERE a.id IN (SELECT value FROM json_each(?))`,
    ).raw(true).all(JSON.stringify(page.map((g) => g.row[0]))) as [number, string, string, Uint8Array | null, number, string, string | null][])
      .map(([id, url, title, body, sourceId, sourceName, publishedAt]) => [id, { url, title, body: decodeUtf8(body), sourceId, sourceName, publishedAt }]),
  );
  const hits: SearchHitRow[] = page.map((g) => ({
    articleId: g.row[0],
    storyId: g.row[1],
    score: g.row[2],
    groupHits: g.n,
    doc: docs.get(g.row[0]),
  }));
  return {
    hits, totalArticles, totalGroups, facets: plan.facets ? facetsOf(q.raw, facetRows, plan.facetLimit ?? 10) : null,
    unknownSources: q.unknownSources, unknownEntities: q.unknownEntities, approximate,
  };
}

function facetsOf(raw: Raw, rows: Row[], limit: number): SearchFacets {
  const names = new Map(
    (prepared(raw, `SELECT id, name FROM sources WHERE id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(sourceIdsOf(rows))) as { id: number; name: string }[])
      .map((s) => [s.id, s.name]),
  );
  const { outlets, days } = outletAndDayFacets(rows, names, limit);
  // Over the first rows in rank order, counted before the entities are joined: only the top few need their names.
  const sample = rows.slice(0, ENTITY_FACET_SAMPLE).map((r) => r[0]);
  const entities = sample.length
    ? (prepared(
        raw,
        `SELECT e.id, e.kind, e.name, c.n AS count
         FROM (SELECT entity_id, count(*) AS n FROM article_entities WHERE article_id IN (SELECT value FROM json_each(?))
               GROUP BY entity_id ORDER BY n DESC, entity_id LIMIT ?) c
         JOIN entities e ON e.id = c.entity_id ORDER BY c.n DESC, e.id`,
      ).all(JSON.stringify(sample), limit) as { id: string; kind: string; name: string; count: number }[])
    : [];
  return { outlets, days, entities };
}
