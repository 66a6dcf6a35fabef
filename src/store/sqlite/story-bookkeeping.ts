// Keeps stories' derived columns (headline, first/last seen, size, outlets) true after any membership change.
// Synchronous on the raw better-sqlite3 handle so it can run inside the same transaction as the change.
import type BetterSqlite3 from 'better-sqlite3';

export class StoryBookkeeping {
  private readonly ensureStmt;
  private readonly statsStmt;
  private readonly headlineStmt;
  private readonly pinnedStmt;
  private readonly updateStmt;
  private readonly deleteStmt;
  private readonly moveAllStmt;
  private readonly moveOneStmt;

  constructor(raw: BetterSqlite3.Database) {
    this.ensureStmt = raw.prepare(
      `INSERT INTO stories (id, headline_article_id, first_seen_at, last_seen_at, size, outlets)
       VALUES (?, NULL, ?, ?, 0, 0) ON CONFLICT (id) DO NOTHING`,
    );
    this.statsStmt = raw.prepare(
      `SELECT count(*) AS n, count(DISTINCT a.source_id) AS o, min(a.sort_time) AS f, max(a.sort_time) AS l,
              min(sm.article_id) AS firstId
       FROM story_members sm JOIN articles a ON a.id = sm.article_id WHERE sm.story_id = ?`,
    );
    // The article that joined with the highest similarity is the most central one; the founder (score 1 by
    // convention, so meaningless) only when nothing else qualifies; near-duplicates last.
    this.headlineStmt = raw.prepare(
      `SELECT sm.article_id AS id FROM story_members sm JOIN articles a ON a.id = sm.article_id
       WHERE sm.story_id = ?
       ORDER BY (a.duplicate_of IS NOT NULL), (sm.article_id = ?), sm.score DESC, sm.article_id
       LIMIT 1`,
    );
    this.pinnedStmt = raw.prepare(
      `SELECT s.headline_article_id AS id FROM stories s
       JOIN story_members sm ON sm.article_id = s.headline_article_id AND sm.story_id = s.id
       WHERE s.id = ? AND s.headline_pinned = 1`,
    );
    this.updateStmt = raw.prepare(
      `UPDATE stories SET headline_article_id = ?, first_seen_at = ?, last_seen_at = ?, size = ?, outlets = ? WHERE id = ?`,
    );
    this.deleteStmt = raw.prepare(`DELETE FROM stories WHERE id = ?`);
    this.moveAllStmt = raw.prepare(`UPDATE story_members SET story_id = ? WHERE story_id = ?`);
    this.moveOneStmt = raw.prepare(`UPDATE story_members SET story_id = ? WHERE article_id = ?`);
  }

  /** Creates the story row if the engine just minted this id. */
  ensure(storyId: number, time: string): void {
    this.ensureStmt.run(storyId, time, time);
  }

  merge(from: number, into: number, time: string): void {
    if (from === into) return;
    this.ensure(into, time);
    this.moveAllStmt.run(into, from);
  }

  move(articleId: number, to: number, time: string): void {
    this.ensure(to, time);
    this.moveOneStmt.run(to, articleId);
  }

  /** Recomputes derived columns; deletes the story when it has no members left. */
  refresh(storyId: number): void {
    const s = this.statsStmt.get(storyId) as { n: number; o: number; f: string | null; l: string | null; firstId: number | null };
    if (!s || s.n === 0) {
      this.deleteStmt.run(storyId);
      return;
    }
    const pinned = this.pinnedStmt.get(storyId) as { id: number } | undefined;
    const headline = pinned ?? (this.headlineStmt.get(storyId, s.firstId) as { id: number });
    this.updateStmt.run(headline.id, s.f, s.l, s.n, s.o, storyId);
  }
}
