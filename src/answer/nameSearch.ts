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

/** Calls `visit` with each letter trigram of a name, padded so word starts and ends count. */
function forEachTrigram(name: string, visit: (gram: string) => void): void {
  const padded = `  ${name} `;
  for (let i = 0; i + 3 <= padded.length; i++) visit(padded.slice(i, i + 3));
}

/** Prefixes up to this long index the words; a longer prefix filters its first three letters' list. */
const INDEXED_PREFIX = 3;
/** Prefixes shorter than that match so many words that only their best items are kept. */
const SHORT_LIST = 100;

/** Item ranks (indexes into the entries, in order) by each word's prefixes of 1 to 3 letters. */
function ranksByPrefix(entries: readonly { name: string }[]): Map<string, number[]> {
  const byPrefix = new Map<string, number[]>();
  entries.forEach((entry, rank) => {
    for (const word of entry.name.split(" ")) {
      for (let length = 1; length <= Math.min(INDEXED_PREFIX, word.length); length++) {
        const prefix = word.slice(0, length);
        const ranks = byPrefix.get(prefix);
        if (!ranks) byPrefix.set(prefix, [rank]);
        else if (ranks.at(-1) !== rank && (length === INDEXED_PREFIX || ranks.length < SHORT_LIST)) ranks.push(rank);
      }
    }
  });
  return byPrefix;
}

/** Trigrams always counted for a query, rarest first; after them, ones this common are skipped. */
const RARE_TRIGRAMS = 3;
const COMMON_TRIGRAM = 2000;

/** Builds the search over `entries` (name already normalised), kept in the given order of preference. */
export function nameSearch<T>(entries: readonly { name: string; item: T }[], options: NameSearchOptions): NameSearch<T> {
  const byPrefix = ranksByPrefix(entries);
  const postings = new Map<string, number[]>();
  entries.forEach((entry, id) => {
    forEachTrigram(entry.name, (gram) => {
      const list = postings.get(gram);
      if (!list) postings.set(gram, [id]);
      else if (list.at(-1) !== id) list.push(id);
    });
  });
  const fuseOptions = { keys: ["name"], includeScore: true, ignoreLocation: true, threshold: options.threshold };
  const limitCandidates = options.candidates ?? 300;

  const counts = new Uint16Array(entries.length);

  /** The names sharing most trigrams with `query` (ties to the earlier name), in the given order. */
  function candidates(query: string): { name: string; item: T }[] {
    if (entries.length <= limitCandidates) return [...entries];
    const grams: number[][] = [];
    forEachTrigram(query, (gram) => grams.push(postings.get(gram) ?? []));
    grams.sort((a, b) => a.length - b.length);
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
      const ranks = byPrefix.get(prefix.slice(0, INDEXED_PREFIX)) ?? [];
      const found: T[] = [];
      for (const rank of ranks) {
        if (found.length >= limit) break;
        const entry = entries[rank];
        if (entry && (prefix.length <= INDEXED_PREFIX || ` ${entry.name}`.includes(` ${prefix}`))) found.push(entry.item);
      }
      return found;
    },
    fuzzy(query, limit) {
      return new Fuse(candidates(query), fuseOptions).search(query, { limit });
    },
  };
}
