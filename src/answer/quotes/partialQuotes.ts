// A few quoted words inside a reported statement ("he has been “most frustrated and most stymied” since
// …") are listed once: as the statement, which gives them their context, not again on their own. Only
// the same speaker's statement in the same paragraph of the same article holds them.
import { quoteWords } from "../../nlp/quotes/sameQuote.ts";
import type { StoredQuote } from "../../store/coverageStore.ts";

const placeOf = ({ quote, article }: StoredQuote): string => JSON.stringify([article.id, quote.paragraph, quote.speakerId]);

export function withoutPartsOfStatements(quotes: readonly StoredQuote[]): StoredQuote[] {
  const statements = new Map<string, string[]>();
  for (const q of quotes) {
    if (q.quote.kind !== "reported") continue;
    const place = placeOf(q);
    statements.set(place, [...(statements.get(place) ?? []), ` ${quoteWords(q.quote.text)} `]);
  }
  return quotes.filter((q) => {
    if (q.quote.kind !== "mixed") return true;
    const words = ` ${quoteWords(q.quote.text)} `;
    return !(statements.get(placeOf(q)) ?? []).some((statement) => words.trim() !== "" && statement.includes(words));
  });
}
