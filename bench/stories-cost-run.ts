// The story stage article by article (a live pipeline's single decisions) over the first N prepared inputs, for
// bench/stories-cost.bench.ts to run under cachegrind: node stories-cost-run.mjs INPUTS.json N. Prints a checksum of the decisions.
import { readFileSync } from 'node:fs';
import { buildStoryDoc, type StoryDocInput } from '../src/stories/story-doc.ts';
import { createStoryEngine } from '../src/stories/story-engine.ts';
import { storyTextAnalyzer } from '../src/pipeline/story-analyzer.ts';

const [path, count] = process.argv.slice(2);
if (!path || !count) throw new Error('usage: stories-cost-run INPUTS.json N');
const inputs = (JSON.parse(readFileSync(path, 'utf8')) as StoryDocInput[]).slice(0, Number(count));
const engine = createStoryEngine();
let sum = 0;
for (const input of inputs) {
  const d = engine.assign(buildStoryDoc(input, storyTextAnalyzer));
  sum = (Math.imul(sum, 31) + d.storyId + 7 * (d.duplicateOf ?? 0)) | 0;
}
console.log(`${inputs.length} articles, decisions checksum ${sum >>> 0}`);
