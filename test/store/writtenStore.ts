// The seed and the corpus fixtures (or the seed alone) ingested and written to a store file, as the stored-index
// tests read it back, and copies of that file edited by hand.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ingestSources } from "../../src/ingest/ingestSources.ts";
import type { Store } from "../../src/store/schema.ts";
import { writeStoreAtomically } from "../../src/store/storeFile.ts";

const tempStorePath = () => join(mkdtempSync(join(tmpdir(), "written-store-")), "store.json");

async function writtenStore(sources: string[]): Promise<{ store: Store; path: string }> {
  const store = ingestSources(sources, null).store;
  const path = tempStorePath();
  await writeStoreAtomically(path, store);
  return { store, path };
}

export const writtenCorpusStore = () => writtenStore(["data/sources", "test/fixtures/corpus"]);

/** The seed alone, written: its indexes fit other articles and entities than the corpus store's. */
export const writtenSeedStore = () => writtenStore(["data/sources"]);

/** The store file at `path` as JSON. */
export const storeFileJson = <File>(path: string): File => JSON.parse(readFileSync(path, "latin1")) as File;

/** A copy of the store file at `path` with `edit` applied to its JSON, as someone editing it by hand would; returns the copy's path. */
export function editedCopy<File>(path: string, edit: (file: File) => void): string {
  const file = storeFileJson<File>(path);
  edit(file);
  const edited = tempStorePath();
  writeFileSync(edited, JSON.stringify(file));
  return edited;
}

/** A store as plain data, as JSON would carry it: a loaded store's articles, entities and quotes read their bodies lazily, through getters. */
export const plainStore = (store: Store): unknown => JSON.parse(JSON.stringify(store));
