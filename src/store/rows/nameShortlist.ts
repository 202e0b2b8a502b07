// The rule both backends shortlist names by, so that they shortlist the same ones at any store size:
// a typed name's letter trigrams are read rarest first until a fixed budget of postings is spent, and
// each stored name scores the idf weights of the trigrams it shares with the typed one. A typo spoils
// a trigram or two and the rest still count; common trigrams ("son", "an ") are never read at scale.

/**
 * Postings a fuzzy name search reads at most, from its rarest trigrams up. Reading and scoring them is most of
 * a fuzzy lookup's cost, and /quote pays it once per word of a mistyped name as well as for the whole.
 */
export const NAME_POSTINGS = 4_000;

/** Entities of most standing a typed prefix is first looked for among, before the word index. */
export const STANDING_WALK = 500;
/** Names a prefix reads from the word index at most (the lowest ids), before they are put in order of standing. */
export const PREFIX_POSTINGS = 2_000;

/** A key's distinct letter trigrams, by code point as SQLite's trigram tokenizer reads it. */
export function distinctTrigrams(key: string): string[] {
  const chars = Array.from(key);
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= chars.length; i++) grams.add(chars.slice(i, i + 3).join(""));
  return [...grams];
}

export interface GramCount {
  gram: string;
  /** How many stored names hold the trigram. */
  docs: number;
}

export interface GramRead {
  gram: string;
  /** Postings to read, the lowest name ids first. */
  limit: number;
  weight: number;
}

/**
 * The trigrams to read and how many postings of each: rarest first (ties by trigram), each whole while
 * the budget lasts and the one that crosses it cut short. `names` is the number of names stored (for idf).
 */
export function planGramReads(counts: readonly GramCount[], names: number): GramRead[] {
  const rarest = counts.filter((c) => c.docs > 0).sort((a, b) => a.docs - b.docs || (a.gram < b.gram ? -1 : a.gram > b.gram ? 1 : 0));
  const reads: GramRead[] = [];
  let budget = NAME_POSTINGS;
  for (const { gram, docs } of rarest) {
    if (budget <= 0) break;
    reads.push({ gram, limit: Math.min(docs, budget), weight: Math.log(1 + Math.max(1, names) / docs) });
    budget -= docs;
  }
  return reads;
}

/** The `take` best-scoring name ids from the postings read for each planned trigram (ties: the lower id). */
export function bestNameIds(reads: readonly GramRead[], postings: (read: GramRead) => readonly number[], take: number): number[] {
  const scores = new Map<number, number>();
  for (const read of reads) for (const id of postings(read)) scores.set(id, (scores.get(id) ?? 0) + read.weight);
  if (take <= 0) return [];
  // Only the names scoring at least the take-th best can be kept: they alone are put in order.
  const sorted = Float64Array.from(scores.values()).sort();
  const least = sorted[Math.max(0, sorted.length - take)] ?? 0;
  return [...scores.entries()]
    .filter(([, score]) => score >= least)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, take)
    .map(([id]) => id);
}

/** How many best names to shortlist before a speakers-only filter leaves `limit`. */
export const shortlistSize = (limit: number, speakers: boolean | undefined): number => limit * (speakers ? 3 : 1);

/** Entities a name form (a surname, a short description) is read for at most, the first filed first. */
export const FORM_POSTINGS = 2_000;
/** Entities kept per name form, by standing: a form thousands share ("spokesman") names no one in particular. */
export const FORM_KEEP = 50;
