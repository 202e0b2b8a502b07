// Promise: two `npm run ingest` runs started at once on the same store (one not yet created), with
// different sets of real articles and one article in both, both succeed and lose nothing: every
// article lands exactly once, and the store holds exactly what one ingest of all the files in a row
// makes (same rows, same counts and totals, nothing counted twice), and passes SQLite's integrity check.
import Database from "better-sqlite3";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CORPUS_DIR } from "../eval/extraction-corpus.ts";
import { ROOT, runIngest, type Finished } from "../support/processes.ts";
import { ingestedStore } from "../support/stores.ts";

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

function census(path: string): Record<string, unknown> {
  const db = new Database(path, { readonly: true });
  try {
    return Object.fromEntries(CENSUS.map((sql) => [sql, db.prepare(sql).pluck().get()]));
  } finally {
    db.close();
  }
}

/** Per article (by source path): its id and its paragraph and quote rows, against the counts it was filed with. */
function articles(path: string): Record<string, string> {
  const db = new Database(path, { readonly: true });
  try {
    const rows = db
      .prepare(
        `SELECT a.source_path AS path, a.id || ' ' || a.paragraphs || '/' || (SELECT count(*) FROM paragraph p WHERE p.article_seq = a.seq)
         || ' ' || a.quotes || '/' || (SELECT count(*) FROM quote q WHERE q.article_seq = a.seq) AS shape FROM article a`,
      )
      .all() as { path: string; shape: string }[];
    return Object.fromEntries(rows.map((r) => [r.path, r.shape]));
  } finally {
    db.close();
  }
}

function integrity(path: string): string {
  const db = new Database(path, { readonly: true });
  try {
    return db.pragma("integrity_check", { simple: true }) as string;
  } finally {
    db.close();
  }
}

let dir: string;
let together: string;
let inARow: string;
let runs: Finished[];
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "store-concurrent-"));
  together = join(dir, "together.db");
  inARow = join(dir, "in-a-row.db");
  runs = await Promise.all([runIngest(together, [...FIRST, BOTH]), runIngest(together, [BOTH, ...SECOND])]);
  await (await ingestedStore(ALL, inARow)).close();
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("two ingests at once on one store", { timeout: 120_000 }, () => {
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

  it("land every article exactly once, each with all its paragraphs and quotes", () => {
    const shapes = articles(together);
    expect(Object.keys(shapes).sort()).toEqual([...ALL].sort());
    expect(new Set(Object.values(shapes).map((shape) => shape.split(" ")[0])).size).toBe(ALL.length);
    for (const [path, shape] of Object.entries(shapes)) {
      const [, paragraphs, quotes] = shape.split(" ");
      const [filed, stored] = (paragraphs ?? "").split("/");
      expect(stored, `${path}'s paragraphs`).toBe(filed);
      const [filedQuotes, storedQuotes] = (quotes ?? "").split("/");
      expect(storedQuotes, `${path}'s quotes`).toBe(filedQuotes);
    }
    expect(shapes).toEqual(articles(inARow));
  });

  it("leave the same rows and totals as one ingest of all the files, nothing counted twice", () => {
    expect(census(together)).toEqual(census(inARow));
  });

  it("leave a store that passes SQLite's integrity check", () => {
    expect(integrity(together)).toBe("ok");
  });
});
