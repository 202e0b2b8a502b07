// STUB (replaced by the /ask work).
import type { Corpus } from "../store/corpus.ts";
import type { AskResult } from "./contract.ts";

export function answerAsk(_corpus: Corpus, input: { question: string }): AskResult {
  return { question: input.question, answers: [], maybeRelated: [] };
}
