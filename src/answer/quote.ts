// STUB (replaced by the quote-attribution work): /quote and the full quote list.
import type { Corpus } from "../store/corpus.ts";
import type { QuoteResult, QuotesResult } from "./contract.ts";

export function answerQuote(_corpus: Corpus, input: { who: string; article?: string }): QuoteResult {
  return { query: input.who, speaker: null, by: [], about: [], suggestions: [] };
}

export function answerQuotes(_corpus: Corpus): QuotesResult {
  return { quotes: [] };
}
