// Stories in the SQLite store: a store filed before stories existed gets them when it is opened, and
// placing an article reads indexed postings within the time window, never every stored article.
import Database from "better-sqlite3";
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/store/sqlite/openDatabase.ts";
import { openSqliteStore } from "../../src/store/sqlite/sqliteStore.ts";
import { analysePage, file, STORY_PAGES } from "../support/storyPages.ts";
import { tempStorePath } from "../support/stores.ts";

/** Two events, three outlets each: Strzok's firing and the pipe-bomb arrest. */
const PAGES = readdirSync(STORY_PAGES).filter((f) => /^2018-(08-13|10-26)-.*\.html$/u.test(f));

describe("stories in the store", () => {
  it("groups the articles of a store filed before stories existed when that store is opened", async () => {
    const path = tempStorePath();
    const store = openSqliteStore(path);
    for (const page of PAGES) await file(store, analysePage(`${STORY_PAGES}/${page}`));
    const before = (await store.stories(10)).map((s) => s.articles.map((a) => a.id));
    await store.close();
    const old = new Database(path);
    old.exec("DROP TABLE story_link; DROP TABLE story_posting; DROP TABLE story_member; DROP TABLE story; DROP TABLE story_term; DROP TABLE story_totals;");
    old.pragma("user_version = 1");
    old.close();
    const reopened = openSqliteStore(path);
    const after = (await reopened.stories(10)).map((s) => s.articles.map((a) => a.id));
    expect(after).toEqual(before);
    expect(after.map((ids) => ids.length)).toEqual([3, 3]);
    await reopened.close();
  });

  it("finds an article's candidates through indexes, whatever the store holds", () => {
    const db = openDatabase(":memory:");
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join("; ");
    expect(plan("SELECT article_seq FROM story_posting WHERE stem = 'x' AND time BETWEEN 1 AND 2")).toMatch(/^SEARCH story_posting USING PRIMARY KEY \(stem=\? AND time>\? AND time<\?\)$/u);
    expect(plan("SELECT articles FROM story_term WHERE stem = 'x'")).toMatch(/^SEARCH story_term USING PRIMARY KEY/u);
    expect(plan("SELECT * FROM story_member WHERE story_seq = 1 ORDER BY time, article_seq")).toMatch(/^SEARCH story_member USING (?:COVERING )?INDEX story_member_story/u);
    db.close();
  });
});
