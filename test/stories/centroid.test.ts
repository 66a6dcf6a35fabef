// The centroid against the plain term-to-weight map it replaced: same weights, same norm, walked in the same order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Centroid, centroidCosine, type UnitVec } from '../../src/stories/centroid.ts';

/** The reference: a Map of weights, a term deleted when its weight falls under 1e-9 (as the engine always did). */
class MapCentroid {
  readonly v = new Map<number, number>();
  norm2 = 0;
  add(vec: UnitVec, sign: 1 | -1): void {
    for (let i = 0; i < vec.t.length; i++) {
      const t = vec.t[i]!, old = this.v.get(t) ?? 0, nu = old + sign * vec.x[i]!;
      this.norm2 += nu * nu - old * old;
      if (Math.abs(nu) < 1e-9) this.v.delete(t); else this.v.set(t, nu);
    }
    if (this.norm2 < 1e-12) this.norm2 = 0;
  }
}

function unitVec(terms: number[], seed: number): UnitVec {
  const x = terms.map((t) => 1 + ((t * 7919 + seed * 104729) % 97) / 13);
  const n = Math.hypot(...x);
  return { t: Int32Array.from(terms), x: Float64Array.from(x, (v) => v / n) };
}

function entries(c: Centroid): [number, number][] {
  const out: [number, number][] = [];
  c.slots.forEach((k, t) => out.push([t, c.x[k]!]));
  return out;
}

test('members joining and leaving: the same weights and norm as a plain map, walked in the same order', () => {
  const c = new Centroid(), ref = new MapCentroid();
  // Overlapping vocabularies, so leaving members free some slots and newcomers take them over.
  const members = Array.from({ length: 40 }, (_, i) => unitVec(Array.from({ length: 6 + (i % 5) }, (_, k) => (i * 3 + k * 5) % 50).sort((a, b) => a - b).filter((t, k, a) => k === 0 || a[k - 1] !== t), i));
  const inside: number[] = [];
  for (let i = 0; i < members.length; i++) {
    c.add(members[i]!, 1); ref.add(members[i]!, 1); inside.push(i);
    // Every third step the oldest member leaves, as eviction takes the earliest reports out.
    if (i % 3 === 2) { const gone = inside.shift()!; c.add(members[gone]!, -1); ref.add(members[gone]!, -1); }
    assert.deepEqual(entries(c), [...ref.v.entries()], `after step ${i}`);
    assert.equal(c.norm2, ref.norm2);
  }
  // Everyone leaves: nothing is left, and the freed slots serve a new member.
  for (const gone of inside) { c.add(members[gone]!, -1); ref.add(members[gone]!, -1); }
  assert.equal(c.slots.size, 0);
  assert.equal(ref.v.size, 0);
  assert.equal(c.norm2, 0);
  const late = unitVec([3, 7, 60, 61], 99);
  c.add(late, 1); ref.add(late, 1);
  assert.deepEqual(entries(c), [...ref.v.entries()]);
  // Freed slots are taken again: the weights never outgrow the 52 terms ever held (hundreds of terms came and went).
  assert.ok(c.x.length <= 64, `weight array of ${c.x.length}`);
});

test('merging one centroid into another sums the weights term by term', () => {
  const a = new Centroid(), b = new Centroid(), ref = new MapCentroid();
  const va = unitVec([1, 2, 3, 5], 1), vb = unitVec([2, 3, 8], 2), vc = unitVec([8, 13], 3);
  a.add(va, 1); ref.add(va, 1);
  b.add(vb, 1); b.add(vc, 1); ref.add(vb, 1); ref.add(vc, 1);
  a.addCentroid(b);
  const got = new Map(entries(a));
  assert.equal(got.size, ref.v.size);
  for (const [t, x] of ref.v) assert.ok(Math.abs(got.get(t)! - x) < 1e-12, `term ${t}`);
  assert.ok(Math.abs(a.norm2 - ref.norm2) < 1e-12);
});

