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
}

const scratches = new WeakMap<DocumentSet, Scratch>();

function scratchFor(set: DocumentSet): Scratch {
  let scratch = scratches.get(set);
  if (!scratch) {
    const n = set.lengths.length;
    scratch = { scores: new Float64Array(n), best: new Float64Array(n), touched: new Int32Array(n), count: 0 };
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
  const { scores, best, touched } = scratch;
  const groups = new Map<number, QueryTerm[]>();
  for (const term of terms) groups.set(term.group, [...(groups.get(term.group) ?? []), term]);
  const average = set.averageLength || 1;
  for (const members of groups.values()) {
    const groupDocs: number[] = [];
    for (const term of members) {
      const posting = set.postings.get(term.stem);
      if (!posting) continue;
      const weight = term.weight * idf(set, term.stem);
      const { ids, tfs } = posting;
      for (let k = 0; k < ids.length; k++) {
        const id = ids[k] ?? 0;
        const tf = tfs[k] ?? 0;
        const score = (weight * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * (set.lengths[id] ?? 0)) / average));
        const had = best[id] ?? 0;
        if (had === 0) groupDocs.push(id);
        if (score > had) best[id] = score;
      }
    }
    for (const id of groupDocs) {
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

/** The `size` best items by `value`, best first, without sorting them all. */
export function topK<T>(items: Iterable<T>, size: number, value: (item: T) => number): T[] {
  const kept: { item: T; v: number }[] = [];
  for (const item of items) {
    const v = value(item);
    if (kept.length === size && v <= (kept[size - 1]?.v ?? -Infinity)) continue;
    let at = kept.length;
    while (at > 0 && (kept[at - 1]?.v ?? 0) < v) at--;
    kept.splice(at, 0, { item, v });
    if (kept.length > size) kept.pop();
  }
  return kept.map((k) => k.item);
}

/** The documents the last `bm25` call scored. */
export function* touchedIds(scratch: Scratch): Generator<number> {
  for (let k = 0; k < scratch.count; k++) yield scratch.touched[k] ?? 0;
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

