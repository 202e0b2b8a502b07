// The BM25 score SQLite's FTS5 ranks with (its `bm25()`: k1 1.2, b 0.75, idf floored at 1e-6), over
// what PostgreSQL returns for the rows matching any query term, so both backends keep the same rows
// when there are more candidates than the limit, and order headlines the same.
const K1 = 1.2;
const B = 0.75;

/** One matching row: its weighted frequency of each query term (in query order, 0 when absent) and its length in tokens. */
export interface ScoredRow<K> {
  key: K;
  frequencies: readonly number[];
  length: number;
}

/** The index's statistics: how many rows it holds and their total length in tokens. */
export interface IndexTotals {
  rows: number;
  tokens: number;
}

/** Each row's score, higher is better (FTS5's rank is its negative). `hits` defaults to the rows given holding each term. */
export function bm25Scores<K>(candidates: readonly ScoredRow<K>[], totals: IndexTotals, hits?: readonly number[]): Map<K, number> {
  const terms = candidates[0]?.frequencies.length ?? 0;
  const found = hits ?? Array.from({ length: terms }, (_, i) => candidates.filter((c) => (c.frequencies[i] ?? 0) > 0).length);
  const idf = found.map((n) => {
    const value = Math.log((totals.rows - n + 0.5) / (n + 0.5));
    return value <= 0 ? 1e-6 : value;
  });
  const averageLength = totals.rows > 0 ? totals.tokens / totals.rows : 0;
  const scores = new Map<K, number>();
  for (const row of candidates) {
    let score = 0;
    for (let i = 0; i < terms; i++) {
      const tf = row.frequencies[i] ?? 0;
      score += (idf[i] ?? 0) * ((tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * row.length) / averageLength)));
    }
    scores.set(row.key, score);
  }
  return scores;
}

/** The `limit` best rows by score, ties to the lower key. `hits`: as for bm25Scores. */
export function bestByScore(candidates: readonly ScoredRow<number>[], totals: IndexTotals, limit: number, hits?: readonly number[]): { key: number; score: number }[] {
  const scores = bm25Scores(candidates, totals, hits);
  return [...scores]
    .map(([key, score]) => ({ key, score }))
    .sort((a, b) => b.score - a.score || a.key - b.key)
    .slice(0, limit);
}

/** How often each of `terms` occurs in `tokens`. */
export const termFrequencies = (terms: readonly string[], tokens: readonly string[]): number[] => terms.map((t) => tokens.filter((x) => x === t).length);
