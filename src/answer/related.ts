// /related: the other headlines found with the coverage and the other stored articles,
// deduplicated, ranked by a topic when one is given.
import { searchHeadlines } from "../search/searchHeadlines.ts";
import type { CoverageStore } from "../store/coverageStore.ts";
import type { RelatedResult } from "./contract.ts";

/** Most headlines listed: the newest coverage's first. */
const MAX_HEADLINES = 200;

export async function answerRelated(store: CoverageStore, input: { topic?: string }): Promise<RelatedResult> {
  const topic = input.topic?.trim() || null;
  const headlines = topic ? await searchHeadlines(store, topic, MAX_HEADLINES) : await store.listHeadlines(MAX_HEADLINES);
  return { topic, headlines };
}
