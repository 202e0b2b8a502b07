// What the announce channel says about newly followed articles: each one's headline, outlet, time and
// the first point of its summary with its citation. An article removed before it could be announced is left out.
import type { CoverageStore } from "../store/coverageStore.ts";
import type { AnnouncementResult } from "./contract.ts";
import { summaryOf } from "./summary/summary.ts";

export async function answerAnnouncement(store: CoverageStore, articleIds: readonly string[]): Promise<AnnouncementResult> {
  const articles: AnnouncementResult["articles"] = [];
  for (const id of articleIds) {
    const article = await store.article(id);
    if (!article) continue;
    const first = summaryOf(article, "brief").points[0];
    const paragraph = first?.paragraphs[0];
    articles.push({
      id: article.id,
      title: article.title,
      ...(article.outlet ? { outlet: article.outlet } : {}),
      ...(article.url ? { url: article.url } : {}),
      ...(article.published ? { published: article.published } : {}),
      ...(first && paragraph ? { point: { text: first.text, article: article.id, paragraph, cite: first.cite, ...(first.url ? { url: first.url } : {}) } } : {}),
    });
  }
  return { articles };
}
