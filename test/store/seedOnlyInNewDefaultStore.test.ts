// Promise: the bundled seed (data/sources) fills a store only when that store is created for the
// first time at the default path (data/coverage.db), so a fresh clone answers at once; it never
// enters an operator's store: not one created at another STORE_PATH, and not an existing one when
// data/sources is newer than it (a `git pull` that brings a new seed file), even through the
// read-only `npm run cli -- sources`. Each case runs the real entry points in a folder of its own
// that holds a copy of data/sources, so the default path is that folder's data/coverage.db.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CORPUS_DIR } from "../eval/extraction/extraction-corpus.ts";
import { ROOT, runCli, runIngest } from "../support/processes.ts";

const SEED_FILE = "000_763f98cca8341530.txt";
const SEED_ID = "the-trump-putin-phone-call-gave-the-kremlin-leader-a-chance";
const OPERATOR_ARTICLE = join(CORPUS_DIR, "nyt-us-to-lift-sudan-sanctions", "source.html");
const OPERATOR_ID = "united-states-to-lift-sudan-sanctions";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "store-seed-"));
  mkdirSync(join(dir, "data", "sources"), { recursive: true });
  copyFileSync(join(ROOT, "data", "sources", SEED_FILE), join(dir, "data", "sources", SEED_FILE));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The ids `npm run cli -- sources` lists, run in the test's folder on `storePath` (null: the default path). */
async function listedIds(storePath: string | null): Promise<string[]> {
  const run = await runCli(storePath, ["sources", "--json"], dir);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  return ((JSON.parse(run.stdout) as { articles: { id: string }[] }).articles.map((a) => a.id)).sort();
}

/** A `git pull` brings a second seed article into data/sources, newer than any store. */
function pullNewSeedArticle(): void {
  const added = join(dir, "data", "sources", "001_new_seed_article.txt");
  copyFileSync(join(CORPUS_DIR, "bbc-obama-gun-laws-frustration", "article.txt"), added);
  const later = new Date(Date.now() + 60_000);
  utimesSync(added, later, later);
  utimesSync(join(dir, "data", "sources"), later, later);
}

describe("the bundled seed", { timeout: 120_000 }, () => {
  it("fills a store created for the first time at the default path", async () => {
    expect(await listedIds(null)).toEqual([SEED_ID]);
    expect(existsSync(join(dir, "data", "coverage.db"))).toBe(true);
  });

  it("never enters a store created at another STORE_PATH, by the cli or by ingest", async () => {
    expect(await listedIds(join(dir, "operator", "empty.db"))).toEqual([]);
    const store = join(dir, "operator", "coverage.db");
    const ingest = await runIngest(store, [OPERATOR_ARTICLE], dir);
    expect(ingest.code).toBe(0);
    expect(await listedIds(store)).toEqual([OPERATOR_ID]);
  });

  it("never enters an operator's existing store at another STORE_PATH when data/sources is newer", async () => {
    const store = join(dir, "operator", "coverage.db");
    expect((await runIngest(store, [OPERATOR_ARTICLE], dir)).code).toBe(0);
    pullNewSeedArticle();
    expect(await listedIds(store)).toEqual([OPERATOR_ID]);
    expect((await runIngest(store, [OPERATOR_ARTICLE], dir)).code).toBe(0);
    expect(await listedIds(store)).toEqual([OPERATOR_ID]);
  });

  it("is not added again to an existing store at the default path when data/sources is newer", async () => {
    expect(await listedIds(null)).toEqual([SEED_ID]);
    pullNewSeedArticle();
    expect(await listedIds(null)).toEqual([SEED_ID]);
    expect((await runIngest(join(dir, "data", "coverage.db"), [OPERATOR_ARTICLE], dir)).code).toBe(0);
    expect(await listedIds(null)).toEqual([OPERATOR_ID, SEED_ID].sort());
  });
});
