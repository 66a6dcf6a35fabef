// What the crash tests read of a database while and after it is killed: progress, what a reader sees, stories as
// partitions of URLs; and a seeded random source for the kill moments.
import Database from 'better-sqlite3';

/**
 * Progress as another reader sees it: articles stored and articles decided into a story (0 while the file or schema
 * does not exist yet). One read-only connection, kept open: reopening it at every poll cost more than the polls.
 */
export function progressWatch(path: string): { stored(): number; decided(): number; close(): void } {
  let db: Database.Database | null = null;
  const stmts = new Map<string, Database.Statement>();
  const count = (table: string) => {
    try {
      db ??= new Database(path, { readonly: true, fileMustExist: true });
      if (!stmts.has(table)) stmts.set(table, db.prepare(`SELECT count(*) AS n FROM ${table}`));
      return (stmts.get(table)!.get() as { n: number }).n;
    } catch {
      return 0;
    }
  };
  return { stored: () => count('articles'), decided: () => count('story_members'), close: () => db?.close() };
}

/** What a reader sees of each article, keyed by URL (ids may differ between databases). */
export function articleRows(path: string): string[] {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const rows = db
      .prepare(`SELECT a.url, a.title, a.published_at, a.text, d.url AS dup FROM articles a LEFT JOIN articles d ON d.id = a.duplicate_of ORDER BY a.url`)
      .all() as { url: string; title: string; published_at: string | null; text: string; dup: string | null }[];
    return rows.map((r) => JSON.stringify([r.url, r.title, r.published_at, r.text, r.dup]));
  } finally {
    db.close();
  }
}

/** Stories as sets of article URLs, independent of story ids. */
export function partition(stories: { articles: { url: string }[] }[]): string[] {
  return stories.map((s) => s.articles.map((a) => a.url).sort().join(' ')).sort();
}

export function seeded(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}
