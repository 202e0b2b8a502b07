// Corrects a mistyped question word against the store's vocabulary: the words sharing letter
// trigrams with it (same first letter, length within reach) are the shortlist, and the closest by
// edit distance wins, the more used on a tie. A word the store knows is never corrected.
import { letterGrams } from "../nlp/letterGrams.ts";
import type { CoverageStore } from "../store/coverageStore.ts";

/** Edit distance counting an adjacent swap as one edit (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols).fill(0);
  const at = (i: number, j: number) => d[i * cols + j] ?? 0;
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      d[i * cols + j] = best;
    }
  }
  return at(a.length, b.length);
}

const MIN_LENGTH = 4;
/** Up to this length, one changed letter mostly makes another real word ("tall", "talk"): only slips and swaps are corrected. */
const SHORT = 5;

function substitutionOnly(a: string, b: string): boolean {
  return a.length === b.length && [...a].sort().join("") !== [...b].sort().join("");
}

/** How many edits a word of this length may be away from its correction. */
export const maxEdits = (word: string): number => (word.length <= 5 ? 1 : 2);

/** Of candidate words, the one a mistyped word most likely meant: fewest edits (within reach), then most used. */
export function closestWord(word: string, candidates: readonly { word: string; uses: number }[]): string | null {
  const reach = maxEdits(word);
  let best: { word: string; edits: number; uses: number } | null = null;
  for (const candidate of candidates) {
    if (candidate.word === word || candidate.word[0] !== word[0]) continue;
    const edits = editDistance(word, candidate.word);
    if (edits > reach || (word.length <= SHORT && edits > 0 && substitutionOnly(word, candidate.word))) continue;
    if (!best || edits < best.edits || (edits === best.edits && candidate.uses > best.uses)) best = { ...candidate, edits };
  }
  return best?.word ?? null;
}

/**
 * The store word a mistyped word most likely meant, or null when it is too short, has a digit or has no close
 * match. Typists rarely miss the first letter, and a different first letter mostly makes another real word.
 * An edit changes at most four of a word's padded trigrams (a swap of two letters), so a word within reach shares the rest.
 */
export async function correctWord(store: CoverageStore, word: string): Promise<string | null> {
  if (word.length < MIN_LENGTH || /\d/u.test(word)) return null;
  const reach = maxEdits(word);
  const grams = letterGrams(word);
  const shared = Math.max(1, grams.length - 4 * reach);
  const candidates = await store.wordsLike(word[0] ?? "", grams, Math.max(MIN_LENGTH - 1, word.length - reach), word.length + reach, shared);
  return closestWord(word, candidates);
}
