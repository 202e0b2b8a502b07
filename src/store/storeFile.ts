// Reading and writing the store file: atomic writes (temp file + rename, so an interrupted
// ingest leaves the previous store intact) and validated loads with one clear error line.
import { existsSync, readFileSync } from "node:fs";
import { mkdir, open, rename, rm } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { SCHEMA_VERSION, StoreSchema, type Store } from "./schema.ts";

export const DEFAULT_STORE_PATH = "data/store.json";

export function storePath(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.STORE_PATH?.trim() || DEFAULT_STORE_PATH);
}

export type LoadResult = { ok: true; store: Store } | { ok: false; reason: "missing" | "corrupt" | "version"; message: string };

export function loadStore(path: string): LoadResult {
  const fix = "run `npm run ingest -- data/sources` to rebuild it";
  if (!existsSync(path)) return { ok: false, reason: "missing", message: `No store at ${path}: ${fix}.` };
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
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
  const parsed = StoreSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? `${issue.path.join(".")}: ${issue.message}` : "unknown problem";
    return { ok: false, reason: "corrupt", message: `The store ${path} does not match the schema (${where}): ${fix}.` };
  }
  return { ok: true, store: parsed.data };
}

/** Writes the store to a temp file beside `path`, flushes it, then renames it over `path`. */
export async function writeStoreAtomically(path: string, store: Store): Promise<void> {
  const checked = StoreSchema.parse(store);
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.tmp-${process.pid}-${Date.now()}`;
  const file = await open(temp, "w");
  try {
    await file.writeFile(JSON.stringify(checked));
    await file.sync();
  } catch (error) {
    await file.close();
    await rm(temp, { force: true });
    throw error;
  }
  await file.close();
  await rename(temp, path);
}
