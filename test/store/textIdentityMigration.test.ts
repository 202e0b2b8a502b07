// Promise: a store filed before articles had a text identity (schema 3) gets one for every article
// when migration 4 opens it, so wire copy already stored is marked as the same text and /quote lists
// its quotes once, as it does for copies filed afterwards.
import Database from "better-sqlite3";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { quoteAnswer } from "../support/quoteAnswer.ts";
import { ingestSources } from "../../src/app/ingestSources.ts";
import { openSqliteStore } from "../../src/store/sqlite/sqliteStore.ts";
import { CORPUS_DIR } from "../eval/extraction/extraction-corpus.ts";

const BBC = join(CORPUS_DIR, "bbc-obama-gun-laws-frustration", "source.html");

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "text-identity-"));
  copyFileSync(BBC, join(dir, "bbc.html"));
  copyFileSync(BBC, join(dir, "syndicated.html"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Takes the store back to schema 3: the tables migration 4 adds are dropped. */
function asSchema3(path: string): void {
  const db = new Database(path);
  db.exec("DROP TABLE article_text; DROP TABLE article_alias; DROP TABLE feed;");
  db.pragma("user_version = 3");
  db.close();
}

describe("migration 4 on a store with articles", { timeout: 120_000 }, () => {
  it("marks the copies of one text already stored as the same text", async () => {
    const path = join(dir, "coverage.db");
    const store = openSqliteStore(path);
    await ingestSources(store, [join(dir, "bbc.html")], { cwd: dir });
    const once = (await quoteAnswer(store, { who: "Obama" })).by.map((q) => q.text);
    await ingestSources(store, [join(dir, "syndicated.html")], { cwd: dir });
    expect(await store.articleCount()).toBe(2);
    await store.close();

    asSchema3(path);
    const migrated = openSqliteStore(path);
    try {
      expect((await quoteAnswer(migrated, { who: "Obama" })).by.map((q) => q.text)).toEqual(once);
    } finally {
      await migrated.close();
    }
  });
});