test('a centroid with one member: the same norm before its map is read, the same map after, and it merges and empties like any other', () => {
  const v = unitVec([4, 9, 11, 30], 5), w = unitVec([9, 30, 31], 6);
  const a = new Centroid(), ref = new MapCentroid();
  a.add(v, 1); ref.add(v, 1);
  assert.equal(a.norm2, ref.norm2);
  assert.deepEqual(entries(a), [...ref.v.entries()]);
  // Merged into another story before its map was ever read.
  const b = new Centroid(), c = new Centroid(), refB = new MapCentroid();
  b.add(w, 1); refB.add(w, 1);
  c.add(v, 1);
  b.addCentroid(c); refB.add(v, 1);
  assert.deepEqual(entries(b), [...refB.v.entries()]);
  assert.equal(b.norm2, refB.norm2);
  // The only member leaves before the map was read: nothing is left.
  const d = new Centroid();
  d.add(v, 1);
  d.add(v, -1);
  assert.equal(d.norm2, 0);
  assert.equal(d.slots.size, 0);
});

/** The reference sums: a sparse vector against a plain map, walked in the vector's order; two maps, the smaller walked. */
function refDot(t: number[], w: number[], scale: (t: number) => number, m: Map<number, number>): number {
  let dot = 0;
  t.forEach((term, i) => { const x = m.get(term); if (x !== undefined) dot += w[i]! * scale(term) * x; });
  return dot;
}
function refCosine(a: MapCentroid, b: MapCentroid): number {
  if (a.norm2 <= 0 || b.norm2 <= 0) return 0;
  const small = a.v.size <= b.v.size ? a.v : b.v, big = small === a.v ? b.v : a.v;
  let dot = 0;
  small.forEach((x, t) => { const y = big.get(t); if (y !== undefined) dot += x * y; });
  return Math.min(1, dot / Math.sqrt(a.norm2 * b.norm2));
}

test('cosines read a one-member centroid exactly as its built map: a sparse vector against it, and centroid against centroid', () => {
  const scale = (t: number) => 1 + (t % 7) / 3;
  const t = [2, 4, 9, 11, 30, 31, 44], w = Float32Array.from([1, 2.5, 1, 1.5, 3, 1, 2]);
  const one = (vec: UnitVec, read: boolean) => { const c = new Centroid(); c.add(vec, 1); if (read) void c.slots; return c; };
  const v = unitVec([4, 9, 11, 30], 5), u = unitVec([2, 9, 30, 31, 50], 8), extra = unitVec([9, 44], 9);
  const refOf = (...vs: UnitVec[]) => { const r = new MapCentroid(); for (const x of vs) r.add(x, 1); return r; };
  const refW = Array.from(w);
  for (const read of [false, true]) {
    const c = one(v, read);
    assert.equal(c.dotSparse(Int32Array.from(t), w, scale), refDot(t, refW, scale, refOf(v).v), `dot, map read first: ${read}`);
  }
  // Every pairing of one-member centroids (map not yet read, or read) and a two-member one, both ways round.
  const two = () => { const c = new Centroid(); c.add(u, 1); c.add(extra, 1); return c; };
  for (const readA of [false, true]) {
    for (const readB of [false, true]) {
      assert.equal(centroidCosine(one(v, readA), one(u, readB)), refCosine(refOf(v), refOf(u)), `one-member pair ${readA}/${readB}`);
    }
    assert.equal(centroidCosine(one(v, readA), two()), refCosine(refOf(v), refOf(u, extra)), `one-member and two-member ${readA}`);
    assert.equal(centroidCosine(two(), one(v, readA)), refCosine(refOf(u, extra), refOf(v)), `two-member and one-member ${readA}`);
  }
  assert.ok(centroidCosine(one(v, false), one(u, false)) > 0, 'the vectors share terms');
});
