// Stories related by what their articles say, not only by headline words: the passages holding most of a
// set of weighted words (a story's most telling words, or a topic's) point to their articles' stories.
import type { Article } from "../../model/article.ts";
import { inverseDocumentFrequency } from "../../nlp/stories/similarity.ts";
import { signatureTerms } from "../../nlp/stories/placement.ts";
import { contentStems } from "../../nlp/tokens.ts";
import type { CoverageStore, StoredStory } from "../../store/coverageStore.ts";

/** Candidate paragraphs voting: the most relevant first, as /ask finds them. */
const CANDIDATES = 100;
/** A story's most telling words searched for. */
const SIGNATURE = 15;
/** Of each article, the opening paragraphs read for its story's words: where the news is. */
const OPENING_PARAGRAPHS = 6;

/** A story's most telling content words: frequent across its articles' headlines and openings, rare in the store. */
export async function storyWords(store: CoverageStore, articles: readonly Article[]): Promise<string[]> {
  const counts = new Map<string, number>();
  for (const article of articles) {
    const text = [article.title, ...article.paragraphs.slice(0, OPENING_PARAGRAPHS).map((p) => p.text)].join("\n");
    for (const stem of contentStems(text)) counts.set(stem, (counts.get(stem) ?? 0) + 1);
  }
  const [totals, df] = await Promise.all([store.passageTotals(), store.termCounts([...counts.keys()])]);
  return signatureTerms(counts, (stem) => inverseDocumentFrequency(totals.paragraphs, df.get(stem)?.paragraphs ?? 0), SIGNATURE);
}

export interface ContentSearch {
  limit: number;
  /** An article of a story found holds at least this share of the weight of `stems`. */
  minShare: number;
  /** A story left out (the one the words are from). */
  except?: string;
}

/** The stories whose passages hold most of `stems` (each weighed by its rarity), best first. */
export async function storiesByContent(store: CoverageStore, stems: readonly string[], search: ContentSearch): Promise<StoredStory[]> {
  if (stems.length === 0) return [];
  const [totals, df, hits] = await Promise.all([store.passageTotals(), store.termCounts(stems), store.paragraphHits(stems, CANDIDATES)]);
  const weight = (stem: string) => inverseDocumentFrequency(totals.paragraphs, df.get(stem)?.paragraphs ?? 0);
  const held = new Map<string, Set<string>>();
  for (const hit of hits) {
    const stemsHeld = held.get(hit.article) ?? new Set<string>();
    for (const stem of hit.held) stemsHeld.add(stem);
    held.set(hit.article, stemsHeld);
  }
  const scores = new Map<string, number>();
  const storyOfArticle = await store.storiesOf([...held.keys()]);
  for (const [article, found] of held) {
    const story = storyOfArticle.get(article);
    if (!story || story === search.except) continue;
    const score = [...found].reduce((sum, stem) => sum + weight(stem), 0);
    scores.set(story, Math.max(score, scores.get(story) ?? 0));
  }
  const whole = stems.reduce((sum, stem) => sum + weight(stem), 0);
  const best = [...scores].filter(([, score]) => score >= search.minShare * whole).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, search.limit);
  return store.storiesWithIds(best.map(([id]) => id));
}
