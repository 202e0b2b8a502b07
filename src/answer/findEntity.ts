// A name someone typed matched to an entity: exact name or alias, a first name that only one
// person has, then fuzzy (fuse.js on a trigram shortlist) for typos ("Putn", "Zelensky"); close
// misses become suggestions. The index is built once per corpus.
import type { FuseResult } from "fuse.js";
import type { Corpus } from "../store/corpus.ts";
import { memoise } from "../store/memoise.ts";
import type { Entity } from "../store/schema.ts";
import { entityNames, normalizeName } from "../store/entityNames.ts";

export interface EntityMatch {
  entity: Entity | null;
  /** Names close to the query, offered only when nothing matched well enough. */
  suggestions: string[];
}

interface EntityIndex {
  exact: Map<string, Entity[]>;
  firstNames: Map<string, Entity[]>;
}

/** Fuse scores (0 = identical): at most ACCEPT is the same name mistyped; at most SUGGEST, and starting alike, is worth offering. */
const ACCEPT = 0.3;
const SUGGEST = 0.35;
const MAX_SUGGESTIONS = 3;
const MIN_QUERY = 2;

const weight = (e: Entity): number => e.mentions.length;

function push(map: Map<string, Entity[]>, key: string, entity: Entity): void {
  const list = map.get(key) ?? [];
  if (!list.includes(entity)) list.push(entity);
  map.set(key, list);
}

/** Exact names and aliases, and first names, read off the shared name tables (already normalised). */
function buildIndex(corpus: Corpus): EntityIndex {
  const exact = new Map<string, Entity[]>();
  const firstNames = new Map<string, Entity[]>();
  const { all, tables } = entityNames(corpus);
  all.ranked.forEach((entity, rank) => {
    const key = tables.nameKeys[rank] ?? "";
    if (key) push(exact, key, entity);
    const words = key.split(" ");
    if (entity.kind === "person" && words.length > 1 && words[0]) push(firstNames, words[0], entity);
  });
  tables.aliasKeys.forEach((key, k) => {
    const entity = all.ranked[tables.aliasRanks[k] ?? -1];
    if (entity) push(exact, key, entity);
  });
  return { exact, firstNames };
}

const indexOf = memoise(buildIndex);

/** Names and aliases close to `key`, best first (a name before an alias that scores the same). */
function fuzzy(corpus: Corpus, key: string, limit: number): FuseResult<{ name: string; item: Entity }>[] {
  const { names, aliases } = entityNames(corpus).all;
  return [...names.fuzzy(key, limit, SUGGEST), ...aliases.fuzzy(key, limit, SUGGEST)]
    .sort((a, b) => (a.score ?? 1) - (b.score ?? 1))
    .slice(0, limit);
}

/** Builds the name index now rather than on the first query. */
export function prepareEntityIndex(corpus: Corpus): void {
  indexOf(corpus);
}

const best = (entities: readonly Entity[]): Entity | undefined => [...entities].sort((a, b) => weight(b) - weight(a))[0];

/** "Witcoff Steven", "Novosti RIA": every word of the query, matched alone, names the same entity. */
function wordByWord(corpus: Corpus, key: string): Entity | undefined {
  const words = key.split(" ").filter((w) => w.length >= MIN_QUERY);
  if (words.length < 2) return undefined;
  const found = words.map((w) => {
    const hit = fuzzy(corpus, w, 1)[0];
    return hit && (hit.score ?? 1) <= ACCEPT ? hit.item.item : undefined;
  });
  const first = found[0];
  return first && found.every((e) => e === first) ? first : undefined;
}

export function findEntity(corpus: Corpus, query: string): EntityMatch {
  const key = normalizeName(query);
  if (key.length < MIN_QUERY) return { entity: null, suggestions: [] };
  const index = indexOf(corpus);
  const exact = index.exact.get(key);
  if (exact?.length) return { entity: best(exact) ?? null, suggestions: [] };
  const byFirst = index.firstNames.get(key);
  if (byFirst?.length === 1 && byFirst[0]) return { entity: byFirst[0], suggestions: [] };
  const hits = fuzzy(corpus, key, 20);
  const top = hits[0];
  if (top && (top.score ?? 1) <= ACCEPT) return { entity: top.item.item, suggestions: [] };
  const byWords = wordByWord(corpus, key);
  if (byWords) return { entity: byWords, suggestions: [] };
  const suggestions: string[] = [];
  for (const hit of hits) {
    if ((hit.score ?? 1) > SUGGEST || suggestions.length >= MAX_SUGGESTIONS) break;
    const sameStart = hit.item.name.split(" ").some((word) => word[0] === key[0]);
    if (sameStart && !suggestions.includes(hit.item.item.name)) suggestions.push(hit.item.item.name);
  }
  return { entity: null, suggestions };
}
