// B-cubed and pairwise F1 of a predicted clustering against gold labels, over the items both know.

export interface ClusterScores {
  precision: number;
  recall: number;
  f1: number;
  pairwiseF1: number;
  items: number;
}

export function scoreClustering(gold: Map<string, string>, predicted: Map<string, string>): ClusterScores {
  const items = [...gold.keys()].filter((k) => predicted.has(k));
  const byGold = new Map<string, string[]>();
  const byPred = new Map<string, string[]>();
  for (const k of items) {
    const g = gold.get(k)!;
    const p = predicted.get(k)!;
    (byGold.get(g) ?? byGold.set(g, []).get(g)!).push(k);
    (byPred.get(p) ?? byPred.set(p, []).get(p)!).push(k);
  }
  let precision = 0;
  let recall = 0;
  for (const k of items) {
    const g = gold.get(k)!;
    const p = predicted.get(k)!;
    const pc = byPred.get(p)!;
    const gc = byGold.get(g)!;
    const both = pc.filter((x) => gold.get(x) === g).length;
    precision += both / pc.length;
    recall += both / gc.length;
  }
  precision /= items.length || 1;
  recall /= items.length || 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const pairs = (groups: Map<string, string[]>) => {
    const s = new Set<string>();
    for (const members of groups.values()) {
      const m = [...members].sort();
      for (let i = 0; i < m.length; i++) for (let j = i + 1; j < m.length; j++) s.add(`${m[i]}\u0000${m[j]}`);
    }
    return s;
  };
  const gp = pairs(byGold);
  const pp = pairs(byPred);
  let tp = 0;
  for (const x of pp) if (gp.has(x)) tp++;
  const pairwiseF1 = gp.size + pp.size ? (2 * tp) / (gp.size + pp.size) : 1;
  return { precision, recall, f1, pairwiseF1, items: items.length };
}
