// A story's centroid part (title, body or entities): the sum of its members' unit-length TF-IDF vectors.
/** An article's unit-length TF-IDF vector as it was added to a centroid (terms ascending, weights > 0). */
export interface UnitVec { t: Int32Array; x: Float64Array }

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
  /** Terms the pending vector holds above the weight a map keeps (1e-9). */
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
      // The norm as addTerm sums it, term by term from 0 (old weights all 0).
      let n2 = 0, size = 0;
      for (let i = 0; i < vec.x.length; i++) { const nu = vec.x[i]!; n2 += nu * nu - 0; if (!(Math.abs(nu) < 1e-9)) size++; }
      this.norm2 = n2 < 1e-12 ? 0 : n2;
      this.pendingSize = size;
      return;
    }
    if (sign === -1 && this.pending === vec) {
      // The one member leaves: every weight falls to exactly 0, the norm keeps what the subtractions leave.
      let n2 = this.norm2;
      for (let i = 0; i < vec.x.length; i++) {
        const x = vec.x[i]!;
        // A weight the map never kept (under 1e-9) comes back as its negative, as addTerm would add it.
        if (Math.abs(x) < 1e-9) n2 += (-x) * (-x) - 0 * 0; else n2 += 0 * 0 - x * x;
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
  private settle(): void {
    const vec = this.pending!;
    this.pending = null;
    this.norm2 = 0;
    for (let i = 0; i < vec.t.length; i++) this.addTerm(vec.t[i]!, 1 * vec.x[i]!);
    if (this.norm2 < 1e-12) this.norm2 = 0;
  }
  private addTerm(t: number, dx: number): void {
    const k = this.map.get(t);
    const old = k === undefined ? 0 : this.xs[k]!;
    const nu = old + dx;
    this.norm2 += nu * nu - old * old;
    if (Math.abs(nu) < 1e-9) {
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

/** Where term `t` sits in a vector's ascending terms, -1 when absent or too small for a centroid's map to keep. */
export function termIndex(vec: UnitVec, t: number): number {
  let lo = 0, hi = vec.t.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1, m = vec.t[mid]!;
    if (m < t) lo = mid + 1;
    else if (m > t) hi = mid - 1;
    else return Math.abs(vec.x[mid]!) < 1e-9 ? -1 : mid;
  }
  return -1;
}
