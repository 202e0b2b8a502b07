// What the readers-while-ingesting run comes to, from the raw timings its processes report: each
// reader's answers split by whether they started before the ingest or during it, and how long after
// each commit every reader first answered from the new article. Times are wall-clock milliseconds,
// comparable across the processes of one machine.
import { percentile } from "./stats.ts";

/** One timed answer of a reader: which request, when it started, how long it took. */
export interface Sample {
  command: string;
  at: number;
  ms: number;
}

/** When a reader first answered from the article committed `index`-th. */
export interface Sighting {
  index: number;
  at: number;
}

export interface Spread {
  n: number;
  p50: number;
  p99: number;
}

export interface Window {
  from: number;
  to: number;
}

const round = (ms: number): number => Math.round(ms * 100) / 100;

function spread(ms: readonly number[]): Spread {
  const sorted = [...ms].sort((a, b) => a - b);
  return { n: sorted.length, p50: round(percentile(sorted, 50)), p99: round(percentile(sorted, 99)) };
}

/** The answers that started within `window`, per request and all together (under "all"). */
export function spreadIn(samples: readonly Sample[], window: Window): Record<string, Spread> {
  const inside = samples.filter((s) => s.at >= window.from && s.at < window.to);
  const byCommand = new Map<string, number[]>();
  for (const s of inside) byCommand.set(s.command, [...(byCommand.get(s.command) ?? []), s.ms]);
  const spreads: Record<string, Spread> = {};
  for (const [command, ms] of byCommand) spreads[command] = spread(ms);
  spreads.all = spread(inside.map((s) => s.ms));
  return spreads;
}

export interface Visibility {
  /** Commits times readers: every pair counted once. */
  pairs: number;
  /** Pairs where the reader never answered from that article. */
  unseen: number;
  p50: number;
  max: number;
}

/**
 * From each commit to each reader's first answer from that article. `commits[i]` is when the i-th
 * article was committed; `sightings` holds one list per reader.
 */
export function visibility(commits: readonly number[], sightings: readonly (readonly Sighting[])[]): Visibility {
  const lags: number[] = [];
  let unseen = 0;
  for (const seen of sightings) {
    const first = new Map<number, number>();
    for (const s of seen) first.set(s.index, Math.min(first.get(s.index) ?? Infinity, s.at));
    commits.forEach((committed, index) => {
      const at = first.get(index);
      if (at === undefined) unseen++;
      else lags.push(Math.max(0, at - committed));
    });
  }
  const { p50 } = spread(lags);
  return { pairs: commits.length * sightings.length, unseen, p50, max: round(Math.max(0, ...lags)) };
}
