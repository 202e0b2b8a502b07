// How much of the candidate paragraphs a passage search reads: the best-ranked, up to a budget of words.
// Paragraphs are usually a few sentences, but a page scraped without paragraph breaks files whole
// columns as one (forty sentences): two hundred of those cost ten times the usual read. Both backends
// cut their ranked candidates the same way, so their answers stay the same.

/** Stems of candidate paragraphs read at most: about twice what two hundred paragraphs of news usually hold. */
export const CANDIDATE_STEMS = 8_000;

/** The ids of `ranked` (best first), kept while fewer than CANDIDATE_STEMS stems were kept before each: never none. */
export function withinStemBudget(ranked: readonly { id: number; length: number }[]): number[] {
  const kept: number[] = [];
  let stems = 0;
  for (const candidate of ranked) {
    if (stems >= CANDIDATE_STEMS) break;
    kept.push(candidate.id);
    stems += candidate.length;
  }
  return kept;
}
