// Promise: a damaged store file is refused in one clear line (no stack trace), never silently answered
// from. The file is a real store of real articles whose pages are overwritten in the middle, as a bad
// disk or a half-copied backup leaves them: the header still reads, so only a check of the pages finds it.
// `npm run ingest` and `npm run cli -- sources` / `quote` must each refuse it and leave it as it was;
// a console already running when its file is damaged answers with the same one line, and does not crash.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerLine } from "../../src/cli/console.ts";
import { SCHEMA_VERSION } from "../../src/store/sqlite/migrations.ts";
import { openSqliteStore } from "../../src/store/sqlite/sqliteStore.ts";
import { CORPUS_DIR } from "../eval/extraction/extraction-corpus.ts";
import { random } from "../bench/synthesize.ts";
import { isOneLine, runCli, runIngest } from "../support/processes.ts";
import { ingestedStore } from "../support/stores.ts";

const ARTICLES = ["bbc-obama-gun-laws-frustration", "nyt-us-to-lift-sudan-sanctions", "guardian-maori-whale-strandings", "wapo-tunisia-bardo-museum-attack"];
const OBAMA_SAYS = "If you look at the number of Americans killed since 9/11 by terrorism";

let dir: string;
let healthy: string;
let damaged: string;

/** Overwrites three pages' worth of bytes from the middle of a page halfway through the file. */
function overwriteMiddlePages(path: string): void {
  const bytes = readFileSync(path);
  const pageSize = bytes.readUInt16BE(16);
  const pages = bytes.length / pageSize;
  const start = Math.floor(pages / 2) * pageSize + pageSize / 2;
  const rand = random(13);
  for (let i = 0; i < 3 * pageSize; i++) bytes[start + i] = Math.floor(rand() * 256);
  writeFileSync(path, bytes);
}

/** The page that the b-tree of `table` starts from: every read of the table goes through it. */
function rootPageOf(path: string, table: string): number {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = ?").pluck().get(table) as number;
  } finally {
    db.close();
  }
}

/** Overwrites page `page` (1-based) of the file with noise. */
function overwritePage(path: string, page: number): void {
  const bytes = readFileSync(path);
  const pageSize = bytes.readUInt16BE(16);
  const rand = random(page);
  for (let i = (page - 1) * pageSize; i < page * pageSize; i++) bytes[i] = Math.floor(rand() * 256);
  writeFileSync(path, bytes);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "store-damaged-"));
  healthy = join(dir, "healthy.db");
  damaged = join(dir, "damaged.db");
  // Closing the only connection checkpoints the WAL into the file, so the copy is the whole store.
  await (await ingestedStore(ARTICLES.map((slug) => join(CORPUS_DIR, slug, "source.html")), healthy)).close();
  copyFileSync(healthy, damaged);
  overwriteMiddlePages(damaged);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a damaged store file", { timeout: 120_000 }, () => {
  it("is answered from while healthy (so that the refusals below are the damage's doing)", async () => {
    const sources = await runCli(healthy, ["sources"]);
    expect(sources.code).toBe(0);
    expect(sources.stdout).toContain(`Stored articles (${ARTICLES.length})`);
    const quote = await runCli(healthy, ["quote", "Obama"]);
    expect(quote.stdout).toContain(OBAMA_SAYS);
  });

  it("still has its header, so the damage is in the pages only", () => {
    const bytes = readFileSync(damaged);
    expect(bytes.subarray(0, 16).toString("latin1")).toBe("SQLite format 3\0");
    expect(bytes.length).toBe(readFileSync(healthy).length);
  });

  it("is refused by `npm run ingest` in one line, without writing to it", async () => {
    const before = readFileSync(damaged);
    const run = await runIngest(damaged, [join(CORPUS_DIR, "cnn-thanksgiving-winter-storm-travel", "source.html")]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toMatch(/^The store .*damaged\.db is damaged or not a coverage-bot store \(.+\): restore a backup/u);
    expect(isOneLine(run.stderr)).toBe(true);
    expect(run.stdout).not.toMatch(/added|unchanged/u);
    expect(readFileSync(damaged)).toEqual(before);
  });

  it("is refused by `npm run cli -- sources` in one line, listing nothing from it", async () => {
    const run = await runCli(damaged, ["sources"]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toMatch(/^The store .*damaged\.db is damaged or not a coverage-bot store \(.+\): restore a backup/u);
    expect(isOneLine(run.stderr)).toBe(true);
    expect(run.stdout).toBe("");
  });

  it("is refused by `npm run cli -- quote` rather than answered from its intact pages", async () => {
    const run = await runCli(damaged, ["quote", "Obama"]);
    expect(run.code).toBe(1);
    expect(isOneLine(run.stderr)).toBe(true);
    expect(run.stderr).toContain("is damaged");
    expect(run.stdout).not.toContain("Obama");
  });
});

describe("a store damaged under a running console", { timeout: 120_000 }, () => {
  it("answers the console's next command with the one line, not a crash or a stack trace", async () => {
    const path = join(dir, "damaged-later.db");
    copyFileSync(healthy, path);
    const store = openSqliteStore(path);
    try {
      expect(await answerLine(store, "/sources")).toContain(`Stored articles (${ARTICLES.length})`);
      // The page /sources reads its listing from: the index that holds every column it lists.
      overwritePage(path, rootPageOf(path, "article_listing"));
      // Another process's commit makes the console's connection drop the pages it had cached.
      const other = new Database(path);
      other.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
      other.pragma(`user_version = ${SCHEMA_VERSION}`);
      other.close();
      const answer = (await answerLine(store, "/sources")) ?? "";
      expect(answer).toMatch(/^The store .*damaged-later\.db is damaged or not a coverage-bot store \(.+\): restore a backup/u);
      expect(isOneLine(answer)).toBe(true);
    } finally {
      await store.close();
    }
  });
});
