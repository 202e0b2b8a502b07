// `npm run ingest` end to end: the per-file table and totals, exit codes, a corrupt store
// rebuilt, --prune, and a store file that is whole after every run (never half-written).
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadStore } from "../../src/store/storeFile.ts";
import { CORPUS_DIR } from "../eval/extraction-corpus.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

let dir: string;
let sources: string;
let store: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "ingest-cli-"));
  sources = join(dir, "sources");
  mkdirSync(sources);
  store = join(dir, "store", "store.json");
  copyFileSync(join(CORPUS_DIR, "bbc-obama-gun-laws-frustration", "source.html"), join(sources, "bbc.html"));
  copyFileSync(join(CORPUS_DIR, "nyt-us-to-lift-sudan-sanctions", "source.html"), join(sources, "nyt.html"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function ingest(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(join(ROOT, "node_modules/.bin/tsx"), [join(ROOT, "src/cli/ingest.ts"), ...args], {
    cwd: dir,
    env: { ...process.env, STORE_PATH: store },
    encoding: "utf8",
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The store is whole (valid and complete) and no temp file is left beside it. */
function expectWholeStore(articles: number): void {
  const loaded = loadStore(store);
  expect(loaded.ok && loaded.store.articles.length).toBe(articles);
  expect(readdirSync(join(dir, "store"))).toEqual(["store.json"]);
}

describe("npm run ingest", { timeout: 30_000 }, () => {
  it("prints a row per file and the totals, writes the store, then finds everything unchanged", () => {
    writeFileSync(join(sources, "broken.html"), "");
    const first = ingest("sources");
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^added\s+sources\/bbc\.html\s+obama-admits-us-gun-laws-are-his-biggest-frustration$/mu);
    expect(first.stdout).toMatch(/^skipped\s+sources\/broken\.html\s+empty file$/mu);
    expect(first.stdout).toContain("2 added, 0 updated, 0 unchanged, 1 skipped, 0 removed.");
    expectWholeStore(2);
    const second = ingest("sources");
    expect(second.status).toBe(0);
    expect(second.stdout).toContain("0 added, 0 updated, 2 unchanged, 1 skipped, 0 removed.");
    expect(second.stdout).toContain("Store unchanged");
  });

  it("drops articles whose files are gone with --prune", () => {
    ingest("sources");
    unlinkSync(join(sources, "nyt.html"));
    const run = ingest("sources", "--prune");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^removed\s+sources\/nyt\.html\s+united-states-to-lift-sudan-sanctions$/mu);
    expectWholeStore(1);
  });

  it("says a corrupt store is being rebuilt, and rebuilds it", () => {
    mkdirSync(join(dir, "store"));
    writeFileSync(store, '{"schemaVersion": 1, "articles": [');
    const run = ingest("sources");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/is not valid JSON .*; rebuilding it from the files given\./u);
    expectWholeStore(2);
  });

  it("exits 1 and leaves the store untouched when nothing could be ingested", () => {
    ingest("sources");
    const before = readFileSync(store, "utf8");
    writeFileSync(join(dir, "empty.txt"), "");
    const run = ingest("empty.txt", "missing-folder");
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("Nothing could be ingested from the paths given.");
    expect(readFileSync(store, "utf8")).toBe(before);
    expectWholeStore(2);
  });

  it("rejects missing arguments with usage and no stack trace", () => {
    const run = ingest();
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain("missing required argument 'paths'");
    expect(run.stderr).not.toMatch(/^\s+at /mu);
  });
});
