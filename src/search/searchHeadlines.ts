// /related's search: the headlines sharing a topic's words, ranked by the store's full-text index
// (a title match above a snippet match), a mistyped topic word read as the closest headline word.
import { contentTokens } from "../nlp/tokens.ts";
import type { CoverageStore, Headline } from "../store/coverageStore.ts";
import { editDistance } from "./typoCorrection.ts";

/** The stems a topic's words stand for: their own, or the closest headline word's for a typo. */
async function topicStems(store: CoverageStore, topic: string): Promise<string[]> {
  const tokens = contentTokens(topic);
  const known = await store.headlineStems(tokens.map((t) => t.stem));
  const stems: string[] = [];
  for (const token of tokens) {
    if (known.has(token.stem)) {
      stems.push(token.stem);
      continue;
    }
    const word = token.word;
    if (word.length < 4) continue;
    const reach = word.length <= 5 ? 1 : 2;
    let best: { stem: string; edits: number } | null = null;
    for (const candidate of await store.headlineWords(word[0] ?? "", word.length - reach, word.length + reach)) {
      const edits = editDistance(word, candidate.word);
      if (edits <= reach && (!best || edits < best.edits)) best = { stem: candidate.stem, edits };
    }
    if (best) stems.push(best.stem);
  }
  return [...new Set(stems)];
}

export async function searchHeadlines(store: CoverageStore, topic: string, limit: number): Promise<Headline[]> {
  return store.searchHeadlines(await topicStems(store, topic), limit);
}
