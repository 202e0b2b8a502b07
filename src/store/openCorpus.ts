// Opens the store for answering: loads and validates it, and first (re)builds it from the
// bundled sources when it is missing or older than them, so a fresh clone answers at once.
import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { ingestSources } from "../ingest/ingestSources.ts";
import { listSourceFiles } from "../ingest/sourceFiles.ts";
import { indexStore, type Corpus } from "./corpus.ts";
import { entityNames } from "./entityNames.ts";
import { buildPassageIndex } from "./passageIndex.ts";
import { loadStore, storePath, writeStoreAtomically } from "./storeFile.ts";

export const BUNDLED_SOURCES = resolve("data/sources");

export type OpenResult = { ok: true; corpus: Corpus; rebuilt: boolean } | { ok: false; message: string };

function newestSourceTime(dir: string): number {
  return Math.max(0, ...listSourceFiles([dir]).files.map((f) => statSync(f).mtimeMs));
}

function storeIsStale(path: string): boolean {
  if (!existsSync(path)) return true;
  return existsSync(BUNDLED_SOURCES) && newestSourceTime(BUNDLED_SOURCES) > statSync(path).mtimeMs;
}

/** Loads the store at STORE_PATH; rebuilds it from data/sources when it is missing or stale. */
export async function openCorpus(env: NodeJS.ProcessEnv = process.env): Promise<OpenResult> {
  const path = storePath(env);
  let notWritten = "";
  if (storeIsStale(path) && existsSync(BUNDLED_SOURCES)) {
    const previous = loadStore(path);
    const { store } = ingestSources([BUNDLED_SOURCES], previous.ok ? previous.store : null);
    const corpus = indexStore(store, { passageIndex: buildPassageIndex(store.articles) });
    try {
      await writeStoreAtomically(path, store, { passageIndex: corpus.storedPassageIndex, nameTables: entityNames(corpus).tables });
      return { ok: true, corpus, rebuilt: true };
    } catch (error) {
      notWritten = ` (it could not be rebuilt from ${BUNDLED_SOURCES}: ${(error as Error).message})`;
    }
  }
  const loaded = loadStore(path);
  if (!loaded.ok) return { ok: false, message: `${loaded.message}${notWritten}` };
  return { ok: true, corpus: indexStore(loaded.store, loaded.indexes), rebuilt: false };
}
