// Reading and writing the store file: atomic writes (temp file + rename, so an interrupted
// ingest leaves the previous store intact) and validated loads with one clear error line.
// The file is JSON, its bulk packed (see packedStore.ts), with every non-ASCII character escaped: an ASCII file is read as one-byte text
// without UTF-8 decoding, and parses several times faster. A hand-edited file with UTF-8 in it still loads.
import { isAscii } from "node:buffer";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, open, readdir, rename, rm } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { bodyTable } from "./bodyTable.ts";
import { mentionTable } from "./mentionTable.ts";
import type { PrebuiltIndexes } from "./corpus.ts";
import { packStore, unpackStore } from "./packedStore.ts";
import { SCHEMA_VERSION, type Store, type WrittenStoreFile } from "./schema.ts";
import { packIndexes, readIndexes } from "./storedIndexes.ts";
import { StoreFileProblem } from "./storeFileProblem.ts";
import { validateStore, validateStoreFile } from "./validateStore.ts";

export const DEFAULT_STORE_PATH = "data/store.json";

export function storePath(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.STORE_PATH?.trim() || DEFAULT_STORE_PATH);
}

export type LoadResult =
  | { ok: true; store: Store; indexes: PrebuiltIndexes }
  | { ok: false; reason: "missing" | "corrupt" | "version"; message: string };

/** Loads the store at `path`; with `indexes: false` (ingest, which builds its own), the stored indexes are left unread. */
export function loadStore(path: string, { indexes = true }: { indexes?: boolean } = {}): LoadResult {
  const fix = "run `npm run ingest -- data/sources <your article folders>` to rebuild it";
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
  let unpacked: ReturnType<typeof unpackStore>;
  try {
    unpacked = unpackStore(checked.value);
  } catch (error) {
    if (!(error instanceof StoreFileProblem)) throw error;
    return { ok: false, reason: "corrupt", message: `The store ${path} does not hold together (${error.message}): ${fix}.` };
  }
  const { store, bodies, mentions } = unpacked;
  return { ok: true, store, indexes: { ...(indexes ? readIndexes(checked.value, store, bodies) : {}), mentions } };
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
 * Writes the store, with every index built from it (see storedIndexes.ts), to a temp file beside `path`,
 * flushes it, then renames it over `path`. Pass the indexes that have already been built.
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
    const mentions = built.mentions ?? mentionTable(store);
    await file.writeFile(storeJson({ ...packStore(checked.value, bodies, mentions), ...packIndexes(checked.value, bodies, { ...built, mentions }) }));
    await file.sync();
    await file.close();
    await rename(temp, path);
  } catch (error) {
    await file.close().catch(() => undefined);
    await rm(temp, { force: true });
    throw error;
  }
}
