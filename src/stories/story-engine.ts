// Online story grouping. Each article is compared only with candidates that share rare terms or entities with it
// (an inverted index over the time window), scored against each candidate story by its best single link and by the
// story centroid, and joins the best story above a threshold or starts one. Wire copies (near-duplicates) always
// follow their earliest copy. Everything iterates in insertion order, so one input order gives one answer.
import type { Recommendations, StoryConfig, StoryDecision, StoryDoc, StoryEngine } from './types.ts';
import { Centroid, centroidCosine, type UnitVec } from './centroid.ts';
import { NearDuplicateIndex } from './near-duplicate.ts';
import { recommendFor, type RecommendSource } from './recommend.ts';
import { sortDistinct } from './sort-distinct.ts';
import { fnv1a } from '../text/fnv1a.ts';

export const DEFAULT_STORY_CONFIG: StoryConfig = {
  windowDays: 3,
  decayHours: 36,
  graceHours: 12,
  titleWeight: 0.4,
  bodyWeight: 0.4,
  entityWeight: 0.1,
  placeConflictFactor: 0.5,
  subjectConflictFactor: 0.5,
  ownerConflictFactor: 0.5,
  moveConflictFactor: 0.5,
  ordinalConflictFactor: 0.5,
  personLink: 0.4,
  guestConflictFactor: 0.5,
  unfiledLinkFactor: 0.45,
  routineRepeatFactor: 0.5,
  placeStorySize: 10,
  sameOutletFactor: 0.85,
  joinThreshold: 0.33,
  linkShare: 0.5,
  mergeThreshold: 0.4,
  settledMergeSize: 4,
  settledMergeThreshold: 0.5,
  apartMergeThreshold: 0.4,
  coreFactor: 1,
  moveCoreLink: 0.2,
  bigStorySize: 20,
  bigStoryCoreBoost: 1.5,
  coreIdentityTerms: 3,
  repeatOutletReports: 2,
  splitLink: 0.2,
  splitMaxLink: 0.33,
  splitParallelLink: 0.25,
  subjectMergeSize: 2,
  aftermathShare: 0.5,
  aftermathNamedTerms: 3,
  maxCandidates: 40,
  candidatePool: 1.5,
  maxBodyTerms: 100,
  maxPostingShare: 0.05,
};

const HOUR = 3_600_000;
/** A market move (`oil:down`, `stocks:up:135pt`; src/text/market-moves.ts) as the market, the way it went and its size. */
function splitMove(m: string): [string, string, string | null] | null {
  const [market, way, size] = m.split(':');
  return market && way ? [market, way, size ?? null] : null;
}
/** Body terms used to find candidates: the most distinctive ones only (title terms and entities are all used). */
const BODY_QUERY_TERMS = 30;
/** Below this many articles in the window, document frequencies are too young to call any term common. */
const MIN_DOCS_FOR_DF_CUTOFF = 200;
/** How many of a common term's most recent postings are scanned. */
const COMMON_TERM_POSTINGS = 64;
/** A centroid is recomputed with current IDF once the window has grown by this factor since it was built. */
const CENTROID_REFRESH_GROWTH = 1.5;
/** The prefix of the event-type terms a story doc carries (`event:attack`; src/text/event-types.ts). */
const EVENT_TERM = 'event:';
/** How many pairs of members a merge's owner or market check reads at most (membersApart). */
const MERGE_APART_PAIRS = 400;
/** How many articles the engine may take in before the home owner (the country the window names most) is looked up again. */
const HOME_OWNER_EVERY = 50;
/** Stories up to this size may lose an article to a better-fitting story. */
const MOVABLE_STORY_SIZE = 3;
/** Core terms an article must cover for a big story's boost (see coreScore). */
const BOOST_MIN_CORE_TERMS = 3;
/**
 * ... and its headline must carry at least this share of the weight of the story's five heaviest core terms (about
 * two of them): a reaction names the event it reacts to ("... ينددون بتفجير مسجد الطوارئ", "تفجير عسير"). A report
 * that merely shares a topic's vocabulary in its lead (team, player, club) does not; boosted without this condition,
 * club news on 2015-08-06 grew into a 140-article "story".
 */
const BOOST_TOP_TERMS = 5;
const BOOST_TOP_SHARE = 0.4;
/** Members naming a place in their headlines before a story's place is read from them. */
const STORY_PLACE_MIN = 2;
/** A move needs the new story to fit this much better than the old one. */
const MOVE_MARGIN = 0.1;
/** Below this link with the new article, a move can only come from core coverage. */
const MOVE_MIN_LINK = 0.1;
/**
 * Candidates taken per story bigger than MOVABLE_STORY_SIZE (its best-ranked ones; see candidates()): such a story is
 * also judged by its centroid and core, so more member links rarely change its score. As a cap on scoring (until
 * session 36) it agreed with scoring every candidate on 99.87 % of SaudiNewsNet's grouping (B-cubed) for 6 % less
 * grouping time; taken in candidates() it leaves the dev day unchanged (docs/stories.md, method 4).
 */
const BIG_STORY_LINKS = 4;
/** Copies are recognised from their opening; shingling whole long texts costs time and decides nothing more. */
const NEAR_DUPLICATE_CHARS = 3000;
/** An outlet's bylines tell its habits once the window holds this many of its articles (see filedReport). */
const OUTLET_HABIT_MIN_DOCS = 20;
/** An outlet that signs under this share of its articles signs nothing (an aggregator, an agency's own site). */
const UNSIGNED_OUTLET_SHARE = 0.1;
/** Core coverage applies to stories of at least this size, over terms in at least this share of their members. */
const CORE_MIN_STORY = 3;
/** The core of a story under CORE_MIN_STORY members (see coreOf). Never changed. */
const EMPTY_CORE: Core = Object.freeze({ size: 0, n: 0, map: new Map<number, number>(), sum: 0, top: [], topSum: 0 }) as Core;
const CORE_SHARE = 0.2;
/** A cached core is reused while the window size stays within this relative drift. */
const CORE_REFRESH_DRIFT = 0.05;
/** A person named in at most this many articles of the window is someone in the news for one event (see personSim). */
const PERSON_MAX_DF = 20;
/** A story is checked for a split (see splitStory) from this size on, and again each time it grows by SPLIT_GROWTH. */
const SPLIT_MIN_STORY = 5;
const SPLIT_GROWTH = 1.4;
/** A settled event's story gathers its aftermath's small stories (see aftermathOf) again each time it grows by this factor. */
const AFTERMATH_GROWTH = 1.1;
/**
 * The parallel split (see splitStory) applies to stories under this size, and needs this many outlets reporting in
 * both parts. A bigger story draws several angles from each outlet (the event, the reactions, the funeral): without
 * the limit the development day's 16-article Super Cup story and a 55-article state visit on 2015-07-31 were cut.
 */
const PARALLEL_MAX_STORY = 15;
const PARALLEL_MIN_OUTLETS = 2;
/**
 * See repeatsOutlets. Measured over the seven labelled days (mean pairwise F1): 1 gives 0.8108, 2 gives 0.8169, 3 gives
 * 0.8151 (on 2015-08-03 the economic council's reports then end in the cabinet session's story); the development day
 * is the same at all three.
 */
const MERGE_REPEAT_MAX_STORY = 2;
/** Stories scoring at least this share of the join threshold with a new article are checked for a merge with its story. */
const MERGE_PROBE_SHARE = 0.5;

/**
 * A term in more than this share of one outlet's articles in the window (once it has enough of them) is that outlet's
 * boilerplate — a dateline ("الرياض 25 شوال 1436 هـ الموافق … واس"), a section label ("عام /") — and is left out of
 * its new articles' vectors; otherwise every article of a wire agency looks like every other one.
 */
const OUTLET_BOILERPLATE_SHARE = 0.4;
const OUTLET_BOILERPLATE_MIN_DOCS = 20;
/**
 * A name-only byline marks a column where the outlet signs its reports with a filing place or desk: at least this many
 * filed bylines in the window, and this many times its name-only ones. (Over SaudiNewsNet the ten papers file 2.8 to 71
 * times as many as they sign by name, the sports site arreyadi 0.4 times; many other outlets sign every reporter by
 * name alone, and there a name says nothing.)
 */
const SIGNED_MIN_FILED = 20;
const SIGNED_FILED_RATIO = 2;
const ENTITY_PREFIX = '\u0001';
/**
 * Smoothed IDF: the window is read as if it also held this many background documents in which every term occurs
 * at PRIOR_RATE. Over a handful of articles plain IDF is degenerate (a word two of three reports share weighs half a
 * word only one has, so two reports of one event look unrelated); the prior makes a tiny window behave like a
 * term-frequency cosine, and vanishes as the window fills.
 */
const PRIOR_DOCS = 20;
const PRIOR_RATE = 0.05;

/** Term ids (sorted) and 1+log(tf) weights; the IDF-weighted norm is cached for one window state (epoch). */
interface Sparse { t: Int32Array; w: Float32Array; norm: number; epoch: number }
const emptySparse = (): Sparse => ({ t: new Int32Array(0), w: new Float32Array(0), norm: 0, epoch: -1 });

interface Article {
  id: number;
  /** Order of arrival in this engine: ties break by it, never by database ids (which follow fetch order). */
  seq: number;
  source: number;
  time: number;
  story: number;
  title: Sparse;
  body: Sparse;
  ents: Sparse;
  /** Distinct terms counted in document frequencies. */
  dfTerms: Int32Array;
  /** Terms under which the article is posted in the candidate index. */
  posted: Int32Array;
  /** Its dense slot in the candidate index while in the window. */
  slot: number;
  /** Its link with the article last scored, when linkRound is that call's round (see scoreStories). */
  link: number;
  linkRound: number;
  dupOf: number | null;
  /** `source:key` of the agency item it is a part of (StoryDoc.wirePart), and whether it is a later part. */
  part: string | null;
  continuation: boolean;
  /** Joined to another part of its item, or joined by one: it stays with them (moves pass it by). */
  partTied: boolean;
  /** Exactly what this article added to its story's centroids, so leaving subtracts the same amounts. */
  contrib: [UnitVec, UnitVec, UnitVec] | null;
  /** Local places in the headline, and every entity id the article mentions (place-conflict check). */
  places: string[];
  /** Places its headline names as a speaker's own (see StoryDoc.headlineAffiliations). */
  affiliations: string[];
  /** Its headline names an event: an event type, or an event the reader knows (headlineEvents). */
  namesEvent: boolean;
  /** Regions its text names only after an office (StoryDoc.officePlaces): mentions for the owner rule alone. */
  officePlaces: string[];
  /** Whose news it is: its affiliations and the countries its headline names (see ownerFactor). */
  owners: string[];
  /** `word:n` next to an ordinal in its headline (see ordinalFactor). */
  ordinals: string[];
  /** The market its headline reports and which way it went, split (see moveFactor). */
  move: [string, string, string | null] | null;
  entitySet: Set<string>;
  /** Headline terms alone (sorted ids; boilerplate dropped): does the headline name the event? */
  headline: Int32Array;
  /** Term ids of the event types the headline refers to as a known event (see reactionTarget). */
  referred: number[];
  /** The headline names a routine occasion (an Eid greeting party, a wedding; see routineRepeatFactor). */
  routine: boolean;
  /** Its headline or lead names a deadly event's aftermath: martyrs, the injured, condolences (see aftermathOf). */
  aftermath: boolean;
  /** Each name quoted in the headline, as sorted term ids. */
  quoted: Int32Array[];
  /** The people the headline names whom the gazetteer does not know, as entity term ids (see personSim). */
  people: Int32Array;
  /** The guest of an audience headline, as term ids (see guestFactor). */
  guest: Int32Array;
  /** Stored decision score. */
  score: number;
  /** An opinion piece keeps a story of its own: nothing joins it and it joins nothing but its copies. */
  opinion: boolean;
  /** Its byline shape, counted in its outlet's mix while it is in the window. */
  byline: 'filed' | 'signed' | null;
}

/** One outlet's articles in the window: how many, their document frequencies, and how their bylines sign. */
interface OutletStats { n: number; df: Map<number, number>; filed: number; signed: number }

interface Story {
  id: number;
  members: number[];
  title: Centroid;
  body: Centroid;
  ents: Centroid;
  /** Window size when the centroids were last built. */
  builtAt: number;
  first: number;
  last: number;
  sources: Map<number, number>;
  /** Members naming each local place in their headline (see Article.places), and how many members name one. */
  places: Map<string, number> | null;
  placed: number;
  /** Members whose headline names an owner (Article.owners): none, and the owner rules have nothing to compare. */
  owned: number;
  /** Members whose headline reports a market's move (Article.move): none, and the move rules have nothing to compare. */
  marketed: number;
  /** Members whose title+lead or entities contain each term: the story's core vocabulary. */
  heads: Map<number, number>;
  /** The core for a member count and window size; rebuilt when either changes enough to matter. */
  coreCache: Core | null;
  /** Size at the last split check. */
  checkedAt: number;
  /** Size at the last gathering of its aftermath's small stories (see aftermathOf); 0 before the first. */
  aftermathAt: number;
  /** Scratch of the scoreStories call stamped `round`: its best link with the article scored. */
  round: number;
  best: number;
  /** scoreStories' last score for this story left out storyFactor (see reactionScore). */
  unfactored: boolean;
  /** Scratch of the candidates() call stamped `pickRound`: its candidates from this story so far. */
  pickRound: number;
  picked: number;
  /** Stories split from this one or it from them: they never take each other's articles, and merge again only once converged (apartMergeThreshold). */
  apart: Set<number> | null;
}

