// `npm run ingest` end to end: the per-file table and totals, exit codes, --prune, and a damaged
// store refused in one line rather than answered from or overwritten.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openSqliteStore } from "../../src/store/sqlite/sqliteStore.ts";
import { CORPUS_DIR } from "../eval/extraction/extraction-corpus.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

let dir: string;
let sources: string;
let store: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "ingest-cli-"));
  sources = join(dir, "sources");
  mkdirSync(sources);
  store = join(dir, "store", "coverage.db");
  copyFileSync(join(CORPUS_DIR, "bbc-obama-gun-laws-frustration", "source.html"), join(sources, "bbc.html"));
  copyFileSync(join(CORPUS_DIR, "nyt-us-to-lift-sudan-sanctions", "source.html"), join(sources, "nyt.html"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function ingest(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(join(ROOT, "node_modules/.bin/tsx"), [join(ROOT, "src/app/ingest.ts"), ...args], {
    cwd: dir,
    env: { ...process.env, STORE_PATH: store },
    encoding: "utf8",
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The store opens and holds this many articles. */
async function expectStoreOf(articles: number): Promise<void> {
  const opened = openSqliteStore(store);
  expect(await opened.articleCount()).toBe(articles);
  await opened.close();
}

describe("npm run ingest", { timeout: 30_000 }, () => {
  it("prints a row per file and the totals, writes the store, then finds everything unchanged", async () => {
    writeFileSync(join(sources, "broken.html"), "");
    const first = ingest("sources");
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^added\s+sources\/bbc\.html\s+obama-admits-us-gun-laws-are-his-biggest-frustration$/mu);
    expect(first.stdout).toMatch(/^skipped\s+sources\/broken\.html\s+empty file$/mu);
    expect(first.stdout).toContain("2 added, 0 updated, 0 unchanged, 1 skipped, 0 removed.");
    expect(first.stdout).toContain("(2 articles)");
    await expectStoreOf(2);
    const second = ingest("sources");
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(/^unchanged\s+sources\/bbc\.html\s+obama-admits-us-gun-laws-are-his-biggest-frustration$/mu);
    expect(second.stdout).toContain("0 added, 0 updated, 2 unchanged, 1 skipped, 0 removed.");
  });

  it("drops articles whose files are gone with --prune", async () => {
    ingest("sources");
    unlinkSync(join(sources, "nyt.html"));
    const run = ingest("sources", "--prune");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^removed\s+sources\/nyt\.html\s+united-states-to-lift-sudan-sanctions$/mu);
    await expectStoreOf(1);
  });

  it("succeeds when --prune only removes: a folder whose files are all gone empties the store", async () => {
    ingest("sources");
    rmSync(sources, { recursive: true, force: true });
    mkdirSync(sources);
    const run = ingest("sources", "--prune");
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("0 added, 0 updated, 0 unchanged, 0 skipped, 2 removed.");
    await expectStoreOf(0);
  });

  it("refuses a damaged store in one line, and leaves it as it was", () => {
    mkdirSync(join(dir, "store"));
    writeFileSync(store, "this is not a database, it is a note an operator saved here by mistake\n".repeat(100));
    const before = readFileSync(store);
    const run = ingest("sources");
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toMatch(/^The store .*coverage\.db is damaged or not a coverage-bot store \(file is not a database\): restore a backup/u);
    expect(run.stderr).not.toMatch(/^\s+at /mu);
    expect(readFileSync(store)).toEqual(before);
  });

  it("shows a file name's line break and bidi override as escapes, never raw", () => {
    writeFileSync(join(sources, "evil\n\u202elmth.txt"), "");
    const run = ingest("sources");
    expect(run.stdout).toMatch(/^skipped\s+sources\/evil\\u\{a\}\\u\{202e\}lmth\.txt\s+empty file$/mu);
    expect(run.stdout).not.toContain("\u202e");
  });

  it("exits 1 when nothing could be ingested, and the store keeps what it had", async () => {
    ingest("sources");
    writeFileSync(join(dir, "empty.txt"), "");
    const run = ingest("empty.txt", "missing-folder");
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("Nothing could be ingested from the paths given.");
    await expectStoreOf(2);
  });

  it("rejects missing arguments with usage and no stack trace", () => {
    const run = ingest();
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain("missing required argument 'paths'");
    expect(run.stderr).not.toMatch(/^\s+at /mu);
  });
});
