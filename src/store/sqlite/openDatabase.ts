// Opens the SQLite file the store lives in: WAL (readers never wait for a writer), a busy timeout
// (two ingests queue rather than fail), foreign keys on, migrations run; a file that is not a
// store, or is damaged, is refused with one line that says what to do. A store of up to a few
// thousand articles has every page checked on open (SQLite's quick_check), so damage no query has
// touched yet is found before any answer; a larger one is not, because the check reads every page
// and would keep the bot from answering for seconds: its damage is refused when a read meets it.
import Database from "better-sqlite3";
import { existsSync, mkdirSync, statSync } from "node:fs";
import { dirname } from "node:path";
import { StoreProblem } from "../storeProblem.ts";
import { migrate } from "./migrations.ts";

/** How long a write waits for another process's write to finish. */
const BUSY_TIMEOUT_MS = 30_000;
/** SQLite's page cache per connection, in KiB (negative: a size, not a page count). */
const CACHE_KIB = 65_536;

const DAMAGED = new Set(["SQLITE_CORRUPT", "SQLITE_NOTADB", "SQLITE_CORRUPT_INDEX", "SQLITE_CORRUPT_VTAB", "SQLITE_CORRUPT_SEQUENCE"]);

const damaged = (path: string, reason: string): StoreProblem =>
  new StoreProblem(
    `The store ${path} is damaged or not a coverage-bot store (${reason}): restore a backup, or move it aside and run \`npm run ingest -- <your sources>\` to build it again.`,
  );

/**
 * Files up to this size have every page checked on open. The check reads every page: measured on this
 * 2-core machine, 0.33 s for a 2,000-article store (89 MB) and 1.5–2.0 s for a 10,000-article one
 * (371–435 MB) with the file in the OS cache, 6–8 s cold, about 20 s at 100,000 articles: past the
 * 1 s first-answer target. Above it, damage is refused when a read meets it.
 */
export const CHECKED_UP_TO_BYTES = 128 * 1024 * 1024;

/**
 * Refuses a file whose pages are damaged. Reads would otherwise answer from whatever pages are still
 * intact and fail only when one touches a damaged page (after the bot had already answered from it).
 */
function checkPages(db: Database.Database, path: string): void {
  if (path === ":memory:" || statSync(path).size > CHECKED_UP_TO_BYTES) return;
  const found = db.pragma("quick_check(1)", { simple: true });
  if (found !== "ok") throw damaged(path, `SQLite's check: ${String(found).replace("*** in database main ***", "").replace(/\s+/gu, " ").trim()}`);
}

/** The error to show for a failure reading or writing the store at `path`: damage and unreadable files in one line each. */
export function storeError(error: unknown, path: string): Error {
  if (error instanceof StoreProblem) return error;
  const code = (error as { code?: string }).code ?? "";
  const reason = (error as Error).message;
  if (DAMAGED.has(code)) return damaged(path, reason);
  if (code === "SQLITE_CANTOPEN" || code === "SQLITE_READONLY" || code === "SQLITE_PERM") {
    return new StoreProblem(`The store ${path} cannot be opened for writing (${reason}): check that the file and its folder are writable by this user.`);
  }
  return error instanceof Error ? error : new Error(String(error));
}

export function openDatabase(path: string): Database.Database {
  if (/\.json$/iu.test(path)) {
    throw new StoreProblem(
      `The store ${path} is a JSON store from an earlier release; the store is now an SQLite file (default data/coverage.db): set STORE_PATH to a .db path (or unset it) and run \`npm run ingest -- <your sources>\` to build it.`,
    );
  }
  if (path !== ":memory:" && !existsSync(dirname(path))) mkdirSync(dirname(path), { recursive: true });
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { timeout: BUSY_TIMEOUT_MS });
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
    db.pragma("foreign_keys = ON");
    db.pragma(`cache_size = -${CACHE_KIB}`);
    checkPages(db, path);
    migrate(db);
    return db;
  } catch (error) {
    db?.close();
    throw storeError(error, path);
  }
}
