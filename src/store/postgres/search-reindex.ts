// Rewriting stored search terms in place (marsad search reindex) on PostgreSQL. The search vectors are generated columns
// of the term columns, so updating the terms re-indexes the row in the same statement; each batch is one transaction
// under the story lock (the lock every article writer takes), so entity rows cannot vanish under a concurrent insert.
import { sql, type Kysely } from 'kysely';
import { normalize } from '../../text/normalize.ts';
import type { MetaKey, ReindexArticleRow, SearchTermsRewrite } from '../types.ts';
import type { PgDatabase } from './schema.ts';
import { lockStories } from './story-bookkeeping.ts';

type Db = Kysely<PgDatabase>;

/** Rows per multi-row INSERT: far below PostgreSQL's 65,535 bind parameters. */
const CHUNK = 2000;

export async function getMetaPg(db: Db, key: MetaKey): Promise<string | null> {
  return (await sql<{ value: string }>`SELECT value FROM meta WHERE key = ${key}`.execute(db)).rows[0]?.value ?? null;
}

async function writeMeta(trx: Db, entries: Partial<Record<MetaKey, string | null>>): Promise<void> {
  for (const [key, value] of Object.entries(entries)) {
    if (value == null) await sql`DELETE FROM meta WHERE key = ${key}`.execute(trx);
    else await sql`INSERT INTO meta (key, value) VALUES (${key}, ${value}) ON CONFLICT (key) DO UPDATE SET value = excluded.value`.execute(trx);
  }
}

export async function setMetaPg(db: Db, entries: Partial<Record<MetaKey, string | null>>): Promise<void> {
  await db.transaction().execute((trx) => writeMeta(trx, entries));
}

export async function listArticlesForReindexPg(db: Db, afterId: number, limit: number): Promise<ReindexArticleRow[]> {
  const rows = (
    await sql<{
      id: number; title: string; lead: string; text: string; title_surface: string; title_stems: string; lead_surface: string; lead_stems: string;
      body_surface: string; body_stems: string;
    }>`SELECT id, title, lead, text, title_surface, title_stems, lead_surface, lead_stems, body_surface, body_stems
       FROM articles WHERE id > ${afterId} ORDER BY id LIMIT ${limit}`.execute(db)
  ).rows;
  if (!rows.length) return [];
  const first = rows[0]!.id, last = rows[rows.length - 1]!.id;
  const out = new Map<number, ReindexArticleRow>();
  for (const r of rows) {
    out.set(r.id, {
      id: r.id, title: r.title, lead: r.lead, text: r.text,
      titleSurface: r.title_surface, titleStems: r.title_stems, leadSurface: r.lead_surface, leadStems: r.lead_stems,
      bodySurface: r.body_surface, bodyStems: r.body_stems, entities: [], quotes: [],
    });
  }
  const entities = await sql<{ article_id: number; entity_id: string; count: number }>`
    SELECT article_id, entity_id, count FROM article_entities WHERE article_id BETWEEN ${first} AND ${last}`.execute(db);
  for (const e of entities.rows) out.get(e.article_id)?.entities.push({ id: e.entity_id, count: e.count });
  const quotes = await sql<{ article_id: number; speaker: string | null; speaker_id: string | null; text: string; start: number; end: number }>`
    SELECT article_id, speaker, speaker_id, text, start, "end" FROM quotes WHERE article_id BETWEEN ${first} AND ${last} ORDER BY id`.execute(db);
  for (const q of quotes.rows) out.get(q.article_id)?.quotes.push({ text: q.text, speaker: q.speaker, speakerId: q.speaker_id, start: q.start, end: q.end });
  return [...out.values()];
}

export async function rewriteSearchTermsPg(db: Db, rows: SearchTermsRewrite[], meta: Partial<Record<MetaKey, string | null>> = {}): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await lockStories(trx);
    let ids: number[] = [];
    if (rows.length) {
      const col = (f: (r: SearchTermsRewrite) => string) => rows.map(f);
      // Articles deleted since they were read are simply not matched.
      ids = (
        await sql<{ id: number }>`
          UPDATE articles a SET title_surface = v.ts, title_stems = v.tt, lead_surface = v.ls, lead_stems = v.lt, body_surface = v.bs, body_stems = v.bt
          FROM unnest(${rows.map((r) => r.articleId)}::bigint[], ${col((r) => r.titleSurface)}::text[], ${col((r) => r.titleStems)}::text[],
                      ${col((r) => r.leadSurface)}::text[], ${col((r) => r.leadStems)}::text[], ${col((r) => r.bodySurface)}::text[],
                      ${col((r) => r.bodyStems)}::text[]) AS v(id, ts, tt, ls, lt, bs, bt)
          WHERE a.id = v.id RETURNING a.id`.execute(trx)
      ).rows.map((r) => Number(r.id));
    }
    if (ids.length) {
      const kept = new Set(ids);
      const unlinked = (await sql<{ entity_id: string }>`DELETE FROM article_entities WHERE article_id = ANY(${ids}::bigint[]) RETURNING entity_id`.execute(trx)).rows.map((r) => r.entity_id);
      await sql`DELETE FROM quotes WHERE article_id = ANY(${ids}::bigint[])`.execute(trx);

      const entities = new Map<string, { kind: string; name: string }>();
      const links: { article_id: number; entity_id: string; count: number }[] = [];
      const quotes: { article_id: number; speaker: string | null; speaker_id: string | null; text: string; start: number; end: number }[] = [];
      for (const r of rows) {
        if (!kept.has(r.articleId)) continue;
        const counts = new Map<string, number>();
        for (const e of r.entities) {
          counts.set(e.id, (counts.get(e.id) ?? 0) + 1);
          if (!entities.has(e.id)) entities.set(e.id, { kind: e.kind, name: e.name });
        }
        for (const [entityId, n] of counts) links.push({ article_id: r.articleId, entity_id: entityId, count: n });
        for (const q of r.quotes) quotes.push({ article_id: r.articleId, speaker: q.speaker, speaker_id: q.speakerId, text: q.text, start: q.start, end: q.end });
      }
      // Sorted, so concurrent writers take entity row locks in one order (as the article writer does).
      const entityRows = [...entities].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
        .map(([id, e]) => ({ id, kind: e.kind, name: e.name, name_norm: normalize(e.name) }));
      for (let i = 0; i < entityRows.length; i += CHUNK) {
        await trx.insertInto('entities').values(entityRows.slice(i, i + CHUNK)).onConflict((oc) => oc.column('id').doNothing()).execute();
      }
      for (let i = 0; i < links.length; i += CHUNK) await trx.insertInto('article_entities').values(links.slice(i, i + CHUNK)).execute();
      for (let i = 0; i < quotes.length; i += CHUNK) await trx.insertInto('quotes').values(quotes.slice(i, i + CHUNK)).execute();
      // Entities only the old analysis found go with their last mention, as pruning does.
      if (unlinked.length) {
        await sql`DELETE FROM entities e WHERE e.id = ANY(${[...new Set(unlinked)]}::text[])
                  AND NOT EXISTS (SELECT 1 FROM article_entities ae WHERE ae.entity_id = e.id)`.execute(trx);
      }
    }
    await writeMeta(trx, meta);
    return ids.length;
  });
}
