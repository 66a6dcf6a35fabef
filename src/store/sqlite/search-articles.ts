// SQLite search backend: FTS5 BM25 with field weights and an optional recency boost, filters, story grouping and facets.
// One statement returns the matches' (id, story, score, source, day) best first; grouping, paging and the outlet/day
// facets are then a single pass in JS, which is cheaper than running the match again per aggregate.
import type BetterSqlite3 from 'better-sqlite3';
import { normalize } from '../../text/normalize.ts';
import type { SearchArticlesResult, SearchFacets, SearchHitRow, SearchPlan } from '../types.ts';
import { compileFtsMatch, compileMust, compileNot } from './fts-match.ts';

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

/** Entities facet is counted over the best matches only (long articles mention dozens of entities each). */
const ENTITY_FACET_SAMPLE = 100;

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

/**
 * Above this many matches, BM25 over every match and a per-match lookup cost tens of milliseconds on a 31k-article
 * archive, so ranking becomes tiered: articles with the query words in the title or lead come first (ranked among
 * themselves), then the others. The first pages then need only the head matches; their totals and facets are estimated
 * from them (flagged `approximate`). Deeper pages compute everything, in the same order.
 */
export const LARGE_RESULT = 2000;

type Row = [id: number, storyId: number | null, score: number, sourceId: number, day: string];
interface Group { row: Row; n: number }

