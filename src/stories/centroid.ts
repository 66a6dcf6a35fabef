// A story's centroid part (title, body or entities): the sum of its members' unit-length TF-IDF vectors.
/** An article's unit-length TF-IDF vector as it was added to a centroid (terms ascending, weights > 0). */
export interface UnitVec { t: Int32Array; x: Float64Array }

/** A weight this close to 0 leaves the map (what is left of a member that left, up to rounding). */
const GONE = 1e-9;

/**
 * A centroid part: sum of unit-length TF-IDF vectors of members, with its squared norm kept incrementally. The map
 * gives each term a slot in `x`, where its weight lives unboxed: a Map of doubles boxed every update, and the
 * centroids were the largest allocation of grouping (story-engine.ts). The map is set and deleted exactly when a term comes and goes,
 * so it is walked in the order a term-to-weight map would be (sums in the same order, the same results).
 */
export class Centroid {
  private map = new Map<number, number>();
  private xs = new Float64Array(8);
  /**
   * The first member's vector, kept as it is until anything else happens to the centroid: most stories never get a
   * second member, and building their maps was a tenth of what grouping allocated. Every other operation first
   * replays it exactly as add() would have, so the map, the weights and the norm are the same as if it had been built.
   */
  private pending: UnitVec | null = null;
  /** Terms of the pending vector a map would keep (GONE). */
  private pendingSize = 0;
  private free: number[] = [];
  private used = 0;
  norm2 = 0;
  /** The one member's vector while the centroid is nothing else (terms ascending): the cosines read it as it is. */
  get only(): UnitVec | null { return this.pending; }
  /** Number of terms. */
  get size(): number { return this.pending ? this.pendingSize : this.map.size; }
  /** Term → its slot in `x`. Read directly by the cosines: a method returning a double would box it. */
  get slots(): Map<number, number> {
    if (this.pending) this.settle();
    return this.map;
  }
  get x(): Float64Array {
    if (this.pending) this.settle();
    return this.xs;
  }
  add(vec: UnitVec, sign: 1 | -1): void {
    if (sign === 1 && this.used === 0 && this.pending === null) {
      this.pending = vec;
      // The norm as addTerm sums it, term by term from 0 (every old weight 0, so each step adds nu²).
      let n2 = 0, size = 0;
      for (let i = 0; i < vec.x.length; i++) { const nu = vec.x[i]!; n2 += nu * nu; if (!(Math.abs(nu) < GONE)) size++; }
      this.norm2 = n2 < 1e-12 ? 0 : n2;
      this.pendingSize = size;
      return;
    }
    if (sign === -1 && this.pending === vec) {
      // The one member leaves: every weight falls to exactly 0, the norm keeps what the subtractions leave.
      let n2 = this.norm2;
      for (let i = 0; i < vec.x.length; i++) {
        const x = vec.x[i]!;
        // A weight the map never kept comes back as its negative (addTerm adds x²); a kept one leaves (subtracts x²).
        if (Math.abs(x) < GONE) n2 += x * x; else n2 -= x * x;
      }
      this.pending = null;
      this.norm2 = n2 < 1e-12 ? 0 : n2;
      return;
    }
    if (this.pending) this.settle();
    for (let i = 0; i < vec.t.length; i++) this.addTerm(vec.t[i]!, sign * vec.x[i]!);
    if (this.norm2 < 1e-12) this.norm2 = 0;
  }
  addCentroid(o: Centroid): void {
    if (this.pending) this.settle();
    const slots = o.slots, x = o.x;
    for (const [t, k] of slots) this.addTerm(t, x[k]!);
    if (this.norm2 < 1e-12) this.norm2 = 0;
  }
  /**
   * Σ w[i] · scale(t[i]) · weight of t[i] here, over the sparse vector's terms (ascending), summed in their order: a
   * one-member centroid is read from its member's vector, whose terms come in that same order.
   */
  dotSparse(t: Int32Array, w: Float32Array, scale: (term: number) => number): number {
    let dot = 0;
    const p = this.pending;
    if (p) {
      for (let i = 0, j = 0; i < t.length; i++) {
        const term = t[i]!;
        while (j < p.t.length && p.t[j]! < term) j++;
        if (j === p.t.length) break;
        if (p.t[j] === term) { const x = p.x[j]!; if (!(Math.abs(x) < GONE)) dot += w[i]! * scale(term) * x; }
      }
    } else {
      const slots = this.map, cx = this.xs;
      for (let i = 0; i < t.length; i++) {
        const k = slots.get(t[i]!);
        if (k !== undefined) dot += w[i]! * scale(t[i]!) * cx[k]!;
      }
    }
    return dot;
  }
  private settle(): void {
    const vec = this.pending!;
    this.pending = null;
    this.norm2 = 0;
    for (let i = 0; i < vec.t.length; i++) this.addTerm(vec.t[i]!, vec.x[i]!);
    if (this.norm2 < 1e-12) this.norm2 = 0;
  }
  private addTerm(t: number, dx: number): void {
    const k = this.map.get(t);
    const old = k === undefined ? 0 : this.xs[k]!;
    const nu = old + dx;
    this.norm2 += nu * nu - old * old;
    if (Math.abs(nu) < GONE) {
      if (k !== undefined) { this.map.delete(t); this.free.push(k); }
    } else if (k !== undefined) this.xs[k] = nu;
    else {
      let at = this.free.pop();
      if (at === undefined) {
        if (this.used === this.xs.length) { const bigger = new Float64Array(this.xs.length * 2); bigger.set(this.xs); this.xs = bigger; }
        at = this.used++;
      }
      this.xs[at] = nu;
      this.map.set(t, at);
    }
  }
}

/**
 * Cosine of two centroids. The smaller one's terms are walked in its map's order (a one-member centroid's in its
 * vector's order, the same) and looked up in the other, so the sum comes out as the maps alone would give it.
 */
export function centroidCosine(a: Centroid, b: Centroid): number {
  if (a.norm2 <= 0 || b.norm2 <= 0) return 0;
  const small = a.size <= b.size ? a : b, big = small === a ? b : a;
  const ps = small.only, pb = big.only;
  let dot = 0;
  if (ps) {
    const bs = pb ? null : big.slots, bx = pb ? null : big.x;
    for (let i = 0; i < ps.t.length; i++) {
      const x = ps.x[i]!;
      if (Math.abs(x) < GONE) continue;
      if (pb) { const j = termIndex(pb, ps.t[i]!); if (j >= 0) dot += x * pb.x[j]!; } else { const j = bs!.get(ps.t[i]!); if (j !== undefined) dot += x * bx![j]!; }
    }
  } else {
    const sx = small.x;
    if (pb) small.slots.forEach((k, t) => { const j = termIndex(pb, t); if (j >= 0) dot += sx[k]! * pb.x[j]!; });
    else {
      const bx = big.x, bs = big.slots;
      // forEach, not for-of over entries: each entry would be an array, and merge probes walk thousands of terms.
      small.slots.forEach((k, t) => { const j = bs.get(t); if (j !== undefined) dot += sx[k]! * bx[j]!; });
    }
  }
  return Math.min(1, dot / Math.sqrt(a.norm2 * b.norm2));
}

/** Where term `t` sits in a vector's ascending terms, -1 when absent or too small for a map to keep. */
function termIndex(vec: UnitVec, t: number): number {
  let lo = 0, hi = vec.t.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1, m = vec.t[mid]!;
    if (m < t) lo = mid + 1;
    else if (m > t) hi = mid - 1;
    else return Math.abs(vec.x[mid]!) < GONE ? -1 : mid;
  }
  return -1;
}
