// /related's ranking: the headlines sharing a topic's words, rarer words and title matches first,
// a mistyped topic word read as the closest indexed word.
import type { Headline, HeadlineIndex } from "../store/headlineIndex.ts";
import { contentTokens } from "../nlp/tokens.ts";
import { editDistance } from "./typoCorrection.ts";

/** The id of the indexed stem a topic word stands for: its own, or the closest indexed word's for a typo; −1 for none. */
function topicStem(index: HeadlineIndex, word: string, stem: string): number {
  const own = index.stemIds.get(stem);
  if (own !== undefined) return own;
  if (word.length < 4) return -1;
  const maxEdits = word.length <= 5 ? 1 : 2;
  let best: { word: number; edits: number } | null = null;
  for (const candidate of index.wordsByLetter.get(word[0] ?? "") ?? []) {
    const written = index.words[candidate] ?? "";
    if (Math.abs(written.length - word.length) > maxEdits) continue;
    const edits = editDistance(word, written);
    if (edits <= maxEdits && (!best || edits < best.edits)) best = { word: candidate, edits };
  }
  return best ? (index.wordStems[best.word] ?? -1) : -1;
}

/** Headlines sharing the topic's words, best first: rarer words and title matches count more. */
export function searchHeadlines(index: HeadlineIndex, topic: string): Headline[] {
  const scores = new Map<number, number>();
  const total = index.headlines.length;
  for (const token of contentTokens(topic)) {
    const stem = topicStem(index, token.word, token.stem);
    if (stem < 0) continue;
    const from = index.starts[stem] ?? 0;
    const to = index.starts[stem + 1] ?? 0;
    const idf = Math.log(1 + total / (to - from));
    for (let k = from; k < to; k++) {
      const id = index.ids[k] ?? 0;
      scores.set(id, (scores.get(id) ?? 0) + idf * (index.weights[k] ?? 0));
    }
  }
  return [...scores]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .map(([id]) => index.headlines[id])
    .filter((h): h is Headline => h !== undefined);
}
