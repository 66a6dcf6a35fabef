// Where story grouping goes wrong on a SaudiNewsNet day: scores against the labels (when the day has them), the
// predicted stories that mix gold stories and the gold stories split over predicted ones, the largest stories, and the
// engine's candidate scores for chosen headlines at the moment they arrive and at the end of the day (a story's score is
// the larger of its link/centroid blend, by linkShare, and its core coverage; at the end of the day the article's own
// story shows too, linked to it by its own copy).
// Run: npm run inspect:stories -- [--day 2015-08-09] [--loss 10] [--detail] [--top 5] [--titles 8]
//        [--why REGEX] [--config '{"joinThreshold":0.35}'] [--raw] [--dump FILE] [--drop GOLD_ID] [--trace STORY] [--gold TSV]
// --gold scores against other labels (url<TAB>story per line) than ../shared/data/stories/DAY.tsv.
// --trace prints how one predicted story grew: each join (with its score, or the copy it duplicates), merge and move.
// --dump writes the grouping as JSON [url, story id] pairs, to compare two runs of one day.
// --drop removes one gold story's articles before grouping (s0001, the dev day's bombing, leaves an ordinary day's shape).
// By default each record is read as `marsad import` stores it (content cleaned by the scraped-text extractor, ordered by
// time then canonical URL), so the scores are those the CLI gives; --raw feeds the record's content as it is.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { unzipSync, strFromU8 } from 'fflate';
import { buildStoryDoc } from '../src/stories/story-doc.ts';
import { createStoryEngine } from '../src/stories/story-engine.ts';
import { leadOf } from '../src/extract/article-assembly.ts';
import { storyTextAnalyzer } from '../src/pipeline/story-analyzer.ts';
import { articleFromRecord } from '../src/jobs/import-files.ts';
import { toArticleRecord } from '../src/ingest/local-files.ts';
import { canonicalizeUrl } from '../src/ingest/canonical-url.ts';
import { contentFingerprint } from '../src/ingest/content-fingerprint.ts';

const { values: opt } = parseArgs({
  options: {
    day: { type: 'string', default: '2015-08-09' }, loss: { type: 'string', default: '10' }, detail: { type: 'boolean', default: false },
    top: { type: 'string', default: '0' }, drop: { type: 'string' }, trace: { type: 'string' }, gold: { type: 'string' }, raw: { type: 'boolean', default: false }, dump: { type: 'string' }, titles: { type: 'string', default: '8' }, why: { type: 'string' }, config: { type: 'string', default: '{}' },
  },
});
const SHARED = resolve(import.meta.dirname, '../../shared/data');
const zip = join(SHARED, 'saudinewsnet', `${opt.day}.zip`);
if (!existsSync(zip)) { console.log(`inspect stories: ${zip} is missing (../shared is not beside the repository); nothing to inspect.`); process.exit(0); }

interface Raw { source: string; url: string; date_extracted: string; title: string; author: string; content: string }
const files = unzipSync(readFileSync(zip));
const tsv = opt.gold ?? join(SHARED, 'stories', `${opt.day}.tsv`);
const goldLines = existsSync(tsv) ? readFileSync(tsv, 'utf8').split('\n').filter(Boolean).map((l) => l.split('\t') as [string, string]) : [];
const dropped = new Set(goldLines.filter(([, s]) => s === opt.drop).map(([u]) => u));
if (opt.drop && !dropped.size) { console.log(`inspect stories: no gold story ${opt.drop} on ${opt.day}`); process.exit(2); }
const rows = (JSON.parse(strFromU8(files[Object.keys(files).find((n) => n.endsWith('.json'))!]!)) as Raw[]).filter((r) => !dropped.has(r.url));
const sources = new Map<string, number>();
const sourceId = (s: string) => sources.get(s) ?? (sources.set(s, sources.size + 1), sources.size);
/** What the story stage is given for a record: as the import stores it (src/pipeline/article-pipeline.ts), or raw. */
const inputs = rows.map((r) => {
  if (opt.raw) {
    return { time: Date.parse(r.date_extracted.replace(' ', 'T') + 'Z'), title: r.title ?? '', text: r.content ?? '', byline: r.author ?? null,
      lead: leadOf((r.content ?? '').split(/\n+/).map((p) => p.trim()).filter(Boolean)) };
  }
  // A record the import rejects (no title and no content) is not grouped: it scores as a story of its own.
  const rec = toArticleRecord(r);
  if (typeof rec === 'string') return null;
  const x = articleFromRecord(rec);
  const text = x.text.trim();
  if (!x.title.trim() && !text) return null;
  return { time: Date.parse(x.publishedAt!), title: x.title.trim(), text, byline: x.byline ?? null, lead: x.lead || text.slice(0, 300) };
});
// As the import stores them: a record whose canonical URL, or whose text from the same outlet (contentFingerprint), an
// earlier record already brought is not a second article but another address of the first (alsoAt), in its story.
const aliasOf = new Map<number, number>();
if (!opt.raw) {
  const byKey = new Map<string, number>(), byPrint = new Map<string, number>();
  rows.forEach((r, i) => {
    const x = inputs[i];
    if (!x) return;
    let key: string;
    try { key = canonicalizeUrl(r.url); } catch { inputs[i] = null; return; }
    const print = contentFingerprint(x.title, x.text, key);
    const first = byKey.get(key) ?? byPrint.get(print);
    if (first !== undefined && (byKey.has(key) || rows[first]!.source === r.source)) { aliasOf.set(i + 1, first + 1); inputs[i] = null; return; }
    byKey.set(key, i);
    if (!byPrint.has(print)) byPrint.set(print, i);
  });
}
const docOf = (r: Raw, id: number) => buildStoryDoc({ articleId: id, sourceId: sourceId(r.source), ...inputs[id % 1_000_000 - 1]! }, storyTextAnalyzer);

