// PostgreSQL search backend with the SQLite backend's answers: the same matching (ts-query.ts), the same BM25 ranking
// with the same field weights, recency boost, story grouping, tiers, totals and facets (src/store/sqlite/
// search-articles.ts). ts_rank_cd over a weighted vector with one phrase as the query is exactly FTS5's weighted term
// frequency (the sum of the field weights of the phrase's occurrences), so PostgreSQL returns that per phrase and
// matching article, and BM25 (IDF, saturation, length normalization) is computed here with FTS5's formula.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { normalize } from '../../text/normalize.ts';
import { FIELD_WEIGHTS } from '../sqlite/search-articles.ts';
import {
  BM25_BUDGET, byScore, DATE_SPAN_CAP, DF_SAMPLE, ENTITY_FACET_SAMPLE, estimateDf, estimateTotals, groupRows, LARGE_RESULT, outletAndDayFacets,
  sourceIdsOf, type Group, type Row,
} from '../search-paging.ts';
import type { SearchArticlesResult, SearchFacets, SearchHitRow, SearchPlan } from '../types.ts';
import type { PgDatabase } from './schema.ts';
import { matchCondition, mustCondition, notCondition, phraseCondition, rankedPhrases, type QueryPhrase } from './ts-query.ts';

type Db = Kysely<PgDatabase>;

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
    for (const set of r.sets) where.push(sql`EXISTS (SELECT 1 FROM article_entities ae WHERE ae.article_id = a.id AND ae.entity_id = ANY(${set}::text[]))`);
  }
  if (plan.from) where.push(sql`a.sort_time >= ${plan.from}`);
  if (plan.to) where.push(sql`a.sort_time <= ${plan.to}`);
  if (plan.lang) where.push(sql`a.lang = ${plan.lang}`);
  // A narrow date filter bounds the ids too, as on SQLite (DATE_SPAN_CAP).
  let span: { lo: number; hi: number } | null = null;
  if (plan.from || plan.to) {
    const s = (await sql<{ n: number; lo: number | null; hi: number | null }>`
      SELECT count(*) AS n, min(id) AS lo, max(id) AS hi FROM (
        SELECT id FROM articles WHERE ${sql.join([plan.from ? sql`sort_time >= ${plan.from}` : sql`true`, plan.to ? sql`sort_time <= ${plan.to}` : sql`true`], sql` AND `)}
        LIMIT ${DATE_SPAN_CAP + 1}) s`.execute(db)).rows[0]!;
    if (Number(s.n) === 0) return empty(unknownSources, unknownEntities);
    if (Number(s.n) <= DATE_SPAN_CAP) {
      span = { lo: Number(s.lo), hi: Number(s.hi) };
      where.push(sql`a.id BETWEEN ${span.lo} AND ${span.hi}`);
    }
  }
  const filter = where.length ? sql`AND ${sql.join(where, sql` AND `)}` : sql``;

  const recencyOf = (sortTime: string): number => {
    if (!plan.recency) return 1;
    const ageDays = Math.max(0, (Date.parse(plan.recency.now) - Date.parse(sortTime)) / 86_400_000);
    return 1 + plan.recency.weight / (1 + ageDays / plan.recency.halfLifeDays);
  };

  // BM25 as FTS5's bm25(): per phrase, IDF × saturated weighted frequency, with the document length in tokens.
  // With `window`: only the newest `limit` matches below id `below`. Without `bm25`: scores 0, nothing counted.
  const ranked = async (
    cond: RawBuilder<unknown>, phrases: QueryPhrase[], head: boolean, corpus: Corpus, window?: { below: number; limit: number }, bm25 = true,
  ): Promise<Row[]> => {
    if (!bm25) {
      const rows = (
        await sql<{ id: number; story_id: number | null; source_id: number; sort_time: string }>`
          SELECT a.id, sm.story_id, a.source_id, a.sort_time FROM articles a LEFT JOIN story_members sm ON sm.article_id = a.id
          WHERE ${cond} ${filter} ${window ? sql`AND a.id < ${window.below}` : sql``} ORDER BY a.id DESC ${window ? sql`LIMIT ${window.limit}` : sql``}`.execute(db)
      ).rows;
      return rows.map((r): Row => [Number(r.id), r.story_id == null ? null : Number(r.story_id), 0, Number(r.source_id), r.sort_time.slice(0, 10)]);
    }
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
        WHERE ${cond} ${filter} ${window ? sql`AND a.id < ${window.below} ORDER BY a.id DESC LIMIT ${window.limit}` : sql``}`.execute(db)
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
    // A window comes newest first (as SQLite reads it), anything else best first.
    return window ? out.sort((x, y) => y[0] - x[0]) : out.sort(byScore);
  };

  const limitT = plan.tierAbove ?? LARGE_RESULT;
  const q: PgQuery = { db, plan, filter, unknownSources, unknownEntities };
  const match = matchCondition(plan);
  if (!match) return filtersOnly(q, limitT);
  const corpus = await corpusStats(db);
  const phrases = rankedPhrases(plan, 'all');
  // The tiers of src/store/sqlite/search-articles.ts, query for query, with the same BM25 affordability estimate.
  const ids = (await sql<{ lo: number; hi: number }>`SELECT min(id) AS lo, max(id) AS hi FROM articles`.execute(db)).rows[0]!;
  const minId = Number(ids.lo), maxId = Number(ids.hi);
  const affordable = async (list: QueryPhrase[]) => {
    let total = 0;
    for (const p of list) {
      const newestIds = (await sql<{ id: number }>`SELECT a.id FROM articles a WHERE ${phraseCondition(p)} ORDER BY a.id DESC LIMIT ${DF_SAMPLE}`.execute(db))
        .rows.map((r) => Number(r.id));
      total += estimateDf(newestIds, minId, maxId);
      if (total > (plan.bm25Budget ?? BM25_BUDGET)) return false;
    }
    return true;
  };
  let mainBm25: boolean | undefined;
  const bm25 = async () => (mainBm25 ??= await affordable(phrases));
  const order = (rows: Row[], byBm25: boolean) => (byBm25 ? [...rows].sort(byScore) : rows);
  const newest = (await sql<{ id: number }>`
      SELECT a.id FROM articles a WHERE ${match} ${filter} ORDER BY a.id DESC LIMIT ${limitT + 1}`.execute(db)).rows.map((r) => Number(r.id));
  if (newest.length <= limitT) {
    const rows = order(await ranked(match, phrases, false, corpus, { below: Number.MAX_SAFE_INTEGER, limit: limitT + 1 }, await bm25()), await bm25());
    const { groups } = groupRows(rows, plan.groupByStory);
    return finish(q, rows, groups, rows.length, groups.length, false);
  }

  const headMust = mustCondition(plan, 'head')!;
  const not = notCondition(plan);
  const headPhrases = rankedPhrases(plan, 'head');
  const headBm25 = await affordable(headPhrases);
  const window = order(await ranked(not ? sql`(${headMust} AND NOT ${not})` : headMust, headPhrases, true, corpus, { below: Number.MAX_SAFE_INTEGER, limit: limitT }, headBm25), headBm25);
  const tier1 = groupRows(window, plan.groupByStory);
  const estimate = (seenRows: number, seenGroups: number) => estimateTotals({
    minId: span?.lo ?? minId, maxId: span?.hi ?? maxId, newestIds: newest, windowRows: window.length, windowGroups: tier1.groups.length, seenRows, seenGroups,
  });
  if (plan.offset + plan.limit <= tier1.groups.length) {
    const t = estimate(window.length, tier1.groups.length);
    return finish(q, window, tier1.groups, t.totalArticles, t.totalGroups, true);
  }
  const skip = new Set(tier1.index.keys());
  const second = await ranked(match, phrases, false, corpus, { below: Number.MAX_SAFE_INTEGER, limit: limitT }, await bm25());
  const tier2 = groupRows(order(second, await bm25()), plan.groupByStory, skip);
  let groups = [...tier1.groups, ...tier2.groups];
  let seenRows = window.length + second.length;
  let exhausted = false;
  if (plan.offset + plan.limit > groups.length) {
    for (const k of tier2.index.keys()) skip.add(k);
    const rest: Row[] = [];
    let below = second[second.length - 1]![0];
    for (;;) {
      const batch = await ranked(match, phrases, false, corpus, { below, limit: limitT }, await bm25());
      rest.push(...batch);
      if (batch.length < limitT) { exhausted = true; break; }
      if (groupRows(rest, plan.groupByStory, skip).groups.length > plan.offset + plan.limit - groups.length) break;
      below = batch[batch.length - 1]![0];
    }
    groups = [...groups, ...groupRows(rest, plan.groupByStory, skip).groups];
    seenRows = exhausted ? second.length + rest.length : seenRows + rest.length;
  }
  const t = exhausted ? { totalArticles: seenRows, totalGroups: groups.length } : estimate(seenRows, groups.length);
  return finish(q, window, groups, t.totalArticles, t.totalGroups, true);
}

interface PgQuery { db: Db; plan: SearchPlan; filter: RawBuilder<unknown>; unknownSources: string[]; unknownEntities: string[] }

/** No words, only filters: newest first, as SQLite pages them. */
async function filtersOnly(q: PgQuery, limitT: number): Promise<SearchArticlesResult> {
  const { db, plan, filter } = q;
  const page = async (offset: number): Promise<Row[]> =>
    (
      await sql<{ id: number; story_id: number | null; source_id: number; sort_time: string }>`
        SELECT a.id, sm.story_id, a.source_id, a.sort_time
        FROM articles a LEFT JOIN story_members sm ON sm.article_id = a.id
        WHERE true ${filter}
        ORDER BY a.sort_time DESC, a.id DESC LIMIT ${limitT + 1} OFFSET ${offset}`.execute(db)
    ).rows.map((r): Row => [Number(r.id), r.story_id == null ? null : Number(r.story_id), 0, Number(r.source_id), r.sort_time.slice(0, 10)]);
  const first = await page(0);
  if (first.length <= limitT) {
    const { groups } = groupRows(first, plan.groupByStory);
    return finish(q, first, groups, first.length, groups.length, false);
  }
  const rows = first;
  const want = plan.offset + plan.limit + 1;
  while (groupRows(rows, plan.groupByStory).groups.length < want) {
    const more = await page(rows.length);
    rows.push(...more);
    if (more.length < limitT + 1) break;
  }
  const { groups } = groupRows(rows, plan.groupByStory);
  const count = await countWhere(db, sql`true ${filter}`);
  const totalGroups = Math.max(groups.length, Math.round(count * (groups.length / Math.max(1, rows.length))));
  return finish(q, rows.slice(0, limitT), groups, count, totalGroups, true);
}

async function finish(
  q: PgQuery, facetRows: Row[], groups: Group[], totalArticles: number, totalGroups: number, approximate: boolean,
): Promise<SearchArticlesResult> {
  const { plan } = q;
  const page = groups.slice(plan.offset, plan.offset + plan.limit);
  // The page's articles as the results show them (as SQLite reads them: the lead only when there is no text).
  const docs = new Map(page.length === 0 ? [] : (
    await sql<{ id: number; url: string; title: string; body: string; source_id: number; name: string; published_at: string | null }>`
      SELECT a.id, a.url, a.title, CASE WHEN a.text <> '' THEN a.text ELSE a.lead END AS body, a.source_id, s.name, a.published_at
      FROM articles a JOIN sources s ON s.id = a.source_id WHERE a.id = ANY(${page.map((g) => g.row[0])}::bigint[])`.execute(q.db)
  ).rows.map((r) => [Number(r.id), {
    url: r.url, title: r.title, body: r.body, sourceId: Number(r.source_id), sourceName: r.name, publishedAt: r.published_at,
  }]));
  const hits: SearchHitRow[] = page.map((g) => ({
    articleId: g.row[0],
    storyId: g.row[1],
    score: g.row[2],
    groupHits: g.n,
    doc: docs.get(g.row[0]),
  }));
  return {
    hits, totalArticles, totalGroups, facets: plan.facets ? await facetsOf(q.db, facetRows, plan.facetLimit ?? 10) : null,
    unknownSources: q.unknownSources, unknownEntities: q.unknownEntities, approximate,
  };
}

async function facetsOf(db: Db, rows: Row[], limit: number): Promise<SearchFacets> {
  const names = new Map(
    (await sql<{ id: number; name: string }>`SELECT id, name FROM sources WHERE id = ANY(${sourceIdsOf(rows)}::bigint[])`.execute(db)).rows
      .map((s) => [Number(s.id), s.name]),
  );
  const { outlets, days } = outletAndDayFacets(rows, names, limit);
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
