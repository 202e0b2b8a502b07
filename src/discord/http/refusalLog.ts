// The log of refused HTTP requests, kept from flooding: the first few refusals in each minute are
// logged one by one, the rest only counted, and the count is told with the next refusal logged.
import type { Logger } from "../logger.ts";

/** Refusals logged one by one in each window. */
const LOGGED_PER_WINDOW = 10;
const WINDOW_MS = 60_000;

export type RefusalLog = (reason: string) => void;

export function createRefusalLog(logger: Logger, nowMs: () => number = Date.now): RefusalLog {
  let windowStart = -Infinity;
  let logged = 0;
  let unlogged = 0;
  return (reason) => {
    const now = nowMs();
    if (now - windowStart >= WINDOW_MS) {
      windowStart = now;
      logged = 0;
    }
    if (logged >= LOGGED_PER_WINDOW) {
      unlogged += 1;
      return;
    }
    logged += 1;
    logger.warn({ reason, ...(unlogged > 0 ? { notLogged: unlogged } : {}) }, unlogged > 0 ? `refused a request (and ${unlogged} more not logged before it)` : "refused a request");
    unlogged = 0;
  };
}
