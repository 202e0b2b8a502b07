// Fast lookups over many short names (people, organisations, titles): word-prefix matches for
// autocomplete, and fuzzy matches for typos that run fuse.js only on the few names sharing
// letter trigrams with the query, so a keystroke costs the same at 100 or 100,000 names.
import Fuse, { type FuseResult } from "fuse.js";

export interface NameSearch<T> {
  /** Items whose name has a word starting with `prefix`, in the order the items were given. */
  prefixed(prefix: string, limit: number): T[];
  /** Fuse.js results for `query` among the names sharing its trigrams, best first. */
  fuzzy(query: string, limit: number): FuseResult<{ name: string; item: T }>[];
}

export interface NameSearchOptions {
  /** Fuse threshold: 0 matches exactly, 1 anything. */
  threshold: number;
  /** How many trigram-sharing names fuse.js scores; the rest cannot be close matches. */
  candidates?: number;
}

const trigrams = (name: string): string[] => {
  const padded = `  ${name} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  return [...grams];
};

/** First index in the sorted `words` whose word is ≥ `prefix`. */
function lowerBound(words: readonly { word: string }[], prefix: string): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((words[mid]?.word ?? "") < prefix) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Prefixes this short match so many words that their best items are worked out in advance. */
const SHORT_PREFIX = 2;
/** The most items a prefix lookup returns from the precomputed lists (Discord shows 25 choices). */
const PREFIX_LIMIT = 25;

function topRanksByShortPrefix(words: readonly { word: string; rank: number }[]): Map<string, number[]> {
  const all = new Map<string, Set<number>>();
  for (const { word, rank } of words) {
    for (let length = 1; length <= Math.min(SHORT_PREFIX, word.length); length++) {
      const prefix = word.slice(0, length);
      const ranks = all.get(prefix);
      if (ranks) ranks.add(rank);
      else all.set(prefix, new Set([rank]));
    }
  }
  return new Map([...all].map(([prefix, ranks]) => [prefix, [...ranks].sort((a, b) => a - b).slice(0, PREFIX_LIMIT)]));
}

/** Trigrams always counted for a query, rarest first; after them, ones this common are skipped. */
const RARE_TRIGRAMS = 3;
const COMMON_TRIGRAM = 2000;

/** Builds the search over `entries` (name already normalised), kept in the given order of preference. */
export function nameSearch<T>(entries: readonly { name: string; item: T }[], options: NameSearchOptions): NameSearch<T> {
  const words = entries
    .flatMap((entry, rank) => entry.name.split(" ").filter(Boolean).map((word) => ({ word, rank })))
    .sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : a.rank - b.rank));
  const postings = new Map<string, number[]>();
  entries.forEach((entry, id) => {
    for (const gram of trigrams(entry.name)) {
      const list = postings.get(gram);
      if (list) list.push(id);
      else postings.set(gram, [id]);
    }
  });
  const shortPrefixes = topRanksByShortPrefix(words);
  const fuseOptions = { keys: ["name"], includeScore: true, ignoreLocation: true, threshold: options.threshold };
  const limitCandidates = options.candidates ?? 300;

  const counts = new Uint16Array(entries.length);

  /** The names sharing most trigrams with `query` (ties to the earlier name), in the given order. */
  function candidates(query: string): { name: string; item: T }[] {
    if (entries.length <= limitCandidates) return [...entries];
    const grams = trigrams(query)
      .map((gram) => postings.get(gram) ?? [])
      .sort((a, b) => a.length - b.length);
    const touched: number[] = [];
    let most = 0;
    // The rarest trigrams pick the candidates; the most common ones add little but cost the most.
    for (const [i, ids] of grams.entries()) {
      if (i >= RARE_TRIGRAMS && ids.length > COMMON_TRIGRAM) break;
      for (const id of ids) {
        if (counts[id] === 0) touched.push(id);
        const count = (counts[id] ?? 0) + 1;
        counts[id] = count;
        if (count > most) most = count;
      }
    }
    touched.sort((a, b) => a - b);
    const chosen: number[] = [];
    for (let level = most; level > 0 && chosen.length < limitCandidates; level--) {
      for (const id of touched) {
        if (counts[id] === level) chosen.push(id);
        if (chosen.length === limitCandidates) break;
      }
    }
    for (const id of touched) counts[id] = 0;
    return chosen.sort((a, b) => a - b).flatMap((id) => (entries[id] ? [entries[id]] : []));
  }

  return {
    prefixed(prefix, limit) {
      const short = prefix.length <= SHORT_PREFIX ? shortPrefixes.get(prefix) : undefined;
      if (short && limit <= PREFIX_LIMIT) return short.slice(0, limit).flatMap((rank) => (entries[rank] ? [entries[rank].item] : []));
      const ranks = new Set<number>();
      for (let i = lowerBound(words, prefix); i < words.length; i++) {
        const hit = words[i];
        if (!hit?.word.startsWith(prefix)) break;
        ranks.add(hit.rank);
      }
      return [...ranks]
        .sort((a, b) => a - b)
        .slice(0, limit)
        .flatMap((rank) => (entries[rank] ? [entries[rank].item] : []));
    },
    fuzzy(query, limit) {
      return new Fuse(candidates(query), fuseOptions).search(query, { limit });
    },
  };
}
