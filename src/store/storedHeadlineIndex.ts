// The /related headline index as written into the store file and read back. The headlines are
// collected again from the articles (cheap); an index that does not fit them, or that another
// version of the tokeniser built, is left unread and the caller builds a fresh one.
import { collectHeadlines, headlineIndexOf, headlineStems, type HeadlineIndex } from "./headlineIndex.ts";
import { int32s, pack, uint8s } from "./packedNumbers.ts";
import type { StoredArticle, StoredHeadlineIndex } from "./schema.ts";
import { allBelow, listsFit, SPOT_CHECK_EVERY } from "./storedLists.ts";
import { countBelow } from "./nameSearch.ts";

/** Bump when tokenising, stemming, the stopwords, the weights or the choice of headlines change: stored indexes then no longer match the code. */
export const HEADLINE_INDEX_VERSION = 1;

export function packHeadlineIndex(index: HeadlineIndex): StoredHeadlineIndex {
  return {
    version: HEADLINE_INDEX_VERSION,
    stems: [...index.stems],
    starts: pack(index.starts),
    ids: pack(index.ids),
    weights: pack(index.weights),
    words: [...index.words],
    wordStems: pack(index.wordStems),
  };
}

/** Whether headline h is listed under every stem of its words, with the weight it has there. */
function listedWhole(index: HeadlineIndex, h: number): boolean {
  const headline = index.headlines[h];
  if (!headline) return false;
  for (const [stem, weight] of headlineStems(headline)) {
    const s = index.stemIds.get(stem);
    if (s === undefined) return false;
    const list = index.ids.subarray(index.starts[s] ?? 0, index.starts[s + 1] ?? 0);
    const at = countBelow(list, h);
    if (list[at] !== h || index.weights[(index.starts[s] ?? 0) + at] !== weight) return false;
  }
  return true;
}

export function unpackHeadlineIndex(stored: StoredHeadlineIndex, articles: readonly StoredArticle[]): HeadlineIndex | null {
  if (stored.version !== HEADLINE_INDEX_VERSION) return null;
  const starts = int32s(stored.starts);
  const ids = int32s(stored.ids);
  const weights = uint8s(stored.weights);
  const wordStems = int32s(stored.wordStems);
  if (!starts || !ids || !weights || !wordStems || weights.length !== ids.length || wordStems.length !== stored.words.length) return null;
  const headlines = collectHeadlines(articles);
  if (!listsFit(starts, ids, stored.stems.length, headlines.length) || !allBelow(wordStems, stored.stems.length)) return null;
  const index = headlineIndexOf(headlines, stored.stems, { starts, ids, weights }, stored.words, wordStems);
  for (let h = 0; h < headlines.length; h += SPOT_CHECK_EVERY) if (!listedWhole(index, h)) return null;
  // The article titles come last: the last headline is checked too.
  return headlines.length === 0 || listedWhole(index, headlines.length - 1) ? index : null;
}
