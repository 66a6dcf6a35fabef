// The whole spine on loopback: `marsad serve` starts the demo outlets, polls them over real HTTP, extracts, analyses,
// groups and indexes into a real SQLite file, and serves the reader and the API (the scenario: demo-scenario.ts).
import { test } from 'node:test';
import { join } from 'node:path';
import { tempDir } from '../support/run-cli.ts';
import { runDemoScenario } from './demo-scenario.ts';

test('demo: serve polls the fixture outlets and recovers the true grouping', { timeout: 180_000 }, async (t) => {
  const dir = tempDir();
  t.after(() => dir.cleanup());
  await runDemoScenario(t, { args: ['--db', join(dir.path, 'm.db')] });
});
