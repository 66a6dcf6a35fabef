// Regenerates demo/truth.json (article page path → event id) from the demo articles:
// `node --import tsx src/demo/write-truth.ts`. A test checks the file stays in step with the data.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_DIR, loadDemoData, type DemoData } from './demo-data.ts';

export function truthByPath(data: DemoData): Record<string, string> {
  const entries = data.articles.map((a) => [data.paths.get(a.id)!, a.event] as const);
  entries.sort((x, y) => x[0].localeCompare(y[0]));
  return Object.fromEntries(entries);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const data = loadDemoData();
  const truth = truthByPath(data);
  writeFileSync(join(DEMO_DIR, 'truth.json'), `${JSON.stringify(truth, null, 2)}\n`);
  console.log(`wrote ${Object.keys(truth).length} articles in ${new Set(Object.values(truth)).size} events to demo/truth.json`);
}
