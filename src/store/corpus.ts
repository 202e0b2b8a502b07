// The loaded store with the lookups every command needs: articles, entities and quotes by id,
// quotes by speaker and by the entities they mention. Built once per load; read-only after.
import type { ArticleNameTables } from "./articleNames.ts";
import type { EntityNameTables } from "./entityNames.ts";
import type { HeadlineIndex } from "./headlineIndex.ts";
import { mentionTable, type MentionTable } from "./mentionTable.ts";
import type { NameForms } from "./nameForms.ts";
import type { PassageIndex } from "./passageIndex.ts";
import type { Article } from "../model/article.ts";
import type { Entity } from "../model/entity.ts";
import type { Quote } from "../model/quote.ts";
import type { Store } from "./schema.ts";

export interface Corpus {
  readonly store: Store;
  readonly articles: ReadonlyMap<string, Article>;
  readonly entities: ReadonlyMap<string, Entity>;
  /** Quotes by speaker entity id, in article and paragraph order. */
  readonly quotesBySpeaker: ReadonlyMap<string, readonly Quote[]>;
  /** Quotes that mention an entity (by someone else), by that entity's id. */
  readonly quotesAbout: ReadonlyMap<string, readonly Quote[]>;
  /** How many quotes each article has, by article id. */
  readonly quoteCounts: ReadonlyMap<string, number>;
  /** The indexes handed over at load (read from the store file, or just built by ingest); one that is missing is built on first use. */
  readonly prebuilt: Readonly<Omit<PrebuiltIndexes, "mentions">>;
  /** Every entity's mentions as numbers. */
  readonly mentionTable: MentionTable;
}

/** Indexes ingest wrote into the store file (or just built), handed to the corpus so they are not built again. */
export interface PrebuiltIndexes {
  passageIndex?: PassageIndex | null;
  nameTables?: EntityNameTables | null;
  articleNames?: ArticleNameTables | null;
  nameForms?: NameForms | null;
  headlineIndex?: HeadlineIndex | null;
  /** The mention table the store file holds (a loaded entity's mentions are read from it). */
  mentions?: MentionTable;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function indexStore(store: Store, prebuilt: PrebuiltIndexes = {}): Corpus {
  const quotesBySpeaker = new Map<string, Quote[]>();
  const quotesAbout = new Map<string, Quote[]>();
  const quoteCounts = new Map<string, number>();
  for (const quote of store.quotes) {
    quoteCounts.set(quote.article, (quoteCounts.get(quote.article) ?? 0) + 1);
    if (quote.speakerId) push(quotesBySpeaker, quote.speakerId, quote);
    for (const id of quote.about) if (id !== quote.speakerId) push(quotesAbout, id, quote);
  }
  return {
    store,
    articles: new Map(store.articles.map((a) => [a.id, a])),
    entities: new Map(store.entities.map((e) => [e.id, e])),
    quotesBySpeaker,
    quotesAbout,
    quoteCounts,
    prebuilt,
    mentionTable: prebuilt.mentions ?? mentionTable(store),
  };
}
