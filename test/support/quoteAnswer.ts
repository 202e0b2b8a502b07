// /quote's answer in tests that expect one: an answer error (an unknown story, say) fails the test with its message.
import { answerQuote } from "../../src/answer/quotes/quote.ts";
import type { QuoteResult } from "../../src/answer/contract.ts";
import type { CoverageStore } from "../../src/store/coverageStore.ts";

export async function quoteAnswer(store: CoverageStore, input: { who: string; article?: string; story?: string }): Promise<QuoteResult> {
  const result = await answerQuote(store, input);
  if ("error" in result) throw new Error(result.error);
  return result;
}
