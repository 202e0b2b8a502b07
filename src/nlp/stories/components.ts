// A story after one of its articles is taken out: the remaining articles still linked to one another
// (directly or through others) stay together, and a story that lost its only bridge splits in two.
/** Groups `members` into connected components by `links`; each group keeps its members' order, and groups come in the order of their first member. */
export function connectedGroups<T>(members: readonly T[], links: readonly (readonly [T, T])[]): T[][] {
  const parent = new Map<T, T>(members.map((m) => [m, m]));
  const root = (m: T): T => {
    let r = m;
    while (parent.get(r) !== r) r = parent.get(r) as T;
    parent.set(m, r);
    return r;
  };
  for (const [a, b] of links) {
    if (parent.has(a) && parent.has(b)) parent.set(root(a), root(b));
  }
  const groups = new Map<T, T[]>();
  for (const m of members) {
    const r = root(m);
    const group = groups.get(r) ?? [];
    group.push(m);
    groups.set(r, group);
  }
  return [...groups.values()];
}
