// The name tables as written into the store file and read back: typed arrays packed as base64,
// keys as a list. Tables that do not fit the entities, or that another version of the name
// normalisation built, are left unread and the caller builds fresh ones.
import { normalizeName, type EntityNameTables } from "./entityNames.ts";
import { int32s, pack } from "./packedNumbers.ts";
import type { Entity } from "../model/entity.ts";
import type { StoredEntityNames } from "./schema.ts";
import { SPOT_CHECK_EVERY } from "./storedLists.ts";
import { packNamePostings, unpackNamePostings } from "./storedPostings.ts";

/** Bump when name normalisation, ranking or the prefix and trigram keys change: stored tables then no longer match the code. */
export const NAME_TABLES_VERSION = 1;

export function packEntityNames(tables: EntityNameTables): StoredEntityNames {
  return {
    version: NAME_TABLES_VERSION,
    ranked: pack(tables.ranked),
    speakers: tables.speakers,
    nameKeys: [...tables.nameKeys],
    aliasKeys: [...tables.aliasKeys],
    aliasRanks: pack(tables.aliasRanks),
    names: packNamePostings(tables.names),
    aliases: packNamePostings(tables.aliases),
  };
}

/** Whether `ranked` orders every entity exactly once. */
function isRanking(ranked: Int32Array, count: number): boolean {
  if (ranked.length !== count) return false;
  const seen = new Uint8Array(count);
  for (const index of ranked) {
    if (index < 0 || index >= count || seen[index]) return false;
    seen[index] = 1;
  }
  return true;
}

export function unpackEntityNames(stored: StoredEntityNames, entities: readonly Entity[]): EntityNameTables | null {
  if (stored.version !== NAME_TABLES_VERSION) return null;
  const ranked = int32s(stored.ranked);
  const aliasRanks = int32s(stored.aliasRanks);
  if (!ranked || !aliasRanks || !isRanking(ranked, entities.length) || stored.nameKeys.length !== entities.length) return null;
  if (stored.speakers > entities.length || aliasRanks.length !== stored.aliasKeys.length) return null;
  for (let k = 0; k < aliasRanks.length; k++) {
    const rank = aliasRanks[k] ?? -1;
    if (rank < 0 || rank >= entities.length || (k > 0 && rank < (aliasRanks[k - 1] ?? 0))) return null;
  }
  for (let rank = 0; rank < ranked.length; rank += SPOT_CHECK_EVERY) {
    if (normalizeName(entities[ranked[rank] ?? -1]?.name ?? "") !== stored.nameKeys[rank]) return null;
  }
  const names = unpackNamePostings(stored.names, entities.length);
  const aliases = unpackNamePostings(stored.aliases, stored.aliasKeys.length);
  if (!names || !aliases) return null;
  return { ranked, speakers: stored.speakers, nameKeys: stored.nameKeys, aliasKeys: stored.aliasKeys, aliasRanks, names, aliases };
}
