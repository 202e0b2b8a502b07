// BM25 over the candidate documents the store returns (sentences or paragraphs), with the store's
// document counts: a question word and the related words added for it form one group, which
// counts once, by its best-scoring member.
const K1 = 1.2;
const B = 0.75;

/** A question's term as BM25 reads it at one level: its weight, its group, and in how many documents it occurs. */
export interface WeightedTerm {
  stem: string;
  weight: number;
  group: number;
  related?: boolean;
  /** Documents holding the stem at this level (0 when the bodies lack it). */
  df: number;
}

/** The level's size: how many documents, and their mean length in content stems. */
export interface LevelStats {
  documents: number;
  averageLength: number;
}

export function idf(stats: LevelStats, df: number): number {
  return Math.log(1 + (stats.documents - df + 0.5) / (df + 0.5));
}

/** A document as BM25 reads it: how often each of the question's stems occurs in it, and its length. */
export interface TermBag {
  counts: ReadonlyMap<string, number>;
  length: number;
}

/**
 * A document (its sentences' stems) as BM25 reads it for one question: the counts of the question's stems
 * only, which is all BM25 and the coverage checks ask of it, and the document's whole length.
 */
export function termBag(sentences: readonly (readonly string[])[], questionStems: ReadonlySet<string>): TermBag {
  const counts = new Map<string, number>();
  let length = 0;
  for (const stems of sentences) {
    length += stems.length;
    for (const s of stems) if (questionStems.has(s)) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return { counts, length };
}

export function bm25(terms: readonly WeightedTerm[], bag: TermBag, stats: LevelStats): number {
  const norm = K1 * (1 - B + (B * bag.length) / (stats.averageLength || 1));
  const best = new Map<number, number>();
  for (const term of terms) {
    if (term.df <= 0) continue;
    const tf = bag.counts.get(term.stem) ?? 0;
    if (tf === 0) continue;
    const score = (term.weight * idf(stats, term.df) * (K1 + 1) * tf) / (tf + norm);
    if (score > (best.get(term.group) ?? 0)) best.set(term.group, score);
  }
  let total = 0;
  for (const score of best.values()) total += score;
  return total;
}

/** The most BM25 a document could get from the question's own words: each once, in a document of average length. */
export function bm25Scale(terms: readonly WeightedTerm[], stats: LevelStats): number {
  return terms.filter((t) => !t.related).reduce((sum, t) => sum + t.weight * idf(stats, t.df), 0);
}
