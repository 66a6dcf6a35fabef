// The end-to-end demo scenario, shared by the SQLite and PostgreSQL runs: `marsad serve` starts the demo outlets, polls
// them over real HTTP, extracts, analyses, groups and indexes into the store the options select, and serves the reader
// and the API; the grouping is scored against the demo's truth and search is checked through the API and the CLI.
import assert from 'node:assert/strict';
import type { TestContext } from 'node:test';
import { loadDemoData } from '../../src/demo/demo-data.ts';
import { scoreClustering } from '../support/clustering-metrics.ts';
import { startCli, runCliJson } from '../support/run-cli.ts';

interface ApiStory {
  id: number;
  headline: string;
  outlets: string[];
  articles: { url: string }[];
}

export interface StoreSelection {
  /** CLI arguments that select the store (e.g. ['--db', path]); empty when the environment does. */
  args: string[];
  /** Environment for every child (e.g. MARSAD_DATABASE_URL). */
  env?: Record<string, string>;
}

async function allStories(base: string): Promise<ApiStory[]> {
  const out: ApiStory[] = [];
  let cursor: string | null = null;
  do {
    const res: Response = await fetch(`${base}/api/v1/stories?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    assert.equal(res.status, 200);
    const page = (await res.json()) as { items: ApiStory[]; nextCursor: string | null };
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

export async function runDemoScenario(t: TestContext, store: StoreSelection): Promise<void> {
  const demo = loadDemoData();
  const env = store.env ?? {};
  const server = startCli(['serve', ...store.args, '--port', '0', '--demo-port', '0'], { env: { ...env, MARSAD_DEMO: '1' } });
  t.after(() => server.stop());
  const base = (await server.waitFor(/web reader at (http:\/\/[\d.:]+)/))[1]!;
  const origin = (await server.waitFor(/demo: \d+ fictional outlets served at (http:\/\/[\d.:]+)/))[1]!;

  // Every demo article is stored once, whichever feed or page it came through.
  const started = Date.now();
  let stories: ApiStory[] = [];
  let count = 0;
  while (Date.now() - started < 120_000) {
    stories = await allStories(base);
    count = stories.reduce((n, s) => n + s.articles.length, 0);
    if (count >= demo.articles.length) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  t.diagnostic(`stored ${count} of ${demo.articles.length} demo articles in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  assert.equal(count, demo.articles.length, 'every demo article stored exactly once');

  const gold = new Map<string, string>();
  for (const a of demo.articles) gold.set(new URL(demo.paths.get(a.id)!, origin).href, a.event);
  const predicted = new Map<string, string>();
  for (const s of stories) for (const a of s.articles) predicted.set(new URL(a.url).href, String(s.id));
  const scores = scoreClustering(gold, predicted);
  t.diagnostic(`B-cubed P=${scores.precision.toFixed(3)} R=${scores.recall.toFixed(3)} F1=${scores.f1.toFixed(3)} pairwise F1=${scores.pairwiseF1.toFixed(3)} over ${scores.items} articles`);
  assert.equal(scores.items, demo.articles.length, 'every stored URL is a demo article URL');
  assert.ok(scores.f1 >= 0.9, `B-cubed F1 ${scores.f1.toFixed(3)} below 0.9`);

  const multi = stories.filter((s) => s.outlets.length >= 2);
  assert.ok(multi.length >= 15, `only ${multi.length} multi-outlet stories`);

  // The front page is Arabic and right to left, and lists a multi-outlet story.
  const front = await (await fetch(base + '/')).text();
  assert.match(front, /<html[^>]*\blang="ar"[^>]*\bdir="rtl"|<html[^>]*\bdir="rtl"[^>]*\blang="ar"/);
  assert.ok(front.includes(escapeHtml(multi[0]!.headline)), 'front page shows the top story headline');

  // A search for a word of a demo story finds that story, through the API and the CLI.
  const target = multi[0]!;
  const word = target.headline.split(/\s+/).filter((w) => w.length >= 5)[0]!;
  const res = await fetch(`${base}/api/v1/search?q=${encodeURIComponent(word)}`);
  assert.equal(res.status, 200);
  const found = JSON.stringify(await res.json());
  assert.ok(target.articles.some((a) => found.includes(a.url)), `search for ${word} returns the story`);
  const cli = await runCliJson(['search', ...store.args, word], { env });
  assert.ok(target.articles.some((a) => JSON.stringify(cli).includes(a.url)), 'CLI search gives the same story');
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
