// /sources: the stored articles with their outlet, date and counts, the newest first.
import type { CoverageStore } from "../store/coverageStore.ts";
import type { SourcesResult } from "./contract.ts";

/** Most articles listed: a store of thousands is paged through in Discord, not dumped. */
const MAX_LISTED = 1000;

export async function answerSources(store: CoverageStore): Promise<SourcesResult> {
  const [total, articles] = await Promise.all([store.articleCount(), store.latestArticles(MAX_LISTED)]);
  return {
    total,
    articles: articles.map((a) => ({
      id: a.id,
      title: a.title,
      ...(a.outlet ? { outlet: a.outlet } : {}),
      ...(a.url ? { url: a.url } : {}),
      ...(a.published ? { published: a.published } : {}),
      paragraphs: a.paragraphs,
      quotes: a.quotes,
    })),
  };
}
