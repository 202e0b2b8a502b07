// Refusing a signed interaction sent a second time: the ids of the interactions answered recently are
// kept (a bounded, expiring set), as long as their signature's timestamp could still pass the window.
import { LRUCache } from "lru-cache";
import { MAX_AGE_SECONDS, MAX_AHEAD_SECONDS } from "./verifySignature.ts";

/** An id stays refused this long: past it, a replay's timestamp is outside the window and refused anyway. */
const REMEMBER_MS = (MAX_AGE_SECONDS + MAX_AHEAD_SECONDS) * 1000;
/** Ids kept at most: ~280 interactions a second for the whole window; the oldest go first past it. */
const MAX_IDS = 100_000;

export interface ReplayGuard {
  /** True the first time `id` is seen within the window (and remembers it); false for a repeat. */
  firstTime(id: string): boolean;
}

export function createReplayGuard(nowMs: () => number = Date.now): ReplayGuard {
  const seen = new LRUCache<string, true>({ max: MAX_IDS, ttl: REMEMBER_MS, perf: { now: nowMs } });
  return {
    firstTime(id) {
      if (seen.has(id)) return false;
      seen.set(id, true);
      return true;
    },
  };
}
