// /sources: the stored articles with their outlet, date and counts.
import type { Corpus } from "../store/corpus.ts";
import { memoise } from "../store/memoise.ts";
import type { SourcesResult } from "./contract.ts";

/** The list depends only on the store, so it is worked out once per corpus. */
export const answerSources: (corpus: Corpus) => SourcesResult = memoise(listSources);

function listSources(corpus: Corpus): SourcesResult {
  return {
    articles: corpus.store.articles.map((a) => ({
      id: a.id,
      title: a.title,
      ...(a.outlet ? { outlet: a.outlet } : {}),
      ...(a.url ? { url: a.url } : {}),
      ...(a.published ? { published: a.published } : {}),
      paragraphs: a.paragraphs.length,
      quotes: corpus.quoteCounts.get(a.id) ?? 0,
    })),
  };
}
