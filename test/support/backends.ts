// The store backends every store test runs against: SQLite always (in memory or a temporary file),
// PostgreSQL when TEST_DATABASE_URL names a server (`npm run test:pg` starts a throwaway one; CI
// always does). Each PostgreSQL store is a database of its own, dropped when the store closes, so
// test files running at once never see each other's articles.
import Database from "better-sqlite3";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { describe } from "vitest";
import type { CoverageStore } from "../../src/store/coverageStore.ts";
import { openPostgresStore } from "../../src/store/postgres/postgresStore.ts";
import { openSqliteStore } from "../../src/store/sqlite/sqliteStore.ts";

export const PG_SKIPPED = "skipped: TEST_DATABASE_URL not set, run `npm run test:pg`";

export interface Backend {
  name: "sqlite" | "postgres";
  /** Why its tests are skipped here, when they are. */
  skipped?: string;
  /** A new, empty store. */
  open(): Promise<CoverageStore>;
  /** Where child processes find a new, empty store: the variables to give them, and how to remove it afterwards. */
  target(): Promise<StoreTarget>;
}

export interface StoreTarget {
  env: NodeJS.ProcessEnv;
  /** The rows of a query (plain SQL both databases read alike), each row as its values. */
  query(sql: string): Promise<unknown[][]>;
  remove(): Promise<void>;
}

async function queryPostgres(url: string, sql: string): Promise<unknown[][]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<unknown[]>({ text: sql, rowMode: "array" })).rows;
  } finally {
    await client.end();
  }
}

function querySqlite(path: string, sql: string): Promise<unknown[][]> {
  const db = new Database(path, { readonly: true });
  try {
    return Promise.resolve(db.prepare(sql).raw().all() as unknown[][]);
  } finally {
    db.close();
  }
}

const serverUrl = (): string | undefined => process.env.TEST_DATABASE_URL?.trim() || undefined;

/** A new empty database on the test server: its URL, and how to drop it. */
export async function freshDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const server = serverUrl();
  if (!server) throw new Error(`PostgreSQL tests need TEST_DATABASE_URL (${PG_SKIPPED})`);
  const name = `coverage_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(server);
  url.pathname = `/${name}`;
  const drop = async () => {
    const client = new pg.Client({ connectionString: server });
    await client.connect();
    try {
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    } finally {
      await client.end();
    }
  };
  return { url: url.toString(), drop };
}

/** A PostgreSQL store in a database of its own, dropped when the store is closed. */
export async function postgresStore(): Promise<CoverageStore> {
  const database = await freshDatabase();
  const store = await openPostgresStore(database.url);
  return {
    ...store,
    close: async () => {
      await store.close();
      await database.drop();
    },
  };
}

export const sqliteBackend: Backend = {
  name: "sqlite",
  open: () => Promise.resolve(openSqliteStore(":memory:")),
  target: () => {
    const dir = mkdtempSync(join(tmpdir(), "coverage-store-"));
    const path = join(dir, "coverage.db");
    return Promise.resolve({
      env: { STORE_PATH: path },
      query: (sql) => querySqlite(path, sql),
      remove: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })),
    });
  },
};

export const postgresBackend: Backend = {
  name: "postgres",
  ...(serverUrl() ? {} : { skipped: PG_SKIPPED }),
  open: postgresStore,
  target: async () => {
    const database = await freshDatabase();
    return { env: { DATABASE_URL: database.url }, query: (sql) => queryPostgres(database.url, sql), remove: database.drop };
  },
};

export const backends: readonly Backend[] = [sqliteBackend, postgresBackend];

/** A describe block on one backend; when that backend is not there it shows as a skipped block saying why. */
export function describeOn(backend: Backend, title: string, body: (backend: Backend) => void): void {
  if (backend.skipped) describe.skip(`${title} (${backend.name}: ${backend.skipped})`, () => body(backend));
  else describe(`${title} (${backend.name})`, () => body(backend));
}

/** A describe block run once per backend. */
export function describeEachBackend(title: string, body: (backend: Backend) => void): void {
  for (const backend of backends) describeOn(backend, title, body);
}
