// /summary's entry: the article the `article` option names, else the story the `story` option names, else
// the latest story (the only one when one is stored), so that many stored articles never make it an error.
import type { CoverageStore } from "../../store/coverageStore.ts";
import type { AnswerError, SummaryLength, SummaryResult } from "../contract.ts";
import { resolveArticle } from "../resolveArticle.ts";
import { resolveStory } from "../story/resolveStory.ts";
import { storySummary } from "../story/storySummary.ts";
import { summaryOf } from "./summary.ts";

export async function answerSummary(
  store: CoverageStore,
  input: { article?: string; story?: string; length?: SummaryLength },
): Promise<SummaryResult | AnswerError> {
  const length = input.length ?? "brief";
  if (input.article?.trim()) {
    const article = await resolveArticle(store, input.article);
    return "error" in article ? article : summaryOf(article, length);
  }
  const story = await resolveStory(store, input.story);
  return "error" in story ? story : storySummary(store, story, length);
}
