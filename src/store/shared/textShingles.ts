// Near-same text (wire copy carried with small edits: another first paragraph, a trimmed ending, a
// line added) told by the body's word 5-grams ("shingles", Broder 1997): each shingle hashed (32-bit
// FNV-1a) and one in eight kept by its hash, so two copies keep the same sample of what they share and
// the store can index it. Two bodies are the same text when most of the smaller one's sample is in
// the other's (containment, robust to a cut or an added paragraph).
import { normalisedBody, type Body } from "./textIdentity.ts";

const SHINGLE_WORDS = 5;
/** One shingle in SAMPLE_MODULUS is kept: those whose hash is a multiple of it. */
const SAMPLE_MODULUS = 8;
/** The fewest sampled shingles a body needs (about 160 words) for its sample to tell it apart. */
export const MIN_SAMPLE = 20;
/** Containment at or above which two bodies are the same text (measured: README, "The same article once"). */
export const SAME_TEXT_CONTAINMENT = 0.6;

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The body's sampled shingle hashes, each once; empty for a body too short to tell apart. */
export function shingleSample(article: Body): number[] {
  const words = normalisedBody(article).split(" ");
  const sample = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i += 1) {
    const hash = fnv1a(words.slice(i, i + SHINGLE_WORDS).join(" "));
    if (hash % SAMPLE_MODULUS === 0) sample.add(hash);
  }
  return sample.size >= MIN_SAMPLE ? [...sample] : [];
}

/** How much of the smaller sample the other holds, from the count they share. */
export const containment = (shared: number, sizeA: number, sizeB: number): number => (Math.min(sizeA, sizeB) === 0 ? 0 : shared / Math.min(sizeA, sizeB));

/** Whether two bodies, by their samples, are the same text. */
export function sameSample(a: readonly number[], b: readonly number[]): boolean {
  const other = new Set(b);
  const shared = a.filter((hash) => other.has(hash)).length;
  return a.length > 0 && b.length > 0 && containment(shared, a.length, b.length) >= SAME_TEXT_CONTAINMENT;
}
