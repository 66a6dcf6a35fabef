// A cheap value that changes whenever the stored data may have changed, so readers can keep answers computed from it.
// SQLite: PRAGMA data_version moves when another connection (another process: a scheduler, queue workers) commits,
// total_changes() when this connection writes. Both are per-connection counters read in microseconds.
// PostgreSQL has no equally cheap and exact counter here: null, and callers compute every answer afresh.
import type BetterSqlite3 from 'better-sqlite3';
import type { Store } from './types.ts';

export type ChangeToken = () => string | null;

export function changeTokenOf(store: Store): ChangeToken | null {
  if (store.dialect !== 'sqlite') return null;
  const raw = (store as unknown as { raw?: BetterSqlite3.Database }).raw;
  if (!raw || typeof raw.prepare !== 'function') return null;
  let version: BetterSqlite3.Statement | null = null;
  let changes: BetterSqlite3.Statement | null = null;
  return () => {
    try {
      version ??= raw.prepare('PRAGMA data_version').pluck();
      changes ??= raw.prepare('SELECT total_changes()').pluck();
      return `${version.get()}:${changes.get()}`;
    } catch {
      // A closed or broken database: nothing can be vouched for.
      return null;
    }
  };
}
