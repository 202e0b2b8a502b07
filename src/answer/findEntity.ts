// A name someone typed matched to an entity: exact name or alias, a first name that only one
// person has, then fuzzy (fuse.js on a trigram shortlist) for typos ("Putn", "Zelensky"); close
// misses become suggestions. Every lookup reads the shared name tables: nothing more is built.
import type { FuseResult } from "fuse.js";
import type { Corpus } from "../store/corpus.ts";
import type { Entity } from "../model/entity.ts";
import { entityNames, normalizeName } from "../store/entityNames.ts";

export interface EntityMatch {
  entity: Entity | null;
  /** Names close to the query, offered only when nothing matched well enough. */
  suggestions: string[];
}

/** Fuse scores (0 = identical): at most ACCEPT is the same name mistyped; at most SUGGEST, and starting alike, is worth offering. */
const ACCEPT = 0.3;
const SUGGEST = 0.35;
const MAX_SUGGESTIONS = 3;
const MIN_QUERY = 2;

const weight = (e: Entity): number => e.mentions.length;

/** Entities named or aliased exactly `key`: by name in rank order, then by alias. */
function exactly(corpus: Corpus, key: string): Entity[] {
  const { names, aliases } = entityNames(corpus).all;
  const same = (name: string) => name === key;
  return [...new Set([...names.startingWith(key, same), ...aliases.startingWith(key, same)])];
}

/** People whose full name (more than one word) starts with the one word `key`. */
function byFirstName(corpus: Corpus, key: string): Entity[] {
  if (key.includes(" ")) return [];
  return entityNames(corpus).all.names.startingWith(key, (name) => name.startsWith(`${key} `)).filter((e) => e.kind === "person");
}

/** Names and aliases close to `key`, best first (a name before an alias that scores the same). */
function fuzzy(corpus: Corpus, key: string, limit: number): FuseResult<{ name: string; item: Entity }>[] {
  const { names, aliases } = entityNames(corpus).all;
  return [...names.fuzzy(key, limit, SUGGEST), ...aliases.fuzzy(key, limit, SUGGEST)]
    .sort((a, b) => (a.score ?? 1) - (b.score ?? 1))
    .slice(0, limit);
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
  const exact = exactly(corpus, key);
  if (exact.length > 0) return { entity: best(exact) ?? null, suggestions: [] };
  const byFirst = byFirstName(corpus, key);
  if (byFirst.length === 1 && byFirst[0]) return { entity: byFirst[0], suggestions: [] };
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
