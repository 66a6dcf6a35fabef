// Static migration provider: migrations are imported, not discovered on disk, so they work from any working directory.
import type { Migration, MigrationProvider } from 'kysely';
import * as m0001 from './0001-initial.ts';
import * as m0002 from './0002-search-facts-index.ts';
import * as m0003 from './0003-heads-fts.ts';
import * as m0004 from './0004-meta.ts';
import * as m0005 from './0005-story-card-index.ts';
import * as m0006 from './0006-article-aliases.ts';

const migrations: Record<string, Migration> = {
  '0001-initial': m0001,
  '0002-search-facts-index': m0002,
  '0003-heads-fts': m0003,
  '0004-meta': m0004,
  '0005-story-card-index': m0005,
  '0006-article-aliases': m0006,
};

export const sqliteMigrations: MigrationProvider = {
  getMigrations: async () => migrations,
};
