// Hostile source files: empty, binary, 50 MB, invalid UTF-8, tens of thousands of nested elements,
// a page with no article, symlink loops. Each gets a clear reason of its own, the run finishes, the
// good file lands, and a file that turns hostile keeps its previous article.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ingestSources, type FileReport } from "../../src/app/ingestSources.ts";
import type { CoverageStore } from "../../src/store/coverageStore.ts";
import { openSqliteStore } from "../../src/store/sqlite/sqliteStore.ts";
import { CORPUS_DIR } from "../eval/extraction/extraction-corpus.ts";

let dir: string;
let sources: string;
let store: CoverageStore;
beforeEach(() => {
  store = openSqliteStore(":memory:");
  dir = mkdtempSync(join(tmpdir(), "ingest-hostile-"));
  sources = join(dir, "sources");
  mkdirSync(sources);
  copyFileSync(join(CORPUS_DIR, "bbc-obama-gun-laws-frustration", "source.html"), join(sources, "good.html"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const reasonFor = (reports: readonly FileReport[], name: string): string | undefined =>
  reports.find((r) => r.path.endsWith(name))?.reason;

const sentence = "The minister said the bridge would reopen on Tuesday after months of repairs and delays. ";

/** The hostile files, by name, each with the reason the report must give for it. */
function writeHostileFiles(): Record<string, RegExp> {
  writeFileSync(join(sources, "empty.txt"), "");
  writeFileSync(join(sources, "blank.txt"), " \n\t\r\n  ");
  writeFileSync(join(sources, "binary.html"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
  writeFileSync(join(sources, "huge.txt"), Buffer.alloc(50 * 1024 * 1024, "a"));
  writeFileSync(join(sources, "latin1.txt"), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0xff, 0xfe, 0x20, 0xc3, 0x28]));
  writeFileSync(join(sources, "deep.html"), `<html><body>${"<div>".repeat(40_000)}<p>${sentence.repeat(4)}</p>${"</div>".repeat(40_000)}</body></html>`);
  writeFileSync(join(sources, "nav-only.html"), `<html><head><title>Menu</title><script>var x = 1;</script></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav></body></html>`);
  symlinkSync("self-loop.txt", join(sources, "self-loop.txt"));
  symlinkSync("nowhere.txt", join(sources, "dangling.txt"));
  mkdirSync(join(sources, "sub"));
  symlinkSync(sources, join(sources, "sub", "back-to-sources"));
  return {
    "empty.txt": /^empty file$/u,
    "blank.txt": /^empty file \(only whitespace\)$/u,
    "binary.html": /^binary file/u,
    "huge.txt": /^too large \(over \d+ MB\)$/u,
    "latin1.txt": /^not valid UTF-8 text$/u,
    "deep.html": /^not an article: markup nested \d+ levels deep$/u,
    "nav-only.html": /^not an article/u,
    "self-loop.txt": /^symbolic link loop, not followed$/u,
    "back-to-sources": /^symbolic link to a folder already read/u,
    "dangling.txt": /^broken symbolic link/u,
  };
}

describe("hostile source files", { timeout: 60_000 }, () => {
  it("each get their own clear reason, and the good file still lands", async () => {
    const expected = writeHostileFiles();
    const reports = await ingestSources(store, [sources], { cwd: dir });
    for (const [name, reason] of Object.entries(expected)) expect(reasonFor(reports, name), name).toMatch(reason);
    expect(reports.filter((r) => r.status === "added").map((r) => r.path)).toEqual(["sources/good.html"]);
    expect(await store.articleCount()).toBe(1);
  });

  it("a folder linked back into itself is read once, not forever", async () => {
    mkdirSync(join(sources, "sub"));
    symlinkSync(sources, join(sources, "sub", "back-to-sources"));
    const reports = await ingestSources(store, [sources], { cwd: dir });
    expect(reports.filter((r) => r.path.endsWith("good.html"))).toHaveLength(1);
    expect(reasonFor(reports, "back-to-sources")).toMatch(/not followed$/u);
  });

  it("keep the previous articles when a good file turns hostile", async () => {
    await ingestSources(store, [sources], { cwd: dir });
    const before = await store.listArticles(10);
    writeFileSync(join(sources, "good.html"), Buffer.from([0x00, 0xff, 0x00]));
    const second = await ingestSources(store, [sources], { cwd: dir });
    expect(reasonFor(second, "good.html")).toMatch(/^binary file.*\(its previous article is kept\)$/u);
    expect(await store.listArticles(10)).toEqual(before);
  });
});
