// Wire copies republished with small edits: MinHash over word shingles of normalized text, with LSH banding so a new
// article is compared only with earlier copies that share a band, never with every article.
import { normalizeUnits } from '../text/normalize.ts';
import { sortDistinct } from './sort-distinct.ts';

export interface NearDuplicateConfig {
  /** Words per shingle. 5 words survive small edits (a changed byline or dateline touches only 5 shingles). */
  shingle: number;
  /** Number of hash functions (signature length); must equal bands × rows. */
  hashes: number;
  bands: number;
  /** Estimated Jaccard similarity of shingle sets above which two texts are copies of one another. */
  threshold: number;
  /** Texts with fewer shingles carry too little to call them copies. */
  minShingles: number;
}

export const DEFAULT_NEAR_DUPLICATE: NearDuplicateConfig = { shingle: 5, hashes: 64, bands: 16, threshold: 0.6, minShingles: 8 };

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Per UTF-16 code unit: 1 when it belongs to a word (letter or number). Built once; the scan below then needs no regex. */
let wordUnits: Uint8Array | null = null;
function wordUnitTable(): Uint8Array {
  if (wordUnits) return wordUnits;
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    // Surrogate halves (2) are decided per code point below: astral letters are words, emoji are not.
    if (c >= 0xd800 && c <= 0xdfff) t[c] = 2;
    else if (WORD_CHAR.test(String.fromCharCode(c))) t[c] = 1;
  }
  wordUnits = t;
  return t;
}

/** Scratch for shingleHashes' word hashes (reused: one array per text was most of what it allocated). */
let wordHashes: Uint32Array = new Uint32Array(4096);
function grow(a: Uint32Array): Uint32Array {
  const b = new Uint32Array(a.length * 2);
  b.set(a);
  return b;
}

/**
 * Hashes of the k-word shingles of the normalized text, as a set. Words are maximal runs of letters and numbers,
 * each hashed with FNV-1a over its code units while scanning, so no word string is ever built.
 */
export function shingleHashes(text: string, k: number): Uint32Array {
  const norm = normalizeUnits(text);
  const table = wordUnitTable();
  let wh = wordHashes, nw = 0;
  let h = 0x811c9dc5, inWord = false;
  for (let i = 0; i < norm.length; i++) {
    const c = norm[i]!;
    let kind = table[c]!;
    if (kind === 2) {
      const lo = i + 1 < norm.length ? norm[i + 1]! : 0;
      // A high surrogate with its low half: the astral code point (codePointAt's reading of the pair).
      const cp = c <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff ? ((c - 0xd800) << 10) + (lo - 0xdc00) + 0x10000 : c;
      kind = cp > 0xffff && WORD_CHAR.test(String.fromCodePoint(cp)) ? 1 : 0;
      if (kind === 1) {
        h = Math.imul(Math.imul(h ^ c, 0x01000193) ^ lo, 0x01000193);
        inWord = true;
        i++;
        continue;
      }
    }
    if (kind === 1) {
      h = Math.imul(h ^ c, 0x01000193);
      inWord = true;
    } else if (inWord) {
      if (nw === wh.length) wh = wordHashes = grow(wh);
      wh[nw++] = h >>> 0;
      h = 0x811c9dc5;
      inWord = false;
    }
  }
  if (inWord) {
    if (nw === wh.length) wh = wordHashes = grow(wh);
    wh[nw++] = h >>> 0;
  }
  const n = Math.max(0, nw - k + 1);
  const hs = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let x = 0x9e3779b9;
    for (let j = 0; j < k; j++) x = Math.imul(x ^ wh[i + j]!, 0x85ebca6b) ^ (x >>> 13);
    hs[i] = x >>> 0;
  }
  // A shingle set, not a multiset.
  return hs.subarray(0, sortDistinct(hs));
}

function mix(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
  return (x ^ (x >>> 16)) >>> 0;
}

// Fixed seeds make signatures identical across runs and processes (determinism, restart).
const SEEDS: number[] = [];
for (let i = 0; i < 1024; i++) SEEDS.push(mix(0x1234567 + i * 0x9e3779b9));

/**
 * One-permutation MinHash with optimal densification (Shrivastava 2017): each shingle is hashed once into one of
 * `hashes` bins, keeping the minimum per bin; an empty bin borrows the minimum of a bin chosen by a fixed per-bin
 * hash sequence, so two sets agree on a bin with probability equal to their Jaccard similarity, as with `hashes`
 * independent permutations, at one hash per shingle instead of `hashes`.
 */
