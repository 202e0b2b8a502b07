// Promise: two `npm run ingest` runs started at once on the same store (one not yet created), with
// different sets of real articles and one article in both, both succeed and lose nothing: every
// article lands exactly once, and the store holds exactly what one ingest of all the files in a row
// makes (same rows, same counts and totals, nothing counted twice); a SQLite store passes SQLite's
// integrity check. On both backends: a SQLite file, and a PostgreSQL database (writers take turns
// under its write lock).
import { join, relative } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { ingestSources } from "../../src/app/ingestSources.ts";
import { openStore } from "../../src/app/openStore.ts";
import { CORPUS_DIR } from "../eval/extraction/extraction-corpus.ts";
import { describeEachBackend, type StoreTarget } from "../support/backends.ts";
import { childEnv, ROOT, runApp, type Finished } from "../support/processes.ts";

const source = (slug: string): string => relative(ROOT, join(CORPUS_DIR, slug, "source.html"));
const BOTH = source("bbc-obama-gun-laws-frustration");
const FIRST = [
  "nyt-us-to-lift-sudan-sanctions",
  "guardian-maori-whale-strandings",
  "wapo-tunisia-bardo-museum-attack",
  "cnn-thanksgiving-winter-storm-travel",
  "reuters-airasia-qz8501-search",
].map(source);
const SECOND = [
  "ap-sondland-impeachment-testimony",
  "cbs-impeachment-volker-morrison-testimony",
  "seattletimes-amazon-whole-foods-halibut",
  "njcom-christie-state-of-the-state-criticism",
  "usatoday-epstein-prison-guards-charged",
].map(source);
const ALL = [...FIRST, BOTH, ...SECOND];

/** What a store holds, as counts that a lost or doubled article would change. */
const CENSUS = [
  "SELECT count(*) FROM article",
  "SELECT count(DISTINCT source_path) FROM article",
  "SELECT count(*) FROM paragraph",
  "SELECT count(*) FROM sentence",
  "SELECT count(*) FROM quote",
  "SELECT count(*) FROM quote_about",
  "SELECT count(*) FROM member",
  "SELECT count(*) FROM mention",
  "SELECT count(*) FROM headline",
  // Not the number of entities: which people are grouped as one depends on the order articles arrive
  // in (197 or 198 for these articles in a row, forwards or backwards), so it is no measure of loss.
  "SELECT sum(quotes) || ' ' || sum(mentions) FROM entity",
  "SELECT sentences || ' ' || sentence_length || ' ' || paragraphs || ' ' || paragraph_length FROM totals",
  "SELECT count(*) || ' ' || sum(sentences) || ' ' || sum(paragraphs) FROM term",
  "SELECT count(*) || ' ' || sum(uses) FROM word",
  "SELECT count(*) || ' ' || sum(uses) FROM headline_word",
];

async function census(target: StoreTarget): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const sql of CENSUS) out[sql] = String((await target.query(sql))[0]?.[0]);
  return out;
}

/** Per article (by source path): its id and its paragraph and quote rows, against the counts it was filed with. */
async function articles(target: StoreTarget): Promise<Record<string, string>> {
  const found = await target.query(
    `SELECT a.source_path AS path, a.id || ' ' || a.paragraphs || '/' || (SELECT count(*) FROM paragraph p WHERE p.article_seq = a.seq)
     || ' ' || a.quotes || '/' || (SELECT count(*) FROM quote q WHERE q.article_seq = a.seq) AS shape FROM article a`,
  );
  return Object.fromEntries(found.map(([path, shape]) => [String(path), String(shape)]));
}

describeEachBackend("two ingests at once on one store", (backend) => {
  let together: StoreTarget;
  let inARow: StoreTarget;
  let runs: Finished[];
  beforeAll(async () => {
    together = await backend.target();
    inARow = await backend.target();
    const env = childEnv(together.env.STORE_PATH ?? null, together.env);
    runs = await Promise.all([runApp("ingest.ts", [...FIRST, BOTH], { env }), runApp("ingest.ts", [BOTH, ...SECOND], { env })]);
    const opened = await openStore({ ...inARow.env }, { seed: false });
    if (!opened.ok) throw new Error(opened.message);
    await ingestSources(opened.store, ALL);
    await opened.store.close();
  }, 240_000);
  afterAll(async () => {
    await together?.remove();
    await inARow?.remove();
  });

  it("both succeed, each filing every one of its files", () => {
    for (const [run, files] of [
      [runs[0], [...FIRST, BOTH]],
      [runs[1], [BOTH, ...SECOND]],
    ] as const) {
      expect(run?.stderr).toBe("");
      expect(run?.code).toBe(0);
      for (const file of files) expect(run?.stdout).toMatch(new RegExp(`^(added|unchanged)\\s+${file.replaceAll(".", "\\.")}\\s`, "mu"));
      expect(run?.stdout).toContain("0 skipped");
    }
  });

  it("land every article exactly once, each with all its paragraphs and quotes", async () => {
    const shapes = await articles(together);
    expect(Object.keys(shapes).sort()).toEqual([...ALL].sort());
    expect(new Set(Object.values(shapes).map((shape) => shape.split(" ")[0])).size).toBe(ALL.length);
    for (const [path, shape] of Object.entries(shapes)) {
      const [, paragraphs, quotes] = shape.split(" ");
      const [filed, stored] = (paragraphs ?? "").split("/");
      expect(stored, `${path}'s paragraphs`).toBe(filed);
      const [filedQuotes, storedQuotes] = (quotes ?? "").split("/");
      expect(storedQuotes, `${path}'s quotes`).toBe(filedQuotes);
    }
    expect(shapes).toEqual(await articles(inARow));
  });

  it("leave the same rows and totals as one ingest of all the files, nothing counted twice", async () => {
    expect(await census(together)).toEqual(await census(inARow));
  });

  if (backend.name === "sqlite") {
    it("leave a store that passes SQLite's integrity check", async () => {
      expect(await together.query("PRAGMA integrity_check")).toEqual([["ok"]]);
    });
  }
});
