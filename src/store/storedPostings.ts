// Name postings (items by word prefix and by letter trigram) as the store file holds them: keys as
// numbers where they can be, lists packed as base64. Read back only when every list is whole.
import type { NamePostings, Postings } from "./nameSearch.ts";
import { int32s, pack } from "./packedNumbers.ts";
import type { StoredNamePostings, StoredPostings } from "./schema.ts";
import { listsFit } from "./storedLists.ts";

function packPostings(postings: Postings): StoredPostings {
  const numberKeys = new Int32Array(postings.ids.size).fill(-1);
  const textKeys: [string, number][] = [];
  for (const [key, id] of postings.ids) {
    if (typeof key === "number") numberKeys[id] = key;
    else textKeys.push([key, id]);
  }
  return { numberKeys: pack(numberKeys), textKeys, starts: pack(postings.starts), items: pack(postings.items) };
}

export const packNamePostings = (postings: NamePostings): StoredNamePostings => ({
  byPrefix: packPostings(postings.byPrefix),
  byTrigram: packPostings(postings.byTrigram),
});

/** Postings read back, when their lists are in order and name items among the first `items`. */
function unpackPostings(stored: StoredPostings, items: number): Postings | null {
  const numberKeys = int32s(stored.numberKeys);
  const starts = int32s(stored.starts);
  const listed = int32s(stored.items);
  if (!numberKeys || !starts || !listed || !listsFit(starts, listed, numberKeys.length, items)) return null;
  const ids = new Map<number | string, number>();
  numberKeys.forEach((key, id) => {
    if (key >= 0) ids.set(key, id);
  });
  for (const [key, id] of stored.textKeys) if (id < numberKeys.length) ids.set(key, id);
  return ids.size === numberKeys.length ? { ids, starts, items: listed } : null;
}

export function unpackNamePostings(stored: StoredNamePostings, items: number): NamePostings | null {
  const byPrefix = unpackPostings(stored.byPrefix, items);
  const byTrigram = unpackPostings(stored.byTrigram, items);
  return byPrefix && byTrigram ? { byPrefix, byTrigram } : null;
}
