// Where the store lives, read from the environment in one place: STORE_PATH, or data/coverage.db.
import { resolve } from "node:path";

export const DEFAULT_STORE_PATH = "data/coverage.db";
/** The JSON store of the release before the SQLite one. */
export const LEGACY_STORE_PATH = "data/store.json";
/** The articles that ship with the project: they fill a store only when it is first created at the default path. */
export const BUNDLED_SOURCES = "data/sources";

export function storePath(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.STORE_PATH?.trim() || DEFAULT_STORE_PATH);
}
