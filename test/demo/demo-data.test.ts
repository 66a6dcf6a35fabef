import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_DIR, DemoDataError, loadDemoData, type DemoArticle } from '../../src/demo/demo-data.ts';

const data = loadDemoData();

function byEvent(): Map<string, DemoArticle[]> {
  const events = new Map<string, DemoArticle[]>();
  for (const a of data.articles) events.set(a.event, [...(events.get(a.event) ?? []), a]);
  return events;
}

function words(a: DemoArticle): string[] {
  return a.paragraphs.join(' ').match(/[\p{L}\p{N}]+/gu) ?? [];
}

function shingles(a: DemoArticle): Set<string> {
  const w = words(a);
  const out = new Set<string>();
  for (let i = 0; i + 3 <= w.length; i++) out.add(w.slice(i, i + 3).join(' '));
  return out;
}

function jaccard(x: Set<string>, y: Set<string>): number {
  let both = 0;
  for (const s of x) if (y.has(s)) both++;
  return both / (x.size + y.size - both);
}

test('at least 8 outlets, mixing RSS, Atom and JSON Feed, each with several articles', () => {
  assert.ok(data.outlets.length >= 8, `${data.outlets.length} outlets`);
  assert.deepEqual(new Set(data.outlets.map((o) => o.format)), new Set(['rss', 'atom', 'json']));
  for (const o of data.outlets) {
    const n = data.articles.filter((a) => a.outlet === o.slug).length;
    assert.ok(n >= 5, `${o.slug} has only ${n} articles`);
  }
});

test('at least 80 articles of 150–400 words in several paragraphs, published within about two days', () => {
  assert.ok(data.articles.length >= 80, `${data.articles.length} articles`);
  for (const a of data.articles) {
    const n = words(a).length;
    assert.ok(n >= 150 && n <= 400, `${a.id} has ${n} words`);
    assert.ok(a.paragraphs.length >= 3, `${a.id} has ${a.paragraphs.length} paragraphs`);
    assert.ok(a.publishedOffsetMinutes <= 3 * 24 * 60, `${a.id} is older than three days`);
  }
  const offsets = data.articles.map((a) => a.publishedOffsetMinutes);
  assert.ok(Math.max(...offsets) - Math.min(...offsets) >= 36 * 60, 'spans at least a day and a half');
});

test('at least 15 multi-outlet events, each told by 2–6 different outlets with different headlines and wording', () => {
  const events = byEvent();
  const multi = [...events].filter(([, list]) => list.length > 1);
  assert.ok(multi.length >= 15, `${multi.length} multi-outlet events`);
  for (const [event, list] of multi) {
    const outlets = new Set(list.map((a) => a.outlet));
    assert.equal(outlets.size, list.length, `${event}: one article per outlet`);
    assert.ok(list.length >= 2 && list.length <= 6, `${event} has ${list.length} outlets`);
    assert.equal(new Set(list.map((a) => a.headline)).size, list.length, `${event}: headlines differ`);
    if (list.some((a) => a.wireFrom)) continue;
    const firsts = new Set(list.map((a) => a.paragraphs[0]));
    assert.equal(firsts.size, list.length, `${event}: lead paragraphs differ`);
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const sim = jaccard(shingles(list[i]), shingles(list[j]));
        assert.ok(sim < 0.3, `${list[i].id} and ${list[j].id} are rewrites, not copies (3-word-shingle Jaccard ${sim.toFixed(2)})`);
      }
    }
  }
});

