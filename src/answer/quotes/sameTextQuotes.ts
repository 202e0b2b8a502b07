// A quote printed in several outlets' copies of one wire story (articles the store marks as the same
// text) is one quote: listed once, from the copy it comes first in, so /quote never repeats it.
import type { StoredQuote } from "../../store/coverageStore.ts";

export function oncePerText(quotes: readonly StoredQuote[]): StoredQuote[] {
  const seen = new Set<string>();
  return quotes.filter(({ quote, textGroup }) => {
    if (!textGroup) return true;
    const key = JSON.stringify([textGroup, quote.speakerId, quote.kind, quote.text]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
