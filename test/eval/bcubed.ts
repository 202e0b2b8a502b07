// B-cubed precision and recall of a clustering against the gold one (Bagga & Baldwin 1998): for each
// item, the share of its cluster that belongs with it in the gold (precision) and the share of its
// gold cluster found in its cluster (recall), averaged over the items.
export interface BCubed {
  precision: number;
  recall: number;
  f1: number;
}

/** `system` and `gold` map every item to its cluster; items missing from `system` count as clusters of their own. */
export function bcubed<T>(items: readonly T[], system: ReadonlyMap<T, string>, gold: ReadonlyMap<T, string>): BCubed {
  const members = (clusters: ReadonlyMap<T, string>, item: T): T[] => {
    const cluster = clusters.get(item);
    return cluster === undefined ? [item] : items.filter((other) => clusters.get(other) === cluster);
  };
  let precision = 0;
  let recall = 0;
  for (const item of items) {
    const found = members(system, item);
    const wanted = members(gold, item);
    const both = found.filter((other) => wanted.includes(other)).length;
    precision += both / found.length;
    recall += both / wanted.length;
  }
  precision /= items.length || 1;
  recall /= items.length || 1;
  return { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
}
