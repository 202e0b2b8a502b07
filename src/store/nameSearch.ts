// Fast lookups over many short names (people, organisations, titles): word-prefix matches for
// autocomplete, and fuzzy matches for typos that run fuse.js only on the few names sharing
// letter trigrams with the query, so a keystroke costs the same at 100 or 100,000 names.
import Fuse, { type FuseResult } from "fuse.js";

export interface NameSearch<T> {
  /** Items whose name has a word starting with `prefix`, in the order the items were given. */
  prefixed(prefix: string, limit: number): T[];
  /** Fuse.js results for `query` among the names sharing its trigrams, best first; `threshold` 0 matches exactly, 1 anything. */
  fuzzy(query: string, limit: number, threshold: number): FuseResult<{ name: string; item: T }>[];
  /** Items whose name starts with the whole words `words` and passes `accept`, in the given order. */
  startingWith(words: string, accept: (name: string) => boolean): T[];
  /** The same search over only the first `count` items: what a search built from them alone would answer. */
  within(count: number): NameSearch<T>;
}

export interface NameSearchOptions {
  /** How many trigram-sharing names fuse.js scores; the rest cannot be close matches. */
  candidates?: number;
}

/**
 * Up to three characters of `text` from `at` as one key: a small integer (length-tagged, so "ab" and "\0ab" differ)
 * when they are all Latin-1, as nearly every name's are, which a Map looks up without allocating; else the text itself.
 */
function gramKey(text: string, at: number, length: number): number | string {
  let key = length;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(at + i);
    if (code > 0xff) return text.slice(at, at + length);
    key = (key << 8) | code;
  }
  return key;
}

/** Calls `visit` with the key of each letter trigram of a name, padded so word starts and ends count. */
function forEachTrigram(name: string, visit: (key: number | string) => void): void {
  const padded = `  ${name} `;
  for (let i = 0; i + 3 <= padded.length; i++) visit(gramKey(padded, i, 3));
}

/** Prefixes up to this long index the words; a longer prefix filters its first three letters' list. */
const INDEXED_PREFIX = 3;
/** Prefixes shorter than that match so many words that only their best items are kept. */
const SHORT_LIST = 100;

/** Calls `visit` with the key of each word's prefixes of 1 to 3 letters, and how many items that prefix keeps at most. */
function forEachPrefix(name: string, visit: (key: number | string, cap: number) => void): void {
  for (const word of name.split(" ")) {
    for (let length = 1; length <= Math.min(INDEXED_PREFIX, word.length); length++) {
      visit(gramKey(word, 0, length), length === INDEXED_PREFIX ? Infinity : SHORT_LIST);
    }
  }
}

/** Item numbers by key, each list ascending and without repeats: the list of key k is items[starts[id] … starts[id + 1]) with id = ids.get(k). */
export interface Postings {
  ids: Map<number | string, number>;
  starts: Int32Array;
  items: Int32Array;
}

/**
 * The postings of `count` items whose keys `keysOf` lists (a key's list keeps at most `cap` items,
 * the first ones): one pass to count, one to fill, so each list is a slice of one typed array.
 */
function postingsOf(count: number, keysOf: (item: number, visit: (key: number | string, cap?: number) => void) => void): Postings {
  const ids = new Map<number | string, number>();
  const sizes: number[] = [];
  const caps: number[] = [];
  const lastItem: number[] = [];
  let stream = new Int32Array(1024);
  let length = 0;
  const itemEnds = new Int32Array(count);
  for (let item = 0; item < count; item++) {
    keysOf(item, (key, cap = Infinity) => {
      let id = ids.get(key);
      if (id === undefined) {
        id = ids.size;
        ids.set(key, id);
        sizes.push(0);
        caps.push(cap);
        lastItem.push(-1);
      }
      if (lastItem[id] === item || (sizes[id] ?? 0) >= (caps[id] ?? 0)) return;
      lastItem[id] = item;
      sizes[id] = (sizes[id] ?? 0) + 1;
      if (length === stream.length) {
        const grown = new Int32Array(stream.length * 2);
        grown.set(stream);
        stream = grown;
      }
      stream[length++] = id;
    });
    itemEnds[item] = length;
  }
  const starts = new Int32Array(ids.size + 1);
  sizes.forEach((size, id) => (starts[id + 1] = (starts[id] ?? 0) + size));
  const next = starts.slice(0, ids.size);
  const items = new Int32Array(length);
  let from = 0;
  for (let item = 0; item < count; item++) {
    const to = itemEnds[item] ?? 0;
    for (let k = from; k < to; k++) {
      const id = stream[k] ?? 0;
      items[next[id] ?? 0] = item;
      next[id] = (next[id] ?? 0) + 1;
    }
    from = to;
  }
  return { ids, starts, items };
}

