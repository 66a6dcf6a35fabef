// The end-to-end demo (demo-scenario.ts) with MARSAD_DATABASE_URL pointing at a fresh PostgreSQL schema.
import { test } from 'node:test';
import { dropSchema, postgresAvailable, randomSchemaName, urlWithSchema } from '../store/postgres-test-database.ts';
import { runDemoScenario } from './demo-scenario.ts';

if (await postgresAvailable('demo end to end')) {
  test('demo on PostgreSQL: serve polls the fixture outlets and recovers the true grouping', { timeout: 240_000 }, async (t) => {
    const schema = randomSchemaName('marsad_e2e');
    t.after(() => dropSchema(schema));
    await runDemoScenario(t, { args: [], env: { MARSAD_DATABASE_URL: urlWithSchema(schema) } });
  });
}
