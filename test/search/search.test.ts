// The search suite on SQLite, and what only SQLite has: the FTS5 tables and their tokenizer.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Database } from 'better-sqlite3';
import { openStore } from '../../src/store/open-store.ts';
import type { Store } from '../../src/store/types.ts';
import { assertArabicTermsIntact, runSearchSuite } from './search-suite.ts';

const raw = (store: Store) => (store as unknown as { raw: Database }).raw;

const { shared } = runSearchSuite('sqlite', {
  makeStore: () => openStore({ db: ':memory:' }),
  checkIndexes: (store) => {
    raw(store).exec(`INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)`);
    raw(store).exec(`INSERT INTO heads_fts (heads_fts, rank) VALUES ('integrity-check', 1)`);
  },
});

describe('sqlite search: FTS tokenizer keeps analyzer terms intact', () => {
  test('every Arabic index term is stored as exactly one FTS token, unchanged', async () => {
    const db = raw(shared());
    db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.fts_vocab USING fts5vocab(main, 'articles_fts', 'row')`);
    const vocab = new Set((db.prepare(`SELECT term FROM temp.fts_vocab`).all() as { term: string }[]).map((r) => r.term));
    const rows = db.prepare(`SELECT title_surface, title_stems, body_surface, body_stems FROM articles`).all() as Record<string, string>[];
    assertArabicTermsIntact(rows, vocab, 'in the FTS vocabulary');
  });
});
