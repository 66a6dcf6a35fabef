// The hot write path: one article with its index row, entities, quotes and story membership in ONE synchronous
// better-sqlite3 transaction. Synchronous on purpose: `decide` is synchronous, so the whole unit commits or rolls back
// together, and no other statement can interleave (Kysely's async layer costs several times more per statement).
// Polls split the unit in two: the article with its index rows first (pending), its story membership once the round
// has settled (src/pipeline/pending-stories.ts) — each still one transaction.
import type BetterSqlite3 from 'better-sqlite3';
import type { StoryDecision } from '../../stories/types.ts';
import { normalize } from '../../text/normalize.ts';
import type { InsertArticleResult, InsertPendingResult, NewArticle } from '../types.ts';
import { StoryBookkeeping } from './story-bookkeeping.ts';

const FTS_COLUMNS = 'title_surface, title_stems, lead_surface, lead_stems, body_surface, body_stems';
const HEAD_COLUMNS = 'title_surface, title_stems, lead_surface, lead_stems';

export class ArticleWriter {
  private readonly raw: BetterSqlite3.Database;
  private readonly stories: StoryBookkeeping;
  private readonly findByCanonical;
  private readonly existingMembership;
  private readonly insertArticleStmt;
  private readonly insertFtsStmt;
  private readonly insertHeadsStmt;
  private readonly insertEntityStmt;
  private readonly insertArticleEntityStmt;
  private readonly insertQuoteStmt;
  private readonly setDuplicateStmt;
  private readonly insertMemberStmt;
  private readonly sortTimeStmt;
  private readonly storyOfStmt;
  private readonly sameSourceFingerprintStmt;
  private readonly pendingStmt;
  private readonly insertTx: BetterSqlite3.Transaction<(article: NewArticle, decide: (articleId: number) => StoryDecision) => InsertArticleResult>;
  private readonly insertPendingTx: BetterSqlite3.Transaction<(article: NewArticle) => InsertPendingResult>;
  private readonly decidePendingTx: BetterSqlite3.Transaction<(articleId: number, decide: (articleId: number) => StoryDecision) => StoryDecision | null>;
  private readonly applyDecisionsTx: BetterSqlite3.Transaction<(decisions: { articleId: number; decision: StoryDecision }[]) => boolean>;

