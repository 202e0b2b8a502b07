// Where the store lives, read from the environment in one place: PostgreSQL at DATABASE_URL when it
// is set, else the SQLite file at STORE_PATH, or data/coverage.db.
import { resolve } from "node:path";

export const DEFAULT_STORE_PATH = "data/coverage.db";
/** The JSON store of the release before the SQLite one. */
export const LEGACY_STORE_PATH = "data/store.json";
/** The articles that ship with the project: they fill a store only when it is first created at the default path. */
export const BUNDLED_SOURCES = "data/sources";

export function storePath(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.STORE_PATH?.trim() || DEFAULT_STORE_PATH);
}

export type StoreLocation = { kind: "postgres"; url: string } | { kind: "sqlite"; path: string } | { kind: "invalid"; message: string };

/** The store this process opens: DATABASE_URL (postgres:// or postgresql://) when set, else the SQLite file. */
export function storeLocation(env: NodeJS.ProcessEnv = process.env): StoreLocation {
  const url = env.DATABASE_URL?.trim();
  if (!url) return { kind: "sqlite", path: storePath(env) };
  if (!/^postgres(?:ql)?:\/\//iu.test(url)) {
    return { kind: "invalid", message: "DATABASE_URL must be a PostgreSQL URL (postgres://user:password@host:5432/database); unset it to use the SQLite file at STORE_PATH." };
  }
  return { kind: "postgres", url };
}