/** A story's core: term → weight, their sum, its heaviest terms (BOOST_TOP_TERMS or coreIdentityTerms, whichever is more) and the summed weight of the BOOST_TOP_TERMS heaviest. */
interface Core {
  size: number; n: number; map: Map<number, number>; sum: number; top: number[]; topSum: number;
  /** Any term is an event type (coreHoldsEvent), read on first use. */
  event?: boolean;
}

export interface StoryEngineInternals extends StoryEngine {
  /** Current story of a known (in-window) article; follows merges and moves. */
  storyOf(articleId: number): number | undefined;
  /** Why: the scores a not-yet-seen article would get with each candidate story (nothing is added). */
  explain(doc: StoryDoc): { storyId: number; score: number; link: number; centroid: number; core: number; via: number }[];
  /** A story's core, heaviest first: each term's weight, how many members' headlines and leads hold it, its window df. */
  coreTerms(storyId: number): { term: string; weight: number; count: number; df: number }[];
  /** Articles currently held in memory (the time window). */
  readonly size: number;
  readonly storyCount: number;
  /** Distinct terms the engine holds ids for. */
  readonly vocabularySize: number;
}

export function createStoryEngine(config: Partial<StoryConfig> = {}): StoryEngineInternals {
  const cfg: StoryConfig = { ...DEFAULT_STORY_CONFIG, ...config };
  for (const [k, v] of Object.entries(cfg)) {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw new Error(`story config: ${k} must be a finite number ≥ 0, got ${v}`);
  }
  const windowMs = cfg.windowDays * 24 * HOUR;
  /** Stories scoring at least this with a new article are checked for a merge with its story (MERGE_PROBE_SHARE). */
  const mergeProbe = cfg.joinThreshold * MERGE_PROBE_SHARE;

  // Vocabulary and document frequencies over the articles in the window.
  const termIds = new Map<string, number>();
  const termNames: string[] = [];
  /**
   * A hash of each term's text: ties between equal weights break by it (then by the text), never by the id, which
   * follows arrival order and so differs after a restart (the restored engine meets the terms in another order).
   */
  const termHash: number[] = [];
  const df: number[] = [];
  const logDf: number[] = [];
  let N = 0;
  let logN1 = Math.log(1 + PRIOR_DOCS);
  /** Bumped whenever document frequencies change, invalidating cached norms. */
  let epoch = 0;

  const articles = new Map<number, Article>();
  /** Per-outlet document frequencies over the window, to recognise each outlet's boilerplate. */
  const outlets = new Map<number, OutletStats>();
  const order: number[] = []; // insertion order, for eviction
  let orderHead = 0;
  /** Postings hold dense slots, not article ids, so candidate scores accumulate in a typed array. */
  const postings: (number[] | undefined)[] = [];
  const slotArticle: (Article | undefined)[] = [];
  /** Each slot's article time, read without touching the article (candidates() reads thousands per call). */
  let slotTime = new Float64Array(1024);
  const freeSlots: number[] = [];
  let acc = new Float64Array(1024);
  /** Scratch for candidates(): touched slots, and the scores kept for the k-th best (reused, never shrunk). */
  let touchedBuf = new Int32Array(1024);
  let scoreBuf = new Float64Array(1024);
  let selectBuf = new Float64Array(1024);
  const stories = new Map<number, Story>();
  const dups = new NearDuplicateIndex();
  /** The latest article in the window under each `source:key` of an agency item (see partSibling). */
  const parts = new Map<string, number>();
  let nextStoryId = 1;
  let nextSeq = 0;
  /** Stamps the links scoreStories leaves on candidates and their stories (Article.link, Story.best). */
  let scoreRound = 0;
  /** Stamps the candidates a candidates() call takes from each story (Story.picked). */
  let pickRound = 0;
  let latest = -Infinity;

  function termId(s: string): number {
    let id = termIds.get(s);
    if (id === undefined) {
      id = df.length;
      termIds.set(s, id);
      termNames.push(s);
      termHash.push(fnv1a(s));
      df.push(0);
      logDf.push(Math.log(0.5 + PRIOR_DOCS * PRIOR_RATE));
      postings.push(undefined);
    }
    return id;
  }
  /** Two terms in an order that depends on their text alone (hash first: cheaper than comparing strings). */
  function byText(x: number, y: number): number {
    return (termHash[x]! - termHash[y]!) || (termNames[x]! < termNames[y]! ? -1 : termNames[x]! > termNames[y]! ? 1 : 0);
  }
  const idf = (t: number): number => Math.max(0, logN1 - logDf[t]!);
  function bumpDf(terms: Iterable<number>, by: 1 | -1): void {
    for (const t of terms) {
      df[t] = df[t]! + by;
      logDf[t] = Math.log(df[t]! + 0.5 + PRIOR_DOCS * PRIOR_RATE);
    }
    N += by;
    logN1 = Math.log(N + 1 + PRIOR_DOCS);
    epoch++;
  }

  function sparse(terms: string[], prefix = ''): Sparse {
    if (terms.length === 0) return emptySparse();
    // Term ids sorted, then counted in runs: the same vector a term-frequency map would give, without the map.
    const ids = new Int32Array(terms.length);
    let n = 0;
    for (const s of terms) if (s) ids[n++] = termId(prefix ? prefix + s : s);
    const sorted = ids.subarray(0, n).sort();
    let u = 0;
    for (let i = 0; i < n; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) u++;
    const t = new Int32Array(u), w = new Float32Array(u);
    for (let i = 0, k = -1; i < n; i++) {
      if (i === 0 || sorted[i] !== sorted[i - 1]) { t[++k] = sorted[i]!; w[k] = 1; } else w[k]!++;
    }
    for (let k = 0; k < u; k++) w[k] = 1 + Math.log(w[k]!);
    return { t, w, norm: 0, epoch: -1 };
  }

  /** The body's most distinctive terms only: the long tail costs time in every comparison and adds little. */
  function without(a: Sparse, drop: (t: number) => boolean): Sparse {
    let dropped = 0;
    for (let i = 0; i < a.t.length; i++) if (drop(a.t[i]!)) dropped++;
    if (dropped === 0) return a;
    const t = new Int32Array(a.t.length - dropped), w = new Float32Array(a.t.length - dropped);
    for (let i = 0, k = 0; i < a.t.length; i++) if (!drop(a.t[i]!)) { t[k] = a.t[i]!; w[k++] = a.w[i]!; }
    return { t, w, norm: 0, epoch: -1 };
  }
  function outletStats(source: number): OutletStats {
    let o = outlets.get(source);
    if (!o) { o = { n: 0, df: new Map(), filed: 0, signed: 0 }; outlets.set(source, o); }
    return o;
  }
  /** Takes an article's terms and byline out of its outlet's window statistics (eviction, or after explain). */
  function outletForget(o: OutletStats, a: Article): void {
    o.n--;
    for (const t of a.dfTerms) { const c = (o.df.get(t) ?? 1) - 1; if (c > 0) o.df.set(t, c); else o.df.delete(t); }
    if (a.byline === 'filed') o.filed--; else if (a.byline === 'signed') o.signed--;
  }
  /** Positions of a vector's terms by TF-IDF weight, highest first (ties: by the term's text, see byText). */
  function byWeight(a: Sparse): number[] {
    const key = new Float64Array(a.t.length);
    for (let i = 0; i < a.t.length; i++) key[i] = a.w[i]! * idf(a.t[i]!);
    const idx = new Array<number>(a.t.length);
    for (let i = 0; i < idx.length; i++) idx[i] = i;
    return idx.sort((i, j) => (key[j]! - key[i]!) || byText(a.t[i]!, a.t[j]!));
  }
  let weightKeys = new Float64Array(256);
  /**
   * byWeight(a).slice(0, k), by insertion into the k best so far: the query takes 30 of about 100 terms for every
   * arriving article, and a full sort allocated more than the rest of queryTerms.
   */
  function heaviest(a: Sparse, k: number): number[] {
    const n = a.t.length;
    if (weightKeys.length < n) weightKeys = new Float64Array(Math.max(n, weightKeys.length * 2));
    const key = weightKeys;
    for (let i = 0; i < n; i++) key[i] = a.w[i]! * idf(a.t[i]!);
    // i before j exactly when byWeight's comparator puts it first (heavier, or as heavy and earlier by text).
    const before = (i: number, j: number) => key[i]! > key[j]! || (key[i] === key[j] && byText(a.t[i]!, a.t[j]!) < 0);
    const top: number[] = [];
    for (let i = 0; i < n; i++) {
      if (top.length === k && !before(i, top[k - 1]!)) continue;
      let p = top.length < k ? top.length : k - 1;
      if (top.length < k) top.push(i);
      while (p > 0 && before(i, top[p - 1]!)) { top[p] = top[p - 1]!; p--; }
      top[p] = i;
    }
    return top;
  }
  function topTerms(a: Sparse, k: number): Sparse {
    if (a.t.length <= k) return a;
    const idx = byWeight(a).slice(0, k).sort((i, j) => a.t[i]! - a.t[j]!);
    return { t: Int32Array.from(idx, (i) => a.t[i]!), w: Float32Array.from(idx, (i) => a.w[i]!), norm: 0, epoch: -1 };
  }
  function norm(a: Sparse): number {
    if (a.epoch === epoch) return a.norm;
    let s = 0;
    for (let i = 0; i < a.t.length; i++) { const x = a.w[i]! * idf(a.t[i]!); s += x * x; }
    a.norm = Math.sqrt(s);
    a.epoch = epoch;
    return a.norm;
  }
  function cos(a: Sparse, b: Sparse): number {
    if (a.t.length === 0 || b.t.length === 0) return 0;
    let i = 0, j = 0, dot = 0;
    while (i < a.t.length && j < b.t.length) {
      const x = a.t[i]!, y = b.t[j]!;
      if (x === y) { const f = idf(x); dot += a.w[i]! * b.w[j]! * f * f; i++; j++; }
      else if (x < y) i++;
      else j++;
    }
    if (dot === 0) return 0;
    const n = norm(a) * norm(b);
    return n > 0 ? Math.min(1, dot / n) : 0;
  }
  function unitVec(a: Sparse): UnitVec {
    const n = norm(a);
    if (n === 0) return { t: new Int32Array(0), x: new Float64Array(0) };
    const t = new Int32Array(a.t.length), x = new Float64Array(a.t.length);
    let k = 0;
    for (let i = 0; i < a.t.length; i++) { const v = (a.w[i]! * idf(a.t[i]!)) / n; if (v > 0) { t[k] = a.t[i]!; x[k++] = v; } }
    return k === a.t.length ? { t, x } : { t: t.slice(0, k), x: x.slice(0, k) };
  }
  function cosCentroid(a: Sparse, c: Centroid): number {
    if (a.t.length === 0 || c.norm2 <= 0) return 0;
    const dot = c.dotSparse(a.t, a.w, idf);
    if (dot <= 0) return 0;
    const n = norm(a) * Math.sqrt(c.norm2);
    return n > 0 ? Math.min(1, dot / n) : 0;
  }

  /** Weighted mean of the three signals over the signals both sides have. */
  function combine(sT: number, sB: number, sE: number, hasB: boolean, hasE: boolean): number {
    let num = cfg.titleWeight * sT, den = cfg.titleWeight;
    if (hasB) { num += cfg.bodyWeight * sB; den += cfg.bodyWeight; }
    if (hasE) { num += cfg.entityWeight * sE; den += cfg.entityWeight; }
    return den > 0 ? num / den : 0;
  }
  /**
   * The article being placed, spread over dense arrays by term id (title, body, entities), so each candidate's cosine
   * walks only the candidate's terms: the same products in the same (term id) order as cos().
   */
  // Float32 is exact here (the weights are Float32 already) and halves the cache lines a cosine touches.
  const dense = [new Float32Array(1024), new Float32Array(1024), new Float32Array(1024)];
  // One bit per term id, set for the spread article's terms: most of a candidate's terms are not the article's, and the
  // bitset (a few KB, in L1) answers that without touching the dense arrays (MBs, cache misses).
  const present = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];
  function spread(a: Article, on: boolean): void {
    if (on && dense[0]!.length < termIds.size) {
      for (let k = 0; k < 3; k++) {
        dense[k] = new Float32Array(Math.max(termIds.size, dense[k]!.length * 2));
        present[k] = new Int32Array((dense[k]!.length >>> 5) + 1);
      }
    }
    const vs = [a.title, a.body, a.ents];
    for (let k = 0; k < 3; k++) {
      const d = dense[k]!, bits = present[k]!, v = vs[k]!;
      for (let i = 0; i < v.t.length; i++) {
        const t = v.t[i]!;
        d[t] = on ? v.w[i]! : 0;
        if (on) bits[t >>> 5] |= 1 << (t & 31); else bits[t >>> 5] = 0;
      }
    }
  }
  /**
   * cos(a, b) with `a` spread over `d` (its terms marked in `bits`). b's norm under the current IDF, when stale, is
   * summed in the same pass (the same products in the same order as norm()): IDF moves with every article, so most
   * candidates need it, and a second pass over b costs as much as the first.
   */
  function cosSpread(a: Sparse, d: Float32Array, bits: Int32Array, b: Sparse): number {
    if (a.t.length === 0 || b.t.length === 0) return 0;
    let dot = 0;
    // idf() inlined over locals (keep the two in step): the closure's logN1 and logDf are otherwise reloaded at every term.
    const l1 = logN1, ld = logDf, bt = b.t, bw = b.w;
    if (b.epoch === epoch) {
      for (let j = 0; j < bt.length; j++) {
        const y = bt[j]!;
        if ((bits[y >>> 5]! & (1 << (y & 31))) === 0) continue;
        const x = d[y]!;
        if (x !== 0) { const f = Math.max(0, l1 - ld[y]!); dot += x * bw[j]! * f * f; }
      }
    } else {
      let s = 0;
      for (let j = 0; j < bt.length; j++) {
        const y = bt[j]!, f = Math.max(0, l1 - ld[y]!), z = bw[j]! * f;
        s += z * z;
        if ((bits[y >>> 5]! & (1 << (y & 31))) === 0) continue;
        const x = d[y]!;
        if (x !== 0) dot += x * bw[j]! * f * f;
      }
      b.norm = Math.sqrt(s);
      b.epoch = epoch;
    }
    if (dot === 0) return 0;
    const n = norm(a) * b.norm;
    return n > 0 ? Math.min(1, dot / n) : 0;
  }
  /** contentSim(a, b) for the spread article `a`. */
  function contentSimSpread(a: Article, b: Article): number {
    const hasB = a.body.t.length > 0 && b.body.t.length > 0;
    const hasE = a.ents.t.length > 0 && b.ents.t.length > 0;
    return combine(cosSpread(a.title, dense[0]!, present[0]!, b.title), hasB ? cosSpread(a.body, dense[1]!, present[1]!, b.body) : 0, hasE ? cosSpread(a.ents, dense[2]!, present[2]!, b.ents) : 0, hasB, hasE);
  }
  /**
   * Two headlines that name in full the same person the gazetteer does not know, someone few articles of the window
   * name (PERSON_MAX_DF), report that person's one event: a death and its funeral, a victim and the arrests. Their texts
   * need not share much else (an obituary, a tribute, the burial), so the pair links at least at personLink.
   */
  function personSim(a: Article, b: Article): number {
    if (cfg.personLink <= 0 || a.people.length === 0 || b.people.length === 0) return 0;
    for (const p of a.people) if (df[p]! <= PERSON_MAX_DF && b.people.includes(p)) return cfg.personLink;
    return 0;
  }
  /** A member of `s` other than `a` whose headline names a little-known person `a`'s headline names (see personSim). */
  function namesPersonOf(a: Article, s: Story): boolean {
    if (cfg.personLink <= 0 || a.people.length === 0) return false;
    for (const id of s.members) {
      const m = articles.get(id);
      if (m && m !== a && personSim(a, m) > 0) return true;
    }
    return false;
  }
  function contentSim(a: Article, b: Article): number {
    const hasB = a.body.t.length > 0 && b.body.t.length > 0;
    const hasE = a.ents.t.length > 0 && b.ents.t.length > 0;
    return combine(cos(a.title, b.title), hasB ? cos(a.body, b.body) : 0, hasE ? cos(a.ents, b.ents) : 0, hasB, hasE);
  }
  function storySim(a: Article, s: Story): number {
    const hasB = a.body.t.length > 0 && s.body.norm2 > 0;
    const hasE = a.ents.t.length > 0 && s.ents.norm2 > 0;
    return combine(cosCentroid(a.title, s.title), hasB ? cosCentroid(a.body, s.body) : 0, hasE ? cosCentroid(a.ents, s.ents) : 0, hasB, hasE);
  }
  function decay(dt: number): number {
    const d = Math.abs(dt);
    if (d > windowMs) return 0;
    if (d <= cfg.graceHours * HOUR) return 1;
    return Math.exp(-(d - cfg.graceHours * HOUR) / (cfg.decayHours * HOUR));
  }

  function addToCentroid(s: Story, a: Article, sign: 1 | -1): void {
    if (sign === 1) a.contrib = [unitVec(a.title), unitVec(a.body), unitVec(a.ents)];
    if (!a.contrib) return;
    s.title.add(a.contrib[0], sign);
    s.body.add(a.contrib[1], sign);
    s.ents.add(a.contrib[2], sign);
    if (sign === -1) a.contrib = null;
  }
  function rebuildCentroid(s: Story): void {
    s.title = new Centroid(); s.body = new Centroid(); s.ents = new Centroid();
    for (const id of s.members) { const a = articles.get(id); if (a) addToCentroid(s, a, 1); }
    s.builtAt = N;
  }
  function freshCentroid(s: Story): Story {
    if (N > s.builtAt * CENTROID_REFRESH_GROWTH && s.members.length > 1) rebuildCentroid(s);
    return s;
  }
  function newStory(id: number): Story {
    const s: Story = { id, members: [], title: new Centroid(), body: new Centroid(), ents: new Centroid(), builtAt: N, first: Infinity, last: -Infinity, sources: new Map(), places: null, placed: 0, owned: 0, marketed: 0, heads: new Map(), coreCache: null, checkedAt: 0, aftermathAt: 0, round: 0, best: -1, unfactored: false, pickRound: 0, picked: 0, apart: null };
    stories.set(id, s);
    return s;
  }
  function join(s: Story, a: Article): void {
    a.story = s.id;
    s.members.push(a.id);
    addToCentroid(s, a, 1);
    s.first = Math.min(s.first, a.time);
    s.last = Math.max(s.last, a.time);
    s.sources.set(a.source, (s.sources.get(a.source) ?? 0) + 1);
    countHeads(s.heads, a, 1);
    countPlaces(s, a, 1);
  }
  function countPlaces(s: Story, a: Article, by: 1 | -1): void {
    if (a.owners.length > 0) s.owned += by;
    if (a.move) s.marketed += by;
    if (a.places.length === 0) return;
    s.placed += by;
    // Most stories never hold a placed headline: their map is made on the first.
    const m = s.places ??= new Map();
    for (const p of a.places) { const n = (m.get(p) ?? 0) + by; if (n > 0) m.set(p, n); else m.delete(p); }
  }
  function countHeads(heads: Map<number, number>, a: Article, by: 1 | -1): void {
    for (const t of a.title.t) { const n = (heads.get(t) ?? 0) + by; if (n > 0) heads.set(t, n); else heads.delete(t); }
    for (const t of a.ents.t) { const n = (heads.get(t) ?? 0) + by; if (n > 0) heads.set(t, n); else heads.delete(t); }
  }
  /**
   * How much of a story's core (terms in the headlines/leads of a good share of its members, weighted by rarity)
   * the article's headline, lead and entities cover. Follow-ups and reactions repeat the event's core words
   * while adding much of their own, which a cosine over the whole text punishes. A big story of a known kind of event
   * (eventful) counts its core bigStoryCoreBoost times for an article that covers several of its core terms and whose
   * headline names the event (BOOST_TOP_SHARE of the weight of the story's BOOST_TOP_TERMS heaviest core terms).
   */
  function coreScore(a: Article, s: Story): number {
    const c = coreOf(s);
    if (c.sum <= 0) return 0;
    // A small story's core is mostly its topic's words (a war's actors, the king's titles): the article must name the
    // event itself, and an outlet's third report must name it in the headline (see StoryConfig). So must a big story's,
    // unless its core names an event of a known kind (eventful): a war or a diplomatic round grows big on actors alone,
    // while the reactions an attack or a disaster draws name it in other words. Checked before the overlap: most
    // stories scored fail it, and it reads a few terms where the overlap looks up every term of the article.
    const settled = s.members.length >= cfg.bigStorySize && eventful(c);
    if (!settled) {
      if (cfg.coreIdentityTerms > 0) {
        let identified = false;
        for (let i = 0; i < cfg.coreIdentityTerms && i < c.top.length; i++) if (has(a.title.t, c.top[i]!)) { identified = true; break; }
        if (!identified) return 0;
      }
      if (cfg.repeatOutletReports > 0 && (s.sources.get(a.source) ?? 0) >= cfg.repeatOutletReports && !headlineNames(a, c)) return 0;
    }
    let num = 0, hits = 0;
    for (const t of a.title.t) { const u = c.map.get(t); if (u !== undefined) { num += u; hits++; } }
    for (const t of a.ents.t) { const u = c.map.get(t); if (u !== undefined) { num += u; hits++; } }
    if (hits === 0) return 0;
    const boost = cfg.bigStoryCoreBoost !== 1 && settled && hits >= BOOST_MIN_CORE_TERMS && headlineNames(a, c)
      ? cfg.bigStoryCoreBoost : 1;
    return (num / c.sum) * cfg.coreFactor * boost;
  }
  /** Any of the core's terms is an event type (an early attack story's core may not yet rank it among the heaviest). */
  function coreHoldsEvent(c: Core): boolean {
    if (c.size === 0) return false;
    if (c.event === undefined) {
      c.event = false;
      for (const t of c.map.keys()) if (termNames[t]!.startsWith(EVENT_TERM)) { c.event = true; break; }
    }
    return c.event;
  }
  /** The core's BOOST_TOP_TERMS heaviest terms hold an event type (event-types.ts: attack, fire, flood, crash, quake). */
  function eventful(c: Core): boolean {
    for (let i = 0; i < BOOST_TOP_TERMS && i < c.top.length; i++) if (termNames[c.top[i]!]!.startsWith(EVENT_TERM)) return true;
    return false;
  }
  /** The headline carries BOOST_TOP_SHARE of the weight of the core's BOOST_TOP_TERMS heaviest terms. */
  function headlineNames(a: Article, c: Core): boolean {
    let named = 0;
    for (let i = 0; i < BOOST_TOP_TERMS && i < c.top.length; i++) if (has(a.headline, c.top[i]!)) named += c.map.get(c.top[i]!)!;
    return c.topSum > 0 && named >= BOOST_TOP_SHARE * c.topSum;
  }
  function coreOf(s: Story): Core {
    const size = s.members.length;
    // Most candidate stories are too small to have a core: one shared empty core, nothing built or cached for them.
    // (The cache is dropped as a rebuild would replace it: a story that grows back must not find its old core.)
    if (size < CORE_MIN_STORY) { s.coreCache = null; return EMPTY_CORE; }
    const cc = s.coreCache;
    if (cc && cc.size === size && Math.abs(N - cc.n) <= CORE_REFRESH_DRIFT * cc.n) return cc;
    s.coreCache = coreFrom(s.heads, size);
    return s.coreCache;
  }
  /** The core of `size` members whose headlines/leads and entities hold each term `heads` times (see coreScore). */
  const TOP_KEPT = Math.max(BOOST_TOP_TERMS, cfg.coreIdentityTerms);
  function coreFrom(heads: Map<number, number>, size: number): Core {
    const map = new Map<number, number>();
    let sum = 0;
    if (size >= CORE_MIN_STORY) {
      const min = Math.max(2, Math.ceil(CORE_SHARE * size));
      heads.forEach((n, t) => {
        if (n < min) return;
        const u = idf(t) * (n / size);
        map.set(t, u);
        sum += u;
      });
    }
    // Ties by the term's text (byText), not its id: ids follow arrival order, which a restart changes.
    const order: number[] = [];
    map.forEach((_, t) => { order.push(t); });
    order.sort((x, y) => descending(map.get(x)!, map.get(y)!) || byText(x, y));
    const top = order.length > TOP_KEPT ? order.slice(0, TOP_KEPT) : order;
    let topSum = 0;
    for (let i = 0; i < BOOST_TOP_TERMS && i < top.length; i++) topSum += map.get(top[i]!)!;
    return { size, n: N, map, sum, top, topSum };
  }

  function leave(s: Story, a: Article): void {
    const i = s.members.indexOf(a.id);
    if (i >= 0) s.members.splice(i, 1);
    addToCentroid(s, a, -1);
    const c = (s.sources.get(a.source) ?? 1) - 1;
    if (c > 0) s.sources.set(a.source, c); else s.sources.delete(a.source);
    countHeads(s.heads, a, -1);
    countPlaces(s, a, -1);
    if (s.members.length === 0) stories.delete(s.id);
  }

  /** Terms under which an article is found: all title terms and entities, the body's most distinctive terms. */
  function queryTerms(a: Article): number[] {
    // Title and entity terms are distinct and never the same ids (entities carry ENTITY_PREFIX); a body term may be
    // a title term (sorted ids: a binary search), never an entity.
    const out: number[] = [];
    for (const t of a.title.t) out.push(t);
    for (const t of a.ents.t) out.push(t);
    for (const i of heaviest(a.body, BODY_QUERY_TERMS)) { const t = a.body.t[i]!; if (!has(a.title.t, t)) out.push(t); }
    return out;
  }

  /**
   * Candidate articles sharing rare query terms, best accumulated IDF first (ties: earlier arrival first): maxCandidates
   * of the best maxCandidates × candidatePool, at most BIG_STORY_LINKS from a story bigger than MOVABLE_STORY_SIZE
   * (it is judged by its centroid and core too), so that a big event's reports, which fill the top of the list on its day, leave
   * room for the other stories an article may belong to.
   */
  function candidates(a: Article, terms: number[]): Article[] {
    const maxDf = N >= MIN_DOCS_FOR_DF_CUTOFF ? Math.max(2, cfg.maxPostingShare * N) : Infinity;
    let nt = 0;
    for (const t of terms) {
      const list = postings[t];
      if (!list) continue;
      const f = idf(t);
      // A common term (the big story of the day makes its words common) still finds its most recent articles.
      const from = df[t]! > maxDf ? Math.max(0, list.length - COMMON_TERM_POSTINGS) : 0;
      if (nt + list.length - from > touchedBuf.length) {
        const bigger = new Int32Array(Math.max(touchedBuf.length * 2, nt + list.length - from));
        bigger.set(touchedBuf.subarray(0, nt));
        touchedBuf = bigger;
      }
      // The scratch arrays are the engine's (reassigned when they grow): read once into locals, the loops keep them in
      // registers instead of reloading them from the closure at every posting.
      const sc = acc, touched = touchedBuf;
      for (let k = list.length - 1; k >= from; k--) {
        const slot = list[k]!;
        // A slot is listed once per time its score leaves 0 (a zero-IDF term can list it again, as it always has).
        if (sc[slot] === 0) touched[nt++] = slot;
        sc[slot] += f;
      }
    }
    if (scoreBuf.length < nt) scoreBuf = new Float64Array(Math.max(scoreBuf.length * 2, nt));
    // Keep the in-window candidates in place, their scores beside them; every touched score goes back to 0.
    let n = 0;
    const sc = acc, touched = touchedBuf, scores = scoreBuf, times = slotTime, own = a.slot, at = a.time;
    for (let i = 0; i < nt; i++) {
      const slot = touched[i]!;
      if (slot !== own && Math.abs(times[slot]! - at) <= windowMs) { touched[n] = slot; scores[n] = sc[slot]!; n++; }
      sc[slot] = 0;
    }
    const k = cfg.maxCandidates;
    const pool = Math.max(k, Math.ceil(k * cfg.candidatePool));
    let kth = -Infinity;
    if (n > pool) {
      // Only the best `pool` are wanted: the pool-th best score, selected from a copy (a reused scratch), then order those.
      if (selectBuf.length < n) selectBuf = new Float64Array(Math.max(selectBuf.length * 2, n));
      selectBuf.set(scoreBuf.subarray(0, n));
      kth = kthLargest(selectBuf, n, pool);
    }
    const top: number[] = [];
    for (let i = 0; i < n; i++) if (scoreBuf[i]! >= kth) top.push(i);
    // Equal scores (candidates sharing the same terms) go by publication time, then arrival: a restarted engine
    // restores in time order, so arrival order alone would cut the list elsewhere after a restart.
    // The comparator answers -1, 0 or 1: a difference of doubles comes back from it boxed, one allocation per call.
    top.sort((x, y) => descending(scoreBuf[x]!, scoreBuf[y]!) || ascending(slotTime[touchedBuf[x]!]!, slotTime[touchedBuf[y]!]!) || (slotArticle[touchedBuf[x]!]!.seq - slotArticle[touchedBuf[y]!]!.seq));
    const out: Article[] = [];
    const r = ++pickRound;
    for (let i = 0; i < top.length && i < pool && out.length < k; i++) {
      const c = slotArticle[touchedBuf[top[i]!]!]!;
      const st = stories.get(c.story);
      if (st && st.members.length > MOVABLE_STORY_SIZE) {
        if (st.pickRound !== r) { st.pickRound = r; st.picked = 0; }
        if (st.picked >= BIG_STORY_LINKS) continue;
        st.picked++;
      }
      out.push(c);
    }
    return out;
  }

  function post(a: Article, terms: number[]): void {
    a.posted = Int32Array.from(terms);
    a.slot = freeSlots.length ? freeSlots.pop()! : slotArticle.length;
    slotArticle[a.slot] = a;
    if (a.slot >= acc.length) { const bigger = new Float64Array(acc.length * 2); bigger.set(acc); acc = bigger; }
    if (a.slot >= slotTime.length) { const bigger = new Float64Array(slotTime.length * 2); bigger.set(slotTime); slotTime = bigger; }
    slotTime[a.slot] = a.time;
    for (const t of terms) {
      const list = postings[t];
      if (list) list.push(a.slot); else postings[t] = [a.slot];
    }
  }

  function evictOld(): void {
    const horizon = latest - windowMs;
    const gone: number[] = [];
    while (orderHead < order.length) {
      const id = order[orderHead]!;
      const a = articles.get(id);
      if (a && a.time >= horizon) break;
      orderHead++;
      if (!a) continue;
      gone.push(id);
      for (const t of a.posted) {
        const list = postings[t];
        if (!list) continue;
        const i = list.indexOf(a.slot);
        // Evictions come oldest first, so mostly from the front, which V8 trims without moving the rest.
        if (i === 0) list.shift();
        else if (i > 0) list.splice(i, 1);
        if (list.length === 0) postings[t] = undefined;
      }
      slotArticle[a.slot] = undefined;
      freeSlots.push(a.slot);
      bumpDf(a.dfTerms, -1);
      const o = outlets.get(a.source);
      if (o) outletForget(o, a);
      articles.delete(id);
      if (a.part !== null && parts.get(a.part) === id) parts.delete(a.part);
      const s = stories.get(a.story);
      // A story stays as long as it has a member in the window; old members leave its centroid.
      if (s) leave(s, a);
    }
    if (orderHead > 4096 && orderHead * 2 > order.length) { order.splice(0, orderHead); orderHead = 0; }
    if (gone.length) dups.evict(gone);
  }

  function register(doc: StoryDoc): Article {
    if (!doc || !Number.isFinite(doc.articleId)) throw new Error('story engine: doc.articleId must be a number');
    if (!Number.isFinite(doc.time)) throw new Error(`story engine: article ${doc.articleId} has no valid time`);
    if (articles.has(doc.articleId)) throw new Error(`story engine: article ${doc.articleId} was already assigned`);
    const rawTitle = sparse(doc.titleStems ?? []), rawBody = sparse(doc.bodyStems ?? []), rawEnts = sparse(doc.entityIds ?? [], ENTITY_PREFIX);
    // Document frequencies count every term; only the comparison vectors drop boilerplate and the body's long tail.
    const dfTerms = distinctSorted(rawTitle.t, rawBody.t, rawEnts.t);
    const outlet = outletStats(doc.sourceId);
    const minBoiler = OUTLET_BOILERPLATE_SHARE * outlet.n;
    // The window's document frequency bounds the outlet's, and is an array read: most terms never reach the map.
    const boiler = outlet.n >= OUTLET_BOILERPLATE_MIN_DOCS ? (t: number) => df[t]! > minBoiler && (outlet.df.get(t) ?? 0) > minBoiler : null;
    const title = boiler ? without(rawTitle, boiler) : rawTitle, body = boiler ? without(rawBody, boiler) : rawBody, ents = boiler ? without(rawEnts, boiler) : rawEnts;
    for (const t of dfTerms) outlet.df.set(t, (outlet.df.get(t) ?? 0) + 1);
    outlet.n++;
    // Judged on the outlet's bylines before this one.
    const signedColumn = doc.signedColumn === true && outlet.filed >= SIGNED_MIN_FILED && outlet.filed >= SIGNED_FILED_RATIO * outlet.signed;
    const byline = doc.bylineShape ?? null;
    if (byline === 'filed') outlet.filed++; else if (byline === 'signed') outlet.signed++;
    const a: Article = {
      id: doc.articleId, seq: nextSeq++, source: doc.sourceId, time: doc.time, story: -1,
      title, body: topTerms(body, cfg.maxBodyTerms), ents, dfTerms, headline: doc.headlineStems ? (boiler ? without(sparse(doc.headlineStems), boiler) : sparse(doc.headlineStems)).t : title.t,
      posted: new Int32Array(0), slot: -1, link: 0, linkRound: 0, dupOf: null, part: doc.wirePart ? `${doc.sourceId}:${doc.wirePart}` : null, continuation: doc.continuation === true, partTied: false, contrib: null, score: 1, opinion: doc.kind === 'opinion' || signedColumn, byline,
      places: doc.headlinePlaces ?? [], affiliations: doc.headlineAffiliations ?? [], owners: doc.headlineCountries?.length ? [...new Set([...(doc.headlineAffiliations ?? []), ...doc.headlineCountries])] : doc.headlineAffiliations ?? [], entitySet: new Set(doc.entityIds ?? []), referred: (doc.headlineEvents ?? []).map(termId),
      routine: doc.headlineRoutine === true, aftermath: doc.headlineAftermath === true,
      officePlaces: doc.officePlaces ?? [],
      move: doc.marketMove ? splitMove(doc.marketMove) : null,
      ordinals: doc.headlineOrdinals ?? [],
      namesEvent: (doc.headlineEvents?.length ?? 0) > 0 || (doc.headlineStems ?? doc.titleStems ?? []).some((t) => t.startsWith(EVENT_TERM)),
      quoted: (doc.headlineQuoted ?? []).map((q) => Int32Array.from(new Set(q.map(termId))).sort()),
      people: Int32Array.from(new Set((doc.headlinePeople ?? []).map((p) => termId(ENTITY_PREFIX + p)))),
      guest: Int32Array.from(new Set((doc.headlineGuest ?? []).map((g) => termId(g)))),
    };
    bumpDf(dfTerms, 1);
    for (const c of doc.headlineCountries ?? []) ownersSeen.add(c);
    return a;
  }

  function finishInsert(a: Article, terms: number[]): void {
    articles.set(a.id, a);
    if (a.part !== null) parts.set(a.part, a.id);
    order.push(a.id);
    post(a, terms);
    if (a.time > latest) latest = a.time;
    evictOld();
  }

  /** Different local places in the two headlines, and neither text mentions the other's place. */
  function placeFactor(a: Article, b: Article): number {
    if (cfg.placeConflictFactor >= 1) return 1;
    // A headline naming no place but a place's office ("تعليم الدوادمي يبدأ المقابلات") is placed by the office against
    // one that names a place ("المقابلات بالباحة ونجران"); two offices are the owner rule's (ownerFactor).
    let pa = a.places, pb = b.places;
    if (pa.length === 0 && pb.length > 0) pa = officesAway(a);
    else if (pb.length === 0 && pa.length > 0) pb = officesAway(b);
    if (pa.length === 0 || pb.length === 0) return 1;
    for (const p of pa) if (b.entitySet.has(p)) return 1;
    for (const p of pb) if (a.entitySet.has(p)) return 1;
    return cfg.placeConflictFactor;
  }

  /** A headline's offices of places, but the home country's (whose ministries report from everywhere). */
  function officesAway(a: Article): string[] {
    const h = home();
    return h !== null && a.affiliations.includes(h) ? a.affiliations.filter((p) => p !== h) : a.affiliations;
  }

  /**
   * Where a small story happened: the local place named in the headlines of at least half of its members that name
   * one (two or more), if one place leads. A big event's follow-ups happen elsewhere (funerals in the victims' home
   * towns, the injured flown to the capital), so stories of placeStorySize or more are not held to a place.
   */
  function storyPlace(s: Story): string | null {
    return s.members.length < cfg.placeStorySize ? placeOf(s) : null;
  }
  /** The place most of a story's placed headlines name (see storyPlace), whatever its size. */
  function placeOf(s: Story): string | null {
    if (s.placed < STORY_PLACE_MIN || !s.places) return null;
    let best: string | null = null, bn = 0, tie = false;
    for (const [p, n] of s.places) {
      if (n > bn) { best = p; bn = n; tie = false; } else if (n === bn) tie = true;
    }
    return !tie && 2 * bn >= s.placed ? best : null;
  }
  /**
   * A report whose headline names first a place other than where a small story happened (a battle on another front),
   * or whose headline names none and whose text never mentions that place: the reports of a local event name its place,
   * while a report from another front of the same war shares every actor's name with them. When the story's headlines
   * name places but none leads, a headline naming none of them (nor a text mentioning them) is from elsewhere: the
   * election centres of one town after another gathered that way, on the core's words alone.
   */
  function storyPlaceFactor(a: Article, s: Story): number {
    if (cfg.placeConflictFactor >= 1) return 1;
    const p = storyPlace(s);
    if (p === null) {
      // Headlines that name several places, none leading (a road between two towns, an event told from both ends):
      // a report whose headline names yet another place, and whose text mentions none of them, is from elsewhere.
      if (s.members.length >= cfg.placeStorySize || s.placed < STORY_PLACE_MIN || !s.places || a.places.length === 0) return 1;
      for (const q of a.places) if (s.places.has(q)) return 1;
      for (const q of s.places.keys()) if (a.entitySet.has(q)) return 1;
      return cfg.placeConflictFactor;
    }
    if (a.places.length === 0) return a.entitySet.has(p) ? 1 : cfg.placeConflictFactor;
    // A roundup goes to the event its headline names first ("«الشرعية» تستعيد زنجبار وتحقق انتصارات في الضالع").
    return a.places[0] === p ? 1 : cfg.placeConflictFactor;
  }

  /**
   * The country the window's articles name most is the home country ("السعودية" in a Saudi paper, in every other
   * report's text or not): naming it says nothing about whose news a report is. A share cap instead (more than a fifth
   * of the window) measured the same but for 2015-07-31, where a soldier's death "السعودية: استشهاد رجل أمن" was held
   * out of its story (0.8151 against 0.8192); a tenth also dropped the United States.
   */
  const ownersSeen = new Set<string>();
  let homeOwner: string | null = null, homeAt = -Infinity;
  function home(): string | null {
    if (nextSeq - homeAt < HOME_OWNER_EVERY) return homeOwner;
    homeAt = nextSeq; homeOwner = null;
    // A young window's most named country may be the one its few reports are about.
    if (N < MIN_DOCS_FOR_DF_CUTOFF) { homeAt = -Infinity; return null; }
    let best = 0;
    for (const p of ownersSeen) {
      const d = df[termIds.get(ENTITY_PREFIX + p) ?? -1] ?? 0;
      if (d > best || (d === best && d > 0 && homeOwner !== null && p < homeOwner)) { best = d; homeOwner = p; }
    }
    return homeOwner;
  }
  /** An owner of `a` that `b`'s text never mentions. */
  function namesUnmentioned(a: Article, b: Article): boolean {
    const h = home();
    for (const p of a.owners) if (p !== h && !b.entitySet.has(p) && !b.officePlaces.includes(p)) return true;
    return false;
  }
  /**
   * Both headlines say whose news it is — an office of a town ("تعليم الرمال", "أمير نجران يواسي …"), a country
   * ("نشاط مصانع الصين", "وزير الدفاع الأميركي", "رئيس النيجر") — and each names one the other's text never mentions:
   * each office's or country's own instance of a routine (interviews, condolences, cables, monthly figures, visits),
   * unless a headline names an event (reactions to one attack come from every region's officials and every capital).
   */
  function ownerFactor(a: Article, b: Article): number {
    if (cfg.ownerConflictFactor >= 1 || a.owners.length === 0 || b.owners.length === 0) return 1;
    // Each names one the other never mentions ("القيادة السعودية تهنئ رئيس الإكوادور": the home country is in every text).
    if (!namesUnmentioned(a, b) || !namesUnmentioned(b, a)) return 1;
    if (a.namesEvent || b.namesEvent) return 1;
    return cfg.ownerConflictFactor;
  }
  /**
   * The same market reported going different ways (up, down, steady), or the same way by different sizes in one unit
   * (135 points and 44): two sessions' reports, however alike their words.
   */
  function moveFactor(a: Article, b: Article): number {
    if (cfg.moveConflictFactor >= 1 || !a.move || !b.move || a.move[0] !== b.move[0]) return 1;
    if (a.move[1] !== b.move[1] || exchangeOf(a) !== exchangeOf(b)) return cfg.moveConflictFactor;
    return sizedAlike(a, b) && !sameSize(a.move[2]!, b.move[2]!) ? cfg.moveConflictFactor : 1;
  }
  /**
   * Whose stock exchange a stocks headline reports: the country or city it names ("بورصة بيروت", "الأسهم الأمريكية"),
   * else the home market ("الأسهم المحلية"). Two exchanges' sessions are two stories whichever way they went. Oil and
   * gold are one market wherever the headline says it moved ("النفط يتراجع بعد تخفيض الصين لقيمة اليوان").
   */
  function exchangeOf(a: Article): string | null {
    if (a.move![0] !== 'stocks') return null;
    const h = home();
    for (const p of a.owners) if (p !== h) return p;
    return a.places[0] ?? null;
  }
  /** Two sizes of one move as outlets round them (135 and 136 points, 1.56 and 1.6 per cent). */
  function sameSize(x: string, y: string): boolean {
    const u = parseFloat(x), v = parseFloat(y);
    return Math.abs(u - v) <= Math.max(x.endsWith('%') ? 0.05 : 1, 0.03 * Math.max(u, v));
  }
  /** Both headlines size the same market's move the same way, on one exchange, in one unit (points, or per cent). */
  function sizedAlike(a: Article, b: Article): boolean {
    const x = a.move![2], y = b.move![2];
    return x !== null && y !== null && a.move![0] === b.move![0] && a.move![1] === b.move![1] && x.endsWith('%') === y.endsWith('%') && exchangeOf(a) === exchangeOf(b);
  }
  /**
   * Both headlines count the same thing and give it different ordinals ("ثاني طائرة إغاثة" and "أول طائرة إغاثية"): the
   * second relief flight, round or phase is another instance, however alike the two reports read. A word they count
   * alike ends the check.
   */
  function ordinalFactor(a: Article, b: Article): number {
    if (cfg.ordinalConflictFactor >= 1 || a.ordinals.length === 0 || b.ordinals.length === 0) return 1;
    let apart = false;
    for (const x of a.ordinals) {
      const i = x.lastIndexOf(':'), w = x.slice(0, i + 1);
      for (const y of b.ordinals) if (y.startsWith(w)) { if (y === x) return 1; apart = true; }
    }
    return apart ? cfg.ordinalConflictFactor : 1;
  }
  function hasOrdinals(m: Article): boolean { return m.ordinals.length > 0; }
  /** Every member of `s` that counts something in its headline counts it otherwise (see ordinalFactor). */
  function storyOrdinalFactor(a: Article, s: Story): number {
    if (cfg.ordinalConflictFactor >= 1 || a.ordinals.length === 0) return 1;
    return allOthersApart(a, s, hasOrdinals, ordinalFactor) ? cfg.ordinalConflictFactor : 1;
  }
  /** Two stories whose counting members all count otherwise (see ordinalFactor). */
  function ordinalsApart(o: Story, t: Story): number {
    if (cfg.ordinalConflictFactor >= 1) return 1;
    return membersApart(o, t, hasOrdinals, always, ordinalFactor) ? cfg.ordinalConflictFactor : 1;
  }
  /**
   * A story whose members' headlines, where they report the same market, all report it going another way; or whose
   * members that size the same move in the same unit all give another size (a report that says no size tells nothing
   * of which session it was).
   */
  function storyMoveFactor(a: Article, s: Story): number {
    if (cfg.moveConflictFactor >= 1 || !a.move || s.marketed === 0) return 1;
    const market = a.move[0];
    if (allOthersApart(a, s, (m) => m.move !== null && m.move[0] === market, moveFactor)) return cfg.moveConflictFactor;
    return a.move[2] !== null && allOthersApart(a, s, (m) => m.move !== null && sizedAlike(a, m), moveFactor) ? cfg.moveConflictFactor : 1;
  }
  /** Two stories whose reports of one market all disagree with the other's on the way it went or its size (see moveFactor). */
  function movesApart(o: Story, t: Story): number {
    if (cfg.moveConflictFactor >= 1 || o.marketed === 0 || t.marketed === 0) return 1;
    return membersApart(o, t, hasMove, sameMarket, moveFactor) || membersApart(o, t, hasSize, sizedAlike, moveFactor) ? cfg.moveConflictFactor : 1;
  }
  function hasMove(m: Article): boolean { return m.move !== null; }
  function hasSize(m: Article): boolean { return m.move !== null && m.move[2] !== null; }
  function sameMarket(x: Article, y: Article): boolean { return x.move![0] === y.move![0]; }
  /** A story under bigStorySize whose members' headlines, where they say whose news they are, all name others (see ownerFactor). */
  function storyOwnerFactor(a: Article, s: Story): number {
    if (cfg.ownerConflictFactor >= 1 || a.owners.length === 0 || s.owned === 0 || s.members.length >= cfg.bigStorySize || a.namesEvent) return 1;
    return allOthersApart(a, s, hasOwners, ownerFactor) ? cfg.ownerConflictFactor : 1;
  }
  /**
   * A story of at most subjectMergeSize reports whose quoting headlines all quote other names than every quoting
   * headline of the story it would merge with (see subjectFactor), where no headline of either names an event: one
   * company's results and another's, one festival item and the next. The subject rule kept the report from joining;
   * without this the merge probe that follows its arrival (or a copy's) took it in on undiscounted centroids. Bigger
   * parts, and anything eventful, are often reactions from many quoted speakers to one thing.
   */
  function subjectsApart(o: Story, t: Story): number {
    if (cfg.subjectMergeSize <= 0 || cfg.subjectConflictFactor >= 1 || Math.min(o.members.length, t.members.length) > cfg.subjectMergeSize) return 1;
    if (!membersApart(o, t, hasQuotes, always, subjectFactor)) return 1;
    return namesAnEvent(o) || namesAnEvent(t) ? 1 : cfg.subjectConflictFactor;
  }
  function namesAnEvent(s: Story): boolean {
    for (const id of s.members) if (articles.get(id)?.namesEvent) return true;
    return false;
  }
  function hasOwners(m: Article): boolean { return m.owners.length > 0; }
  function hasGuest(m: Article): boolean { return m.guest.length > 0; }
  /**
   * Two audience headlines whose guests differ, neither headline nor lead naming any word of the other's guest: one
   * official's audiences of a day, each another visitor, told in one template ("يستقبل وكيل إمارة منطقة الرياض", "يستقبل
   * اللواء الغامدي"). The same audience told by two outlets names its guest up front in both, by name or rank and
   * country; a long text names many guests of many days, so only the headline and lead are read.
   */
  function guestFactor(a: Article, b: Article): number {
    if (cfg.guestConflictFactor >= 1 || a.guest.length === 0 || b.guest.length === 0) return 1;
    for (const g of a.guest) if (has(b.title.t, g)) return 1;
    for (const g of b.guest) if (has(a.title.t, g)) return 1;
    return cfg.guestConflictFactor;
  }
  /** A story under bigStorySize whose audience members all received others than the article's guest. */
  function storyGuestFactor(a: Article, s: Story): number {
    if (cfg.guestConflictFactor >= 1 || a.guest.length === 0 || s.members.length >= cfg.bigStorySize) return 1;
    return allOthersApart(a, s, hasGuest, guestFactor) ? cfg.guestConflictFactor : 1;
  }
  /** Every audience of one story apart from every audience of the other (see guestFactor). */
  function guestsApart(o: Story, t: Story): number {
    if (cfg.guestConflictFactor >= 1) return 1;
    return membersApart(o, t, hasGuest, always, guestFactor) ? cfg.guestConflictFactor : 1;
  }
  function hasQuotes(m: Article): boolean { return m.quoted.length > 0; }
  /** Some member of `s` other than `a` bears the mark, and every one that does is apart from `a` by `conflict`. */
  function allOthersApart(a: Article, s: Story, bears: (m: Article) => boolean, conflict: (a: Article, m: Article) => number): boolean {
    let bearing = 0;
    for (const id of s.members) {
      const m = articles.get(id);
      if (!m || m === a || !bears(m)) continue;
      if (conflict(a, m) === 1) return false;
      bearing++;
    }
    return bearing > 0;
  }
  /**
   * Two stories whose headlines say whose news they are, every such member of one against every such member of the
   * other apart (see ownerFactor): a merge would tie two offices' or countries' instances together. Of any size:
   * a big story's members name many owners, and one that the other story's reports mention ends the check; limited to
   * bigStorySize like the join's rule, 2015-07-31 kept a 26-report oil blob whole (0.8192 against 0.8298).
   */
  function ownersApart(o: Story, t: Story): number {
    if (cfg.ownerConflictFactor >= 1 || o.owned === 0 || t.owned === 0) return 1;
    return membersApart(o, t, hasOwners, always, ownerFactor) ? cfg.ownerConflictFactor : 1;
  }
  function always(): boolean { return true; }
  /**
   * Members of `o` and of `t` bear the mark, and every pair of them that can be compared is apart by `conflict`: a
   * merge would tie two instances together. Two big stories apart on MERGE_APART_PAIRS pairs are apart: the rest would
   * cost more than it could tell.
   */
  function membersApart(o: Story, t: Story, bears: (m: Article) => boolean, comparable: (x: Article, y: Article) => boolean, conflict: (x: Article, y: Article) => number): boolean {
    let pairs = 0;
    for (const i of o.members) {
      const x = articles.get(i);
      if (!x || !bears(x)) continue;
      for (const j of t.members) {
        const y = articles.get(j);
        if (!y || !bears(y) || !comparable(x, y)) continue;
        if (conflict(x, y) === 1) return false;
        if (++pairs >= MERGE_APART_PAIRS) return true;
      }
    }
    return pairs > 0;
  }
  /** Every term of the name in the article's headline, lead or kept body terms. */
  function mentionsName(b: Article, name: Int32Array): boolean {
    for (const t of name) if (!has(b.title.t, t) && !has(b.body.t, t)) return false;
    return true;
  }
  /**
   * Both headlines quote a name («موبايلي», "تعليم ينبع") and neither article mentions a name the other quotes: two
   * subjects, so two events however alike the rest (one company's Eid party and another's, two companies' results).
   */
  function subjectFactor(a: Article, b: Article): number {
    if (cfg.subjectConflictFactor >= 1 || a.quoted.length === 0 || b.quoted.length === 0) return 1;
    for (const q of a.quoted) if (mentionsName(b, q)) return 1;
    for (const q of b.quoted) if (mentionsName(a, q)) return 1;
    return cfg.subjectConflictFactor;
  }
  /**
   * A story under bigStorySize whose members quote names in their headlines, none of them a subject the article shares
   * (see subjectFactor): the article reports another instance of the series the story is made of. A big story's
   * reports quote its many speakers and sides.
   */
  function storySubjectFactor(a: Article, s: Story): number {
    if (cfg.subjectConflictFactor >= 1 || a.quoted.length === 0 || s.members.length >= cfg.bigStorySize) return 1;
    return allOthersApart(a, s, hasQuotes, subjectFactor) ? cfg.subjectConflictFactor : 1;
  }
  /** What discounts a link between two articles: time apart, one outlet, different places, different subjects. */
  function linkFactor(a: Article, b: Article): number {
    return unfiledFactor(a, b) * decay(a.time - b.time) * outletFactor(a, b) * placeFactor(a, b) * subjectFactor(a, b) * ownerFactor(a, b) * moveFactor(a, b) * ordinalFactor(a, b) * guestFactor(a, b);
  }
  /**
   * Two reports whose headlines share no word may still tell one event in other words (a match's build-up, a visit's
   * stages): their texts link them. But a piece not signed the way its outlet signs reports (a name alone where the
   * outlet files them, no byline where it signs them) is mostly a column, an analysis or a feature, and shares a
   * topic's text with every report on it (2015-07-21: eight columns and analyses on the Iran agreement in the UN vote's
   * story). Such a link, with no headline word in common, counts unfiledLinkFactor times.
   */
  function unfiledFactor(a: Article, b: Article): number {
    if (cfg.unfiledLinkFactor >= 1 || (filedReport(a) && filedReport(b)) || sharesWord(a.headline, b.headline)) return 1;
    return cfg.unfiledLinkFactor;
  }
  /**
   * A story of one piece merging into another is held to unfiledFactor as its join was: a singleton's centroid is its
   * text, which alone ties it to the story it could not join.
   */
  function unfiledApart(o: Story, t: Story): number {
    if (cfg.unfiledLinkFactor >= 1) return 1;
    const [one, other] = o.members.length === 1 ? [o, t] : t.members.length === 1 ? [t, o] : [null, null];
    if (!one) return 1;
    const x = articles.get(one.members[0]!);
    if (!x) return 1;
    let seen = 0;
    for (const id of other.members) {
      const m = articles.get(id);
      if (m && unfiledFactor(x, m) === 1) return 1;
      if (++seen >= MERGE_APART_PAIRS) return 1;
    }
    return cfg.unfiledLinkFactor;
  }
  /**
   * A report by its byline: filed (a place, desk or agency); or signed by name alone where the outlet signs more of its
   * pieces by name than it files; or unsigned where the outlet signs almost nothing (3alyoum, SPA). Until the window holds
   * OUTLET_HABIT_MIN_DOCS of the outlet's articles its habits are unknown, and every piece of it counts as a report.
   */
  function filedReport(a: Article): boolean {
    if (a.byline === 'filed') return true;
    const o = outlets.get(a.source);
    if (!o || o.n < OUTLET_HABIT_MIN_DOCS) return true;
    if (a.byline === 'signed') return o.signed > o.filed;
    return o.filed + o.signed < UNSIGNED_OUTLET_SHARE * o.n;
  }
  /** What holds an article out of a story, for a join and a move alike: another place, another subject. */
  function storyFactor(a: Article, s: Story): number {
    return storyPlaceFactor(a, s) * storySubjectFactor(a, s) * routineRepeatFactor(a, s) * storyOwnerFactor(a, s) * storyMoveFactor(a, s) * storyOrdinalFactor(a, s) * storyGuestFactor(a, s);
  }
  /**
   * A notice of a routine occasion (src/text/routine-occasions.ts: Eid greeting parties, weddings) from an outlet that
   * already has such a notice, not a copy, in a story under bigStorySize: an outlet reports each instance of the series
   * once, so its second notice is another host's occasion told in the same template (al-Jazirah's page of fifteen
   * ministries' Eid parties; its weekly page of weddings).
   */
  function routineRepeatFactor(a: Article, s: Story): number {
    if (cfg.routineRepeatFactor >= 1 || !a.routine || a.dupOf !== null || s.members.length >= cfg.bigStorySize) return 1;
    for (const id of s.members) {
      const m = articles.get(id);
      if (m && m !== a && m.source === a.source && m.routine && m.dupOf === null) return cfg.routineRepeatFactor;
    }
    return 1;
  }
  /** Merged, the two stories would hold routine notices of one outlet, neither a copy (see routineRepeatFactor). */
  function routineRepeats(o: Story, t: Story): boolean {
    if (cfg.routineRepeatFactor >= 1) return false;
    // The smaller story's notices first: most have none, and the bigger story is then never walked.
    const [small, big] = o.members.length <= t.members.length ? [o, t] : [t, o];
    const src = new Set<number>();
    for (const id of small.members) { const m = articles.get(id); if (m?.routine && m.dupOf === null) src.add(m.source); }
    if (!src.size) return false;
    for (const id of big.members) { const m = articles.get(id); if (m?.routine && m.dupOf === null && src.has(m.source)) return true; }
    return false;
  }
  function outletFactor(a: Article, b: Article): number {
    return a.source === b.source ? cfg.sameOutletFactor : 1;
  }
  /**
   * The smaller of two stories holds at most MERGE_REPEAT_MAX_STORY reports, all from outlets that report in the other:
   * merged, each of those outlets would report the event twice, so the merge is discounted as a same-outlet link is
   * (2015-07-26: two more regions' notices of teacher interviews, each told by two outlets already in a series of them).
   */
  function repeatsOutlets(o: Story, t: Story): boolean {
    const [small, big] = o.members.length <= t.members.length ? [o, t] : [t, o];
    if (small.members.length > MERGE_REPEAT_MAX_STORY) return false;
    for (const src of small.sources.keys()) if (!big.sources.has(src)) return false;
    return true;
  }
  /** A story of the article's own outlet alone is discounted as a same-outlet link is, for a join and a move alike. */
  function ownOutletFactor(a: Article, s: Story): number {
    return s.sources.size === 1 && s.sources.has(a.source) ? cfg.sameOutletFactor : 1;
  }

  /** The candidate stories of the last scoreStories call, in the order their first candidate came. */
  const scored: Story[] = [];
  function scoreStories(a: Article, cands: Article[], parts?: Map<number, { link: number; centroid: number; core: number; via: number }>): Map<number, number> {
    // Links are kept on the candidates and their stories, stamped with this call's round: maps rebuilt for every
    // arriving article were a fifth of what grouping allocated.
    const r = ++scoreRound;
    scored.length = 0;
    const via = parts ? new Map<number, number>() : null;
    spread(a, true);
    for (const c of cands) {
      if (c.opinion) continue;
      const story = stories.get(c.story);
      if (!story) continue;
      // candidates() brings at most BIG_STORY_LINKS members of a big story: all of them are scored.
      if (story.round !== r) { story.round = r; story.best = -1; scored.push(story); }
      const s = Math.max(contentSimSpread(a, c), personSim(a, c)) * linkFactor(a, c);
      c.link = s; c.linkRound = r;
      if (s > story.best) { story.best = s; via?.set(story.id, c.id); }
    }
    spread(a, false);
    const out = new Map<number, number>();
    // The story factors only lower a score (each is 1 or a conflict factor under 1): a story whose score is under the
    // merge probe before them is under every bar after them too, and is left unfactored (reactionScore factors it).
    for (const s of scored) {
      const sid = s.id, l = s.best;
      const dt = a.time < s.first ? s.first - a.time : a.time > s.last ? a.time - s.last : 0;
      // A one-article story's centroid is that article: its link score already says it (most candidates are these).
      // Without a real link to any member (under MOVE_MIN_LINK) the centroid would need a cosine above 0.23 to reach even
      // the merge probe and 0.56 to join: over SaudiNewsNet 44 of 346k such comparisons passed 0.23 (none 0.29), and
      // skipping them saves a tenth of the grouping time.
      const cent = s.members.length === 1 ? l : l < MOVE_MIN_LINK ? 0 : storySim(a, freshCentroid(s)) * decay(dt) * ownOutletFactor(a, s);
      const core = coreScore(a, s) * decay(dt);
      const base = Math.max(cfg.linkShare * l + (1 - cfg.linkShare) * cent, core);
      s.unfactored = base < mergeProbe && !parts;
      out.set(sid, s.unfactored ? base : base * storyFactor(a, s));
      parts?.set(sid, { link: l, centroid: cent, core, via: via!.get(sid) ?? 0 });
    }
    return out;
  }

  function mergeStories(into: Story, from: Story): void {
    for (const id of from.members) {
      const a = articles.get(id);
      if (a) a.story = into.id;
      into.members.push(id);
    }
    into.title.addCentroid(from.title);
    into.body.addCentroid(from.body);
    into.ents.addCentroid(from.ents);
    into.first = Math.min(into.first, from.first);
    into.last = Math.max(into.last, from.last);
    for (const [src, n] of from.sources) into.sources.set(src, (into.sources.get(src) ?? 0) + n);
    for (const [t, n] of from.heads) into.heads.set(t, (into.heads.get(t) ?? 0) + n);
    if (from.places) {
      const m = into.places ??= new Map();
      for (const [p, n] of from.places) m.set(p, (m.get(p) ?? 0) + n);
    }
    into.placed += from.placed;
    into.owned += from.owned;
    into.marketed += from.marketed;
    if (from.apart) {
      const ap = into.apart ??= new Set();
      for (const x of from.apart) { ap.add(x); const other = stories.get(x); if (other?.apart) { other.apart.delete(from.id); other.apart.add(into.id); } }
    }
    stories.delete(from.id);
  }

  function storiesSim(x: Story, y: Story): number {
    const hasB = x.body.norm2 > 0 && y.body.norm2 > 0;
    const hasE = x.ents.norm2 > 0 && y.ents.norm2 > 0;
    return combine(centroidCosine(x.title, y.title), hasB ? centroidCosine(x.body, y.body) : 0, hasE ? centroidCosine(x.ents, y.ents) : 0, hasB, hasE);
  }

  /** Weighted overlap of two stories' cores (see coreScore); 0 unless both are big enough to have one. */
  function coreOverlap(x: Story, y: Story): number {
    const cx = core(x), cy = core(y);
    if (cx.size === 0 || cy.size === 0) return 0;
    let inter = 0, sx = 0, sy = 0;
    for (const [t, u] of cx) { sx += u; const v = cy.get(t); if (v !== undefined) inter += Math.min(u, v); }
    for (const u of cy.values()) sy += u;
    return inter / Math.min(sx, sy);
  }
  const core = (s: Story): Map<number, number> => coreOf(s).map;

  /** How well an article fits the small story it is in: its best link with another member. */
  function fitWithOwn(c: Article, from: Story): number {
    let fit = 0;
    for (const m of from.members) {
      if (m === c.id) continue;
      const o = articles.get(m);
      if (o) fit = Math.max(fit, Math.max(contentSim(c, o), personSim(c, o)) * linkFactor(c, o));
    }
    return fit;
  }
  /** The score a reaction joins its event's story with: scoreStories leaves a score under the merge probe unfactored. */
  function reactionScore(a: Article, s: Story, score: number): number {
    return s.unfactored ? score * storyFactor(a, s) : score;
  }
  /**
   * A reaction that links to nothing, names no place in its headline and refers to an attack as one the reader knows
   * ("العمل الإجرامي لا يزيدنا إلا إصراراً", "الجريمة الإرهابية لن تزيدنا إلا قوة"; see referredEventTypeIds) means the one
   * big event of that kind in the window: the candidate story of bigStorySize or more whose heaviest core terms hold
   * that event type, if exactly one does. Places it mentions must be in that story's core too: an attack elsewhere is
   * another event. The speaker's own town in the headline ("محافظ الزلفي:") does not count: reactions come from every
   * governorate. Such reactions often come as a headline alone, with nothing else to link by.
   */
  function reactionTarget(a: Article, scores: Map<number, number>): Story | undefined {
    if (a.referred.length === 0 || a.places.length > 0) return undefined;
    let found: Story | undefined;
    for (const sid of scores.keys()) {
      const s = stories.get(sid);
      if (!s || s.members.length < cfg.bigStorySize) continue;
      const c = coreOf(s);
      if (!a.referred.some((t) => { const i = c.top.indexOf(t); return i >= 0 && i < BOOST_TOP_TERMS; })) continue;
      let elsewhere = false;
      for (const e of a.entitySet) {
        // A governor's or a university's own town in the headline ("محافظ الزلفي: العمل الجبان …") says who speaks.
        if (e.startsWith('place:') && !a.affiliations.includes(e) && !c.map.has(termIds.get(ENTITY_PREFIX + e) ?? -1)) { elsewhere = true; break; }
      }
      if (elsewhere) continue;
      if (found) return undefined;
      found = s;
    }
    return found;
  }
  /**
   * A small story of a settled event's aftermath (its martyrs, its injured, condolences): of two outlets or more, at
   * least aftermathShare of its reports name the aftermath (not merely an attack as known: 2015-08-07's reports of a
   * trial over another mosque bombing, in Kuwait, did and named the mosque and the bombing) or name the event's type
   * with aftermathNamedTerms of those core terms (the festival's celebrations halted "after the bombing that targeted
   * the Emergency Forces' mosque in Asir"), and as many name two of the
   * event story's five heaviest core terms other than the event type (`named`: the mosque, the force) in headline or lead.
   * Such reports gather among themselves while the event's story is young (a king's condolence calls, the injured
   * leaving hospital), and a split may have set them apart before it settled; they name the event in their leads.
   */
  function aftermathOf(t: Story, named: readonly number[], events: readonly number[]): boolean {
    if (t.members.length < 2 || t.members.length >= cfg.bigStorySize || t.sources.size < 2) return false;
    let n = 0, after = 0, naming = 0;
    for (const id of t.members) {
      const m = articles.get(id);
      if (!m) continue;
      n++;
      let k = 0;
      for (const x of named) if (has(m.title.t, x)) k++;
      if (m.aftermath) after++;
      else if (cfg.aftermathNamedTerms > 0 && k >= cfg.aftermathNamedTerms && events.some((e) => has(m.title.t, e))) after++;
      if (k >= 2) naming++;
    }
    return after >= cfg.aftermathShare * n && naming >= cfg.aftermathShare * n;
  }
  /** The core a story made of these members alone would have (see coreOf). */
  function groupCore(members: Article[]): Core {
    const heads = new Map<number, number>();
    for (const a of members) countHeads(heads, a, 1);
    return coreFrom(heads, members.length);
  }

  /**
   * A story grown by chaining (each report close to the one before, the last far from the first: oil closes of several
   * days, two friendlies, the election centres of several towns) is split: its members are clustered by average link
   * (agglomerative, highest average first) until no two clusters average splitLink, and each cluster of two or more
   * other than the largest leaves as a story of its own, if none of its members links to the rest at splitMaxLink or
   * more (a cluster that does was joined on its own merit) and its headlines mostly do not name the rest's event.
   * Then the parallel split: the members left are clustered again, until no two clusters average splitParallelLink,
   * and a cluster of two or more that PARALLEL_MIN_OUTLETS outlets report beside the largest one leaves, however close
   * their wording. An outlet reports one small event once, so the same outlets in both parts mean two events told in
   * one template (a cabinet session and the economic council's, a festival and the other events of one province's
   * summer, two decisions of one minister). Lone members stay: a reaction shares little text with the reports and
   * joined by the core. A settled story (eventful, bigStorySize or more) is never split.
   */
  function splitStory(s: Story, arriving: Article, moved: { articleId: number; from: number; to: number }[]): void {
    const size = s.members.length;
    if (cfg.splitLink <= 0 || size < SPLIT_MIN_STORY || size < Math.ceil(s.checkedAt * SPLIT_GROWTH)) return;
    s.checkedAt = size;
    if (size >= cfg.bigStorySize && eventful(coreOf(s))) return;
    const mem: Article[] = [];
    for (const id of s.members) { const a = articles.get(id); if (a) mem.push(a); }
    const n = mem.length;
    const sim = new Float64Array(n * n);
    // Each member spread once over the dense arrays, as for scoring a new article: the same cosines as contentSim.
    for (let i = 0; i < n - 1; i++) {
      spread(mem[i]!, true);
      for (let j = i + 1; j < n; j++) sim[i * n + j] = sim[j * n + i] = samePart(mem[i]!, mem[j]!) ? 1 : Math.max(contentSimSpread(mem[i]!, mem[j]!), personSim(mem[i]!, mem[j]!));
      spread(mem[i]!, false);
    }
    const all = mem.map((_, i) => i);
    const left = splitOff(s, arriving, moved, mem, sim, averageLinkClusters(sim, n, all, cfg.splitLink), false);
    if (cfg.splitParallelLink > 0 && size < PARALLEL_MAX_STORY && left.length >= SPLIT_MIN_STORY) {
      splitOff(s, arriving, moved, mem, sim, averageLinkClusters(sim, n, left, cfg.splitParallelLink), true);
    }
  }
  /** The members `idx` (rows of the n×n `sim`) clustered by average link until no two clusters average `stop`. */
  function averageLinkClusters(sim: Float64Array, n: number, idx: number[], stop: number): number[][] {
    // Clusters as index lists; the summed links between each pair kept so each agglomeration step is one scan.
    const clusters: number[][] = idx.map((i) => [i]);
    const sums: number[][] = idx.map((i) => idx.map((j) => (i === j ? 0 : sim[i * n + j]!)));
    for (;;) {
      let best = -1, bi = -1, bj = -1;
      for (let i = 0; i < clusters.length; i++) for (let j = i + 1; j < clusters.length; j++) {
        const avg = sums[i]![j]! / (clusters[i]!.length * clusters[j]!.length);
        if (avg > best) { best = avg; bi = i; bj = j; }
      }
      if (bi < 0 || best < stop) break;
      clusters[bi] = clusters[bi]!.concat(clusters[bj]!);
      for (let k = 0; k < clusters.length; k++) { sums[bi]![k]! += sums[bj]![k]!; sums[k]![bi] = sums[bi]![k]!; }
      sums[bi]![bi] = 0;
      clusters.splice(bj, 1);
      sums.splice(bj, 1);
      for (const row of sums) row.splice(bj, 1);
    }
    return clusters;
  }
  /**
   * Each cluster of two or more other than the largest leaves `s` as a story of its own (see splitStory), on the
   * chain split's conditions or, `parallel`, on the outlets it shares with the largest. Returns the members that stay.
   */
  function splitOff(s: Story, arriving: Article, moved: { articleId: number; from: number; to: number }[], mem: Article[], sim: Float64Array, clusters: number[][], parallel: boolean): number[] {
    const n = mem.length;
    if (clusters.length < 2) return clusters.flat();
    // The largest cluster keeps the story (ties: the one holding the earliest member).
    let main = 0;
    for (let k = 1; k < clusters.length; k++) {
      const c = clusters[k]!, m = clusters[main]!;
      if (c.length > m.length || (c.length === m.length && Math.min(...c) < Math.min(...m))) main = k;
    }
    const stay: number[] = [];
    for (let k = 0; k < clusters.length; k++) {
      const c = clusters[k]!;
      if (k === main || c.length < 2 || !(parallel ? reportedBeside(mem, c, clusters[main]!) : chainedOff(mem, sim, n, c, clusters[main]!))) {
        stay.push(...c);
        continue;
      }
      const part = newStory(nextStoryId++);
      (s.apart ??= new Set()).add(part.id);
      (part.apart ??= new Set()).add(s.id);
      for (const i of c) {
        const a = mem[i]!;
        leave(s, a);
        join(part, a);
        // The arriving article is not stored yet: its decision names the story it ends in.
        if (a !== arriving) moved.push({ articleId: a.id, from: s.id, to: part.id });
      }
      part.checkedAt = part.members.length;
    }
    return stay.sort((x, y) => x - y);
  }
  /** The chain split's conditions: no link to the main cluster at splitMaxLink, and the group does not name its event. */
  function chainedOff(mem: Article[], sim: Float64Array, n: number, c: number[], main: number[]): boolean {
    let link = 0;
    for (const i of c) for (const j of main) link = Math.max(link, sim[i * n + j]!);
    if (link >= cfg.splitMaxLink) return false;
    // A group whose headlines name the event the rest of the story reports (its heaviest core terms) tells it in other words.
    const inGroup = new Set(c);
    const restCore = groupCore(mem.filter((_, i) => !inGroup.has(i)));
    let naming = 0;
    for (const i of c) if (headlineNames(mem[i]!, restCore)) naming++;
    return naming * 2 < c.length;
  }
  /** PARALLEL_MIN_OUTLETS outlets or more report in both groups. */
  function reportedBeside(mem: Article[], c: number[], main: number[]): boolean {
    const there = new Set<number>();
    for (const j of main) there.add(mem[j]!.source);
    const both = new Set<number>();
    for (const i of c) if (there.has(mem[i]!.source)) both.add(mem[i]!.source);
    return both.size >= PARALLEL_MIN_OUTLETS;
  }
  function isDupLinked(a: Article): boolean {
    return a.dupOf !== null || dups.originalOf(a.id) !== null;
  }
  /** Two stories a split set apart that have since grown into one: their cores and centroids both agree at the apart bar. */
  function convergedSinceSplit(o: Story, t: Story): boolean {
    if (!(cfg.apartMergeThreshold < 1)) return false;
    freshCentroid(o); freshCentroid(t);
    return coreOverlap(o, t) >= cfg.apartMergeThreshold && storiesSim(o, t) >= cfg.apartMergeThreshold;
  }
  /**
   * Two parts of one agency item: one report by construction, however little their texts share (a cabinet session's
   * later parts tell other decisions than its first), so a split never parts them (08-10: its third and fourth parts
   * left the session's story as a cluster of their own).
   */
  function samePart(a: Article, b: Article): boolean {
    return a.part !== null && a.part === b.part;
  }
  function onlyParts(s: Story, part: string): boolean {
    for (const id of s.members) if (articles.get(id)?.part !== part) return false;
    return true;
  }
  /**
   * Two parts of one item, now in one story, stay together (moves pass them by). A later part's headline is its first
   * part's: counted once, it does not outweigh the story's other reports. For a later part, call before it joins (its
   * title leaves the centroid as it entered); a first part keeps its title.
   */
  function tiePart(a: Article, sibling: Article): void {
    a.partTied = sibling.partTied = true;
    if (a.continuation) a.title = emptySparse();
  }
  /**
   * The earlier part of the same agency item from the same outlet, when one of the two is a later part: its parts
   * share a headline but not a text, so no similarity ties them (08-10: a cabinet session sent in six parts made five
   * stories). Two same-headline records neither marked as a part (a daily "حالة الطقس") are left to the scores.
   */
  function partSibling(a: Article): Article | undefined {
    if (a.part === null) return undefined;
    const id = parts.get(a.part);
    const x = id === undefined ? undefined : articles.get(id);
    if (!x || (!a.continuation && !x.continuation) || Math.abs(a.time - x.time) > windowMs || !stories.has(x.story)) return undefined;
    return x;
  }

  const engine: StoryEngineInternals = {
    assign(doc: StoryDoc): StoryDecision {
      const a = register(doc);
      const terms = queryTerms(a);
      const merged: { from: number; into: number }[] = [];
      const moved: { articleId: number; from: number; to: number }[] = [];

      const sig = dups.signature((doc.text || `${doc.title} ${doc.lead}`).slice(0, NEAR_DUPLICATE_CHARS));
      const dupOf = dups.add(a.id, a.time, sig);
      const original = dupOf !== null ? articles.get(dupOf) : undefined;
      a.dupOf = dupOf;

      const cands = candidates(a, terms);
      const scores = a.opinion ? new Map<number, number>() : scoreStories(a, cands);
      let target: Story | undefined;
      let score = 1;
      const sibling = original ? undefined : partSibling(a);
      // A first part that arrives after its later parts finds its story by its own scores and brings them along,
      // unless they have already joined other reports.
      const gather = sibling !== undefined && !a.continuation && onlyParts(stories.get(sibling.story)!, a.part!);
      if (original && stories.has(original.story)) {
        target = stories.get(original.story)!;
        score = 1;
      } else if (sibling && !gather) {
        target = stories.get(sibling.story)!;
        tiePart(a, sibling);
      } else {
        let best = -1, bestId = -1;
        scores.forEach((s, sid) => { if (s > best || (s === best && sid < bestId)) { best = s; bestId = sid; } });
        if (best >= cfg.joinThreshold) { target = stories.get(bestId)!; score = best; }
      }
      if (!target && !a.opinion) {
        const r = reactionTarget(a, scores);
        if (r) { target = r; score = reactionScore(a, r, scores.get(r.id)!); }
      }
      if (!target) target = newStory(nextStoryId++);
      join(target, a);
      a.score = score;
      articles.set(a.id, a); // before merges, so a merge re-labels it with the rest
      if (gather) {
        const ps = stories.get(sibling!.story)!;
        if (ps.id !== target.id) { merged.push({ from: ps.id, into: target.id }); mergeStories(target, ps); }
        tiePart(a, sibling!);
      }

      // Stories the new article ties together, and whose centroids agree, become one.
      const others: [number, number][] = [];
      scores.forEach((s, sid) => { if (sid !== target!.id && s >= mergeProbe) others.push([sid, s]); });
      others.sort((x, y) => (y[1] - x[1]) || (x[0] - y[0]));
      for (const [sid] of others) {
        const o = stories.get(sid);
        const t = stories.get(a.story)!;
        if (!o || o.id === t.id) continue;
        if (Math.max(o.first, t.first) - Math.min(o.last, t.last) > windowMs) continue;
        if (o.apart?.has(t.id) && !convergedSinceSplit(o, t)) continue;
        // Both name the little-known person the new article's headline names: one event of theirs, told where it
        // happened and where it ended (a soldier shot in one town, buried in another), whatever the wording.
        const samePerson = namesPersonOf(a, o);
        // Two small stories, or a small one and a big one, that happened in different places stay apart.
        if (!samePerson && cfg.placeConflictFactor < 1 && Math.min(o.members.length, t.members.length) < cfg.placeStorySize) {
          const po = placeOf(o), pt = placeOf(t);
          if (po !== null && pt !== null && po !== pt) continue;
        }
        freshCentroid(o); freshCentroid(t);
        // The core overlap (small maps) first: the centroid cosine walks thousands of terms and is needed only without it.
        const f = (repeatsOutlets(o, t) ? cfg.sameOutletFactor : 1) * (routineRepeats(o, t) ? cfg.routineRepeatFactor : 1) * ownersApart(o, t) * movesApart(o, t) * subjectsApart(o, t) * ordinalsApart(o, t) * guestsApart(o, t) * unfiledApart(o, t);
        // Two stories that have each gathered settledMergeSize reports have each found their own core: tying them
        // joins every pair across, so it takes clearer agreement (a company's earnings and another's, one aid flight
        // and the next).
        const bar = Math.min(o.members.length, t.members.length) >= cfg.settledMergeSize ? cfg.settledMergeThreshold : cfg.mergeThreshold;
        if (!samePerson && coreOverlap(o, t) * cfg.coreFactor * f < bar && storiesSim(o, t) * f < bar) continue;
        const [into, from] = o.members.length > t.members.length || (o.members.length === t.members.length && o.id < t.id) ? [o, t] : [t, o];
        merged.push({ from: from.id, into: into.id });
        mergeStories(into, from);
      }

      // A settled event's story gathers the small stories of its aftermath (see aftermathOf).
      const home = stories.get(a.story)!;
      if (cfg.aftermathShare <= 1 && home.members.length >= cfg.bigStorySize && home.members.length >= home.aftermathAt * AFTERMATH_GROWTH && eventful(coreOf(home))) {
        home.aftermathAt = home.members.length;
        const c = coreOf(home);
        const named: number[] = [];
        const events: number[] = [];
        for (let i = 0; i < BOOST_TOP_TERMS && i < c.top.length; i++) (termNames[c.top[i]!]!.startsWith(EVENT_TERM) ? events : named).push(c.top[i]!);
        // A merge deletes the merged story from the map, which the iteration then passes by; it adds none.
        for (const t of stories.values()) {
          if (t !== home && aftermathOf(t, named, events)) { merged.push({ from: t.id, into: home.id }); mergeStories(home, t); }
        }
      }

      // Small stories' articles that now fit the new article's story clearly better move into it.
      for (const c of a.opinion ? [] : cands) {
        if (c.story === home.id || isDupLinked(c) || c.partTied || c.opinion) continue;
        const from = stories.get(c.story);
        if (!from || from.members.length > MOVABLE_STORY_SIZE || from.apart?.has(home.id)) continue;
        const cs = c.linkRound === scoreRound ? c.link : 0;
        // The same score an arriving article would get with the story, so an early report of an event that had
        // not yet shown its core can catch up with it.
        const dt = c.time < home.first ? home.first - c.time : c.time > home.last ? c.time - home.last : 0;
        const core = cs >= cfg.moveCoreLink || coreHoldsEvent(coreOf(home)) ? coreScore(c, home) * decay(dt) : 0;
        // The blend can only reach the threshold with a real link; skip the centroid comparison otherwise.
        const blend = cs * cfg.linkShare + (1 - cfg.linkShare) >= cfg.joinThreshold && cs >= MOVE_MIN_LINK
          ? cfg.linkShare * cs + (1 - cfg.linkShare) * (home.members.length === 1 ? cs : storySim(c, home) * decay(dt) * ownOutletFactor(c, home)) : 0;
        const fitNew = Math.max(blend, core) * storyFactor(c, home);
        if (fitNew < cfg.joinThreshold) continue;
        if (fitNew > fitWithOwn(c, from) + MOVE_MARGIN) {
          leave(from, c);
          join(home, c);
          c.score = fitNew;
          moved.push({ articleId: c.id, from: from.id, to: home.id });
        }
      }

      if (!a.opinion) splitStory(stories.get(a.story)!, a, moved);

      finishInsert(a, terms);
      return { storyId: a.story, score, duplicateOf: dupOf, merged, moved };
    },

    restore(doc: StoryDoc, storyId: number, duplicateOf: number | null): void {
      if (!Number.isInteger(storyId) || storyId < 1) throw new Error(`story engine: restore of article ${doc?.articleId} needs a positive integer story id, got ${storyId}`);
      const a = register(doc);
      const terms = queryTerms(a);
      const sig = dups.signature((doc.text || `${doc.title} ${doc.lead}`).slice(0, NEAR_DUPLICATE_CHARS));
      a.dupOf = duplicateOf;
      // As assign left it: parts stored in one story are tied (a first part restored after its later parts too, as
      // when it arrived last and gathered them; a copy is not), and a later part counts no headline of its own.
      const sibling = duplicateOf !== null && articles.has(duplicateOf) ? undefined : partSibling(a);
      if (sibling && sibling.story === storyId) tiePart(a, sibling);
      dups.add(a.id, a.time, sig, duplicateOf);
      const s = stories.get(storyId) ?? newStory(storyId);
      join(s, a);
      // Restored stories count as checked at their size: which parts a split kept apart is not stored, and a story
      // is not split again just because the engine restarted.
      s.checkedAt = s.members.length;
      if (storyId >= nextStoryId) nextStoryId = storyId + 1;
      finishInsert(a, terms);
    },

    reserveStoryIds(upTo: number): void {
      if (Number.isInteger(upTo) && upTo >= nextStoryId) nextStoryId = upTo + 1;
    },

    recommend(articleId: number, limit = 5): Recommendations {
      return recommendFor(recommendSource, articleId, limit);
    },

    similarity(x: number, y: number): number {
      const a = articles.get(x), b = articles.get(y);
      if (!a || !b) return 0;
      if (x === y) return 1;
      return contentSim(a, b);
    },

    explain(doc: StoryDoc) {
      const a = register(doc);
      const parts = new Map<number, { link: number; centroid: number; core: number; via: number }>();
      const scores = scoreStories(a, candidates(a, queryTerms(a)), parts);
      bumpDf(a.dfTerms, -1);
      outletForget(outlets.get(a.source)!, a);
      return [...scores.entries()].map(([storyId, score]) => ({ storyId, score, ...parts.get(storyId)! })).sort((x, y) => y.score - x.score || x.storyId - y.storyId);
    },

    storyOf(articleId: number): number | undefined {
      return articles.get(articleId)?.story;
    },
    coreTerms(storyId: number) {
      const s = stories.get(storyId);
      if (!s) return [];
      return [...coreOf(s).map].map(([t, weight]) => ({ term: termNames[t]!, weight, count: s.heads.get(t) ?? 0, df: df[t]! }))
        .sort((x, y) => y.weight - x.weight || (x.term < y.term ? -1 : 1));
    },
    get size() { return articles.size; },
    get storyCount() { return stories.size; },
    get vocabularySize() { return termIds.size; },
  };

  const recommendSource: RecommendSource = {
    has: (id) => articles.has(id),
    storyOf: (id) => articles.get(id)?.story,
    sourceOf: (id) => articles.get(id)?.source,
    timeOf: (id) => articles.get(id)?.time,
    neighbours: (id) => {
      const a = articles.get(id);
      return a ? candidates(a, queryTerms(a)).map((c) => c.id) : [];
    },
    similarity: (x, y) => engine.similarity(x, y),
    isNearDuplicate: (x, y) => {
      const ox = dups.originalOf(x) ?? x, oy = dups.originalOf(y) ?? y;
      return ox === oy;
    },
    membersOf: (sid) => stories.get(sid)?.members ?? [],
  };

  return engine;
}

