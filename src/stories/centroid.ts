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
  /** Term → its slot in `x`. Read directly by the cosines: a method returning a double would box it. */
  readonly slots = new Map<number, number>();
  x = new Float64Array(8);
  private free: number[] = [];
  private used = 0;
  norm2 = 0;
  add(vec: UnitVec, sign: 1 | -1): void {
    for (let i = 0; i < vec.t.length; i++) this.addTerm(vec.t[i]!, sign * vec.x[i]!);
    if (this.norm2 < 1e-12) this.norm2 = 0;
  }
  addCentroid(o: Centroid): void {
    for (const [t, k] of o.slots) this.addTerm(t, o.x[k]!);
    if (this.norm2 < 1e-12) this.norm2 = 0;
  }
  private addTerm(t: number, dx: number): void {
    const k = this.slots.get(t);
    const old = k === undefined ? 0 : this.x[k]!;
    const nu = old + dx;
    this.norm2 += nu * nu - old * old;
    if (Math.abs(nu) < 1e-9) {
      if (k !== undefined) { this.slots.delete(t); this.free.push(k); }
    } else if (k !== undefined) this.x[k] = nu;
    else {
      let at = this.free.pop();
      if (at === undefined) {
        if (this.used === this.x.length) { const bigger = new Float64Array(this.x.length * 2); bigger.set(this.x); this.x = bigger; }
        at = this.used++;
      }
      this.x[at] = nu;
      this.slots.set(t, at);
    }
  }
}