test('exactly one wire story, republished almost verbatim by exactly 3 outlets', () => {
  const wire = data.articles.filter((a) => a.wireFrom);
  const wireEvents = new Set(wire.map((a) => a.event));
  assert.equal(wireEvents.size, 1);
  const [event] = wireEvents;
  const all = data.articles.filter((a) => a.event === event);
  assert.equal(all.length, 3);
  assert.equal(new Set(all.map((a) => a.outlet)).size, 3);
  assert.ok(all.every((a) => a.wireFrom && data.outlets.some((o) => o.slug === a.wireFrom)), 'credits a known agency');
  assert.ok(!all.some((a) => a.outlet === all[0].wireFrom), 'the agency itself is not one of the three');
  for (let i = 0; i < 3; i++) {
    for (let j = i + 1; j < 3; j++) {
      const sim = jaccard(shingles(all[i]), shingles(all[j]));
      assert.ok(sim >= 0.7, `${all[i].id} ~ ${all[j].id}: ${sim.toFixed(2)}`);
    }
  }
  // "Almost" verbatim: each copy differs a little (headline word, dropped paragraph, added intro line).
  assert.equal(new Set(all.map((a) => a.paragraphs.join('\n'))).size, 3);
  assert.equal(new Set(all.map((a) => a.paragraphs.length)).size, 3);
});

test('at least 8 singletons (events one outlet reported)', () => {
  const singles = [...byEvent()].filter(([, list]) => list.length === 1);
  assert.ok(singles.length >= 8, `${singles.length} singletons`);
});

test('the writing varies the way real outlets do: Arabic-Indic digits, أمريكا/أميركا, ة/ه endings', () => {
  const text = data.articles.map((a) => `${a.headline}\n${a.paragraphs.join('\n')}`).join('\n');
  assert.match(text, /[٠-٩]/);
  assert.match(text, /[0-9]/);
  assert.match(text, /أمريك/);
  assert.match(text, /أميرك/);
  assert.match(text, /المباراه/);
  assert.match(text, /المباراة/);
  const indicOutlets = new Set(data.articles.filter((a) => /[٠-٩]/.test(a.headline + a.paragraphs.join(''))).map((a) => a.outlet));
  assert.ok(indicOutlets.size >= 2, 'more than one outlet writes Arabic-Indic digits');
});

test('demo/truth.json maps every article page path to its event and nothing else', () => {
  const truth = JSON.parse(readFileSync(join(DEMO_DIR, 'truth.json'), 'utf8')) as Record<string, string>;
  assert.equal(Object.keys(truth).length, data.articles.length, 'run: node --import tsx src/demo/write-truth.ts');
  for (const a of data.articles) assert.equal(truth[data.paths.get(a.id)!], a.event, a.id);
});

test('article paths are unique and outlet-scoped, in the promised URL shape', () => {
  const paths = [...data.paths.values()];
  assert.equal(new Set(paths).size, paths.length);
  for (const a of data.articles) assert.match(data.paths.get(a.id)!, new RegExp(`^/${a.outlet}/news/[a-z0-9-]+\\.html$`));
});

test('bad demo data is refused with a message that names the file and the problem', () => {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-demo-'));
  try {
    mkdirSync(join(dir, 'articles'));
    writeFileSync(join(dir, 'outlets.json'), readFileSync(join(DEMO_DIR, 'outlets.json')));
    writeFileSync(join(dir, 'articles', 'x.json'), JSON.stringify([{ id: 'a-1', outlet: 'nowhere', event: 'e', headline: 'h', section: 's', publishedOffsetMinutes: 1, paragraphs: ['p', 'q'] }]));
    assert.throws(() => loadDemoData(dir), (err: unknown) => err instanceof DemoDataError && /articles\/x\.json\[0\].*unknown outlet nowhere/.test(err.message));
    writeFileSync(join(dir, 'articles', 'x.json'), '[{"id": ');
    assert.throws(() => loadDemoData(dir), (err: unknown) => err instanceof DemoDataError && /x\.json/.test(err.message));
    writeFileSync(join(dir, 'articles', 'x.json'), JSON.stringify([{ id: 'a-1', outlet: 'afaq', event: 'e', headline: 'h', section: 's', publishedOffsetMinutes: -5, paragraphs: ['p', 'q'] }]));
    assert.throws(() => loadDemoData(dir), /publishedOffsetMinutes/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
