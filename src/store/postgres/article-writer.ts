// The write path: one article with its entities, quotes and story membership in ONE PostgreSQL transaction, with the
// same contract as the SQLite writer (idempotent on canonical_url, `decide` called once inside the transaction with
// the new id). The story lock is taken first, before any row is written, so several processes never interleave story
// updates and a concurrent removeSource cannot deadlock against an insert's foreign-key locks. Polls split the unit
// in two (the article pending first, its story once the round settles), each one transaction under the same lock.
import { sql, type Kysely } from 'kysely';
import type { StoryDecision } from '../../stories/types.ts';
import { normalize } from '../../text/normalize.ts';
import type { InsertArticleResult, InsertPendingResult, NewArticle } from '../types.ts';
import type { PgDatabase } from './schema.ts';
import { ensureStory, lockStories, mergeStory, moveArticle, refreshStory } from './story-bookkeeping.ts';

type Db = Kysely<PgDatabase>;

export async function insertArticlePg(db: Db, article: NewArticle, decide: (articleId: number) => StoryDecision): Promise<InsertArticleResult> {
  validate(article);
  // Checked again inside the transaction; this early exit just avoids taking the lock.
  const known = await findByCanonical(db, article.canonicalUrl);
  if (known !== null) return existingResult(db, known);
  const outcome = await db.transaction().execute(async (trx) => {
    await lockStories(trx);
    return insertLocked(trx, article, decide);
  });
  // Another process stored the same canonical URL between the check and the insert.
  if (outcome === null) return existingResult(db, (await findByCanonical(db, article.canonicalUrl))!);
  return outcome;
}

export async function insertPendingArticlePg(db: Db, article: NewArticle): Promise<InsertPendingResult> {
  validate(article);
  const known = await findByCanonical(db, article.canonicalUrl);
  if (known !== null) return { articleId: known, existing: 'url' };
  return db.transaction().execute(async (trx) => {
    await lockStories(trx);
    // Under the lock, so two workers storing one article reached under two URLs cannot both store it.
    const url = await findByCanonical(trx, article.canonicalUrl);
    if (url !== null) return { articleId: url, existing: 'url' as const };
    const copy = await trx.selectFrom('articles').select('id').where('fingerprint', '=', article.fingerprint).where('source_id', '=', article.sourceId).orderBy('id').executeTakeFirst();
    if (copy) return { articleId: Number(copy.id), existing: 'fingerprint' as const };
    const written = await writeRows(trx, article);
    return { articleId: written!.id, existing: null };
  });
}

export async function decidePendingArticlePg(db: Db, articleId: number, decide: (articleId: number) => StoryDecision): Promise<StoryDecision | null> {
  return db.transaction().execute(async (trx) => {
    await lockStories(trx);
    const row = (
      await sql<{ sort_time: string; story_id: number | null }>`
        SELECT a.sort_time, sm.story_id FROM articles a LEFT JOIN story_members sm ON sm.article_id = a.id WHERE a.id = ${articleId}`.execute(trx)
    ).rows[0];
    if (!row || row.story_id !== null) return null;
    const decision = decide(articleId);
    await applyDecision(trx, articleId, row.sort_time, decision);
    return decision;
  });
}

export async function applyStoryDecisionsPg(db: Db, decisions: { articleId: number; decision: StoryDecision }[]): Promise<boolean> {
  for (const d of decisions) checkDecision(d.decision);
  if (decisions.length === 0) return true;
  return db.transaction().execute(async (trx) => {
    await lockStories(trx);
    const ids = decisions.map((d) => d.articleId);
    const rows = (
      await sql<{ id: number; sort_time: string; story_id: number | null }>`
        SELECT a.id, a.sort_time, sm.story_id FROM articles a LEFT JOIN story_members sm ON sm.article_id = a.id
        WHERE a.id = ANY(${ids}::bigint[])`.execute(trx)
    ).rows;
    const times = new Map(rows.filter((r) => r.story_id === null).map((r) => [Number(r.id), r.sort_time]));
    if (ids.some((id) => !times.has(id))) return false;
    for (const { articleId, decision } of decisions) await applyDecision(trx, articleId, times.get(articleId)!, decision);
    return true;
  });
}

async function findByCanonical(db: Db, canonicalUrl: string): Promise<number | null> {
  const r = await db.selectFrom('articles').select('id').where('canonical_url', '=', canonicalUrl).executeTakeFirst();
  return r ? Number(r.id) : null;
}

async function existingResult(db: Db, articleId: number): Promise<InsertArticleResult> {
  const row = (
    await sql<{ duplicate_of: number | null; story_id: number | null; score: number | null }>`
      SELECT a.duplicate_of, sm.story_id, sm.score FROM articles a
      LEFT JOIN story_members sm ON sm.article_id = a.id WHERE a.id = ${articleId}`.execute(db)
  ).rows[0];
  return {
    articleId,
    existing: true,
    decision: {
      // -1 when the article is stored but outside any story (only after a partial rebuild).
      storyId: row?.story_id ?? -1,
      score: row?.score ?? 0,
      duplicateOf: row?.duplicate_of ?? null,
      merged: [],
      moved: [],
    },
  };
}

