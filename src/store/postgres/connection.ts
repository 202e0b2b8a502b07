// The connection pool to PostgreSQL and the two ways the store uses it: one query (a named prepared
// statement, parsed once per connection; what must be read from one state of the store is read in one
// statement), and a write transaction that holds the store's write lock, so writers take turns as SQLite's do.
import { createHash } from "node:crypto";
import pg from "pg";
import { StoreProblem } from "../storeProblem.ts";

/** A connection or the pool: anything a query can run on. */
export type Db = pg.Pool | pg.PoolClient;

/** Connections per process: a bot answers a few commands at once, and PostgreSQL's default allows 100 in all. */
export const POOL_SIZE = 5;
/** The advisory lock every write transaction takes: one writer at a time, so entity merging and counts never race. */
const WRITE_LOCK = 0x636f7665; // "cove"

/** bigint counts and sums come back as numbers: every count the store keeps is far below 2^53. */
const INT8 = 20;
export const types: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === INT8 ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format as "text")) as pg.CustomTypesConfig["getTypeParser"],
};

/** The database a URL names, without its password: what messages may show. */
export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname || "localhost"}${parsed.port ? `:${parsed.port}` : ""}${parsed.pathname}`;
  } catch {
    return "DATABASE_URL";
  }
}

export function openPool(url: string): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max: POOL_SIZE, types, idleTimeoutMillis: 30_000, application_name: "coverage-bot" });
  // An idle connection the server closed must not crash the process: the next query opens another.
  pool.on("error", () => undefined);
  return pool;
}

const names = new Map<string, string>();
const statementName = (text: string): string => {
  let name = names.get(text);
  if (!name) {
    name = `cb_${createHash("sha1").update(text).digest("hex").slice(0, 20)}`;
    names.set(text, name);
  }
  return name;
};

/**
 * A value as PostgreSQL can take it: text there cannot hold NUL, which stored text never has (ingest takes
 * it out) but what someone types may; without it the text matches what it would have matched in SQLite.
 */
const bindable = (value: unknown): unknown =>
  typeof value === "string" ? value.replaceAll("\u0000", "") : Array.isArray(value) ? value.map(bindable) : value;

export async function rows<T>(db: Db, text: string, values: readonly unknown[] = []): Promise<T[]> {
  const result = await db.query<T & pg.QueryResultRow>({ name: statementName(text), text, values: values.map(bindable) });
  return result.rows;
}

export async function first<T>(db: Db, text: string, values: readonly unknown[] = []): Promise<T | undefined> {
  return (await rows<T>(db, text, values))[0];
}

async function withClient<T>(pool: pg.Pool, begin: string, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query(begin);
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch((rollback: Error) => (broken = rollback));
    throw error;
  } finally {
    client.release(broken);
  }
}

/** A write transaction holding the store's write lock until it commits or rolls back. */
export const writing = <T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> =>
  withClient(pool, "BEGIN", async (client) => {
    await client.query("SELECT pg_advisory_xact_lock($1)", [WRITE_LOCK]);
    return work(client);
  });

const UNREACHABLE = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ETIMEDOUT", "EHOSTUNREACH", "ECONNRESET"]);

/** The error to show for a failure talking to the database: the ones an operator must act on, in one line each. */
export function storeError(error: unknown, url: string): Error {
  if (error instanceof StoreProblem) return error;
  const code = (error as { code?: string }).code ?? "";
  const reason = (error as Error).message;
  const where = describeUrl(url);
  if (UNREACHABLE.has(code)) {
    return new StoreProblem(`The PostgreSQL store ${where} cannot be reached (${code}): check DATABASE_URL and that the server is running.`);
  }
  if (code === "28P01" || code === "28000") return new StoreProblem(`The PostgreSQL store ${where} refused the login (${reason}): check the user and password in DATABASE_URL.`);
  if (code === "3D000") return new StoreProblem(`The PostgreSQL database ${where} does not exist: create it (createdb) or fix DATABASE_URL.`);
  if (code === "42501") return new StoreProblem(`The PostgreSQL store ${where} refused this user (${reason}): grant it the rights on that database, or use its owner.`);
  return error instanceof Error ? error : new Error(String(error));
}
