// Static migration provider for PostgreSQL: imported, not discovered on disk, so they work from any working directory.
import type { Migration, MigrationProvider } from 'kysely';
import * as m0001 from './0001-initial.ts';
import * as m0002 from './0002-meta.ts';

const migrations: Record<string, Migration> = {
  '0001-initial': m0001,
  '0002-meta': m0002,
};

export const postgresMigrations: MigrationProvider = {
  getMigrations: async () => migrations,
};
