// Promise: a damaged store file is refused in one clear line (no stack trace), never silently answered
// from. The file is a real store of real articles whose pages are overwritten in the middle, as a bad
// disk or a half-copied backup leaves them: the header still reads, so only a check of the pages finds it.
// `npm run ingest` and `npm run cli -- sources` / `quote` must each refuse it and leave it as it was.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CORPUS_DIR } from "../eval/extraction-corpus.ts";
import { random } from "../bench/synthesize.ts";
import { isOneLine, runCli, runIngest } from "../support/processes.ts";
import { ingestedStore } from "../support/stores.ts";

const ARTICLES = ["bbc-obama-gun-laws-frustration", "nyt-us-to-lift-sudan-sanctions", "guardian-maori-whale-strandings", "wapo-tunisia-bardo-museum-attack"];
const OBAMA_SAYS = "If you look at the number of Americans killed since 9/11 by terrorism";

let dir: string;
let healthy: string;
let damaged: string;

/** Overwrites three pages' worth of bytes from the middle of a page halfway through the file. */
function overwriteMiddlePages(path: string): void {
  const bytes = readFileSync(path);
  const pageSize = bytes.readUInt16BE(16);
  const pages = bytes.length / pageSize;
  const start = Math.floor(pages / 2) * pageSize + pageSize / 2;
  const rand = random(13);
  for (let i = 0; i < 3 * pageSize; i++) bytes[start + i] = Math.floor(rand() * 256);
  writeFileSync(path, bytes);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "store-damaged-"));
  healthy = join(dir, "healthy.db");
  damaged = join(dir, "damaged.db");
  // Closing the only connection checkpoints the WAL into the file, so the copy is the whole store.
  await (await ingestedStore(ARTICLES.map((slug) => join(CORPUS_DIR, slug, "source.html")), healthy)).close();
  copyFileSync(healthy, damaged);
  overwriteMiddlePages(damaged);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a damaged store file", { timeout: 120_000 }, () => {
  it("is answered from while healthy (so that the refusals below are the damage's doing)", async () => {
    const sources = await runCli(healthy, ["sources"]);
    expect(sources.code).toBe(0);
    expect(sources.stdout).toContain(`Stored articles (${ARTICLES.length})`);
    const quote = await runCli(healthy, ["quote", "Obama"]);
    expect(quote.stdout).toContain(OBAMA_SAYS);
  });

  it("still has its header, so the damage is in the pages only", () => {
    const bytes = readFileSync(damaged);
    expect(bytes.subarray(0, 16).toString("latin1")).toBe("SQLite format 3\0");
    expect(bytes.length).toBe(readFileSync(healthy).length);
  });

  it("is refused by `npm run ingest` in one line, without writing to it", async () => {
    const before = readFileSync(damaged);
    const run = await runIngest(damaged, [join(CORPUS_DIR, "cnn-thanksgiving-winter-storm-travel", "source.html")]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toMatch(/^The store .*damaged\.db is damaged or not a coverage-bot store \(.+\): restore a backup/u);
    expect(isOneLine(run.stderr)).toBe(true);
    expect(run.stdout).not.toMatch(/added|unchanged/u);
    expect(readFileSync(damaged)).toEqual(before);
  });

  it("is refused by `npm run cli -- sources` in one line, listing nothing from it", async () => {
    const run = await runCli(damaged, ["sources"]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toMatch(/^The store .*damaged\.db is damaged or not a coverage-bot store \(.+\): restore a backup/u);
    expect(isOneLine(run.stderr)).toBe(true);
    expect(run.stdout).toBe("");
  });

  it("is refused by `npm run cli -- quote` rather than answered from its intact pages", async () => {
    const run = await runCli(damaged, ["quote", "Obama"]);
    expect(run.code).toBe(1);
    expect(isOneLine(run.stderr)).toBe(true);
    expect(run.stderr).toContain("is damaged");
    expect(run.stdout).not.toContain("Obama");
  });
});
