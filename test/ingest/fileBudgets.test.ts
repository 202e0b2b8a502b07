// Files that would stop an ingest or swamp its memory: a named pipe, a link to an endless device, a file
// whose analysis runs past its time or memory budget. Each is skipped with its reason, and the rest of the
// batch lands; the per-file step (analyseSources) says the same on its own.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { analyseSources, type SourceOutcome } from "../../src/ingest/analyseSources.ts";
import { contentHash } from "../../src/ingest/buildArticle.ts";
import { ingestSources as ingestInto, type FileReport, type IngestOptions } from "../../src/app/ingestSources.ts";
import type { CoverageStore } from "../../src/store/coverageStore.ts";
import { openSqliteStore } from "../../src/store/sqlite/sqliteStore.ts";

const SEED = "data/sources/000_763f98cca8341530.txt";

let dir: string;
let store: CoverageStore;
beforeEach(() => {
  store = openSqliteStore(":memory:");
  dir = mkdtempSync(join(tmpdir(), "ingest-budget-"));
  copyFileSync(SEED, join(dir, "good.txt"));
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const ingest = (paths: readonly string[], options: IngestOptions = {}): Promise<FileReport[]> => ingestInto(store, paths, { cwd: dir, ...options });
const sourcePaths = async (): Promise<string[]> => (await store.sourcePaths()).sort();
const report = (reports: readonly FileReport[], path: string) => reports.find((r) => r.path === path);
const landed = (reports: readonly FileReport[]) => reports.filter((r) => r.status === "added").map((r) => r.path);

/** A title and a million and a half one-word lines: 10 MB that no article resembles. */
function writeOneWordLines(path: string): void {
  writeFileSync(path, `Title\n${Array.from({ length: 1_500_000 }, (_, i) => `word${i % 100}`).join("\n")}`);
}

describe("files that are not regular files", () => {
  it("a named pipe called .txt is refused at once instead of waited on", async () => {
    execFileSync("mkfifo", [join(dir, "pipe.txt")]);
    const reports = await ingest([dir]);
    expect(report(reports, "pipe.txt")).toEqual({ path: "pipe.txt", status: "skipped", reason: "not a regular file (a named pipe), not read" });
    expect(landed(reports)).toEqual(["good.txt"]);
  });

  it("a .txt link to an endless device is refused without reading from it", async () => {
    symlinkSync("/dev/zero", join(dir, "zero.txt"));
    symlinkSync("/dev/urandom", join(dir, "random.html"));
    const reports = await ingest([dir]);
    expect(report(reports, "zero.txt")?.reason).toBe("not a regular file (a device), not read");
    expect(report(reports, "random.html")?.reason).toBe("not a regular file (a device), not read");
    expect(landed(reports)).toEqual(["good.txt"]);
  });
});

describe("a file past its budget", { timeout: 60_000 }, () => {
  it("is stopped when its analysis outlasts the time budget, and the rest of the batch lands", async () => {
    writeOneWordLines(join(dir, "lines.txt"));
    const reports = await ingest([dir], { budget: { timeMs: 2_000 } });
    expect(report(reports, "lines.txt")).toEqual({ path: "lines.txt", status: "skipped", reason: "took longer than 2 s to analyse: stopped" });
    expect(landed(reports)).toEqual(["good.txt"]);
    expect(await sourcePaths()).toEqual(["good.txt"]);
  });

  it("is stopped when its analysis outgrows the memory budget, and the rest of the batch lands", async () => {
    writeOneWordLines(join(dir, "lines.txt"));
    const reports = await ingest([dir], { budget: { memoryMb: 64 } });
    expect(report(reports, "lines.txt")?.reason).toBe("needed more than 64 MB to analyse: stopped");
    expect(landed(reports)).toEqual(["good.txt"]);
  });

  it("keeps its previous article when it turns hostile", async () => {
    writeFileSync(join(dir, "story.txt"), "Bridge reopens\n\nThe bridge reopened on Tuesday after months of repairs, the minister said.\n");
    await ingest([dir]);
    const before = await store.listArticles(10);
    writeOneWordLines(join(dir, "story.txt"));
    const second = await ingest([dir], { budget: { timeMs: 2_000 } });
    expect(report(second, "story.txt")?.reason).toBe("took longer than 2 s to analyse: stopped (its previous article is kept)");
    expect(await store.listArticles(10)).toEqual(before);
  });
});

describe("NUL bytes", () => {
  it("after the first 8 KB of a text file are taken out of the article's text", async () => {
    const body = Array.from({ length: 120 }, (_, i) => `Paragraph ${i + 1} says the bridge reopened on Tuesday after months of repairs.`).join("\n\n");
    const withNuls = `Bridge reopens\n\n${body}\n\nThe minister\u0000 said the\u0000\u0000 work was done.\n`;
    expect(withNuls.indexOf("\u0000")).toBeGreaterThan(8192);
    writeFileSync(join(dir, "nul.txt"), withNuls);
    const [nul] = await ingest([join(dir, "nul.txt")]);
    const paragraphs = (await store.article(nul?.article ?? ""))?.paragraphs.map((p) => p.text) ?? [];
    expect(paragraphs.at(-1)).toBe("The minister said the work was done.");
    expect(paragraphs.some((p) => p.includes("\u0000"))).toBe(false);
  });
});

describe("analyseSources, the per-file step on its own", () => {
  it("says per file: analysed (with its hash), unchanged when the known hash matches, or skipped with the reason", async () => {
    execFileSync("mkfifo", [join(dir, "pipe.txt")]);
    writeFileSync(join(dir, "other.txt"), "Ferry returns\n\nThe ferry returned on Monday after a winter in dry dock, the operator said.\n");
    const known = new Map([["good.txt", contentHash(Buffer.from(""))], ["other.txt", contentHash(Buffer.from("Ferry returns\n\nThe ferry returned on Monday after a winter in dry dock, the operator said.\n"))]]);
    const outcomes: SourceOutcome[] = [];
    for await (const outcome of analyseSources([dir, join(dir, "missing.txt")], { cwd: dir, known: (path) => known.get(path) })) outcomes.push(outcome);
    expect(outcomes.map((o) => [o.path, o.status])).toEqual([
      [join(dir, "missing.txt"), "skipped"],
      ["good.txt", "analysed"],
      ["other.txt", "unchanged"],
      ["pipe.txt", "skipped"],
    ]);
    const good = outcomes[1];
    expect(good?.status === "analysed" && good.hash).toBe(contentHash(readFileSync(SEED)));
    expect(good?.status === "analysed" && good.analysis.article.title).toContain("The Trump-Putin phone call");
    expect(good?.status === "analysed" && good.analysis.quotes.length).toBeGreaterThan(20);
  });
});
