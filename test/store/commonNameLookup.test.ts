// Promise: a name many people share (a common surname) still finds its best-known holder, the most
// mentioned, exactly as a name a few people share does, though the store no longer sorts every holder
// to find it. The entities are written straight into a new SQLite store's tables: hundreds of people
// of one surname are what a large archive holds, not what a test article can.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CoverageStore } from "../../src/store/coverageStore.ts";
import { openSqliteStore } from "../../src/store/sqlite/sqliteStore.ts";

const GIVEN = ["Alan", "Bea", "Chidi", "Dana", "Emeka", "Fatima", "Goran", "Hana", "Ivo", "Jun"];
/** More holders of one surname than the store sorts (SORTED_UP_TO in readEntities.ts). */
const SMITHS = 700;

let dir: string;
let store: CoverageStore;

/** Writes an entity called `name` with `mentions` and `quotes`, filed under its full name and its surname. */
function file(db: Database.Database, seq: number, name: string, mentions: number, quotes: number): void {
  db.prepare("INSERT INTO entity (seq, id, name, kind, quotes, mentions) VALUES (?, ?, ?, 'person', ?, ?)").run(seq, `e-${seq}`, name, quotes, mentions);
  const surname = name.split(" ").at(-1) ?? name;
  for (const form of [name, surname]) {
    db.prepare("INSERT INTO entity_name (entity_seq, form, key, word_count, name_uses, alias_uses) VALUES (?, ?, ?, ?, 1, 0)").run(
      seq,
      form,
      form.toLowerCase(),
      form.split(" ").length,
    );
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "common-name-"));
  const path = join(dir, "coverage.db");
  store = openSqliteStore(path);
  await store.articleCount();
  const db = new Database(path);
  db.transaction(() => {
    for (let i = 0; i < SMITHS; i++) file(db, i + 1, `${GIVEN[i % GIVEN.length]} ${i} Smith`, 1 + ((i * 37) % 50), i % 3);
    // The best-known Smith: most mentioned; one as often mentioned but quoted less comes after her.
    file(db, 1001, "Hana Smith", 400, 2);
    file(db, 1002, "Ivo Smith", 400, 1);
    // A surname three people share, sorted as before.
    file(db, 2001, "Ngozi Okafor", 3, 0);
    file(db, 2002, "Tunde Okafor", 12, 4);
    file(db, 2003, "Kemi Okafor", 12, 1);
  })();
  db.close();
});

afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("looking a person up by a name many share", () => {
  it("offers the most mentioned of 700 Smiths, the more quoted first where two are mentioned as often", async () => {
    expect((await store.entitiesNamed("smith", 2)).map((e) => e.name)).toEqual(["Hana Smith", "Ivo Smith"]);
  });

  it("offers the most mentioned of three Okafors the same way", async () => {
    expect((await store.entitiesNamed("okafor", 3)).map((e) => e.name)).toEqual(["Tunde Okafor", "Kemi Okafor", "Ngozi Okafor"]);
  });

  it("finds one person by full name among them, and nobody for a name no one holds", async () => {
    expect((await store.entitiesNamed("bea 1 smith", 1)).map((e) => e.name)).toEqual(["Bea 1 Smith"]);
    expect(await store.entitiesNamed("quackenbush", 1)).toEqual([]);
  });
});