export function minHash(shingles: Uint32Array, hashes: number): Uint32Array {
  const sig = new Uint32Array(hashes).fill(0xffffffff);
  const filled = new Uint8Array(hashes);
  let nFilled = 0;
  for (let s = 0; s < shingles.length; s++) {
    const x = shingles[s]!;
    const bin = Math.floor((mix(x ^ SEEDS[0]!) * hashes) / 4294967296);
    const v = mix(x ^ SEEDS[1]!);
    if (!filled[bin]) { filled[bin] = 1; nFilled++; sig[bin] = v; }
    else if (v < sig[bin]!) sig[bin] = v;
  }
  if (nFilled === 0 || nFilled === hashes) return sig;
  const from = sig.slice();
  for (let i = 0; i < hashes; i++) {
    if (filled[i]) continue;
    for (let attempt = 1; ; attempt++) {
      const j = Math.floor((mix(SEEDS[2 + (i % 1000)]! ^ Math.imul(attempt, 0x9e3779b9)) * hashes) / 4294967296);
      if (filled[j]) { sig[i] = from[j]!; break; }
    }
  }
  return sig;
}

export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let eq = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) eq++;
  return eq / a.length;
}

interface Entry { id: number; seq: number; time: number; sig: Uint32Array; keys: number[] }

/** An online near-duplicate detector; copies link to the earliest copy seen. */
export class NearDuplicateIndex {
  private readonly cfg: NearDuplicateConfig;
  private readonly rows: number;
  private readonly buckets = new Map<number, number[]>();
  private readonly entries = new Map<number, Entry>();
  /** Copy → earliest copy; the earliest maps to nothing. */
  private readonly original = new Map<number, number>();
  private seq = 0;

  constructor(config: Partial<NearDuplicateConfig> = {}) {
    this.cfg = { ...DEFAULT_NEAR_DUPLICATE, ...config };
    if (this.cfg.hashes % this.cfg.bands !== 0) throw new Error('near-duplicate: hashes must be a multiple of bands');
    this.rows = this.cfg.hashes / this.cfg.bands;
  }

  signature(text: string): Uint32Array | null {
    const sh = shingleHashes(text, this.cfg.shingle);
    if (sh.length < this.cfg.minShingles) return null;
    return minHash(sh, this.cfg.hashes);
  }

  private bandKeys(sig: Uint32Array): number[] {
    const keys: number[] = [];
    for (let b = 0; b < this.cfg.bands; b++) {
      let h = b * 0x9e3779b9;
      for (let r = 0; r < this.rows; r++) h = mix(h ^ sig[b * this.rows + r]!);
      keys.push(b * 0x100000000 + h); // exact in a double: band in the high bits
    }
    return keys;
  }

  /** The best earlier copy of this signature (highest estimated Jaccard, then earliest), without adding it. */
  find(sig: Uint32Array, excludeId?: number, keys = this.bandKeys(sig)): { id: number; jaccard: number } | null {
    const seen = new Set<number>();
    let best: { id: number; seq: number; jaccard: number } | null = null;
    for (const key of keys) {
      const ids = this.buckets.get(key);
      if (!ids) continue;
      for (const id of ids) {
        if (seen.has(id) || id === excludeId) continue;
        seen.add(id);
        const e = this.entries.get(id);
        if (!e) continue;
        const j = estimateJaccard(sig, e.sig);
        if (j < this.cfg.threshold) continue;
        // Ties go to the copy seen first, whatever ids the store gave them.
        if (!best || j > best.jaccard || (j === best.jaccard && e.seq < best.seq)) best = { id, seq: e.seq, jaccard: j };
      }
    }
    return best ? { id: best.id, jaccard: best.jaccard } : null;
  }

  /** Adds an article; returns the earliest copy it duplicates, if any. */
  add(id: number, time: number, sig: Uint32Array | null, forcedOriginal?: number | null): number | null {
    let orig: number | null = null;
    const keys = sig ? this.bandKeys(sig) : [];
    if (forcedOriginal !== undefined) orig = forcedOriginal;
    else if (sig) {
      const hit = this.find(sig, id, keys);
      if (hit) orig = this.original.get(hit.id) ?? hit.id;
    }
    if (orig !== null) this.original.set(id, orig);
    if (sig) {
      this.entries.set(id, { id, seq: this.seq++, time, sig, keys });
      for (const key of keys) {
        const ids = this.buckets.get(key);
        if (ids) ids.push(id);
        else this.buckets.set(key, [id]);
      }
    }
    return orig;
  }

  originalOf(id: number): number | null {
    return this.original.get(id) ?? null;
  }

  /** Forgets articles older than `before` (they can no longer be the copy a new article is compared with). */
  evict(ids: number[]): void {
    for (const id of ids) {
      const e = this.entries.get(id);
      if (!e) continue;
      this.entries.delete(id);
      for (const key of e.keys) {
        const list = this.buckets.get(key);
        if (!list) continue;
        const i = list.indexOf(id);
        if (i >= 0) list.splice(i, 1);
        if (list.length === 0) this.buckets.delete(key);
      }
      this.original.delete(id);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}
