import { mkdtempSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openCorpus } from "../../src/store/openCorpus.ts";
import { SCHEMA_VERSION } from "../../src/store/schema.ts";

const freshPath = () => join(mkdtempSync(join(tmpdir(), "open-")), "store.json");

describe("opening the store for answering", () => {
  it("builds the store from the bundled seed on a fresh clone, then reuses it", async () => {
    const path = freshPath();
    const first = await openCorpus({ STORE_PATH: path });
    expect(first.ok && first.rebuilt).toBe(true);
    expect(first.ok && first.corpus.store.articles.map((a) => a.title)).toEqual([
      "The Trump-Putin phone call gave the Kremlin leader a chance to pivot away from the war in Ukraine",
    ]);
    const second = await openCorpus({ STORE_PATH: path });
    expect(second.ok && second.rebuilt).toBe(false);
  });

  it("rebuilds a store older than its sources", async () => {
    const path = freshPath();
    await openCorpus({ STORE_PATH: path });
    utimesSync(path, new Date(2000, 0, 1), new Date(2000, 0, 1));
    const reopened = await openCorpus({ STORE_PATH: path });
    expect(reopened.ok && reopened.rebuilt).toBe(true);
  });

  it("rebuilds a store written in an older schema version instead of refusing to start", async () => {
    const path = freshPath();
    writeFileSync(path, JSON.stringify({ schemaVersion: 1, builtAt: "2026-01-01T00:00:00.000Z", articles: [], entities: [], quotes: [] }));
    const opened = await openCorpus({ STORE_PATH: path });
    expect(opened.ok && opened.rebuilt).toBe(true);
    expect(opened.ok && opened.corpus.store.articles).toHaveLength(1);
    expect(JSON.parse(readFileSync(path, "latin1")).schemaVersion).toBe(SCHEMA_VERSION);
  });

  it("never replaces an unreadable store that holds articles from elsewhere: it says to ingest them again", async () => {
    const path = freshPath();
    const older = JSON.stringify({ schemaVersion: 1, builtAt: "2026-01-01T00:00:00.000Z", articles: [{ id: "mine", sourcePath: "/srv/news/mine.txt" }], entities: [], quotes: [] });
    writeFileSync(path, older);
    const opened = await openCorpus({ STORE_PATH: path });
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.message).toMatch(/schema version 1, this bot reads version \d+: run `npm run ingest -- data\/sources <your article folders>`/u);
    expect(readFileSync(path, "utf8")).toBe(older);
  });

  it("says in one message why it cannot answer when the store can be neither loaded nor written", async () => {
    const dir = mkdtempSync(join(tmpdir(), "open-"));
    writeFileSync(join(dir, "not-a-folder"), "");
    const opened = await openCorpus({ STORE_PATH: join(dir, "not-a-folder", "store.json") });
    expect(opened.ok).toBe(false);
    if (!opened.ok) {
      expect(opened.message).toContain("npm run ingest");
      expect(opened.message).toContain("could not be rebuilt");
    }
  });
});
