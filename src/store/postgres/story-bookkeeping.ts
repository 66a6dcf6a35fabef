// Keeps stories' derived columns (headline, first/last seen, size, outlets) true after any membership change; the same
// rules as src/store/sqlite/story-bookkeeping.ts. Runs on the transaction that made the change, under the story lock.
import { sql, type Kysely } from 'kysely';
import type { PgDatabase } from './schema.ts';

type Db = Kysely<PgDatabase>;

/** Advisory lock class for story writes; the second key is the schema, so instances sharing a database do not wait on each other. */
const STORY_LOCK_CLASS = 0x6d727364; // "mrsd"

/** Serializes story membership writes across processes until the transaction ends. */
export async function lockStories(trx: Db): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(${sql.lit(STORY_LOCK_CLASS)}, hashtext(current_schema()))`.execute(trx);
}

/** Creates the story row if the engine just minted this id. */
export async function ensureStory(trx: Db, storyId: number, time: string): Promise<void> {
  await sql`INSERT INTO stories (id, headline_article_id, first_seen_at, last_seen_at, size, outlets)
            VALUES (${storyId}, NULL, ${time}, ${time}, 0, 0) ON CONFLICT (id) DO NOTHING`.execute(trx);
}

export async function mergeStory(trx: Db, from: number, into: number, time: string): Promise<void> {
  if (from === into) return;
  await ensureStory(trx, into, time);
  await sql`UPDATE story_members SET story_id = ${into} WHERE story_id = ${from}`.execute(trx);
}

export async function moveArticle(trx: Db, articleId: number, to: number, time: string): Promise<void> {
  await ensureStory(trx, to, time);
  await sql`UPDATE story_members SET story_id = ${to} WHERE article_id = ${articleId}`.execute(trx);
}

/**
 * Recomputes derived columns, or deletes the story when it has no members left: one statement (one round trip).
 * Headline: a pinned member; else the article that joined with the highest similarity (the most central one), the
 * founder (score 1 by convention, so meaningless) only when nothing else qualifies, near-duplicates last.
 */
export async function refreshStory(trx: Db, storyId: number): Promise<void> {
  await sql`
    WITH st AS (
      SELECT count(*) AS n, count(DISTINCT a.source_id) AS o, min(a.sort_time) AS f, max(a.sort_time) AS l,
             min(sm.article_id) AS first_id
      FROM story_members sm JOIN articles a ON a.id = sm.article_id WHERE sm.story_id = ${storyId}
    ), pinned AS (
      SELECT s.headline_article_id AS id FROM stories s
      JOIN story_members sm ON sm.article_id = s.headline_article_id AND sm.story_id = s.id
      WHERE s.id = ${storyId} AND s.headline_pinned
    ), best AS (
      SELECT sm.article_id AS id FROM story_members sm JOIN articles a ON a.id = sm.article_id CROSS JOIN st
      WHERE sm.story_id = ${storyId}
      ORDER BY (a.duplicate_of IS NOT NULL), (sm.article_id = st.first_id), sm.score DESC, sm.article_id
      LIMIT 1
    ), gone AS (
      DELETE FROM stories WHERE id = ${storyId} AND (SELECT n FROM st) = 0 RETURNING id
    )
    UPDATE stories SET headline_article_id = coalesce((SELECT id FROM pinned), (SELECT id FROM best)),
           first_seen_at = st.f, last_seen_at = st.l, size = st.n, outlets = st.o
    FROM st WHERE stories.id = ${storyId} AND st.n > 0`.execute(trx);
}