/** The items listed under `key`, as a view into the postings. */
function listOf(postings: Postings, key: number | string): Int32Array {
  const id = postings.ids.get(key);
  return id === undefined ? EMPTY : postings.items.subarray(postings.starts[id], postings.starts[id + 1]);
}

const EMPTY = new Int32Array(0);

/** Trigrams always counted for a query, rarest first; after them, ones this common are skipped. */
const RARE_TRIGRAMS = 3;
const COMMON_TRIGRAM = 2000;

/** How many of the ascending `ids` are below `count`. */
export function countBelow(ids: Int32Array, count: number): number {
  let low = 0;
  let high = ids.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((ids[middle] ?? 0) < count) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The lists a name search reads: items by the prefixes of their words, and by their letter trigrams. */
export interface NamePostings {
  byPrefix: Postings;
  byTrigram: Postings;
}

export function namePostings(names: readonly string[]): NamePostings {
  return {
    byPrefix: postingsOf(names.length, (item, visit) => forEachPrefix(names[item] ?? "", visit)),
    byTrigram: postingsOf(names.length, (item, visit) => forEachTrigram(names[item] ?? "", visit)),
  };
}

/**
 * The search over `items` by their `names` (already normalised, one per item), kept in the given order of
 * preference; pass `postings` when they were built before (and stored) for these same names.
 */
export function nameSearch<T>(
  names: readonly string[],
  items: readonly T[],
  options: NameSearchOptions = {},
  { byPrefix, byTrigram }: NamePostings = namePostings(names),
): NameSearch<T> {
  const limitCandidates = options.candidates ?? 300;
  const counts = new Uint16Array(names.length);
  const entry = (id: number): { name: string; item: T } => ({ name: names[id] ?? "", item: items[id] as T });

  function over(size: number): NameSearch<T> {
    const listed = (postings: Postings, key: number | string) => {
      const ids = listOf(postings, key);
      return size === names.length ? ids : ids.subarray(0, countBelow(ids, size));
    };

    /** The names sharing most trigrams with `query` (ties to the earlier name), in the given order. */
    function candidates(query: string): { name: string; item: T }[] {
      if (size <= limitCandidates) return Array.from({ length: size }, (_, id) => entry(id));
      const grams: Int32Array[] = [];
      forEachTrigram(query, (key) => grams.push(listed(byTrigram, key)));
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
      return chosen.sort((a, b) => a - b).map(entry);
    }

    return {
      prefixed(prefix, limit) {
        const ranks = listed(byPrefix, gramKey(prefix, 0, Math.min(INDEXED_PREFIX, prefix.length)));
        const found: T[] = [];
        for (const rank of ranks) {
          if (found.length >= limit) break;
          if (prefix.length <= INDEXED_PREFIX || ` ${names[rank] ?? ""}`.includes(` ${prefix}`)) found.push(items[rank] as T);
        }
        return found;
      },
      startingWith(words, accept) {
        // Every trigram of the padded words is one of such a name's: the rarest one's list holds them all.
        let rarest: Int32Array | null = null;
        forEachTrigram(words, (key) => {
          const ids = listed(byTrigram, key);
          if (!rarest || ids.length < rarest.length) rarest = ids;
        });
        const found: T[] = [];
        for (const id of rarest ?? EMPTY) {
          const name = names[id] ?? "";
          if ((name === words || name.startsWith(`${words} `)) && accept(name)) found.push(items[id] as T);
        }
        return found;
      },
      fuzzy(query, limit, threshold) {
        return new Fuse(candidates(query), { keys: ["name"], includeScore: true, ignoreLocation: true, threshold }).search(query, { limit });
      },
      within(count) {
        return over(Math.min(count, size));
      },
    };
  }

  return over(names.length);
}
