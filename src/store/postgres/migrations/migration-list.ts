// Static migration provider for PostgreSQL: imported, not discovered on disk, so they work from any working directory.
import type { Migration, MigrationProvider } from 'kysely';
import * as m0001 from './0001-initial.ts';
import * as m0002 from './0002-meta.ts';
import * as m0003 from './0003-article-aliases.ts';

const migrations: Record<string, Migration> = {
  '0001-initial': m0001,
  '0002-meta': m0002,
  '0003-article-aliases': m0003,
};

export const postgresMigrations: MigrationProvider = {
  getMigrations: async () => migrations,
};
