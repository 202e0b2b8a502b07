// Ingesting from the web into the store: a page URL lands like a saved page under its final address
// and is "unchanged" the next time; a feed of each format lands every item's page, the feed filling
// in what a page does not say; an item whose page is gone is skipped while the others land; --prune
// never drops what came from the web; --remove takes out the article from a URL or file named.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ingestSources, type FileReport } from "../../../src/app/ingestSources.ts";
import { removeSources } from "../../../src/app/removeSources.ts";
import type { CoverageStore } from "../../../src/store/coverageStore.ts";
import { openSqliteStore } from "../../../src/store/sqlite/sqliteStore.ts";
import { corpusHtml, send, startFakeWeb, type FakeWeb } from "../../fakeWeb/fakeWeb.ts";

let web: FakeWeb;
let store: CoverageStore;
let dir: string;
beforeAll(async () => {
  web = await startFakeWeb();
});
afterAll(async () => {
  await web.close();
});
beforeEach(() => {
  store = openSqliteStore(":memory:");
  dir = mkdtempSync(join(tmpdir(), "ingest-web-"));
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const ingest = (sources: readonly string[], options: { prune?: boolean } = {}): Promise<FileReport[]> => ingestSources(store, sources, { cwd: dir, ...options });
const rows = (reports: readonly FileReport[]): string[] => reports.map((r) => `${r.status} ${r.path}${r.reason ? ` ${r.reason}` : ""}`);
const articleFrom = async (url: string) => {
  const id = (await store.storedSource(url))?.id;
  return id ? store.article(id) : null;
};

describe("ingesting a page URL", { timeout: 60_000 }, () => {
  it("files the page under the address it ended at, then finds it unchanged", async () => {
    const first = await ingest([web.url("/old/sudan")]);
    expect(rows(first)).toEqual([`added ${web.url("/news/sudan")}`]);
    expect((await articleFrom(web.url("/news/sudan")))?.title).toBe("United States to Lift Sudan Sanctions");
    expect(rows(await ingest([web.url("/news/sudan")]))).toEqual([`unchanged ${web.url("/news/sudan")}`]);
  });

  it("updates the article in place when the page changes", async () => {
    web.serve("/news/changing", send("text/html", corpusHtml("nyt-us-to-lift-sudan-sanctions")));
    const [first] = await ingest([web.url("/news/changing")]);
    web.serve("/news/changing", send("text/html", corpusHtml("nyt-us-to-lift-sudan-sanctions").toString("utf8").replace("Sudan", "the Sudan")));
    const [second] = await ingest([web.url("/news/changing")]);
    expect(second).toMatchObject({ status: "updated", article: first?.article });
  });

  it("gives the fetched address as the article's URL when the page names none", async () => {
    const paragraphs = Array.from({ length: 4 }, (_, i) => `<p>The council voted on the new harbour plan today, paragraph ${i + 1}, after a long debate among its members.</p>`).join("");
    web.serve("/plain", send("text/html", `<!DOCTYPE html><html><head><title>Harbour plan approved</title></head><body><article>${paragraphs}</article></body></html>`));
    await ingest([web.url("/plain")]);
    expect((await articleFrom(web.url("/plain")))?.url).toBe(web.url("/plain"));
  });

  it("reports each failing URL as skipped with its reason, and the batch goes on", async () => {
    const reports = await ingest([web.url("/nowhere"), web.url("/loop/a"), web.url("/photo.png"), web.url("/news/obama-guns")], {});
    expect(rows(reports)).toEqual([
      `skipped ${web.url("/nowhere")} HTTP 404 Not Found`,
      `skipped ${web.url("/loop/a")} redirect loop (back to ${web.url("/loop/a")})`,
      `skipped ${web.url("/photo.png")} not a web page or a feed (Content-Type image/png)`,
      `added ${web.url("/news/obama-guns")}`,
    ]);
  });
});

describe("ingesting a feed", { timeout: 60_000 }, () => {
  it("lands every RSS item's page (under its address without tracking parameters), skips the one that is gone, and fills the byline and date the pages lack", async () => {
    const reports = await ingest([web.url("/feeds/rss.xml")]);
    expect(rows(reports).sort()).toEqual(
      [
        `added ${web.url("/news/obama-guns")}`,
        `added ${web.url("/news/airasia")}`,
        `skipped ${web.url("/news/taken-down")} HTTP 404 Not Found`,
        `added ${web.url("/news/sudan")}`,
      ].sort(),
    );
    const bbc = await articleFrom(web.url("/news/obama-guns"));
    expect(bbc).toMatchObject({ byline: "Jon Sopel", outlet: "BBC News", published: "2015-07-24T04:36:09.000Z" });
    const reuters = await articleFrom(web.url("/news/airasia"));
    expect(reuters).toMatchObject({ byline: "Fergus Jensen", published: "2014-12-30T09:15:00.000Z" });
  });

  it("lands every Atom and JSON Feed item's page", async () => {
    const reports = await ingest([web.url("/feeds/atom"), web.url("/feeds/items.json")]);
    expect(reports.map((r) => r.status)).toEqual(["added", "added", "added", "added"]);
    expect((await articleFrom(web.url("/news/halibut")))?.title).toMatch(/^Alaskan halibut/u);
    expect(await store.articleCount()).toBe(4);
  });

  it("finds every item unchanged the second time", async () => {
    await ingest([web.url("/feeds/atom")]);
    expect((await ingest([web.url("/feeds/atom")])).map((r) => r.status)).toEqual(["unchanged", "unchanged"]);
  });

  it("says so when a feed has no items", async () => {
    web.serve("/feeds/empty", send("application/rss+xml", `<rss version="2.0"><channel><title>Quiet</title><link>${web.origin}</link><description>d</description></channel></rss>`));
    expect(rows(await ingest([web.url("/feeds/empty")]))).toEqual([`skipped ${web.url("/feeds/empty")} a feed with no items linking to a web page`]);
  });
});

describe("--prune, --remove and the web", { timeout: 60_000 }, () => {
  it("removes the article from a URL (as given, tracking parameters and all, or any address it was reached at) or from a file", async () => {
    await ingest([web.url("/feeds/rss.xml")]);
    writeFileSync(join(dir, "whales.html"), corpusHtml("guardian-maori-whale-strandings"));
    await ingest([join(dir, "whales.html")]);
    expect(await store.articleCount()).toBe(4);
    const removed = await removeSources(store, [web.url("/news/airasia?utm_source=rss"), web.url("/old/sudan"), "whales.html"], dir);
    expect(removed.map((r) => r.status)).toEqual(["removed", "removed", "removed"]);
    expect(await store.articleCount()).toBe(1);
    expect(rows(await removeSources(store, [web.url("/news/airasia")], dir))).toEqual([`skipped ${web.url("/news/airasia")} no stored article came from it (see npm run cli -- sources)`]);
  });

  it("keeps articles that came from URLs: only a file that is gone is pruned", async () => {
    await ingest([web.url("/news/obama-guns")]);
    const reports = await ingest([], { prune: true });
    expect(reports.filter((r) => r.status === "removed")).toEqual([]);
    expect(await store.articleCount()).toBe(1);
  });
});
