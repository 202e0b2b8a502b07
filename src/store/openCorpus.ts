// Opens the store for answering: loads and validates it, and first (re)builds it from the
// bundled sources when it is missing, older than them, or unreadable by this version while it
// holds only their articles, so a fresh clone, or one just updated, answers at once.
import { existsSync, readFileSync, statSync } from "node:fs";
import { resolve, sep } from "node:path";
import { ingestSources } from "../ingest/ingestSources.ts";
import { listSourceFiles } from "../ingest/sourceFiles.ts";
import { articleNames } from "./articleNames.ts";
import { bodyTable } from "./bodyTable.ts";
import { headlineIndex } from "./headlineIndex.ts";
import { nameForms } from "./nameForms.ts";
import { indexStore, type Corpus } from "./corpus.ts";
import { entityNames } from "./entityNames.ts";
import { buildPassageIndex } from "./passageIndex.ts";
import type { Store } from "./schema.ts";
import { loadStore, storePath, writeStoreAtomically } from "./storeFile.ts";

export const BUNDLED_SOURCES = resolve("data/sources");

export type OpenResult = { ok: true; corpus: Corpus; rebuilt: boolean } | { ok: false; message: string };

function newestSourceTime(dir: string): number {
  return Math.max(0, ...listSourceFiles([dir]).files.map((f) => statSync(f).mtimeMs));
}

/** Whether the store at `path` is older than a bundled source file. */
function storeIsStale(path: string): boolean {
  return newestSourceTime(BUNDLED_SOURCES) > statSync(path).mtimeMs;
}

/** Ingests the bundled sources (keeping what `previous` already holds) and writes the store: its corpus, or why it could not be written. */
async function rebuild(path: string, previous: Store | null): Promise<{ ok: true; corpus: Corpus } | { ok: false; problem: string }> {
  const { store } = ingestSources([BUNDLED_SOURCES], previous);
  const corpus = indexStore(store, { passageIndex: buildPassageIndex(bodyTable(store.articles)) });
  try {
    await writeStoreAtomically(path, store, {
      passageIndex: corpus.prebuilt.passageIndex,
      nameTables: entityNames(corpus).tables,
      articleNames: articleNames(corpus).tables,
      nameForms: nameForms(corpus),
      headlineIndex: headlineIndex(corpus),
      mentions: corpus.mentionTable,
    });
    return { ok: true, corpus };
  } catch (error) {
    return { ok: false, problem: (error as Error).message };
  }
}

/**
 * Whether the store file at `path`, which this version cannot read (an older version, or damaged), can be
 * rebuilt from the bundled sources without losing an article: every article it lists came from them.
 */
function onlyBundledArticles(path: string): boolean {
  try {
    const file = JSON.parse(readFileSync(path, "utf8")) as { articles?: unknown };
    const bundled = (article: unknown) => {
      const source = (article as { sourcePath?: unknown } | null)?.sourcePath;
      return typeof source === "string" && resolve(source).startsWith(`${BUNDLED_SOURCES}${sep}`);
    };
    return Array.isArray(file.articles) && file.articles.every(bundled);
  } catch {
    return false;
  }
}

/**
 * Loads the store at STORE_PATH; rebuilds it from data/sources when it is missing or older than them, or
 * when this version cannot read it and it holds only their articles. A store with other articles is never
 * replaced here: the message says to ingest them again.
 */
export async function openCorpus(env: NodeJS.ProcessEnv = process.env): Promise<OpenResult> {
  const path = storePath(env);
  const loaded = loadStore(path);
  let notWritten = "";
  if (existsSync(BUNDLED_SOURCES)) {
    const replaceable = loaded.ok ? storeIsStale(path) : loaded.reason === "missing" || onlyBundledArticles(path);
    if (replaceable) {
      const rebuilt = await rebuild(path, loaded.ok ? loaded.store : null);
      if (rebuilt.ok) return { ok: true, corpus: rebuilt.corpus, rebuilt: true };
      notWritten = ` (it could not be rebuilt from ${BUNDLED_SOURCES}: ${rebuilt.problem})`;
    }
  }
  if (!loaded.ok) return { ok: false, message: `${loaded.message}${notWritten}` };
  return { ok: true, corpus: indexStore(loaded.store, loaded.indexes), rebuilt: false };
}
