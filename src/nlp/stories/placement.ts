// Where a new article goes: it links to every earlier article of the same event among the
// candidates, and joins their stories, merging them when it bridges more than one; with no link it
// starts a story of its own. Links only ever join, so the grouping is the connected components of
// the "same event" links, whatever order the articles came in.
import type { StoryFeatures } from "./features.ts";
import { sameEvent, weighted, type Idf } from "./similarity.ts";

/** An earlier article that may report the same event, with the story it is in (`S`: however the caller names stories). */
export interface Candidate<S> {
  article: string;
  story: S;
  features: StoryFeatures;
}

export interface Placement<S> {
  /** The candidates reporting the same event, with their similarity, best first. */
  links: { article: string; score: number }[];
  /** The stories those belong to, each once, best link first: the article joins them, and they become one story. */
  stories: S[];
}

export function placeArticle<S>(features: StoryFeatures, candidates: readonly Candidate<S>[], idf: Idf): Placement<S> {
  const links: (Candidate<S> & { score: number })[] = [];
  const own = weighted(features.terms, idf);
  for (const candidate of candidates) {
    const score = sameEvent(features, candidate.features, idf, own);
    if (score !== null) links.push({ ...candidate, score });
  }
  links.sort((a, b) => b.score - a.score || a.article.localeCompare(b.article));
  return { links: links.map(({ article, score }) => ({ article, score })), stories: [...new Set(links.map((l) => l.story))] };
}

/** The stems that find an article's candidates: its `count` highest by TF-IDF weight. */
export function signatureTerms(terms: ReadonlyMap<string, number>, idf: Idf, count: number): string[] {
  return [...terms]
    .map(([stem, n]) => [stem, (1 + Math.log(n)) * idf(stem)] as const)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, count)
    .map(([stem]) => stem);
}
