// Many files, one store: stable ids, unchanged content left alone, changed files updated in place,
// --prune, bad files skipped with a reason while the others land, id collisions kept apart.
import { chmodSync, copyFileSync, mkdtempSync, renameSync, rmSync, truncateSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ingestSources, type FileReport } from "../../src/app/ingestSources.ts";
import type { CoverageStore } from "../../src/store/coverageStore.ts";
import { openSqliteStore } from "../../src/store/sqlite/sqliteStore.ts";
import { MAX_SOURCE_BYTES } from "../../src/ingest/readSourceFile.ts";
import { CORPUS_DIR } from "../eval/extraction/extraction-corpus.ts";

const corpusPage = (slug: string): string => join(CORPUS_DIR, slug, "source.html");
const byStatus = (reports: readonly FileReport[], status: FileReport["status"]): FileReport[] => reports.filter((r) => r.status === status);

let dir: string;
let store: CoverageStore;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "ingest-"));
  store = openSqliteStore(":memory:");
});

const ids = async (): Promise<string[]> => (await store.listArticles(1000)).map((a) => a.id);
const ingest = (paths: readonly string[], options: { prune?: boolean } = {}) => ingestSources(store, paths, { cwd: dir, ...options });
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** A small article page with the given title and body sentence, repeated to article length. */
function page(title: string, sentence: string): string {
  const paragraphs = Array.from({ length: 4 }, (_, i) => `<p>${sentence} This is paragraph ${i + 1} of the report, with enough words to read as prose.</p>`).join("\n");
  return `<!DOCTYPE html><html><head><title>${title}</title><meta property="og:title" content="${title}"></head><body><article>${paragraphs}</article></body></html>`;
}

describe("ingesting the corpus", () => {
  it("reports everything unchanged the second time and leaves the store as it was", async () => {
    const first = await ingestSources(store, [CORPUS_DIR]);
    const landed = first.filter((r) => r.status === "added");
    expect(landed.length).toBeGreaterThanOrEqual(12);
    const generation = await store.generation();
    const second = await ingestSources(store, [CORPUS_DIR]);
    expect(await store.generation()).toBe(generation);
    expect(byStatus(second, "unchanged").map((r) => r.path)).toEqual(landed.map((r) => r.path));
    expect(byStatus(second, "added")).toEqual([]);
    expect(byStatus(second, "updated")).toEqual([]);
  });

  it("gives every article a distinct id taken from its title", async () => {
    await ingestSources(store, ["bbc-obama-gun-laws-frustration", "nyt-us-to-lift-sudan-sanctions"].map(corpusPage));
    expect(await ids()).toEqual(["obama-admits-us-gun-laws-are-his-biggest-frustration", "united-states-to-lift-sudan-sanctions"]);
    expect((await store.listArticles(2))[1]).toMatchObject({ outlet: "The New York Times", url: "https://www.nytimes.com/2017/01/13/world/africa/sudan-sanctions.html" });
  });
});

