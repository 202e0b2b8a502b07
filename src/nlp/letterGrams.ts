// A word's letter trigrams, padded so its start and end count ("^ka", "kat", "at$" for "kat"):
// words a few edits apart share most of them, which is how a typo finds its word.
export function letterGrams(word: string): string[] {
  const padded = `^${word}$`;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  return [...grams];
}
