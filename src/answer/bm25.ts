// BM25 over one level of the passage index (sentences, paragraphs or articles), read through its
// postings: per-document accumulators reused across questions, and the top documents picked without a full sort.
import type { DocumentSet } from "../store/passageIndex.ts";
import type { QueryTerm } from "./understandQuestion.ts";

const K1 = 1.2;
const B = 0.75;

export function idf(set: DocumentSet, stem: string): number {
  const n = set.lengths.length;
  const df = set.postings.get(stem)?.ids.length ?? 0;
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** Per-document accumulators, reused across questions so a question allocates nothing per document. */
export interface Scratch {
  scores: Float64Array;
  best: Float64Array;
  touched: Int32Array;
  count: number;
  /** Documents a group of terms reached, before they are added to `scores`. */
  reached: Int32Array;
  /** K1 · (1 − B + B · length / average length) of each document: BM25's length normalisation, worked out once. */
  norms: Float64Array;
}

const scratches = new WeakMap<DocumentSet, Scratch>();

function scratchFor(set: DocumentSet): Scratch {
  let scratch = scratches.get(set);
  if (!scratch) {
    const n = set.lengths.length;
    const average = set.averageLength || 1;
    const norms = Float64Array.from(set.lengths, (length) => K1 * (1 - B + (B * length) / average));
    scratch = { scores: new Float64Array(n), best: new Float64Array(n), touched: new Int32Array(n), count: 0, reached: new Int32Array(n), norms };
    scratches.set(set, scratch);
  }
  return scratch;
}

/**
 * BM25 of every document holding a query term, left in the set's scratch (`scores`, with the
 * `touched` documents listed). A question word and the related words added for it form one group,
 * which counts once: by its best-scoring member in each document. Call `release` when done.
 */
export function bm25(set: DocumentSet, terms: readonly QueryTerm[]): Scratch {
  const scratch = scratchFor(set);
  const { scores, best, touched, reached, norms } = scratch;
  const groups = new Map<number, QueryTerm[]>();
  for (const term of terms) groups.set(term.group, [...(groups.get(term.group) ?? []), term]);
  for (const members of groups.values()) {
    let reachedCount = 0;
    for (const term of members) {
      const posting = set.postings.get(term.stem);
      if (!posting) continue;
      const weight = term.weight * idf(set, term.stem) * (K1 + 1);
      const { ids, tfs } = posting;
      for (let k = 0; k < ids.length; k++) {
        const id = ids[k] ?? 0;
        const tf = tfs[k] ?? 0;
        const score = (weight * tf) / (tf + (norms[id] ?? K1));
        const had = best[id] ?? 0;
        if (had === 0) reached[reachedCount++] = id;
        if (score > had) best[id] = score;
      }
    }
    for (let k = 0; k < reachedCount; k++) {
      const id = reached[k] ?? 0;
      if (scores[id] === 0) touched[scratch.count++] = id;
      scores[id] = (scores[id] ?? 0) + (best[id] ?? 0);
      best[id] = 0;
    }
  }
  return scratch;
}

export function release(scratch: Scratch): void {
  for (let k = 0; k < scratch.count; k++) scratch.scores[scratch.touched[k] ?? 0] = 0;
  scratch.count = 0;
}

/** The `size` documents the last `bm25` call touched with the highest `value`, best first, without sorting them all. */
export function topDocuments(scratch: Scratch, size: number, value: (doc: number) => number): number[] {
  const docs: number[] = [];
  const values: number[] = [];
  for (let k = 0; k < scratch.count; k++) {
    const doc = scratch.touched[k] ?? 0;
    const v = value(doc);
    if (docs.length === size && v <= (values[size - 1] ?? -Infinity)) continue;
    let at = docs.length === size ? size - 1 : docs.length;
    while (at > 0 && (values[at - 1] ?? 0) < v) {
      docs[at] = docs[at - 1] ?? 0;
      values[at] = values[at - 1] ?? 0;
      at--;
    }
    docs[at] = doc;
    values[at] = v;
  }
  return docs;
}

/** The most BM25 a document could get from the question's own words: each once, in a document of average length. */
export function bm25Scale(set: DocumentSet, terms: readonly QueryTerm[]): number {
  return terms.filter((t) => !t.related).reduce((sum, t) => sum + t.weight * idf(set, t.stem), 0);
}

/** Whether a document holds a stem (binary search in its posting). */
export function holds(set: DocumentSet, stem: string, doc: number): boolean {
  const ids = set.postings.get(stem)?.ids;
  if (!ids) return false;
  let lo = 0;
  let hi = ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const id = ids[mid] ?? 0;
    if (id === doc) return true;
    if (id < doc) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

