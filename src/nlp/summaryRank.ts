// STUB (replaced by the summary work): per-sentence summary scores, computed at ingest.
import type { Article } from "../store/schema.ts";

export function scoreSentences(article: Omit<Article, "sentenceScores">): number[][] {
  return article.paragraphs.map((p) => p.sentences.map(() => 1 / p.n));
}
