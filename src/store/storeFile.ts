// Reading and writing the store file: atomic writes (temp file + rename, so an interrupted
// ingest leaves the previous store intact) and validated loads with one clear error line.
// The file is JSON, its bulk packed (see packedStore.ts), with every non-ASCII character escaped: an ASCII file is read as one-byte text
// without UTF-8 decoding, and parses several times faster. A hand-edited file with UTF-8 in it still loads.
import { isAscii } from "node:buffer";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, open, readdir, rename, rm } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { articleNameTables } from "./articleNames.ts";
import { bodyTable } from "./bodyTable.ts";
import { buildHeadlineIndex } from "./headlineIndex.ts";
import { buildNameForms } from "./nameForms.ts";
import { indexStore, type PrebuiltIndexes } from "./corpus.ts";
import { entityNameTables } from "./entityNames.ts";
import { buildPassageIndex } from "./passageIndex.ts";
import {
  SCHEMA_VERSION,
  StoredArticleNamesSchema,
  StoredEntityNamesSchema,
  StoredHeadlineIndexSchema,
  StoredNameFormsSchema,
  StoredPassageIndexSchema,
  type Store,
  type WrittenStoreFile,
} from "./schema.ts";
import { packEntityNames, unpackEntityNames } from "./storedEntityNames.ts";
import { packArticleNames, unpackArticleNames } from "./storedArticleNames.ts";
import { packHeadlineIndex, unpackHeadlineIndex } from "./storedHeadlineIndex.ts";
import { packNameForms, unpackNameForms } from "./storedNameForms.ts";
import { packPassageIndex, unpackPassageIndex } from "./storedPassageIndex.ts";
import { compiler, validateStore, validateStoreFile, type Validated } from "./validateStore.ts";
import { packStore, unpackStore } from "./packedStore.ts";
import { StoreFileProblem } from "./storeFileProblem.ts";

export const DEFAULT_STORE_PATH = "data/store.json";

export function storePath(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.STORE_PATH?.trim() || DEFAULT_STORE_PATH);
}

export type LoadResult =
  | { ok: true; store: Store; indexes: PrebuiltIndexes }
  | { ok: false; reason: "missing" | "corrupt" | "version"; message: string };

const validatePassageIndex = compiler(StoredPassageIndexSchema);
const validateEntityNames = compiler(StoredEntityNamesSchema);
const validateArticleNames = compiler(StoredArticleNamesSchema);
const validateNameForms = compiler(StoredNameFormsSchema);
const validateHeadlineIndex = compiler(StoredHeadlineIndexSchema);

/** A stored index read back when it matches its schema and fits the store; else null, and the caller builds it afresh. */
function readIndex<Stored, Index>(stored: unknown, validate: (data: unknown) => Validated<Stored>, unpack: (stored: Stored) => Index | null): Index | null {
  if (stored === undefined) return null;
  const checked = validate(stored);
  return checked.ok ? unpack(checked.value) : null;
}