describe("bad files", () => {
  it("are skipped with a clear reason while the good ones land", async () => {
    copyFileSync(corpusPage("bbc-obama-gun-laws-frustration"), join(dir, "bbc.html"));
    copyFileSync(corpusPage("reuters-airasia-qz8501-search"), join(dir, "reuters.htm"));
    writeFileSync(join(dir, "empty.html"), "");
    writeFileSync(join(dir, "blank.txt"), "  \n\n \t\n");
    writeFileSync(join(dir, "image.html"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    writeFileSync(join(dir, "latin1.txt"), Buffer.from("Caf\xe9 au lait\nA second line about caf\xe9s.\n", "latin1"));
    writeFileSync(join(dir, "home.html"), "<html><head><title>Home</title></head><body><p>Welcome!</p></body></html>");
    writeFileSync(join(dir, "notes.md"), "# not a source file");
    const reports = await ingest([dir]);
    const reason = (path: string) => reports.find((r) => r.path === path)?.reason;
    expect(byStatus(reports, "added").map((r) => r.path)).toEqual(["bbc.html", "reuters.htm"]);
    expect(reason("empty.html")).toBe("empty file");
    expect(reason("blank.txt")).toBe("empty file (only whitespace)");
    expect(reason("image.html")).toMatch(/^binary file, not text/u);
    expect(reason("latin1.txt")).toBe("not valid UTF-8 text");
    expect(reason("home.html")).toMatch(/^not an article: only \d+ words of body text$/u);
    expect(reports.some((r) => r.path.endsWith("notes.md"))).toBe(false);
    expect(await store.articleCount()).toBe(2);
  });

  it("an HTML page in its declared legacy charset is read, and an oversized file is refused", async () => {
    const html = page("Caf\u00e9 society", "The caf\u00e9 \u201creopened\u201d on Tuesday.").replace("<head>", '<head><meta charset="windows-1252">');
    writeFileSync(join(dir, "legacy.html"), Buffer.from(html.replace(/[\u201c\u201d]/gu, (q) => (q === "\u201c" ? "\x93" : "\x94")), "latin1"));
    writeFileSync(join(dir, "huge.html"), "");
    truncateSync(join(dir, "huge.html"), MAX_SOURCE_BYTES + 1);
    const reports = await ingest([dir]);
    expect(reports.find((r) => r.path === "huge.html")?.reason).toBe("too large (over 20 MB)");
    expect((await store.listArticles(10)).map((a) => a.title)).toEqual(["Caf\u00e9 society"]);
    expect((await store.article("cafe-society"))?.paragraphs[0]?.text).toContain("The caf\u00e9 \u201creopened\u201d on Tuesday.");
  });

  it("plain text saved with an .html name is read as plain text", async () => {
    const text = ["Bridge reopens after repairs", "", "The harbour bridge reopened to traffic on Tuesday after eight months of repairs.", "", "Commuters had faced detours of up to forty minutes while the bridge was closed."].join("\n");
    writeFileSync(join(dir, "notes.html"), text);
    await ingest([dir]);
    expect((await store.article("bridge-reopens-after-repairs"))?.paragraphs.map((p) => p.text)).toEqual([
      "The harbour bridge reopened to traffic on Tuesday after eight months of repairs.",
      "Commuters had faced detours of up to forty minutes while the bridge was closed.",
    ]);
  });

  it("an unreadable file is skipped (when permissions apply to this user)", async () => {
    copyFileSync(corpusPage("bbc-obama-gun-laws-frustration"), join(dir, "locked.html"));
    chmodSync(join(dir, "locked.html"), 0o000);
    const reports = await ingest([dir]);
    const report = reports.find((r) => r.path === "locked.html");
    if (process.getuid?.() === 0) expect(report?.status).toBe("added");
    else expect(report).toMatchObject({ status: "skipped", reason: "cannot be read: permission denied" });
  });

  it("a missing path or a named non-source file is reported", async () => {
    writeFileSync(join(dir, "notes.md"), "# notes");
    const reports = await ingest([join(dir, "nope"), join(dir, "notes.md")]);
    expect(reports.map((r) => r.reason)).toEqual(["not found", "not a .txt, .html or .htm file"]);
  });

  it("a file that turns bad keeps its previous article", async () => {
    const path = join(dir, "story.html");
    writeFileSync(path, page("Bridge reopens", "The bridge reopened on Tuesday."));
    await ingest([dir]);
    writeFileSync(path, "");
    expect(await ingest([dir])).toEqual([{ path: "story.html", status: "skipped", reason: "empty file (its previous article is kept)" }]);
    expect(await ids()).toEqual(["bridge-reopens"]);
  });
});

describe("updates and pruning", () => {
  it("a changed file replaces its article under the same id", async () => {
    const path = join(dir, "story.html");
    writeFileSync(path, page("Bridge reopens", "The bridge reopened on Tuesday."));
    writeFileSync(join(dir, "other.html"), page("Ferry returns", "The ferry returned on Monday."));
    await ingest([dir]);
    writeFileSync(path, page("Bridge reopens", "The bridge reopened on Wednesday."));
    const second = await ingest([dir]);
    expect(second.map((r) => [r.path, r.status])).toEqual([
      ["other.html", "unchanged"],
      ["story.html", "updated"],
    ]);
    expect((await store.article("bridge-reopens"))?.paragraphs[0]?.text).toContain("Wednesday");
    expect(await store.articleCount()).toBe(2);
  });

  it("--prune drops articles whose files are gone; without it they stay", async () => {
    writeFileSync(join(dir, "story.html"), page("Bridge reopens", "The bridge reopened on Tuesday."));
    writeFileSync(join(dir, "other.html"), page("Ferry returns", "The ferry returned on Monday."));
    await ingest([dir]);
    unlinkSync(join(dir, "other.html"));
    await ingest([dir]);
    expect(await store.articleCount()).toBe(2);
    const pruned = await ingest([dir], { prune: true });
    expect(pruned).toContainEqual({ path: "other.html", status: "removed", article: "ferry-returns", reason: "source file is gone" });
    expect(await ids()).toEqual(["bridge-reopens"]);
  });

  it("a moved file keeps its id when the old path is pruned in the same run", async () => {
    writeFileSync(join(dir, "story.html"), page("Bridge reopens", "The bridge reopened on Tuesday."));
    await ingest([dir]);
    renameSync(join(dir, "story.html"), join(dir, "moved.html"));
    const moved = await ingest([dir], { prune: true });
    expect(moved.map((r) => [r.path, r.status, r.article])).toEqual([
      ["story.html", "removed", "bridge-reopens"],
      ["moved.html", "added", "bridge-reopens"],
    ]);
  });
});

describe("id collisions", () => {
  it("two files whose titles slug alike get distinct ids, the same on every run", async () => {
    writeFileSync(join(dir, "a.html"), page("Bridge Reopens!", "The bridge reopened on Tuesday."));
    writeFileSync(join(dir, "b.html"), page("Bridge reopens", "A different outlet's story about the bridge."));
    await ingest([dir]);
    const first = await ids();
    expect(first[0]).toBe("bridge-reopens");
    expect(first[1]).toMatch(/^bridge-reopens-[0-9a-f]{8}$/u);
    const again = openSqliteStore(":memory:");
    await ingestSources(again, [dir], { cwd: dir });
    expect((await again.listArticles(10)).map((a) => a.id)).toEqual(first);
    writeFileSync(join(dir, "b.html"), page("Bridge reopens", "An updated story about the bridge."));
    await ingest([dir]);
    expect(await ids()).toEqual(first);
  });
});

describe("progress", () => {
  it("is reported once per file, with the total", async () => {
    writeFileSync(join(dir, "a.html"), page("One", "First."));
    writeFileSync(join(dir, "b.html"), page("Two", "Second."));
    const calls: [number, number][] = [];
    await ingestSources(store, [dir], { cwd: dir, onFile: (index, total) => calls.push([index, total]) });
    expect(calls).toEqual([
      [0, 2],
      [1, 2],
    ]);
  });
});
