// The article-extraction-benchmark's scoring (scrapinghub, evaluate.py): per page, counts of
// shared, extra and missed 4-word shingles normalised to sum to 1; over pages, mean P and R, F1 of the means.

export interface ShingleCounts {
  /** Shingles in both texts, in the extraction only, in the truth only; together 1 (or all 0). */
  tp: number;
  fp: number;
  fn: number;
}

export interface BenchmarkScores {
  f1: number;
  precision: number;
  recall: number;
  /** Share of pages whose extraction has exactly the truth's tokens. */
  accuracy: number;
}

const SHINGLE_SIZE = 4;

/** Word tokens as Python's `\w+` finds them: letters, digits and underscores, case kept. */
export function benchmarkTokens(text: string): string[] {
  return text.match(/[\p{L}\p{N}_]+/gu) ?? [];
}

/** Every run of four tokens, counted; a text of one to three tokens is one shingle. */
function shingles(text: string): Map<string, number> {
  const tokens = benchmarkTokens(text);
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - SHINGLE_SIZE + 1);
  for (let i = 0; i < last && i < tokens.length; i += 1) {
    const key = tokens.slice(i, i + SHINGLE_SIZE).join(" ");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function shingleCounts(truth: string, extracted: string): ShingleCounts {
  const want = shingles(truth);
  const got = shingles(extracted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...want.keys(), ...got.keys()])) {
    const w = want.get(key) ?? 0;
    const g = got.get(key) ?? 0;
    tp += Math.min(w, g);
    fp += Math.max(0, g - w);
    fn += Math.max(0, w - g);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

export function pagePrecision({ tp, fp, fn }: ShingleCounts): number {
  if (fp === 0 && fn === 0) return 1;
  return tp + fp === 0 ? 0 : tp / (tp + fp);
}

export function pageRecall({ tp, fp, fn }: ShingleCounts): number {
  if (fp === 0 && fn === 0) return 1;
  return tp + fn === 0 ? 0 : tp / (tp + fn);
}

export function pageF1(counts: ShingleCounts): number {
  const p = pagePrecision(counts);
  const r = pageRecall(counts);
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

const mean = (values: number[]): number => values.reduce((a, b) => a + b, 0) / (values.length || 1);

/** The benchmark's figures over pages; precision skips pages with nothing extracted, as evaluate.py does. */
export function benchmarkScores(pages: readonly { truth: string; extracted: string }[]): BenchmarkScores {
  const counts = pages.map((p) => shingleCounts(p.truth, p.extracted));
  const precision = mean(counts.filter((c) => c.tp + c.fp > 0).map(pagePrecision));
  const recall = mean(counts.filter((c) => c.tp + c.fn > 0).map(pageRecall));
  const same = pages.filter((p) => benchmarkTokens(p.truth).join(" ") === benchmarkTokens(p.extracted).join(" ")).length;
  return {
    f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0,
    precision,
    recall,
    accuracy: same / (pages.length || 1),
  };
}
