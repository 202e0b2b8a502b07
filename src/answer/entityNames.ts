// Every entity's name and aliases, normalised once, with the name searches /quote, /who and
// autocomplete share. Entities are ranked by standing (most quoted, then most mentioned, then by
// name), so the quoted ones come first and "speakers only" is the same search cut short.
import type { Corpus } from "../store/corpus.ts";
import { memoise } from "../store/memoise.ts";
import type { Entity } from "../store/schema.ts";
import { nameSearch, type NameSearch } from "./nameSearch.ts";

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

/** An entity's canonical name, normalised once per entity. */
export const entityNameKey: (entity: Entity) => string = memoise((entity: Entity) => normalizeName(entity.name));

/** An entity's aliases, each normalised, once per entity. */
export const entityAliasKeys: (entity: Entity) => readonly string[] = memoise((entity: Entity) => entity.aliases.map(normalizeName));

/** The searches over one set of ranked entities: by canonical name, and by alias (one entry per alias). */
export interface RankedNames {
  readonly ranked: readonly Entity[];
  readonly names: NameSearch<Entity>;
  readonly aliases: NameSearch<Entity>;
}

export interface EntityNames {
  /** Every entity. */
  readonly all: RankedNames;
  /** The quoted entities only: the first of `all`. */
  readonly speakers: RankedNames;
}

/** Names and aliases are two shortlists: half the usual shortlist each keeps a typo's fuzzy match as cheap as one search. */
const CANDIDATES = 150;

const quoteCount = (corpus: Corpus, entity: Entity) => corpus.quotesBySpeaker.get(entity.id)?.length ?? 0;

function build(corpus: Corpus): EntityNames {
  const ranked = corpus.store.entities
    .map((entity) => ({ entity, quotes: quoteCount(corpus, entity), mentions: entity.mentions.length }))
    .sort((a, b) => b.quotes - a.quotes || b.mentions - a.mentions || (a.entity.name < b.entity.name ? -1 : a.entity.name > b.entity.name ? 1 : 0))
    .map((r) => r.entity);
  const speakerCount = ranked.findIndex((entity) => quoteCount(corpus, entity) === 0);
  const speakers = speakerCount < 0 ? ranked.length : speakerCount;
  const aliasEntries: { name: string; item: Entity }[] = [];
  let speakerAliases = 0;
  ranked.forEach((entity, rank) => {
    for (const name of entityAliasKeys(entity)) if (name) aliasEntries.push({ name, item: entity });
    if (rank === speakers - 1) speakerAliases = aliasEntries.length;
  });
  const names = nameSearch(
    ranked.map((entity) => ({ name: entityNameKey(entity), item: entity })),
    { candidates: CANDIDATES },
  );
  const aliases = nameSearch(aliasEntries, { candidates: CANDIDATES });
  return {
    all: { ranked, names, aliases },
    speakers: { ranked: ranked.slice(0, speakers), names: names.within(speakers), aliases: aliases.within(speakerAliases) },
  };
}

export const entityNames: (corpus: Corpus) => EntityNames = memoise(build);