/** Loads the store at `path`; with `indexes: false` (ingest, which builds its own), the stored indexes are left unread. */
export function loadStore(path: string, { indexes = true }: { indexes?: boolean } = {}): LoadResult {
  const fix = "run `npm run ingest -- data/sources` to rebuild it";
  if (!existsSync(path)) return { ok: false, reason: "missing", message: `No store at ${path}: ${fix}.` };
  let json: unknown;
  try {
    const bytes = readFileSync(path);
    json = JSON.parse(bytes.toString(isAscii(bytes) ? "latin1" : "utf8"));
  } catch (error) {
    return { ok: false, reason: "corrupt", message: `The store ${path} is not valid JSON (${(error as Error).message}): ${fix}.` };
  }
  const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (version !== SCHEMA_VERSION) {
    return {
      ok: false,
      reason: "version",
      message: `The store ${path} has schema version ${String(version)}, this bot reads version ${SCHEMA_VERSION}: ${fix}.`,
    };
  }
  const checked = validateStoreFile(json);
  if (!checked.ok) {
    return { ok: false, reason: "corrupt", message: `The store ${path} does not match the schema (${checked.problem}): ${fix}.` };
  }
  const { passageIndex, entityNames, articleNames, nameForms, headlineIndex, ...packed } = checked.value;
  let unpacked: ReturnType<typeof unpackStore>;
  try {
    unpacked = unpackStore(packed);
  } catch (error) {
    if (!(error instanceof StoreFileProblem)) throw error;
    return { ok: false, reason: "corrupt", message: `The store ${path} does not hold together (${error.message}): ${fix}.` };
  }
  const { store, bodies, mentions } = unpacked;
  if (!indexes) return { ok: true, store, indexes: { mentions } };
  return {
    ok: true,
    store,
    indexes: {
      passageIndex: readIndex(passageIndex, validatePassageIndex, (stored) => unpackPassageIndex(stored, bodies)),
      nameTables: readIndex(entityNames, validateEntityNames, (stored) => unpackEntityNames(stored, store.entities)),
      articleNames: readIndex(articleNames, validateArticleNames, (stored) => unpackArticleNames(stored, store.articles)),
      nameForms: readIndex(nameForms, validateNameForms, (stored) => unpackNameForms(stored, store.entities)),
      headlineIndex: readIndex(headlineIndex, validateHeadlineIndex, (stored) => unpackHeadlineIndex(stored, store.articles)),
      mentions,
    },
  };
}

const asciiEscape = (char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;

/** The store file as JSON text with every non-ASCII character written as a \\u escape. */
export function storeJson(store: WrittenStoreFile): string {
  return JSON.stringify(store).replace(/[\u007f-\uffff]/g, asciiEscape);
}

const isRunning = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};

/** Removes the temp files beside `path` left by writers that were killed mid-write (their process is gone). */
async function removeAbandonedTemps(path: string): Promise<void> {
  const prefix = `${basename(path)}.tmp-`;
  for (const name of await readdir(dirname(path))) {
    const pid = name.startsWith(prefix) ? Number(/^(\d+)-\d+$/u.exec(name.slice(prefix.length))?.[1]) : NaN;
    if (pid > 0 && pid !== process.pid && !isRunning(pid)) await rm(join(dirname(path), name), { force: true });
  }
}

/**
 * Writes the store, with the indexes built from it (passage index, name tables, name forms, headline index), to a temp file beside
 * `path`, flushes it, then renames it over `path`. Pass the indexes that have already been built.
 */
export async function writeStoreAtomically(path: string, store: Store, built: PrebuiltIndexes = {}): Promise<void> {
  const checked = validateStore(store);
  if (!checked.ok) throw new Error(`refusing to write a store that does not match the schema (${checked.problem})`);
  await mkdir(dirname(path), { recursive: true });
  await removeAbandonedTemps(path);
  const temp = `${path}.tmp-${process.pid}-${Date.now()}`;
  const file = await open(temp, "w");
  try {
    const bodies = bodyTable(store.articles);
    const passageIndex = built.passageIndex ?? buildPassageIndex(bodies);
    const nameTables = built.nameTables ?? entityNameTables(indexStore(store));
    const articleNames = built.articleNames ?? articleNameTables(store.articles);
    const nameForms = built.nameForms ?? buildNameForms(store.entities);
    const headlineIndex = built.headlineIndex ?? buildHeadlineIndex(store.articles);
    await file.writeFile(
      storeJson({
        ...packStore(checked.value, bodies),
        passageIndex: packPassageIndex(passageIndex),
        entityNames: packEntityNames(nameTables),
        articleNames: packArticleNames(articleNames),
        nameForms: packNameForms(nameForms),
        headlineIndex: packHeadlineIndex(headlineIndex),
      }),
    );
    await file.sync();
    await file.close();
    await rename(temp, path);
  } catch (error) {
    await file.close().catch(() => undefined);
    await rm(temp, { force: true });
    throw error;
  }
}
