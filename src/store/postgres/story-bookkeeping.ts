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

/** Recomputes derived columns; deletes the story when it has no members left. */
export async function refreshStory(trx: Db, storyId: number): Promise<void> {
  const stats = (
    await sql<{ n: number; o: number; f: string | null; l: string | null; first_id: number | null }>`
      SELECT count(*) AS n, count(DISTINCT a.source_id) AS o, min(a.sort_time) AS f, max(a.sort_time) AS l,
             min(sm.article_id) AS first_id
      FROM story_members sm JOIN articles a ON a.id = sm.article_id WHERE sm.story_id = ${storyId}`.execute(trx)
  ).rows[0];
  if (!stats || Number(stats.n) === 0) {
    await sql`DELETE FROM stories WHERE id = ${storyId}`.execute(trx);
    return;
  }
  const pinned = (
    await sql<{ id: number }>`
      SELECT s.headline_article_id AS id FROM stories s
      JOIN story_members sm ON sm.article_id = s.headline_article_id AND sm.story_id = s.id
      WHERE s.id = ${storyId} AND s.headline_pinned`.execute(trx)
  ).rows[0];
  // The article that joined with the highest similarity is the most central one; the founder (score 1 by convention,
  // so meaningless) only when nothing else qualifies; near-duplicates last.
  const headline =
    pinned ??
    (
      await sql<{ id: number }>`
        SELECT sm.article_id AS id FROM story_members sm JOIN articles a ON a.id = sm.article_id
        WHERE sm.story_id = ${storyId}
        ORDER BY (a.duplicate_of IS NOT NULL), (sm.article_id = ${stats.first_id}), sm.score DESC, sm.article_id
        LIMIT 1`.execute(trx)
    ).rows[0]!;
  await sql`UPDATE stories SET headline_article_id = ${headline.id}, first_seen_at = ${stats.f}, last_seen_at = ${stats.l},
              size = ${stats.n}, outlets = ${stats.o} WHERE id = ${storyId}`.execute(trx);
}