  constructor(raw: BetterSqlite3.Database, stories: StoryBookkeeping) {
    this.raw = raw;
    this.stories = stories;
    this.findByCanonical = raw.prepare(`SELECT id FROM articles WHERE canonical_url = ?`);
    this.existingMembership = raw.prepare(
      `SELECT a.id, a.duplicate_of, sm.story_id, sm.score FROM articles a
       LEFT JOIN story_members sm ON sm.article_id = a.id WHERE a.id = ?`,
    );
    this.insertArticleStmt = raw.prepare(
      `INSERT INTO articles (url, canonical_url, source_id, title, byline, published_at, fetched_at, sort_time, lang, text,
         html_clean, lead, image, section, fingerprint, boilerplate, ${FTS_COLUMNS})
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.insertFtsStmt = raw.prepare(`INSERT INTO articles_fts (rowid, ${FTS_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)`);
    this.insertHeadsStmt = raw.prepare(`INSERT INTO heads_fts (rowid, ${HEAD_COLUMNS}) VALUES (?, ?, ?, ?, ?)`);
    this.insertEntityStmt = raw.prepare(
      `INSERT INTO entities (id, kind, name, name_norm) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
    );
    this.insertArticleEntityStmt = raw.prepare(`INSERT INTO article_entities (article_id, entity_id, count) VALUES (?, ?, ?)`);
    this.insertQuoteStmt = raw.prepare(
      `INSERT INTO quotes (article_id, speaker, speaker_id, text, start, "end") VALUES (?, ?, ?, ?, ?, ?)`,
    );
    this.setDuplicateStmt = raw.prepare(`UPDATE articles SET duplicate_of = ? WHERE id = ?`);
    this.insertMemberStmt = raw.prepare(`INSERT INTO story_members (story_id, article_id, score, added_at) VALUES (?, ?, ?, ?)`);
    this.sortTimeStmt = raw.prepare(`SELECT sort_time FROM articles WHERE id = ?`);
    this.storyOfStmt = raw.prepare(`SELECT story_id FROM story_members WHERE article_id = ?`);
    this.sameSourceFingerprintStmt = raw.prepare(`SELECT id FROM articles WHERE fingerprint = ? AND source_id = ? ORDER BY id LIMIT 1`);
    this.pendingStmt = raw.prepare(
      `SELECT a.sort_time, sm.story_id FROM articles a LEFT JOIN story_members sm ON sm.article_id = a.id WHERE a.id = ?`,
    );
    this.insertTx = raw.transaction((article: NewArticle, decide: (articleId: number) => StoryDecision) => this.insertUnsafe(article, decide));
    this.insertPendingTx = raw.transaction((a: NewArticle): InsertPendingResult => {
      const url = this.findByCanonical.get(a.canonicalUrl) as { id: number } | undefined;
      if (url) return { articleId: url.id, existing: 'url' };
      const copy = this.sameSourceFingerprintStmt.get(a.fingerprint, a.sourceId) as { id: number } | undefined;
      if (copy) return { articleId: copy.id, existing: 'fingerprint' };
      return { articleId: this.writeRows(a).id, existing: null };
    });
    this.decidePendingTx = raw.transaction((articleId: number, decide: (articleId: number) => StoryDecision): StoryDecision | null => {
      const row = this.pendingStmt.get(articleId) as { sort_time: string; story_id: number | null } | undefined;
      if (!row || row.story_id !== null) return null;
      const decision = decide(articleId);
      this.applyDecision(articleId, row.sort_time, decision);
      return decision;
    });
    this.applyDecisionsTx = raw.transaction((decisions: { articleId: number; decision: StoryDecision }[]): boolean => {
      const times: string[] = [];
      for (const { articleId } of decisions) {
        const row = this.pendingStmt.get(articleId) as { sort_time: string; story_id: number | null } | undefined;
        if (!row || row.story_id !== null) return false;
        times.push(row.sort_time);
      }
      decisions.forEach(({ articleId, decision }, i) => this.applyDecision(articleId, times[i]!, decision));
      return true;
    });
  }

  insert(article: NewArticle, decide: (articleId: number) => StoryDecision): InsertArticleResult {
    validate(article);
    // Checked again inside the (immediate) transaction; this early exit just avoids taking the write lock.
    const known = this.findByCanonical.get(article.canonicalUrl) as { id: number } | undefined;
    if (known) return this.existingResult(known.id);
    return this.insertTx.immediate(article, decide);
  }

  private existingResult(articleId: number): InsertArticleResult {
    const row = this.existingMembership.get(articleId) as
      | { id: number; duplicate_of: number | null; story_id: number | null; score: number | null }
      | undefined;
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

  private insertUnsafe(a: NewArticle, decide: (articleId: number) => StoryDecision): InsertArticleResult {
    const known = this.findByCanonical.get(a.canonicalUrl) as { id: number } | undefined;
    if (known) return this.existingResult(known.id);
    const { id, sortTime } = this.writeRows(a);
    const decision = decide(id);
    this.applyDecision(id, sortTime, decision);
    return { articleId: id, decision, existing: false };
  }

  insertPending(article: NewArticle): InsertPendingResult {
    validate(article);
    const known = this.findByCanonical.get(article.canonicalUrl) as { id: number } | undefined;
    if (known) return { articleId: known.id, existing: 'url' };
    return this.insertPendingTx.immediate(article);
  }

  decidePending(articleId: number, decide: (articleId: number) => StoryDecision): StoryDecision | null {
    return this.decidePendingTx.immediate(articleId, decide);
  }

  applyDecisions(decisions: { articleId: number; decision: StoryDecision }[]): boolean {
    for (const d of decisions) checkDecision(d.decision);
    return this.applyDecisionsTx.immediate(decisions);
  }

  /** The article, its index rows, entities and quotes; returns the new id. */
  private writeRows(a: NewArticle): { id: number; sortTime: string } {
    // Normalized to UTC 'Z' form: times are compared as strings, and sources write offsets (+03:00) freely.
    const sortTime = new Date(a.publishedAt ?? a.fetchedAt).toISOString();
    const leadSurface = a.leadSurface ?? '';
    const leadStems = a.leadStems ?? '';
    const info = this.insertArticleStmt.run(
      a.url, a.canonicalUrl, a.sourceId, a.title, a.byline, a.publishedAt, a.fetchedAt, sortTime, a.lang, a.text,
      a.html, a.lead, a.image, a.section, a.fingerprint, JSON.stringify(a.boilerplate ?? []),
      a.titleSurface, a.titleStems, leadSurface, leadStems, a.bodySurface, a.bodyStems,
    );
    const id = Number(info.lastInsertRowid);
    this.insertFtsStmt.run(id, a.titleSurface, a.titleStems, leadSurface, leadStems, a.bodySurface, a.bodyStems);
    this.insertHeadsStmt.run(id, a.titleSurface, a.titleStems, leadSurface, leadStems);

    const counts = new Map<string, { kind: string; name: string; n: number }>();
    for (const e of a.entities ?? []) {
      const c = counts.get(e.id);
      if (c) c.n++;
      else counts.set(e.id, { kind: e.kind, name: e.name, n: 1 });
    }
    for (const [entityId, c] of counts) {
      this.insertEntityStmt.run(entityId, c.kind, c.name, normalize(c.name));
      this.insertArticleEntityStmt.run(id, entityId, c.n);
    }
    for (const q of a.quotes ?? []) this.insertQuoteStmt.run(id, q.speaker, q.speakerId, q.text, q.start, q.end);
    return { id, sortTime };
  }

  /** Story membership of a written article, with the merges and moves the decision brings. */
  private applyDecision(id: number, sortTime: string, decision: StoryDecision): void {
    checkDecision(decision);
    const now = new Date().toISOString();
    const touched = new Set<number>();
    // Merges and moves first: they concern earlier articles and may create the story this article joins.
    for (const m of decision.merged) {
      this.stories.merge(m.from, m.into, sortTime);
      touched.add(m.from).add(m.into);
    }
    for (const mv of decision.moved) {
      const current = this.storyOfStmt.get(mv.articleId) as { story_id: number } | undefined;
      if (!current) continue; // never stored in a story (e.g. inserted before a rebuild): nothing to move
      const t = (this.sortTimeStmt.get(mv.articleId) as { sort_time: string }).sort_time;
      this.stories.move(mv.articleId, mv.to, t);
      touched.add(current.story_id).add(mv.to);
    }
    if (decision.duplicateOf != null) this.setDuplicateStmt.run(decision.duplicateOf, id);
    this.stories.ensure(decision.storyId, sortTime);
    this.insertMemberStmt.run(decision.storyId, id, decision.score, now);
    touched.add(decision.storyId);
    for (const s of touched) this.stories.refresh(s);
  }
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
