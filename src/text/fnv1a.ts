// 32-bit FNV-1a over a string's UTF-16 code units: a cheap, stable hash for keys and tie-breaks that must not depend
// on arrival order or process (story term ties, search cursors, the demo's numeric URLs).
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