function groupRows(rows: Row[], byStory: boolean, skip?: Set<number>): { groups: Group[]; index: Map<number, number> } {
  const groups: Group[] = [];
  const index = new Map<number, number>();
  for (const row of rows) {
    const key = byStory && row[1] != null ? row[1] : -row[0];
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

export async function searchArticlesSqlite(raw: BetterSqlite3.Database, plan: SearchPlan): Promise<SearchArticlesResult> {
  const empty = (unknownSources: string[], unknownEntities: string[]): SearchArticlesResult => ({
    hits: [], totalArticles: 0, totalGroups: 0, facets: plan.facets ? { outlets: [], days: [], entities: [] } : null,
    unknownSources, unknownEntities, approximate: false,
  });

  const where: string[] = [];
  const params: unknown[] = [];
  let unknownSources: string[] = [];
  let unknownEntities: string[] = [];
  if (plan.sources.length) {
    const r = resolveSources(raw, plan.sources);
    unknownSources = r.unknown;
    if (r.ids.length === 0) return empty(unknownSources, unknownEntities);
    where.push(`a.source_id IN (SELECT value FROM json_each(?))`);
    params.push(JSON.stringify(r.ids));
  }
  if (plan.entities.length) {
    const r = resolveEntities(raw, plan.entities);
    unknownEntities = r.unknown;
    if (r.sets.some((s) => s.length === 0)) return empty(unknownSources, unknownEntities);
    for (const set of r.sets) {
      where.push(`a.id IN (SELECT article_id FROM article_entities WHERE entity_id IN (SELECT value FROM json_each(?)))`);
      params.push(JSON.stringify(set));
    }
  }
  if (plan.from) { where.push(`a.sort_time >= ?`); params.push(plan.from); }
  if (plan.to) { where.push(`a.sort_time <= ?`); params.push(plan.to); }
  if (plan.lang) { where.push(`a.lang = ?`); params.push(plan.lang); }
  const filter = where.length ? `AND ${where.join(' AND ')}` : '';
  const FACTS = `articles AS a INDEXED BY articles_search_facts`;

  const w = FIELD_WEIGHTS;
  const weights = [w.title_surface, w.title_stems, w.lead_surface, w.lead_stems, w.body_surface, w.body_stems].join(', ');
  // bm25() is negative (lower is better); flip it so higher is better everywhere outside the database.
  const recency = plan.recency ? `* (1.0 + ? / (1.0 + max(0.0, julianday(?) - julianday(a.sort_time)) / ?))` : '';
  const recencyParams = plan.recency ? [plan.recency.weight, plan.recency.now, plan.recency.halfLifeDays] : [];
  const ranked = (match: string): Row[] =>
    prepared(
        raw,
        `WITH m AS (SELECT rowid AS id, -bm25(articles_fts, ${weights}) AS r FROM articles_fts WHERE articles_fts MATCH ?)
         SELECT a.id, sm.story_id, m.r ${recency} AS score, a.source_id, substr(a.sort_time, 1, 10) AS day
         FROM m JOIN ${FACTS} ON a.id = m.id LEFT JOIN story_members sm ON sm.article_id = a.id
         WHERE 1 ${filter}
         ORDER BY score DESC, a.id`,
      )
      .raw(true)
      .all(match, ...recencyParams, ...params) as Row[];
  // The head tier: the same query on the title/lead index, exclusions checked against the main index.
  const headWeights = [w.title_surface, w.title_stems, w.lead_surface, w.lead_stems].join(', ');
  const rankedHeads = (must: string, not: string | null): Row[] =>
    prepared(
        raw,
        `WITH m AS (SELECT rowid AS id, -bm25(heads_fts, ${headWeights}) AS r FROM heads_fts WHERE heads_fts MATCH ?)
         SELECT a.id, sm.story_id, m.r ${recency} AS score, a.source_id, substr(a.sort_time, 1, 10) AS day
         FROM m JOIN ${FACTS} ON a.id = m.id LEFT JOIN story_members sm ON sm.article_id = a.id
         WHERE 1 ${filter} ${not ? 'AND a.id NOT IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)' : ''}
         ORDER BY score DESC, a.id`,
      )
      .raw(true)
      .all(must, ...recencyParams, ...params, ...(not ? [not] : [])) as Row[];
  const countMatches = (match: string): number =>
    prepared(raw, `SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?`).pluck(true).get(match) as number;

  const match = compileFtsMatch(plan);
  let rows: Row[];
  let ordered: Group[];
  if (!match) {
    rows = prepared(
        raw,
        `SELECT a.id, sm.story_id, 0.0 AS score, a.source_id, substr(a.sort_time, 1, 10) AS day
         FROM ${FACTS} LEFT JOIN story_members sm ON sm.article_id = a.id
         WHERE 1 ${filter}
         ORDER BY a.sort_time DESC, a.id DESC`,
      )
      .raw(true)
      .all(...params) as Row[];
    ordered = groupRows(rows, plan.groupByStory).groups;
  } else {
    const count = countMatches(match);
    const head = count > (plan.tierAbove ?? LARGE_RESULT) ? compileMust(plan, 'head') : null;
    if (!head) {
      rows = ranked(match);
      ordered = groupRows(rows, plan.groupByStory).groups;
    } else {
      const headRows = rankedHeads(head, compileNot(plan));
      const headGroups = groupRows(headRows, plan.groupByStory);
      if (plan.offset + plan.limit <= headGroups.groups.length) {
        // Estimated totals: filters keep the same share of all matches as of the head matches.
        const share = where.length || plan.not.length
          ? headRows.length / Math.max(1, prepared(raw, `SELECT count(*) FROM heads_fts WHERE heads_fts MATCH ?`).pluck(true).get(head) as number)
          : 1;
        const totalArticles = Math.max(headRows.length, Math.round(count * share));
        const totalGroups = Math.max(headGroups.groups.length, Math.round(totalArticles * (headGroups.groups.length / Math.max(1, headRows.length))));
        return finish(raw, plan, headRows, headGroups.groups, totalArticles, totalGroups, true, unknownSources, unknownEntities);
      }
      // A deep page: every match, the head tier first (with their full story counts), then the rest.
      rows = ranked(match);
      const all = groupRows(rows, plan.groupByStory);
      const headKeys = new Set(headGroups.index.keys());
      const first = headGroups.groups.map((g) => ({ row: g.row, n: all.groups[all.index.get(keyOf(g.row, plan.groupByStory))!]?.n ?? g.n }));
      ordered = [...first, ...groupRows(rows, plan.groupByStory, headKeys).groups];
    }
  }
  return finish(raw, plan, rows, ordered, rows.length, ordered.length, false, unknownSources, unknownEntities);
}

function keyOf(row: Row, byStory: boolean): number {
  return byStory && row[1] != null ? row[1] : -row[0];
}

function finish(
  raw: BetterSqlite3.Database, plan: SearchPlan, rows: Row[], groups: Group[], totalArticles: number, totalGroups: number,
  approximate: boolean, unknownSources: string[], unknownEntities: string[],
): SearchArticlesResult {
  const hits: SearchHitRow[] = groups.slice(plan.offset, plan.offset + plan.limit).map((g) => ({
    articleId: g.row[0],
    storyId: g.row[1],
    score: g.row[2],
    groupHits: g.n,
  }));
  return {
    hits, totalArticles, totalGroups, facets: plan.facets ? facetsOf(raw, rows, plan.facetLimit ?? 10) : null,
    unknownSources, unknownEntities, approximate,
  };
}

function facetsOf(raw: BetterSqlite3.Database, rows: Row[], limit: number): SearchFacets {
  const bySource = new Map<number, number>();
  const byDay = new Map<string, number>();
  for (const row of rows) {
    bySource.set(row[3], (bySource.get(row[3]) ?? 0) + 1);
    byDay.set(row[4], (byDay.get(row[4]) ?? 0) + 1);
  }
  const names = new Map(
    (prepared(raw, `SELECT id, name FROM sources WHERE id IN (SELECT value FROM json_each(?))`).all(JSON.stringify([...bySource.keys()])) as { id: number; name: string }[])
      .map((s) => [s.id, s.name]),
  );
  const outlets = [...bySource]
    .map(([sourceId, count]) => ({ sourceId, name: names.get(sourceId) ?? String(sourceId), count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
    .slice(0, limit);
  const days = [...byDay].map(([day, count]) => ({ day, count })).sort((a, b) => (a.day < b.day ? 1 : -1));
  const sample = rows.slice(0, ENTITY_FACET_SAMPLE).map((r) => r[0]);
  const entities = sample.length
    ? (raw
        .prepare(
          `SELECT e.id, e.kind, e.name, count(*) AS count FROM article_entities ae JOIN entities e ON e.id = ae.entity_id
           WHERE ae.article_id IN (SELECT value FROM json_each(?))
           GROUP BY e.id ORDER BY count DESC, e.id LIMIT ?`,
        )
        .all(JSON.stringify(sample), limit) as { id: string; kind: string; name: string; count: number }[])
    : [];
  return { outlets, days, entities };
}
