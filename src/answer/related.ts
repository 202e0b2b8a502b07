// /related: the other headlines found with the coverage and the other stored articles,
// deduplicated, ranked by a topic when one is given.
import Fuse from "fuse.js";
import type { Corpus } from "../store/corpus.ts";
import type { RelatedResult } from "./contract.ts";

type Headline = RelatedResult["headlines"][number];

const normalise = (title: string) => title.toLowerCase().replace(/[’']/gu, "'").replace(/\s+/gu, " ").trim();

export function allHeadlines(corpus: Corpus): Headline[] {
  const seen = new Set<string>();
  const headlines: Headline[] = [];
  const add = (headline: Headline) => {
    const key = normalise(headline.title);
    if (seen.has(key)) return;
    seen.add(key);
    headlines.push(headline);
  };
  for (const article of corpus.store.articles) {
    for (const related of article.related) add({ ...related, article: article.id });
  }
  if (corpus.store.articles.length > 1) {
    for (const article of corpus.store.articles) {
      add({ title: article.title, ...(article.outlet ? { outlet: article.outlet } : {}), article: article.id });
    }
  }
  return headlines;
}

export function answerRelated(corpus: Corpus, input: { topic?: string }): RelatedResult {
  const topic = input.topic?.trim() || null;
  const headlines = allHeadlines(corpus);
  if (!topic) return { topic, headlines };
  const fuse = new Fuse(headlines, {
    keys: [
      { name: "title", weight: 2 },
      { name: "snippet", weight: 1 },
    ],
    threshold: 0.3,
    ignoreLocation: true,
    useExtendedSearch: false,
  });
  return { topic, headlines: fuse.search(topic).map((r) => r.item) };
}
