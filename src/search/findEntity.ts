// A name someone typed matched to an entity: exact name or alias, a first name that only one
// person has, then fuzzy (fuse.js on the store's trigram shortlist) for typos ("Putn", "Zelensky");
// close misses become suggestions.
import Fuse, { type FuseResult } from "fuse.js";
import { normalizeName } from "../nlp/names/nameKey.ts";
import type { CoverageStore, NameHit, StoredEntity } from "../store/coverageStore.ts";

export interface EntityMatch {
  entity: StoredEntity | null;
  /** Names close to the query, offered only when nothing matched well enough. */
  suggestions: string[];
}

/** Fuse scores (0 = identical): at most ACCEPT is the same name mistyped; at most SUGGEST, and starting alike, is worth offering. */
const ACCEPT = 0.3;
const SUGGEST = 0.35;
const MAX_SUGGESTIONS = 3;
const MIN_QUERY = 2;
/** How many trigram-sharing names fuse.js scores; the rest cannot be close matches. */
const SHORTLIST = 300;

/** Fuse.js over named hits: the hits close to `key`, best first, a name before an alias that scores the same. */
export function fuzzyHits(hits: readonly NameHit[], key: string, limit: number, threshold: number): FuseResult<NameHit>[] {
  const ordered = [...hits.filter((h) => !h.alias), ...hits.filter((h) => h.alias)];
  return new Fuse(ordered, { keys: ["key"], includeScore: true, ignoreLocation: true, threshold })
    .search(key, { limit })
    .sort((a, b) => (a.score ?? 1) - (b.score ?? 1));
}

async function fuzzy(store: CoverageStore, key: string, limit: number, speakers = false): Promise<FuseResult<NameHit>[]> {
  return fuzzyHits(await store.namesLike(key, { limit: SHORTLIST, speakers }), key, limit, SUGGEST);
}

/** "Witcoff Steven", "Novosti RIA": every word of the query, matched alone, names the same entity. */
async function wordByWord(store: CoverageStore, key: string): Promise<StoredEntity | undefined> {
  const words = key.split(" ").filter((w) => w.length >= MIN_QUERY);
  if (words.length < 2) return undefined;
  const found = await Promise.all(
    words.map(async (w) => {
      const hit = (await fuzzy(store, w, 1))[0];
      return hit && (hit.score ?? 1) <= ACCEPT ? hit.item.entity : undefined;
    }),
  );
  const first = found[0];
  return first && found.every((e) => e?.id === first.id) ? first : undefined;
}

export async function findEntity(store: CoverageStore, query: string): Promise<EntityMatch> {
  const key = normalizeName(query);
  if (key.length < MIN_QUERY) return { entity: null, suggestions: [] };
  // Of the entities with this name or alias (a common surname is many people's), the most mentioned.
  const [exact] = await store.entitiesNamed(key, 1);
  if (exact) return { entity: exact, suggestions: [] };
  if (!key.includes(" ")) {
    // Two are enough to tell that the first name is not one person's.
    const byFirst = await store.peopleWithFirstName(key, 2);
    if (byFirst.length === 1 && byFirst[0]) return { entity: byFirst[0], suggestions: [] };
  }
  const hits = await fuzzy(store, key, 20);
  const top = hits[0];
  if (top && (top.score ?? 1) <= ACCEPT) return { entity: top.item.entity, suggestions: [] };
  const byWords = await wordByWord(store, key);
  if (byWords) return { entity: byWords, suggestions: [] };
  const suggestions: string[] = [];
  for (const hit of hits) {
    if ((hit.score ?? 1) > SUGGEST || suggestions.length >= MAX_SUGGESTIONS) break;
    const sameStart = hit.item.key.split(" ").some((word) => word[0] === key[0]);
    if (sameStart && !suggestions.includes(hit.item.entity.name)) suggestions.push(hit.item.entity.name);
  }
  return { entity: null, suggestions };
}
