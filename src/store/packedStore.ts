// The store as its file holds it: article heads as objects, and the bulk (bodies, entities with
// their mentions, quotes) packed into strings and typed arrays that parse many times faster.
import { bodyTable, type BodyTable } from "./bodyTable.ts";
import { lazyArticles, packBodies, readBodies } from "./packedBodies.ts";
import { mentionTable, type MentionTable } from "./mentionTable.ts";
import { packEntities, unpackEntities } from "./packedEntities.ts";
import { packQuotes, unpackQuotes } from "./packedQuotes.ts";
import { SCHEMA_VERSION, type Store, type StoreFile } from "./schema.ts";

/** The store file without its indexes. */
export type PackedStore = Omit<StoreFile, "passageIndex" | "entityNames" | "articleNames" | "nameForms" | "headlineIndex">;

export function packStore(store: Store, bodies: BodyTable = bodyTable(store.articles), mentions: MentionTable = mentionTable(store)): PackedStore {
  const articleNumbers = new Map(store.articles.map((a, i) => [a.id, i]));
  return {
    schemaVersion: SCHEMA_VERSION,
    builtAt: store.builtAt,
    articles: store.articles.map(({ paragraphs: _paragraphs, sentenceScores: _scores, ...head }) => head),
    bodies: packBodies(bodies),
    entities: packEntities(store.entities, mentions),
    quotes: packQuotes(store.quotes, bodies, articleNumbers, store.entities),
  };
}

/** The store read back from its file, with its body and mention tables; throws a StoreFileProblem when the packed parts do not fit together. */
export function unpackStore(file: PackedStore): { store: Store; bodies: BodyTable; mentions: MentionTable } {
  const bodies = readBodies(file.bodies, file.articles);
  const { entities, mentions } = unpackEntities(file.entities, file.articles, bodies);
  const store: Store = {
    schemaVersion: file.schemaVersion,
    builtAt: file.builtAt,
    articles: lazyArticles(file.articles, bodies),
    entities,
    quotes: unpackQuotes(file.quotes, file.articles, bodies, entities),
  };
  return { store, bodies, mentions };
}
