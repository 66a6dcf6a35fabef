// Sorted id sets in typed arrays: shingle sets and an article's document-frequency terms are both built this way
// (a Set of a few hundred numbers costs more than sorting them).

/** Sorts `a` in place and moves its distinct values to the front, in order; returns how many there are. */
export function sortDistinct(a: Int32Array | Uint32Array): number {
  a.sort();
  let m = 0;
  for (let i = 0; i < a.length; i++) if (m === 0 || a[i] !== a[m - 1]) a[m++] = a[i]!;
  return m;
}
