// The seed and the corpus fixtures (or the seed alone) ingested and written to a store file, as the stored-index
// tests read it back, and copies of that file edited by hand.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll } from "vitest";
import { ingestSources } from "../../src/ingest/ingestSources.ts";
import { indexStore, type Corpus } from "../../src/store/corpus.ts";
import type { Store } from "../../src/store/schema.ts";
import type { StoredIndexes } from "../../src/store/storedIndexes.ts";
import { loadStore, writeStoreAtomically, type LoadResult } from "../../src/store/storeFile.ts";

const tempStorePath = () => join(mkdtempSync(join(tmpdir(), "written-store-")), "store.json");

async function writtenStore(sources: string[]): Promise<{ store: Store; path: string }> {
  const store = ingestSources(sources, null).store;
  const path = tempStorePath();
  await writeStoreAtomically(path, store);
  return { store, path };
}

export const writtenCorpusStore = () => writtenStore(["data/sources", "test/fixtures/corpus"]);

/** The store file at `path` as JSON. */
const storeFileJson = <File>(path: string): File => JSON.parse(readFileSync(path, "latin1")) as File;

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

/** A store file loaded, and the corpus the commands answer from it. */
export type LoadedStore = Extract<LoadResult, { ok: true }> & { corpus: Corpus };

/** The corpus store, written once before a test file's tests: as ingest made it, as loaded back, and hand-edited. */
export interface WrittenCorpus<File> {
  readonly store: Store;
  readonly path: string;
  /** A corpus over the store as ingest made it, indexes built from scratch. */
  fresh(): Corpus;
  /** The store file at `file` (the written one unless given) loaded; throws when it does not load. */
  loaded(file?: string): LoadedStore;
  /** The path of a copy of the written file with `edit` applied to its JSON. */
  rewrite(edit: (file: File) => void): string;
  /** The path of a copy of the written file whose index `name` is the one written for the seed alone: it fits other articles and entities. */
  withSeedIndex(name: keyof StoredIndexes): Promise<string>;
}

export function writtenCorpusFixture<File>(): WrittenCorpus<File> {
  let written: { store: Store; path: string } | undefined;
  beforeAll(async () => {
    written = await writtenCorpusStore();
  });
  const get = () => {
    if (!written) throw new Error("the written store is read before the test file's beforeAll ran");
    return written;
  };
  return {
    get store() {
      return get().store;
    },
    get path() {
      return get().path;
    },
    fresh: () => indexStore(get().store),
    loaded(file = get().path) {
      const loaded = loadStore(file);
      if (!loaded.ok) throw new Error(loaded.message);
      return { ...loaded, corpus: indexStore(loaded.store, loaded.indexes) };
    },
    rewrite: (edit) => editedCopy(get().path, edit),
    async withSeedIndex(name) {
      const seed = storeFileJson<StoredIndexes>((await writtenStore(["data/sources"])).path);
      return editedCopy<StoredIndexes>(get().path, (file) => Object.assign(file, { [name]: seed[name] }));
    },
  };
}
