// ROUGE-1, ROUGE-2 and ROUGE-L F-scores with Porter stemming, tokenised as the reference
// rouge-score package does (lower-cased, runs of letters and digits). ROUGE-L comes two ways, as
// rouge-score names them: `rougeL`, the LCS of the two texts as single token sequences, and
// `rougeLsum`, Lin's (2004) summary-level union LCS over their lines (one sentence or point a line).
import { stemmer } from "stemmer";

export interface RougeScores {
  rouge1: number;
  rouge2: number;
  rougeL: number;
  rougeLsum: number;
}

export function rougeTokens(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9]+/gu) ?? []).map((t) => (t.length > 3 ? stemmer(t) : t));
}

function ngrams(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join(" ");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function f1(overlap: number, candidateCount: number, referenceCount: number): number {
  if (overlap === 0 || candidateCount === 0 || referenceCount === 0) return 0;
  const precision = overlap / candidateCount;
  const recall = overlap / referenceCount;
  return (2 * precision * recall) / (precision + recall);
}

function rougeN(candidate: readonly string[], reference: readonly string[], n: number): number {
  const c = ngrams(candidate, n);
  const r = ngrams(reference, n);
  let overlap = 0;
  for (const [gram, count] of c) overlap += Math.min(count, r.get(gram) ?? 0);
  return f1(overlap, Math.max(0, candidate.length - n + 1), Math.max(0, reference.length - n + 1));
}

function lcsTable(a: readonly string[], b: readonly string[]): number[][] {
  const table = [new Array<number>(b.length + 1).fill(0)];
  a.forEach((x, i) => {
    const previous = table[i] ?? [];
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      row[j] = x === b[j - 1] ? (previous[j - 1] ?? 0) + 1 : Math.max(previous[j] ?? 0, row[j - 1] ?? 0);
    }
    table.push(row);
  });
  return table;
}

function lcsLength(a: readonly string[], b: readonly string[]): number {
  return lcsTable(a, b)[a.length]?.[b.length] ?? 0;
}

/** Positions in `reference` of one longest common subsequence with `candidate`, backtracked as rouge-score does. */
function lcsPositions(reference: readonly string[], candidate: readonly string[]): number[] {
  const table = lcsTable(reference, candidate);
  const at = (i: number, j: number) => table[i]?.[j] ?? 0;
  const positions: number[] = [];
  let i = reference.length;
  let j = candidate.length;
  while (i > 0 && j > 0) {
    if (reference[i - 1] === candidate[j - 1]) {
      positions.push(--i);
      j--;
    } else if (at(i, j - 1) > at(i - 1, j)) j--;
    else i--;
  }
  return positions;
}

function counts(lines: readonly string[][]): Map<string, number> {
  const all = new Map<string, number>();
  for (const line of lines) for (const t of line) all.set(t, (all.get(t) ?? 0) + 1);
  return all;
}

/** Summary-level ROUGE-L: each reference line's union LCS with the candidate lines, a token counted no more often than both texts hold it. */
function rougeLsum(candidate: readonly string[][], reference: readonly string[][]): number {
  const left = { candidate: counts(candidate), reference: counts(reference) };
  let hits = 0;
  for (const line of reference) {
    const union = new Set(candidate.flatMap((c) => lcsPositions(line, c)));
    for (const position of [...union].sort((a, b) => a - b)) {
      const token = line[position] ?? "";
      const c = left.candidate.get(token) ?? 0;
      const r = left.reference.get(token) ?? 0;
      if (c > 0 && r > 0) {
        hits++;
        left.candidate.set(token, c - 1);
        left.reference.set(token, r - 1);
      }
    }
  }
  const size = (lines: readonly string[][]) => lines.reduce((sum, l) => sum + l.length, 0);
  return f1(hits, size(candidate), size(reference));
}

function lines(text: string): string[][] {
  return text.split("\n").map(rougeTokens).filter((l) => l.length > 0);
}

export function rouge(candidate: string, reference: string): RougeScores {
  const c = rougeTokens(candidate);
  const r = rougeTokens(reference);
  return {
    rouge1: rougeN(c, r, 1),
    rouge2: rougeN(c, r, 2),
    rougeL: f1(lcsLength(c, r), c.length, r.length),
    rougeLsum: rougeLsum(lines(candidate), lines(reference)),
  };
}
