// PostgreSQL search backend with the SQLite backend's answers: the same matching (ts-query.ts), the same BM25 ranking
// with the same field weights, recency boost, story grouping, tiers, totals and facets (src/store/sqlite/
// search-articles.ts). ts_rank_cd over a weighted vector with one phrase as the query is exactly FTS5's weighted term
// frequency (the sum of the field weights of the phrase's occurrences), so PostgreSQL returns that per phrase and
// matching article, and BM25 (IDF, saturation, length normalization) is computed here with FTS5's formula.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { normalize } from '../../text/normalize.ts';
import { FIELD_WEIGHTS, LARGE_RESULT } from '../sqlite/search-articles.ts';
import type { SearchArticlesResult, SearchFacets, SearchHitRow, SearchPlan } from '../types.ts';
import type { PgDatabase } from './schema.ts';
import { matchCondition, mustCondition, notCondition, phraseCondition, rankedPhrases, type QueryPhrase } from './ts-query.ts';

type Db = Kysely<PgDatabase>;

/** Entities facet is counted over the best matches only (long articles mention dozens of entities each). */
const ENTITY_FACET_SAMPLE = 100;
const K1 = 1.2;
const B = 0.75;

// ts_rank_cd weights are {D, C, B, A} and must lie in [0, 1]: the field weights divided by 10 (multiplied back below).
const SCALE = 10;
const W = FIELD_WEIGHTS;
const RANK_WEIGHTS = {
  surface: [0, W.body_surface, W.lead_surface, W.title_surface],
  stems: [0, W.body_stems, W.lead_stems, W.title_stems],
};
function weightsLiteral(v: number[]): RawBuilder<unknown> {
  return sql.raw(`'{${v.map((x) => x / SCALE).join(',')}}'::float4[]`);
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

async function resolveSources(db: Db, values: string[]): Promise<{ ids: number[]; unknown: string[] }> {
  const all = (await sql<SourceLite>`SELECT id, url, name, site_url FROM sources`.execute(db)).rows;
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

async function resolveEntities(db: Db, values: string[]): Promise<{ sets: string[][]; unknown: string[] }> {
  const sets: string[][] = [];
  const unknown: string[] = [];
  const ids = async (cond: RawBuilder<unknown>) => (await sql<{ id: string }>`SELECT id FROM entities WHERE ${cond}`.execute(db)).rows.map((r) => r.id);
  for (const value of values) {
    const v = value.trim();
    let found = await ids(sql`id = ${v}`);
    if (found.length === 0) found = await ids(sql`name_norm = ${normalize(v)}`);
    if (found.length === 0) found = await ids(sql`substr(id, strpos(id, ':') + 1) = ${v.toLowerCase()}`);
    if (found.length === 0) unknown.push(value);
    sets.push(found);
  }
  return { sets, unknown };
}

type Row = [id: number, storyId: number | null, score: number, sourceId: number, day: string];
interface Group { row: Row; n: number }

function keyOf(row: Row, byStory: boolean): number {
  return byStory && row[1] != null ? row[1] : -row[0];
}

function groupRows(rows: Row[], byStory: boolean, skip?: Set<number>): { groups: Group[]; index: Map<number, number> } {
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

const byScore = (x: Row, y: Row) => y[2] - x[2] || x[0] - y[0];

interface Corpus { rows: number; avgTerms: number; avgHeadTerms: number }

async function corpusStats(db: Db): Promise<Corpus> {
  const r = (
    await sql<{ n: number; t: number | null; h: number | null }>`
      SELECT count(*) AS n, sum(term_count)::float8 AS t, sum(head_count)::float8 AS h FROM articles`.execute(db)
  ).rows[0]!;
  const n = Number(r.n);
  return { rows: n, avgTerms: n ? Number(r.t ?? 0) / n : 0, avgHeadTerms: n ? Number(r.h ?? 0) / n : 0 };
}

async function countWhere(db: Db, cond: RawBuilder<unknown>): Promise<number> {
  return Number((await sql<{ n: number }>`SELECT count(*) AS n FROM articles a WHERE ${cond}`.execute(db)).rows[0]!.n);
}

export async function searchArticlesPostgres(db: Db, plan: SearchPlan): Promise<SearchArticlesResult> {
  const empty = (unknownSources: string[], unknownEntities: string[]): SearchArticlesResult => ({
    hits: [], totalArticles: 0, totalGroups: 0, facets: plan.facets ? { outlets: [], days: [], entities: [] } : null,
    unknownSources, unknownEntities, approximate: false,
  });

  const where: RawBuilder<unknown>[] = [];
  let unknownSources: string[] = [];
  let unknownEntities: string[] = [];
  if (plan.sources.length) {
    const r = await resolveSources(db, plan.sources);
    unknownSources = r.unknown;
    if (r.ids.length === 0) return empty(unknownSources, unknownEntities);
    where.push(sql`a.source_id = ANY(${r.ids}::bigint[])`);
  }
  if (plan.entities.length) {
    const r = await resolveEntities(db, plan.entities);
    unknownEntities = r.unknown;
    if (r.sets.some((s) => s.length === 0)) return empty(unknownSources, unknownEntities);
    for (const set of r.sets) where.push(sql`a.id IN (SELECT article_id FROM article_entities WHERE entity_id = ANY(${set}::text[]))`);
  }
  if (plan.from) where.push(sql`a.sort_time >= ${plan.from}`);
  if (plan.to) where.push(sql`a.sort_time <= ${plan.to}`);
  if (plan.lang) where.push(sql`a.lang = ${plan.lang}`);
  const filter = where.length ? sql`AND ${sql.join(where, sql` AND `)}` : sql``;

  const recencyOf = (sortTime: string): number => {
    if (!plan.recency) return 1;
    const ageDays = Math.max(0, (Date.parse(plan.recency.now) - Date.parse(sortTime)) / 86_400_000);
    return 1 + plan.recency.weight / (1 + ageDays / plan.recency.halfLifeDays);
  };

  // BM25 as FTS5's bm25(): per phrase, IDF × saturated weighted frequency, with the document length in tokens.
  const ranked = async (cond: RawBuilder<unknown>, phrases: QueryPhrase[], head: boolean, corpus: Corpus): Promise<Row[]> => {
    const idf = await Promise.all(
      phrases.map(async (p) => {
        const n = await countWhere(db, phraseCondition(p));
        const v = Math.log((corpus.rows - n + 0.5) / (n + 0.5));
        return v <= 0 ? 1e-6 : v;
      }),
    );
    const freq = phrases.map((p) => {
      const weights = head ? [0, 0, ...RANK_WEIGHTS[p.vector].slice(2)] : RANK_WEIGHTS[p.vector];
      return sql`ts_rank_cd(${weightsLiteral(weights)}, a.${sql.raw(p.vector === 'surface' ? 'surface_tsv' : 'stems_tsv')}, to_tsquery('simple', ${p.query}))`;
    });
    const rows = (
      await sql<{ id: number; story_id: number | null; source_id: number; sort_time: string; dl: number; f: number[] }>`
        SELECT a.id, sm.story_id, a.source_id, a.sort_time, a.${sql.raw(head ? 'head_count' : 'term_count')} AS dl,
               ARRAY[${sql.join(freq)}]::float8[] AS f
        FROM articles a LEFT JOIN story_members sm ON sm.article_id = a.id
        WHERE ${cond} ${filter}`.execute(db)
    ).rows;
    const avgdl = (head ? corpus.avgHeadTerms : corpus.avgTerms) || 1;
    const out: Row[] = rows.map((r) => {
      let score = 0;
      const norm = K1 * (1 - B + (B * r.dl) / avgdl);
      for (let i = 0; i < phrases.length; i++) {
        // float4 from PostgreSQL: sums of the field weights, which have at most one decimal, rounded back to them.
        const f = Math.round(Number(r.f[i]) * SCALE * 1e4) / 1e4;
        score += idf[i]! * ((f * (K1 + 1)) / (f + norm));
      }
      return [r.id, r.story_id, score * recencyOf(r.sort_time), r.source_id, r.sort_time.slice(0, 10)];
    });
    return out.sort(byScore);
  };

  const match = matchCondition(plan);
  let rows: Row[];
  let ordered: Group[];
  if (!match) {
    rows = (
      await sql<{ id: number; story_id: number | null; source_id: number; sort_time: string }>`
        SELECT a.id, sm.story_id, a.source_id, a.sort_time
        FROM articles a LEFT JOIN story_members sm ON sm.article_id = a.id
        WHERE true ${filter}
        ORDER BY a.sort_time DESC, a.id DESC`.execute(db)
    ).rows.map((r): Row => [r.id, r.story_id, 0, r.source_id, r.sort_time.slice(0, 10)]);
    ordered = groupRows(rows, plan.groupByStory).groups;
  } else {
    // Independent round trips, on separate pool connections.
    const [corpus, count] = await Promise.all([corpusStats(db), countWhere(db, match)]);
    const headMust = count > (plan.tierAbove ?? LARGE_RESULT) ? mustCondition(plan, 'head') : null;
    if (!headMust) {
      rows = await ranked(match, rankedPhrases(plan, 'all'), false, corpus);
      ordered = groupRows(rows, plan.groupByStory).groups;
    } else {
      const not = notCondition(plan);
      const headRows = await ranked(not ? sql`(${headMust} AND NOT ${not})` : headMust, rankedPhrases(plan, 'head'), true, corpus);
      const headGroups = groupRows(headRows, plan.groupByStory);
      if (plan.offset + plan.limit <= headGroups.groups.length) {
        // Estimated totals: filters keep the same share of all matches as of the head matches.
        const share = where.length || plan.not.length ? headRows.length / Math.max(1, await countWhere(db, headMust)) : 1;
        const totalArticles = Math.max(headRows.length, Math.round(count * share));
        const totalGroups = Math.max(headGroups.groups.length, Math.round(totalArticles * (headGroups.groups.length / Math.max(1, headRows.length))));
        return finish(db, plan, headRows, headGroups.groups, totalArticles, totalGroups, true, unknownSources, unknownEntities);
      }
      // A deep page: every match, the head tier first (with their full story counts), then the rest.
      rows = await ranked(match, rankedPhrases(plan, 'all'), false, corpus);
      const all = groupRows(rows, plan.groupByStory);
      const headKeys = new Set(headGroups.index.keys());
      const first = headGroups.groups.map((g) => ({ row: g.row, n: all.groups[all.index.get(keyOf(g.row, plan.groupByStory))!]?.n ?? g.n }));
      ordered = [...first, ...groupRows(rows, plan.groupByStory, headKeys).groups];
    }
  }
  return finish(db, plan, rows, ordered, rows.length, ordered.length, false, unknownSources, unknownEntities);
}

async function finish(
  db: Db, plan: SearchPlan, rows: Row[], groups: Group[], totalArticles: number, totalGroups: number,
  approximate: boolean, unknownSources: string[], unknownEntities: string[],
): Promise<SearchArticlesResult> {
  const hits: SearchHitRow[] = groups.slice(plan.offset, plan.offset + plan.limit).map((g) => ({
    articleId: g.row[0],
    storyId: g.row[1],
    score: g.row[2],
    groupHits: g.n,
  }));
  return {
    hits, totalArticles, totalGroups, facets: plan.facets ? await facetsOf(db, rows, plan.facetLimit ?? 10) : null,
    unknownSources, unknownEntities, approximate,
  };
}

async function facetsOf(db: Db, rows: Row[], limit: number): Promise<SearchFacets> {
  const bySource = new Map<number, number>();
  const byDay = new Map<string, number>();
  for (const row of rows) {
    bySource.set(row[3], (bySource.get(row[3]) ?? 0) + 1);
    byDay.set(row[4], (byDay.get(row[4]) ?? 0) + 1);
  }
  const names = new Map(
    (await sql<{ id: number; name: string }>`SELECT id, name FROM sources WHERE id = ANY(${[...bySource.keys()]}::bigint[])`.execute(db)).rows
      .map((s) => [s.id, s.name]),
  );
  const outlets = [...bySource]
    .map(([sourceId, count]) => ({ sourceId, name: names.get(sourceId) ?? String(sourceId), count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
    .slice(0, limit);
  const days = [...byDay].map(([day, count]) => ({ day, count })).sort((a, b) => (a.day < b.day ? 1 : -1));
  const sample = rows.slice(0, ENTITY_FACET_SAMPLE).map((r) => r[0]);
  const entities = sample.length
    ? (
        await sql<{ id: string; kind: string; name: string; count: number }>`
          SELECT e.id, e.kind, e.name, count(*) AS count FROM article_entities ae JOIN entities e ON e.id = ae.entity_id
          WHERE ae.article_id = ANY(${sample}::bigint[])
          GROUP BY e.id, e.kind, e.name ORDER BY count DESC, e.id LIMIT ${limit}`.execute(db)
      ).rows.map((e) => ({ id: e.id, kind: e.kind, name: e.name, count: Number(e.count) }))
    : [];
  return { outlets, days, entities };
}
