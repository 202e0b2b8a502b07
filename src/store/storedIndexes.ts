// Every index written into the store file beside the store: built (or handed over, when already
// built) as the store is written, and read back on load, each one left unread, for the corpus to
// build afresh, when it does not match its schema or does not fit the store.
import { articleNameTables } from "./articleNames.ts";
import type { BodyTable } from "./bodyTable.ts";
import { indexStore, type PrebuiltIndexes } from "./corpus.ts";
import { entityNameTables } from "./entityNames.ts";
import { buildHeadlineIndex } from "./headlineIndex.ts";
import { buildNameForms } from "./nameForms.ts";
import { buildPassageIndex } from "./passageIndex.ts";
import { StoredArticleNamesSchema, StoredEntityNamesSchema, StoredHeadlineIndexSchema, StoredNameFormsSchema, StoredPassageIndexSchema, type Store, type StoreFile, type WrittenStoreFile } from "./schema.ts";
import { packArticleNames, unpackArticleNames } from "./storedArticleNames.ts";
import { packEntityNames, unpackEntityNames } from "./storedEntityNames.ts";
import { packHeadlineIndex, unpackHeadlineIndex } from "./storedHeadlineIndex.ts";
import { packNameForms, unpackNameForms } from "./storedNameForms.ts";
import { packPassageIndex, unpackPassageIndex } from "./storedPassageIndex.ts";
import { compiler, type Validated } from "./validateStore.ts";

export type StoredIndexes = Pick<WrittenStoreFile, "passageIndex" | "entityNames" | "articleNames" | "nameForms" | "headlineIndex">;

/** The indexes of `store` as the file holds them, building those not handed over in `built`. */
export function packIndexes(store: Store, bodies: BodyTable, built: PrebuiltIndexes): StoredIndexes {
  return {
    passageIndex: packPassageIndex(built.passageIndex ?? buildPassageIndex(bodies)),
    entityNames: packEntityNames(built.nameTables ?? entityNameTables(indexStore(store, built))),
    articleNames: packArticleNames(built.articleNames ?? articleNameTables(store.articles)),
    nameForms: packNameForms(built.nameForms ?? buildNameForms(store.entities)),
    headlineIndex: packHeadlineIndex(built.headlineIndex ?? buildHeadlineIndex(store.articles)),
  };
}

const validatePassageIndex = compiler(StoredPassageIndexSchema);
const validateEntityNames = compiler(StoredEntityNamesSchema);
const validateArticleNames = compiler(StoredArticleNamesSchema);
const validateNameForms = compiler(StoredNameFormsSchema);
const validateHeadlineIndex = compiler(StoredHeadlineIndexSchema);

/** A stored index read back when it matches its schema and fits the store; else null. */
function readIndex<Stored, Index>(stored: unknown, validate: (data: unknown) => Validated<Stored>, unpack: (stored: Stored) => Index | null): Index | null {
  if (stored === undefined) return null;
  const checked = validate(stored);
  return checked.ok ? unpack(checked.value) : null;
}

/** The indexes of the store file that fit `store`, read back from it. */
export function readIndexes(file: StoreFile, store: Store, bodies: BodyTable): PrebuiltIndexes {
  return {
    passageIndex: readIndex(file.passageIndex, validatePassageIndex, (stored) => unpackPassageIndex(stored, bodies)),
    nameTables: readIndex(file.entityNames, validateEntityNames, (stored) => unpackEntityNames(stored, store.entities)),
    articleNames: readIndex(file.articleNames, validateArticleNames, (stored) => unpackArticleNames(stored, store.articles)),
    nameForms: readIndex(file.nameForms, validateNameForms, (stored) => unpackNameForms(stored, store.entities)),
    headlineIndex: readIndex(file.headlineIndex, validateHeadlineIndex, (stored) => unpackHeadlineIndex(stored, store.articles)),
  };
}
