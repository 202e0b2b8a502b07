// `article <id>`: what ingest extracted from one article, for operators to check by eye or script.
import type { CoverageStore } from "../../store/coverageStore.ts";
import type { AnswerError, ArticleResult } from "../contract.ts";
import { resolveArticle } from "../resolveArticle.ts";

export async function answerArticle(store: CoverageStore, input: { id?: string }): Promise<ArticleResult | AnswerError> {
  const a = await resolveArticle(store, input.id);
  if ("error" in a) return a;
  return {
    id: a.id,
    title: a.title,
    ...(a.outlet ? { outlet: a.outlet } : {}),
    ...(a.url ? { url: a.url } : {}),
    ...(a.published ? { published: a.published } : {}),
    sections: a.sections,
    paragraphs: a.paragraphs.map(({ n, text }) => ({ n, text })),
    captions: a.captions,
    related: a.related,
  };
}
