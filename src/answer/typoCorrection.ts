// Corrects mistyped question words against the store's vocabulary (fuse.js over the words with the
// same first letter and a length within reach, indexes built once per vocabulary), so "Kremiln" finds "Kremlin".
import Fuse from "fuse.js";
import { stem } from "../nlp/tokens.ts";
import type { PassageIndex } from "../store/passageIndex.ts";
import { memoise } from "../store/memoise.ts";

export interface Corrector {
  vocabulary: ReadonlyMap<string, number>;
  knownStems: { has(stem: string): boolean };
  /** The vocabulary by first letter and length, grouped on first use. */
  words?: Map<string, string[]>;
  /** fuse.js indexes over those groups, each built the first time a word needs it. */
  buckets: Map<string, Fuse<string>>;
}

/** The corrector for an index's vocabulary, kept for the index's lifetime. */
export const corrector: (index: PassageIndex) => Corrector = memoise((index) => ({
  vocabulary: index.vocabulary,
  knownStems: index.stems,
  buckets: new Map(),
}));

const FUSE_OPTIONS = { includeScore: true, threshold: 0.4, ignoreLocation: true, isCaseSensitive: true };

function bucketKey(first: string, length: number): string {
  return `${first}${length}`;
}

function wordsOf(c: Corrector): Map<string, string[]> {
  if (!c.words) {
    c.words = new Map();
    for (const w of c.vocabulary.keys()) {
      const key = bucketKey(w[0] ?? "", w.length);
      const bucket = c.words.get(key);
      if (bucket) bucket.push(w);
      else c.words.set(key, [w]);
    }
  }
  return c.words;
}

function fuseFor(c: Corrector, key: string): Fuse<string> | undefined {
  let fuse = c.buckets.get(key);
  const words = wordsOf(c).get(key);
  if (!fuse && words) {
    fuse = new Fuse(words, FUSE_OPTIONS);
    c.buckets.set(key, fuse);
  }
  return fuse;
}

/**
 * Groups an index's vocabulary ahead of the first question. The fuse.js index of a group is built when a
 * mistyped word first needs it (a few hundred words, about a millisecond): building all of them at
 * start took 130 ms at 10,000 articles, for groups most stores never search.
 */
export function prepareCorrector(index: PassageIndex): void {
  wordsOf(corrector(index));
}

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

export function isKnown(c: Corrector, word: string): boolean {
  return c.vocabulary.has(word) || c.knownStems.has(stem(word));
}

/**
 * The store word a mistyped word most likely meant, or null when it is known, too short or has no close
 * match. Typists rarely miss the first letter, and a different first letter mostly makes another real word.
 */
export function correctWord(c: Corrector, word: string): string | null {
  if (word.length < MIN_LENGTH || /\d/u.test(word) || isKnown(c, word)) return null;
  const maxEdits = word.length <= 5 ? 1 : 2;
  let best: { word: string; edits: number; count: number } | null = null;
  for (let length = word.length - maxEdits; length <= word.length + maxEdits; length++) {
    if (length < MIN_LENGTH - 1) continue;
    for (const hit of fuseFor(c, bucketKey(word[0] ?? "", length))?.search(word, { limit: 8 }) ?? []) {
      const edits = editDistance(word, hit.item);
      if (edits > maxEdits || (word.length <= SHORT && edits > 0 && substitutionOnly(word, hit.item))) continue;
      const count = c.vocabulary.get(hit.item) ?? 0;
      if (!best || edits < best.edits || (edits === best.edits && count > best.count)) best = { word: hit.item, edits, count };
    }
  }
  return best?.word ?? null;
}
