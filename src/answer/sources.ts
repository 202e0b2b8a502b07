// /sources: the stored articles with their outlet, date and counts.
import type { Corpus } from "../store/corpus.ts";
import { memoise } from "../store/memoise.ts";
import { passageIndex } from "../store/passageIndex.ts";
import type { SourcesResult } from "./contract.ts";

/** The list depends only on the store, so it is worked out once per corpus. */
export const answerSources: (corpus: Corpus) => SourcesResult = memoise(listSources);

/** Paragraph counts are read off the /ask index's layout: a loaded article's paragraphs are only built when asked for. */
function listSources(corpus: Corpus): SourcesResult {
  const { articleParagraphs } = passageIndex(corpus);
  return {
    articles: corpus.store.articles.map((a, i) => ({
      id: a.id,
      title: a.title,
      ...(a.outlet ? { outlet: a.outlet } : {}),
      ...(a.url ? { url: a.url } : {}),
      ...(a.published ? { published: a.published } : {}),
      paragraphs: (articleParagraphs[i + 1] ?? 0) - (articleParagraphs[i] ?? 0),
      quotes: corpus.quoteCounts.get(a.id) ?? 0,
    })),
  };
}
