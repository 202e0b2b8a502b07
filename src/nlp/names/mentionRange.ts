// Mentions and quotes looked up by position with a binary search, so reading a paragraph's sentences
// one after another stays linear however many names it holds.
import type { LocalMention } from "./entities.ts";
import type { QuoteSpan } from "../quotes/quoteSpans.ts";

/** Index of the first item whose key is at least `at` (items sorted by key). */
function lowerBound<T>(items: readonly T[], at: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(items[mid] as T) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The mentions (sorted by start) written wholly within [start, end), titles included. */
export function mentionsWithin(mentions: readonly LocalMention[], start: number, end: number): LocalMention[] {
  const found: LocalMention[] = [];
  for (let i = lowerBound(mentions, start, (m) => m.start); i < mentions.length; i += 1) {
    const m = mentions[i] as LocalMention;
    if (m.start >= end) break;
    if (m.titleStart >= start && m.end <= end) found.push(m);
  }
  return found;
}

/** Whether the mention stands inside one of the quoted spans (sorted, not overlapping). */
export function insideQuote(spans: readonly QuoteSpan[], m: LocalMention): boolean {
  const span = spans[lowerBound(spans, m.titleStart, (s) => s.open) - 1];
  return span !== undefined && m.end <= span.close;
}
