// Ordinals in a headline tied to the words around them ("ثاني طائرة", "الطائرة الإغاثية الثالثة"): the second relief
// flight is not the first, whatever else the two reports share.
const ORDINAL_STEMS = new Map<string, number>([
  ['اول', 1], ['ثان', 2], ['ثالث', 3], ['رابع', 4], ['خامس', 5], ['سادس', 6], ['سابع', 7], ['ثامن', 8], ['تاسع', 9], ['عاشر', 10],
]);
/** How far from its ordinal a word is read as the thing counted: a noun, its complement and an adjective ("طائرة الشحن السعودية الثانية"). */
const REACH = 3;

/** `word:n` for each word within REACH of an ordinal n among a headline's stems (in order, stopwords left out). */
export function headlineOrdinals(stems: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < stems.length; i++) {
    const n = ORDINAL_STEMS.get(stems[i]!);
    if (n === undefined) continue;
    for (let j = Math.max(0, i - REACH); j <= Math.min(stems.length - 1, i + REACH); j++) {
      const w = stems[j]!;
      if (j === i || ORDINAL_STEMS.has(w) || w.length < 3 || /\d/.test(w)) continue;
      out.push(`${w}:${n}`);
    }
  }
  return [...new Set(out)];
}
