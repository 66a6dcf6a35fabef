// SQLite search backend: FTS5 BM25 with field weights and an optional recency boost, filters, story grouping and facets.
// One statement returns every match's (id, group, score, source, day) best first; grouping, paging and the outlet/day
// facets are then a single pass in JS, which is cheaper than running the match again per aggregate.
import type BetterSqlite3 from 'better-sqlite3';
import { normalize } from '../../text/normalize.ts';
import type { SearchArticlesResult, SearchFacets, SearchHitRow, SearchPlan } from '../types.ts';
import { compileFtsMatch } from './fts-match.ts';

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

/** Entities facet is counted over the best matches only, so a very common query stays fast. */
const ENTITY_FACET_SAMPLE = 2000;

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
  const all = raw.prepare(`SELECT id, url, name, site_url FROM sources`).all() as SourceLite[];
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
  const byId = raw.prepare(`SELECT id FROM entities WHERE id = ?`);
  const byName = raw.prepare(`SELECT id FROM entities WHERE name_norm = ?`);
  const bySlug = raw.prepare(`SELECT id FROM entities WHERE substr(id, instr(id, ':') + 1) = ?`);
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

export async function searchArticlesSqlite(raw: BetterSqlite3.Database, plan: SearchPlan): Promise<SearchArticlesResult> {
  const empty = (unknownSources: string[], unknownEntities: string[]): SearchArticlesResult => ({
    hits: [], totalArticles: 0, totalGroups: 0, facets: plan.facets ? { outlets: [], days: [], entities: [] } : null, unknownSources, unknownEntities,
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

  const match = compileFtsMatch(plan);
  let sqlText: string;
  let allParams: unknown[];
  if (match) {
    const w = FIELD_WEIGHTS;
    const weights = [w.title_surface, w.title_stems, w.lead_surface, w.lead_stems, w.body_surface, w.body_stems].join(', ');
    // bm25() is negative (lower is better); flip it so higher is better everywhere outside the database.
    const recency = plan.recency
      ? `* (1.0 + ? / (1.0 + max(0.0, julianday(?) - julianday(a.sort_time)) / ?))`
      : '';
    sqlText = `
      WITH m AS (SELECT rowid AS id, -bm25(articles_fts, ${weights}) AS r FROM articles_fts WHERE articles_fts MATCH ?)
      SELECT a.id, sm.story_id, m.r ${recency} AS score, a.source_id, substr(a.sort_time, 1, 10) AS day
      FROM m JOIN articles a ON a.id = m.id LEFT JOIN story_members sm ON sm.article_id = a.id
      WHERE 1 ${filter}
      ORDER BY score DESC, a.id`;
    allParams = [match, ...(plan.recency ? [plan.recency.weight, plan.recency.now, plan.recency.halfLifeDays] : []), ...params];
  } else {
    sqlText = `
      SELECT a.id, sm.story_id, 0.0 AS score, a.source_id, substr(a.sort_time, 1, 10) AS day
      FROM articles a LEFT JOIN story_members sm ON sm.article_id = a.id
      WHERE 1 ${filter}
      ORDER BY a.sort_time DESC, a.id DESC`;
    allParams = params;
  }
  const rows = raw.prepare(sqlText).raw(true).all(...allParams) as [number, number | null, number, number, string][];

  // Group: the first (best) row of each story stands for it; articles outside any story are their own group.
  const groups: { row: (typeof rows)[number]; n: number }[] = [];
  const groupIndex = new Map<number, number>();
  for (const row of rows) {
    const key = plan.groupByStory && row[1] != null ? row[1] : -row[0];
    const at = groupIndex.get(key);
    if (at === undefined) {
      groupIndex.set(key, groups.length);
      groups.push({ row, n: 1 });
    } else {
      groups[at]!.n++;
    }
  }
  const hits: SearchHitRow[] = groups.slice(plan.offset, plan.offset + plan.limit).map((g) => ({
    articleId: g.row[0],
    storyId: g.row[1],
    score: g.row[2],
    groupHits: g.n,
  }));

  let facets: SearchFacets | null = null;
  if (plan.facets) {
    const limit = plan.facetLimit ?? 10;
    const bySource = new Map<number, number>();
    const byDay = new Map<string, number>();
    for (const row of rows) {
      bySource.set(row[3], (bySource.get(row[3]) ?? 0) + 1);
      byDay.set(row[4], (byDay.get(row[4]) ?? 0) + 1);
    }
    const names = new Map(
      (raw.prepare(`SELECT id, name FROM sources WHERE id IN (SELECT value FROM json_each(?))`).all(JSON.stringify([...bySource.keys()])) as { id: number; name: string }[])
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
    facets = { outlets, days, entities };
  }

  return { hits, totalArticles: rows.length, totalGroups: groups.length, facets, unknownSources, unknownEntities };
}
