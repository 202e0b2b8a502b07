// STUB (replaced by the /summary work).
import type { Corpus } from "../store/corpus.ts";
import type { AnswerError, SummaryLength, SummaryResult } from "./contract.ts";
import { citedFields } from "./cite.ts";
import { resolveArticle } from "./resolveArticle.ts";

export function answerSummary(corpus: Corpus, input: { article?: string; length?: SummaryLength }): SummaryResult | AnswerError {
  const found = resolveArticle(corpus, input.article);
  if ("error" in found) return found;
  const length = input.length ?? "brief";
  const points = found.paragraphs.slice(0, 3).map((p) => {
    const { cite, url } = citedFields(found, p.n);
    return { text: p.text, paragraphs: [p.n], cite, ...(url ? { url } : {}) };
  });
  return { article: found.id, title: found.title, length, points };
}
