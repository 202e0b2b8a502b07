// STUB (replaced by the quote-attribution work): /who.
import type { Corpus } from "../store/corpus.ts";
import type { WhoResult } from "./contract.ts";

export function answerWho(_corpus: Corpus, input: { name: string }): WhoResult {
  return { query: input.name, entity: null, suggestions: [] };
}
