// Every entity's name and aliases, normalised once, with the name searches /quote, /who and
// autocomplete share. Entities are ranked by standing (most quoted, then most mentioned, then by
// name), so the quoted ones come first and "speakers only" is the same search cut short.
import type { Corpus } from "./corpus.ts";
import { memoise } from "./memoise.ts";
import type { Entity } from "../model/entity.ts";
import { countBelow, namePostings, nameSearch, type NamePostings, type NameSearch } from "./nameSearch.ts";

const TITLES = /^(?:mr|mrs|ms|dr|president|sen|senator|rep|gov|governor|prime minister|pm|gen|general|ambassador|secretary|chancellor)\.?\s+/u;

export function normalizeName(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f\u00AD]/gu, "")
    .toLowerCase()
    .replace(/['’]s\b/gu, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^the\s+/u, "")
    .replace(TITLES, "");
}

/** The searches over one set of ranked entities: by canonical name, and by alias (one entry per alias). */
export interface RankedNames {
  readonly ranked: readonly Entity[];
  readonly names: NameSearch<Entity>;
  readonly aliases: NameSearch<Entity>;
}

/** Everything the name searches are made of, as plain arrays: built by ingest and written into the store file. */
export interface EntityNameTables {
  /** Entity indexes (into the store's entities), best standing first: most quoted, then most mentioned, then by name. */
  ranked: Int32Array;
  /** How many of the ranked entities are quoted: they come first. */
  speakers: number;
  /** The canonical name of each ranked entity, normalised. */
  nameKeys: readonly string[];
  /** Every alias, normalised, entity by entity in ranked order, and the rank of its entity. */
  aliasKeys: readonly string[];
  aliasRanks: Int32Array;
  names: NamePostings;
  aliases: NamePostings;
}

export interface EntityNames {
  /** Every entity. */
  readonly all: RankedNames;
  /** The quoted entities only: the first of `all`. */
  readonly speakers: RankedNames;
  readonly tables: EntityNameTables;
}

/** Names and aliases are two shortlists: half the usual shortlist each keeps a typo's fuzzy match as cheap as one search. */
const CANDIDATES = 150;

const quoteCount = (corpus: Corpus, entity: Entity) => corpus.quotesBySpeaker.get(entity.id)?.length ?? 0;

/** The expensive part: ranking, normalising every name and alias, and their prefix and trigram lists. */
export function entityNameTables(corpus: Corpus): EntityNameTables {
  const order = corpus.store.entities
    .map((entity, index) => ({ entity, index, quotes: quoteCount(corpus, entity), mentions: entity.mentions.length }))
    .sort((a, b) => b.quotes - a.quotes || b.mentions - a.mentions || (a.entity.name < b.entity.name ? -1 : a.entity.name > b.entity.name ? 1 : 0));
  const aliasKeys: string[] = [];
  const aliasRanks: number[] = [];
  order.forEach(({ entity }, rank) => {
    for (const alias of entity.aliases) {
      const key = normalizeName(alias);
      if (!key) continue;
      aliasKeys.push(key);
      aliasRanks.push(rank);
    }
  });
  const nameKeys = order.map(({ entity }) => normalizeName(entity.name));
  return {
    ranked: Int32Array.from(order, (r) => r.index),
    speakers: order.filter((r) => r.quotes > 0).length,
    nameKeys,
    aliasKeys,
    aliasRanks: Int32Array.from(aliasRanks),
    names: namePostings(nameKeys),
    aliases: namePostings(aliasKeys),
  };
}

/** The searches over `entities` from their tables (which rank every entity once): cheap, so the tables can come from the store file. */
export function entityNamesFrom(entities: readonly Entity[], tables: EntityNameTables): EntityNames {
  const ranked = Array.from(tables.ranked, (index) => entities[index] as Entity);
  const names = nameSearch(tables.nameKeys, ranked, { candidates: CANDIDATES }, tables.names);
  const aliases = nameSearch(
    tables.aliasKeys,
    Array.from(tables.aliasRanks, (rank) => ranked[rank] as Entity),
    { candidates: CANDIDATES },
    tables.aliases,
  );
  const speakerAliases = countBelow(tables.aliasRanks, tables.speakers);
  return {
    all: { ranked, names, aliases },
    speakers: { ranked: ranked.slice(0, tables.speakers), names: names.within(tables.speakers), aliases: aliases.within(speakerAliases) },
    tables,
  };
}

/** The corpus's name searches: from the tables read with the store file, or else built on first use. */
export const entityNames: (corpus: Corpus) => EntityNames = memoise((corpus: Corpus) =>
  entityNamesFrom(corpus.store.entities, corpus.prebuilt.nameTables ?? entityNameTables(corpus)),
);