// Group the day in time order, as the bench and the pipeline do, applying merges and moves as they are decided.
const engine = createStoryEngine(JSON.parse(opt.config!));
const why = opt.why ? new RegExp(opt.why) : null;
const trace = opt.trace ? Number(opt.trace) : NaN;
const storyOf = new Map<number, number>();
const sizeOf = (s: number) => { let n = 0; for (const x of storyOf.values()) if (x === s) n++; return n; };
const explain = (r: Raw, id: number, label: string) => {
  console.log(`${label} #${id} ${r.source}: ${r.title}`);
  for (const e of engine.explain(docOf(r, id)).slice(0, 4)) {
    const v = rows[e.via - 1];
    console.log(`    story ${e.storyId} (${sizeOf(e.storyId)} articles) score ${e.score.toFixed(3)}: link ${e.link.toFixed(3)}${v ? ` (#${e.via} ${v.source}: ${v.title.slice(0, 60)})` : ''}, centroid ${e.centroid.toFixed(3)}, core ${e.core.toFixed(3)}`);
  }
};
const keyOf = (r: Raw) => { try { return canonicalizeUrl(r.url); } catch { return r.url; } };
const order = rows.map((r, i) => ({ r, id: i + 1, t: inputs[i]?.time ?? NaN, k: opt.raw ? '' : keyOf(r) })).filter((x) => inputs[x.id - 1])
  .sort((a, b) => (a.t - b.t) || (a.k < b.k ? -1 : a.k > b.k ? 1 : 0) || (a.id - b.id));
for (const { r, id } of order) {
  if (why?.test(r.title)) explain(r, 1_000_000 + id, 'arrives');
  const before = Number.isNaN(trace) ? null : engine.explain(docOf(r, 3_000_000 + id)).find((e) => e.storyId === trace);
  const d = engine.assign(docOf(r, id));
  storyOf.set(id, d.storyId);
  const traced = (s: number) => s === trace;
  const parts = before ? ` [link ${before.link.toFixed(2)}, centroid ${before.centroid.toFixed(2)}, core ${before.core.toFixed(2)}, size ${sizeOf(trace)}]` : '';
  if (traced(d.storyId)) console.log(`trace: #${id} ${r.source}: ${r.title} joins at ${d.score.toFixed(3)}${d.duplicateOf ? ` (copy of #${d.duplicateOf})` : parts}`);
  for (const m of d.merged) {
    if (traced(m.into)) {
      const mem = [...storyOf].filter(([, s]) => s === m.from).map(([a]) => a);
      console.log(`trace:   merges story ${m.from} (${mem.length}): ${mem.slice(0, 4).map((a) => rows[a - 1]!.title.slice(0, 50)).join(' | ')}`);
    }
    for (const [a, s] of storyOf) if (s === m.from) storyOf.set(a, m.into);
  }
  for (const mv of d.moved) {
    if (traced(mv.to)) console.log(`trace:   moves in #${mv.articleId} ${rows[mv.articleId - 1]!.title} from story ${mv.from}`);
    storyOf.set(mv.articleId, mv.to);
  }
  if (why?.test(r.title)) console.log(`    -> story ${d.storyId}, score ${d.score.toFixed(3)}`);
}
if (why) for (const { r, id } of order) if (why.test(r.title)) explain(r, 2_000_000 + id, `end of day (in story ${storyOf.get(id)})`);

// One prediction per URL (the labels have one line per article, a few URLs twice), as the bench scores it.
const pred = new Map<string, number>();
rows.forEach((r, i) => { if (!pred.has(r.url)) pred.set(r.url, storyOf.get(aliasOf.get(i + 1) ?? i + 1) ?? -(i + 1)); });
const byUrl = new Map(rows.map((r) => [r.url, r] as const));
if (opt.dump) writeFileSync(opt.dump, JSON.stringify([...pred]));
const groups = <K>(m: Map<string, K>) => { const g = new Map<K, string[]>(); for (const [u, k] of m) (g.get(k) ?? g.set(k, []).get(k)!).push(u); return g; };
const P = groups(pred);
if (goldLines.length) {
  const gold = new Map<string, string>();
  for (const [u, s] of goldLines) if (!dropped.has(u) && !gold.has(u)) gold.set(u, s);
  const G = groups(gold);
  let bp = 0, br = 0, tp = 0;
  const lossP = new Map<number, number>(), lossR = new Map<string, number>();
  for (const [u, g] of gold) {
    const gm = G.get(g)!, pm = P.get(pred.get(u)!)!;
    const both = pm.filter((x) => gold.get(x) === g).length;
    bp += both / pm.length; br += both / gm.length; tp += both - 1;
    lossP.set(pred.get(u)!, (lossP.get(pred.get(u)!) ?? 0) + 1 - both / pm.length);
    lossR.set(g, (lossR.get(g) ?? 0) + 1 - both / gm.length);
  }
  const n = gold.size, pairs = (m: Map<unknown, string[]>) => [...m.values()].reduce((s, x) => s + (x.length * (x.length - 1)) / 2, 0);
  const f = (p: number, r: number) => (2 * p * r) / (p + r);
  const pp = tp / 2 / pairs(P), pr = tp / 2 / pairs(G);
  console.log(`${opt.day}: ${n} articles, ${G.size} gold stories, ${P.size} predicted`);
  console.log(`B-cubed P ${(bp / n).toFixed(4)} R ${(br / n).toFixed(4)} F1 ${f(bp / n, br / n).toFixed(4)}; pairwise P ${pp.toFixed(3)} R ${pr.toFixed(3)} F1 ${f(pp, pr).toFixed(4)}`);
  const k = Number(opt.loss);
  const sum = (m: Map<unknown, number>) => [...m.values()].reduce((a, b) => a + b, 0).toFixed(1);
  console.log(`\nPrecision loss in articles (${sum(lossP)} in all), by predicted story [gold story] of each member:`);
  for (const [s, l] of [...lossP].sort((a, b) => b[1] - a[1]).slice(0, k)) {
    if (l === 0) break;
    const mem = P.get(s)!, mix = [...groups(new Map(mem.map((u) => [u, gold.get(u)!]))).values()].map((x) => x.length).sort((a, b) => b - a);
    console.log(`  ${l.toFixed(1)}  story ${s}: ${mem.length} articles from gold stories of ${mix.join('+')}`);
    if (opt.detail) for (const u of mem) console.log(`        [${gold.get(u)}] ${byUrl.get(u)!.source}: ${byUrl.get(u)!.title}`);
  }
  console.log(`\nRecall loss in articles (${sum(lossR)} in all), by gold story (predicted story) of each member:`);
  for (const [g, l] of [...lossR].sort((a, b) => b[1] - a[1]).slice(0, k)) {
    if (l === 0) break;
    const mem = G.get(g)!, split = [...groups(new Map(mem.map((u) => [u, pred.get(u)!]))).values()].map((x) => x.length).sort((a, b) => b - a);
    console.log(`  ${l.toFixed(1)}  gold ${g}: ${mem.length} articles split ${split.join('+')}`);
    if (opt.detail) for (const u of mem) console.log(`        (${pred.get(u)}) ${byUrl.get(u)!.source}: ${byUrl.get(u)!.title}`);
  }
} else {
  const sizes = [...P.values()].map((x) => x.length).sort((a, b) => b - a);
  console.log(`${opt.day}: ${rows.length} articles, no labels (${tsv} is absent); ${P.size} stories, the largest ${sizes.slice(0, 10).join(', ')}`);
}
for (const [s, mem] of [...P].sort((a, b) => b[1].length - a[1].length).slice(0, Number(opt.top))) {
  console.log(`\nstory ${s}: ${mem.length} articles; core ${engine.coreTerms(s).slice(0, 12).map((c) => `${c.term} ${c.weight.toFixed(2)} [${c.count}/${c.df}]`).join(', ')}`);
  for (const u of mem.slice(0, Number(opt.titles))) console.log(`    ${byUrl.get(u)!.source}: ${byUrl.get(u)!.title}`);
}
