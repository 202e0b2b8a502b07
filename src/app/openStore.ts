// Opens the store for a process: PostgreSQL when DATABASE_URL is set, else the SQLite file at
// STORE_PATH (default data/coverage.db). A SQLite store
// created just now at the default path by the bot or the CLI is filled with the bundled articles of
// data/sources, so a fresh clone answers at once; an operator's own store never gets them (nor does
// one that `npm run ingest` creates: it holds what the operator ingests). A JSON store left by the
// previous release is not read: the operator is told, once, how to build the new one.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { CoverageStore } from "../store/coverageStore.ts";
import { openSqliteStore } from "../store/sqlite/sqliteStore.ts";
import { StoreProblem } from "../store/storeProblem.ts";
import { BUNDLED_SOURCES, DEFAULT_STORE_PATH, LEGACY_STORE_PATH, storeLocation } from "./storeConfig.ts";

export type OpenResult = { ok: true; store: CoverageStore; path: string; notice?: string } | { ok: false; message: string };

const LEGACY_NOTICE = `${LEGACY_STORE_PATH} is a store from the previous release and is no longer read; the store is now ${DEFAULT_STORE_PATH}. Run \`npm run ingest -- <your article folders>\` to build it, then delete ${LEGACY_STORE_PATH}.`;

export interface OpenOptions {
  /** Fill a store created now at the default path with the bundled articles (not when ingest creates it). */
  seed?: boolean;
}

/** The PostgreSQL store is the operator's own: it holds what they ingest, never the bundled articles. */
async function openShared(url: string): Promise<OpenResult> {
  const [{ describeUrl }, { openPostgresStore }] = await Promise.all([import("../store/postgres/connection.ts"), import("../store/postgres/postgresStore.ts")]);
  const where = describeUrl(url);
  try {
    return { ok: true, store: await openPostgresStore(url), path: `postgres ${where}` };
  } catch (error) {
    if (error instanceof StoreProblem) return { ok: false, message: error.message };
    return { ok: false, message: `The PostgreSQL store ${where} could not be opened: ${(error as Error).message}` };
  }
}

export async function openStore(env: NodeJS.ProcessEnv = process.env, options: OpenOptions = {}): Promise<OpenResult> {
  const location = storeLocation(env);
  if (location.kind === "invalid") return { ok: false, message: location.message };
  if (location.kind === "postgres") return openShared(location.url);
  const { path } = location;
  const isNew = !existsSync(path);
  let store: CoverageStore;
  try {
    store = openSqliteStore(path);
  } catch (error) {
    if (error instanceof StoreProblem) return { ok: false, message: error.message };
    return { ok: false, message: `The store ${path} could not be opened: ${(error as Error).message}` };
  }
  const atDefault = path === resolve(DEFAULT_STORE_PATH);
  if (isNew && atDefault && (options.seed ?? true) && existsSync(BUNDLED_SOURCES)) {
    const { ingestSources } = await import("./ingestSources.ts");
    await ingestSources(store, [BUNDLED_SOURCES]);
  }
  const legacy = atDefault && existsSync(LEGACY_STORE_PATH);
  return { ok: true, store, path, ...(legacy ? { notice: LEGACY_NOTICE } : {}) };
}