async function insertLocked(trx: Db, a: NewArticle, decide: (articleId: number) => StoryDecision): Promise<InsertArticleResult | null> {
  const written = await writeRows(trx, a);
  if (!written) return null;
  const decision = decide(written.id);
  await applyDecision(trx, written.id, written.sortTime, decision);
  return { articleId: written.id, decision, existing: false };
}

/** The article with its entities and quotes; null when its canonical URL is taken. */
async function writeRows(trx: Db, a: NewArticle): Promise<{ id: number; sortTime: string } | null> {
  // Normalized to UTC 'Z' form: times are compared as strings, and sources write offsets (+03:00) freely.
  const sortTime = new Date(a.publishedAt ?? a.fetchedAt).toISOString();
  const inserted = await trx
    .insertInto('articles')
    .values({
      url: a.url,
      canonical_url: a.canonicalUrl,
      source_id: a.sourceId,
      title: a.title,
      byline: a.byline,
      published_at: a.publishedAt,
      fetched_at: a.fetchedAt,
      sort_time: sortTime,
      lang: a.lang,
      text: a.text,
      html_clean: a.html,
      lead: a.lead,
      image: a.image,
      section: a.section,
      fingerprint: a.fingerprint,
      duplicate_of: null,
      boilerplate: JSON.stringify(a.boilerplate ?? []),
      title_surface: a.titleSurface,
      title_stems: a.titleStems,
      lead_surface: a.leadSurface ?? '',
      lead_stems: a.leadStems ?? '',
      body_surface: a.bodySurface,
      body_stems: a.bodyStems,
    })
    .onConflict((oc) => oc.column('canonical_url').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) return null;
  const id = Number(inserted.id);

  const counts = new Map<string, { kind: string; name: string; n: number }>();
  for (const e of a.entities ?? []) {
    const c = counts.get(e.id);
    if (c) c.n++;
    else counts.set(e.id, { kind: e.kind, name: e.name, n: 1 });
  }
  if (counts.size) {
    // Sorted, so concurrent writers take entity row locks in one order.
    const entries = [...counts].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
    await trx
      .insertInto('entities')
      .values(entries.map(([entityId, c]) => ({ id: entityId, kind: c.kind, name: c.name, name_norm: normalize(c.name) })))
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
    await trx
      .insertInto('article_entities')
      .values(entries.map(([entityId, c]) => ({ article_id: id, entity_id: entityId, count: c.n })))
      .execute();
  }
  if (a.quotes?.length) {
    await trx
      .insertInto('quotes')
      .values(a.quotes.map((q) => ({ article_id: id, speaker: q.speaker, speaker_id: q.speakerId, text: q.text, start: q.start, end: q.end })))
      .execute();
  }
  return { id, sortTime };
}

/** Story membership of a written article, with the merges and moves the decision brings. */
async function applyDecision(trx: Db, id: number, sortTime: string, decision: StoryDecision): Promise<void> {
  checkDecision(decision);
  const now = new Date().toISOString();
  const touched = new Set<number>();
  // Merges and moves first: they concern earlier articles and may create the story this article joins.
  for (const m of decision.merged) {
    await mergeStory(trx, m.from, m.into, sortTime);
    touched.add(m.from).add(m.into);
  }
  for (const mv of decision.moved) {
    const current = (
      await sql<{ story_id: number; sort_time: string }>`
        SELECT sm.story_id, a.sort_time FROM story_members sm JOIN articles a ON a.id = sm.article_id
        WHERE sm.article_id = ${mv.articleId}`.execute(trx)
    ).rows[0];
    if (!current) continue; // never stored in a story (e.g. inserted before a rebuild): nothing to move
    await moveArticle(trx, mv.articleId, mv.to, current.sort_time);
    touched.add(Number(current.story_id)).add(mv.to);
  }
  if (decision.duplicateOf != null) await sql`UPDATE articles SET duplicate_of = ${decision.duplicateOf} WHERE id = ${id}`.execute(trx);
  await ensureStory(trx, decision.storyId, sortTime);
  await trx.insertInto('story_members').values({ story_id: decision.storyId, article_id: id, score: decision.score, added_at: now }).execute();
  touched.add(decision.storyId);
  for (const s of touched) await refreshStory(trx, s);
}

function validate(a: NewArticle): void {
  const problems: string[] = [];
  if (typeof a.canonicalUrl !== 'string' || !a.canonicalUrl) problems.push('canonicalUrl is empty');
  if (typeof a.url !== 'string' || !a.url) problems.push('url is empty');
  if (!Number.isInteger(a.sourceId)) problems.push('sourceId is not an integer');
  if (typeof a.fetchedAt !== 'string' || Number.isNaN(Date.parse(a.fetchedAt))) problems.push('fetchedAt is not a date');
  if (a.publishedAt != null && Number.isNaN(Date.parse(a.publishedAt))) problems.push('publishedAt is not a date');
  if (typeof a.title !== 'string') problems.push('title is missing');
  if (problems.length) throw new Error(`insertArticle: ${problems.join('; ')} (${String(a.canonicalUrl ?? a.url)})`);
}

function checkDecision(d: StoryDecision): void {
  if (!d || !Number.isInteger(d.storyId) || typeof d.score !== 'number' || !Array.isArray(d.merged) || !Array.isArray(d.moved)) {
    throw new Error('insertArticle: decide() returned an invalid StoryDecision');
  }
}