/** Two sorted id lists share an id. */
function sharesWord(x: Int32Array, y: Int32Array): boolean {
  let i = 0, j = 0;
  while (i < x.length && j < y.length) {
    if (x[i] === y[j]) return true;
    if (x[i]! < y[j]!) i++; else j++;
  }
  return false;
}
/** Whether the sorted id list holds `t`. */
function has(ids: Int32Array, t: number): boolean {
  let lo = 0, hi = ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1, x = ids[mid]!;
    if (x === t) return true;
    if (x < t) lo = mid + 1; else hi = mid - 1;
  }
  return false;
}

/** The distinct ids of three sorted id lists, sorted. */
function distinctSorted(a: Int32Array, b: Int32Array, c: Int32Array): Int32Array {
  const all = new Int32Array(a.length + b.length + c.length);
  all.set(a); all.set(b, a.length); all.set(c, a.length + b.length);
  return all.slice(0, sortDistinct(all));
}

/** `marsad stories rebuild`: regroups stored articles from scratch in time order (ties by article id). */
export function rebuildStories(docs: StoryDoc[], config: Partial<StoryConfig> = {}): Map<number, { storyId: number; duplicateOf: number | null; score: number }> {
  const sorted = [...docs].sort((a, b) => (a.time - b.time) || (a.articleId - b.articleId));
  const engine = createStoryEngine({ ...config, windowDays: config.windowDays ?? DEFAULT_STORY_CONFIG.windowDays });
  const out = new Map<number, { storyId: number; duplicateOf: number | null; score: number }>();
  // Story ids are never reused, so a merge is a forwarding address resolved at the end.
  const alias = new Map<number, number>();
  for (const d of sorted) {
    const dec = engine.assign(d);
    out.set(d.articleId, { storyId: dec.storyId, duplicateOf: dec.duplicateOf, score: dec.score });
    for (const m of dec.merged) alias.set(m.from, m.into);
    for (const mv of dec.moved) { const v = out.get(mv.articleId); if (v) v.storyId = mv.to; }
  }
  for (const v of out.values()) {
    let s = v.storyId;
    while (alias.has(s)) s = alias.get(s)!;
    v.storyId = s;
  }
  return out;
}

/** Comparator results as small integers (a double difference would be boxed by every sort callback's return). */
function ascending(x: number, y: number): number { return x < y ? -1 : x > y ? 1 : 0; }
function descending(x: number, y: number): number { return x > y ? -1 : x < y ? 1 : 0; }

/** The k-th largest of the first `n` values of `xs` (1 ≤ k ≤ n), by quickselect; reorders them. */
function kthLargest(xs: Float64Array, n: number, k: number): number {
  let lo = 0, hi = n - 1;
  const target = n - k;
  while (lo < hi) {
    const pivot = xs[(lo + hi) >>> 1]!;
    let i = lo, j = hi;
    while (i <= j) {
      while (xs[i]! < pivot) i++;
      while (xs[j]! > pivot) j--;
      if (i <= j) { const t = xs[i]!; xs[i] = xs[j]!; xs[j] = t; i++; j--; }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else return xs[target]!;
  }
  return xs[target]!;
}
