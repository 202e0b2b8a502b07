// Where the bench keeps its stores, on either backend: a SQLite file under .scratch/bench/, or a
// database of its own on the PostgreSQL server at BENCH_DATABASE_URL (or TEST_DATABASE_URL, as
// `.ci/with-postgres npm run bench -- --backend postgres` sets it). A store is named by a location
// string, a file path or a postgres:// URL, so the measuring child process opens the same one.
import { existsSync, rmSync, statSync } from "node:fs";
import Database from "better-sqlite3";
import type pg from "pg";
import type { CoverageStore } from "../../src/store/coverageStore.ts";
import { openSqliteStore } from "../../src/store/sqlite/sqliteStore.ts";

export type BackendName = "sqlite" | "postgres";

const isPostgres = (location: string): boolean => /^postgres(?:ql)?:\/\//u.test(location);

function server(): string {
  const url = (process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "").trim();
  if (!url) throw new Error("--backend postgres needs BENCH_DATABASE_URL (or run it as `.ci/with-postgres npm run bench -- --backend postgres`)");
  return url;
}

/** PostgreSQL's client and store are loaded only for a PostgreSQL store: a SQLite bench process starts without them, as a SQLite bot does. */
async function onServer<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const { default: postgres } = await import("pg");
  const client = new postgres.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The location of the store called `name` (a file path under `dir` for SQLite), whether or not it exists. */
export function locationOf(backend: BackendName, dir: string, name: string): string {
  if (backend === "sqlite") return `${dir}/${name}.db`;
  const url = new URL(server());
  url.pathname = `/coverage_bench_${name.replace(/[^a-z0-9]/giu, "_").toLowerCase()}`;
  return url.toString();
}

const databaseName = (location: string): string => new URL(location).pathname.slice(1);

export async function storeExists(location: string): Promise<boolean> {
  if (!isPostgres(location)) return existsSync(location);
  const found = await onServer(server(), (c) => c.query("SELECT 1 FROM pg_database WHERE datname = $1", [databaseName(location)]));
  return found.rowCount === 1;
}

/** Removes the store at `location`, if there is one. */
export async function removeStore(location: string): Promise<void> {
  if (!isPostgres(location)) {
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`${location}${suffix}`, { force: true });
    return;
  }
  await onServer(server(), (c) => c.query(`DROP DATABASE IF EXISTS ${databaseName(location)} WITH (FORCE)`));
}

/** Opens the store at `location`, creating it (empty) when it does not exist. */
export async function openBenchStore(location: string): Promise<CoverageStore> {
  if (!isPostgres(location)) return openSqliteStore(location);
  if (!(await storeExists(location))) await onServer(server(), (c) => c.query(`CREATE DATABASE ${databaseName(location)}`));
  const { openPostgresStore } = await import("../../src/store/postgres/postgresStore.ts");
  return openPostgresStore(location);
}

export async function countRows(location: string, table: string): Promise<number> {
  if (!isPostgres(location)) {
    const db = new Database(location, { readonly: true });
    try {
      return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    } finally {
      db.close();
    }
  }
  return onServer(location, async (c) => Number((await c.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`)).rows[0]?.n ?? 0));
}

/** The store's size on disk in MB: the file, or the database as PostgreSQL counts it (tables and indexes). */
export async function storeSizeMb(location: string): Promise<number> {
  const bytes = isPostgres(location)
    ? await onServer(location, async (c) => Number((await c.query<{ size: string }>("SELECT pg_database_size(current_database()) AS size")).rows[0]?.size ?? 0))
    : statSync(location).size;
  return Math.round((bytes / 2 ** 20) * 10) / 10;
}
