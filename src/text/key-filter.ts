// A bitset over the hashes of a fixed set of strings, asked about a remainder of a word (a prefix swapped for another)
// without building it: the clitic readings of most words name nothing, and each was a string built and looked up.

const BITS = 1 << 20;
const MASK = BITS - 1;

/** The hash of `replace + w.slice(from)`, read right to left so that a word's suffix and its new prefix chain. */
function remainderHash(w: string, from: number, replace: string): number {
  let g = 0x811c9dc5;
  for (let i = w.length - 1; i >= from; i--) g = Math.imul(g ^ w.charCodeAt(i), 0x01000193);
  for (let i = replace.length - 1; i >= 0; i--) g = Math.imul(g ^ replace.charCodeAt(i), 0x01000193);
  return (g ^ (g >>> 15)) & MASK;
}

export class KeyFilter {
  private readonly bits = new Int32Array(BITS >>> 5);

  constructor(keys: Iterable<string>) {
    for (const k of keys) { const h = remainderHash(k, 0, ''); this.bits[h >>> 5]! |= 1 << (h & 31); }
  }

  /** False when `replace + w.slice(from)` is certainly not a key; true when it may be (about 1 in 50 false alarms). */
  mayHave(w: string, from: number, replace: string): boolean {
    const h = remainderHash(w, from, replace);
    return (this.bits[h >>> 5]! & (1 << (h & 31))) !== 0;
  }
}
