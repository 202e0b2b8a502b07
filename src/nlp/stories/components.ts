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

/** A walk along an article's links, one ring of neighbours at a time, towards the articles it must reach. */
export interface LinkWalk<T> {
  /** The articles whose links are read next: none once the walk is over. */
  readonly frontier: readonly T[];
  /** Takes in the articles linked to the frontier. */
  advance(linked: readonly T[]): void;
  /** Once the walk is over: true when every target was reached, false when they cannot be, undefined when the budget ran out first. */
  readonly outcome: boolean | undefined;
}

/**
 * A walk from `start` towards `targets` that is over as soon as all are reached, when no new article is linked, or once
 * more than `budget` articles were visited. The caller reads each frontier's links, so a walk through a store costs
 * the articles visited, not the size of the story.
 */
export function linkWalk<T>(start: T, targets: readonly T[], budget: number): LinkWalk<T> {
  const wanted = new Set(targets);
  wanted.delete(start);
  const seen = new Set<T>([start]);
  let frontier: T[] = wanted.size === 0 ? [] : [start];
  return {
    get frontier() {
      return frontier;
    },
    advance(linked) {
      const next: T[] = [];
      for (const other of linked) {
        if (seen.has(other)) continue;
        seen.add(other);
        wanted.delete(other);
        next.push(other);
      }
      frontier = wanted.size === 0 || seen.size > budget ? [] : next;
    },
    get outcome() {
      if (wanted.size === 0) return true;
      return seen.size > budget ? undefined : false;
    },
  };
}
