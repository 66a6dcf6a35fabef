// Merging the FTS5 indexes' segments (marsad search optimize; also after import, reindex and doctor --repair). Every
// write transaction leaves a new segment and FTS5's automerge keeps up to a few per level, so a database grown by many
// small transactions holds dozens, and each search term is looked up in all of them (26 segments at 31k imported
// articles: ~15% of a query's CPU). FTS5's 'optimize' would merge everything in one transaction, holding the write lock
// for as long as it rewrites the whole index; 'merge' with a negative page count does the same work a bounded step at a
// time (all segments treated as one level), each step its own transaction, with the event loop free between steps so
// a serving process keeps answering and writing.
import type BetterSqlite3 from 'better-sqlite3';
import type { SearchIndexOptimizeOptions, SearchIndexOptimizeResult } from '../types.ts';
import { ftsSegmentCount } from './fts-segments.ts';

const TABLES = ['articles_fts', 'heads_fts'] as const;
export const DEFAULT_PAGES_PER_STEP = 1000;

export async function optimizeSqliteSearch(raw: BetterSqlite3.Database, options: SearchIndexOptimizeOptions = {}): Promise<SearchIndexOptimizeResult> {
  const t0 = process.hrtime.bigint();
  const pages = Math.max(16, Math.floor(options.pagesPerStep ?? DEFAULT_PAGES_PER_STEP));
  const tables = TABLES.filter((t) => raw.prepare(`SELECT 1 FROM sqlite_master WHERE name = ?`).get(t) !== undefined);
  const changes = raw.prepare(`SELECT total_changes() AS n`).pluck();
  const segmentsBefore = tables.includes('articles_fts') ? ftsSegmentCount(raw, 'articles_fts') : null;
  let steps = 0;
  for (const table of tables) {
    const merge = raw.prepare(`INSERT INTO ${table} (${table}, rank) VALUES ('merge', ?)`);
    const step = raw.transaction(() => {
      const before = changes.get() as number;
      merge.run(-pages);
      // FTS5's documented signal: a step that wrote fewer than two rows found nothing left to merge.
      return (changes.get() as number) - before >= 2;
    });
    while (step.immediate()) {
      steps++;
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  return {
    steps, segmentsBefore, segmentsAfter: segmentsBefore === null ? null : ftsSegmentCount(raw, 'articles_fts'),
    seconds: Number(process.hrtime.bigint() - t0) / 1e9,
  };
}
