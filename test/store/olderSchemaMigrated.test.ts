// Promise: a store written by an earlier release (an older schema version) is brought up to date
// when it is opened, keeping its articles, and one written by a newer release is refused in one line
// that tells the operator to update the bot, never read or rewritten. Older stores are built by
// applying only the first k of the shipped migrations, so the test grows with every new migration.
import Database from "better-sqlite3";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MIGRATIONS, SCHEMA_VERSION } from "../../src/store/sqlite/migrations.ts";
import { openSqliteStore } from "../../src/store/sqlite/sqliteStore.ts";
import { CORPUS_DIR } from "../eval/extraction/extraction-corpus.ts";
import { isOneLine, runCli, runIngest } from "../support/processes.ts";
import { ingestedStore } from "../support/stores.ts";

const BBC = join(CORPUS_DIR, "bbc-obama-gun-laws-frustration", "source.html");
const NYT = join(CORPUS_DIR, "nyt-us-to-lift-sudan-sanctions", "source.html");
const OBAMA_SAYS = "If you look at the number of Americans killed since 9/11 by terrorism";

let dir: string;
/** A store at the current version holding the BBC article, made as ingest makes it. */
let current: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "store-migrate-"));
  current = join(dir, "current.db");
  await (await ingestedStore([BBC], current)).close();
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A store file with only the first `k` migrations applied, as release k left it. */
function storeAtVersion(k: number): string {
  const path = join(dir, `version-${k}.db`);
  const db = new Database(path);
  db.pragma("journal_mode = WAL");
  for (const migration of MIGRATIONS.slice(0, k)) db.exec(migration);
  db.pragma(`user_version = ${k}`);
  db.close();
  return path;
}

function userVersion(path: string): number {
  const db = new Database(path, { readonly: true });
  try {
    return db.pragma("user_version", { simple: true }) as number;
  } finally {
    db.close();
  }
}

describe("a store of an older schema version", { timeout: 120_000 }, () => {
  it("has at least one shipped migration to build older stores from", () => {
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
    expect(SCHEMA_VERSION).toBeGreaterThanOrEqual(1);
  });

  it.each(Array.from({ length: SCHEMA_VERSION }, (_, k) => k))("at version %i is migrated on open, then takes articles and answers", async (k) => {
    const path = storeAtVersion(k);
    expect(userVersion(path)).toBe(k);
    const ingest = await runIngest(path, [BBC]);
    expect(ingest.stderr).toBe("");
    expect(ingest.code).toBe(0);
    expect(ingest.stdout).toContain("1 added");
    expect(userVersion(path)).toBe(SCHEMA_VERSION);
    const quote = await runCli(path, ["quote", "Obama"]);
    expect(quote.code).toBe(0);
    expect(quote.stdout).toContain(OBAMA_SAYS);
  });

  it("at version 0 as an empty file (created but never written) is made a store", async () => {
    const path = join(dir, "empty.db");
    writeFileSync(path, "");
    const store = openSqliteStore(path);
    expect(await store.articleCount()).toBe(0);
    await store.close();
    expect(userVersion(path)).toBe(SCHEMA_VERSION);
  });

  it("at the current version opens as it is, keeping its articles, and is not migrated again", async () => {
    const path = join(dir, "reopened.db");
    copyFileSync(current, path);
    const ingest = await runIngest(path, [BBC, NYT]);
    expect(ingest.code).toBe(0);
    expect(ingest.stdout).toContain("1 added, 0 updated, 1 unchanged");
    expect(userVersion(path)).toBe(SCHEMA_VERSION);
  });
});

describe("a store written by a newer release", { timeout: 120_000 }, () => {
  let newer: string;
  beforeAll(() => {
    newer = join(dir, "newer.db");
    copyFileSync(current, newer);
    const db = new Database(newer);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
  });

  it("is refused by `npm run cli` in one line telling the operator to update the bot", async () => {
    const run = await runCli(newer, ["quote", "Obama"]);
    expect(run.code).toBe(1);
    expect(isOneLine(run.stderr)).toBe(true);
    expect(run.stderr).toContain(`schema ${SCHEMA_VERSION + 1}`);
    expect(run.stderr.trim()).toMatch(/newer release.*update coverage-bot\.$/u);
    expect(run.stdout).not.toContain(OBAMA_SAYS);
  });

  it("is refused by `npm run ingest` in one line and left exactly as it was", async () => {
    const before = readFileSync(newer);
    const run = await runIngest(newer, [NYT]);
    expect(run.code).toBe(1);
    expect(isOneLine(run.stderr)).toBe(true);
    expect(run.stderr).toMatch(/newer release.*update coverage-bot\./u);
    expect(readFileSync(newer)).toEqual(before);
    expect(userVersion(newer)).toBe(SCHEMA_VERSION + 1);
  });
});
