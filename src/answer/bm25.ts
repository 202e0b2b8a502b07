// BM25 over one level of the passage index (sentences, paragraphs or articles), read through its
// postings: per-document accumulators reused across questions, and the top documents picked without a full sort.
import { memoise } from "../store/memoise.ts";
import type { DocumentSet } from "../store/passageIndex.ts";

const K1 = 1.2;
const B = 0.75;

/** A question's term as BM25 reads it: its stem's id in the index (−1 when the bodies lack it). */
export interface IndexedTerm {
  id: number;
  weight: number;
  group: number;
  related?: boolean;
}

function documentFrequency(set: DocumentSet, id: number): number {
  return id < 0 ? 0 : (set.starts[id + 1] ?? 0) - (set.starts[id] ?? 0);
}

export function idf(set: DocumentSet, id: number): number {
  const n = set.lengths.length;
  const df = documentFrequency(set, id);
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

export const scratchFor: (set: DocumentSet) => Scratch = memoise((set: DocumentSet): Scratch => {
  const n = set.lengths.length;
  const average = set.averageLength || 1;
  const norms = new Float64Array(n);
  for (let d = 0; d < n; d++) norms[d] = K1 * (1 - B + (B * (set.lengths[d] ?? 0)) / average);
  return { scores: new Float64Array(n), best: new Float64Array(n), touched: new Int32Array(n), count: 0, reached: new Int32Array(n), norms };
});

/** The terms by group, groups in order of first appearance. */
function groupsOf(terms: readonly IndexedTerm[]): IndexedTerm[][] {
  const groups = new Map<number, IndexedTerm[]>();
  for (const term of terms) {
    const members = groups.get(term.group);
    if (members) members.push(term);
    else groups.set(term.group, [term]);
  }
  return [...groups.values()];
}

/**
 * BM25 of every document holding a query term, left in the set's scratch (`scores`, with the
 * `touched` documents listed). A question word and the related words added for it form one group,
 * which counts once: by its best-scoring member in each document. Call `release` when done.
 */
export function bm25(set: DocumentSet, terms: readonly IndexedTerm[]): Scratch {
  const scratch = scratchFor(set);
  const { scores, best, touched, reached, norms } = scratch;
  const { starts, ids, tfs } = set;
  for (const members of groupsOf(terms)) {
    let reachedCount = 0;
    for (const term of members) {
      if (term.id < 0) continue;
      const weight = term.weight * idf(set, term.id) * (K1 + 1);
      for (let k = starts[term.id] ?? 0, end = starts[term.id + 1] ?? 0; k < end; k++) {
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
export function bm25Scale(set: DocumentSet, terms: readonly IndexedTerm[]): number {
  return terms.filter((t) => !t.related).reduce((sum, t) => sum + t.weight * idf(set, t.id), 0);
}

/** Whether a document holds a stem (binary search in its posting). */
export function holds(set: DocumentSet, id: number, doc: number): boolean {
  if (id < 0) return false;
  const { ids } = set;
  let lo = set.starts[id] ?? 0;
  let hi = (set.starts[id + 1] ?? 0) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const found = ids[mid] ?? 0;
    if (found === doc) return true;
    if (found < doc) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Whether any document in [from, to) holds a stem (binary search for the first at or after `from`). */
export function holdsAny(set: DocumentSet, id: number, from: number, to: number): boolean {
  if (id < 0) return false;
  const { ids } = set;
  let lo = set.starts[id] ?? 0;
  let hi = set.starts[id + 1] ?? 0;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ids[mid] ?? 0) < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < (set.starts[id + 1] ?? 0) && (ids[lo] ?? 0) < to;
}
