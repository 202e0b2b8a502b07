// /related: the other headlines found with the coverage and the other stored articles,
// deduplicated, ranked by a topic when one is given.
import type { Corpus } from "../store/corpus.ts";
import type { RelatedResult } from "./contract.ts";
import { headlineIndex } from "../store/headlineIndex.ts";
import { searchHeadlines } from "./searchHeadlines.ts";

export function answerRelated(corpus: Corpus, input: { topic?: string }): RelatedResult {
  const topic = input.topic?.trim() || null;
  const index = headlineIndex(corpus);
  return { topic, headlines: topic ? searchHeadlines(index, topic) : [...index.headlines] };
}
