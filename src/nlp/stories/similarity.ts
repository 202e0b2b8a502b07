// Whether two articles report the same event: published within a few days of each other, with
// TF-IDF cosine similarity over headline and body above a threshold, and an anchor in common, a
// person or organisation both are mostly about or a word of both headlines. The anchor keeps
// apart different events about the same people, whose bodies share most of their names and words.
import type { StoryFeatures } from "./features.ts";

/** How rare a stem is across the stored articles: its inverse document frequency. */
export type Idf = (stem: string) => number;

export const DAY_MS = 86_400_000;
/** Articles further apart than this in time are never the same event. */
export const WINDOW_MS = 4 * DAY_MS;
/** Least TF-IDF cosine of two articles of one event. */
export const LINK_THRESHOLD = 0.15;

/** ln(1 + N / df): never zero, so two articles alone in a store still compare on their shared words. */
export function inverseDocumentFrequency(articles: number, df: number): number {
  return Math.log(1 + articles / Math.max(1, df));
}

/** An article's TF-IDF vector: (1 + ln count) × idf per stem, with its length. */
export interface Weighted {
  weights: Map<string, number>;
  norm: number;
}

export function weighted(terms: ReadonlyMap<string, number>, idf: Idf): Weighted {
  const result = new Map<string, number>();
  let norm = 0;
  for (const [stem, count] of terms) {
    const weight = (1 + Math.log(count)) * idf(stem);
    result.set(stem, weight);
    norm += weight * weight;
  }
  return { weights: result, norm: Math.sqrt(norm) };
}

export function cosine(x: Weighted, y: Weighted): number {
  if (x.norm === 0 || y.norm === 0) return 0;
  let dot = 0;
  for (const [stem, weight] of x.weights) dot += weight * (y.weights.get(stem) ?? 0);
  return dot / (x.norm * y.norm);
}

/** Something both articles are visibly about: a focus name or a headline word in common. */
export function shareAnchor(a: StoryFeatures, b: StoryFeatures): boolean {
  return a.focus.some((name) => b.focus.includes(name)) || a.headline.some((stem) => b.headline.includes(stem));
}

/** The similarity of two articles when they report the same event, else null; `aWeighted` is `a`'s vector, worked out once for all its comparisons. */
export function sameEvent(a: StoryFeatures, b: StoryFeatures, idf: Idf, aWeighted = weighted(a.terms, idf)): number | null {
  if (Math.abs(a.time - b.time) > WINDOW_MS || !shareAnchor(a, b)) return null;
  const score = cosine(aWeighted, weighted(b.terms, idf));
  return score >= LINK_THRESHOLD ? score : null;
}
