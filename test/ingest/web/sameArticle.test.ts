// The same article once: an article is kept under one address (tracking parameters and fragment off,
// its own canonical link when that stays on the site), a second address with the same text from the
// same site is that article (and is recognised as it afterwards), and wire copy carried by another
// site is filed for that outlet but marked as the same text, so /quote lists each of its quotes once.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { quoteAnswer } from "../../support/quoteAnswer.ts";
import { ingestSources, type FileReport } from "../../../src/app/ingestSources.ts";
import { articleAddress, canonicalUrl } from "../../../src/ingest/web/canonicalUrl.ts";
import type { CoverageStore } from "../../../src/store/coverageStore.ts";
import { openSqliteStore } from "../../../src/store/sqlite/sqliteStore.ts";
import { corpusHtml, send, startFakeWeb, type FakeWeb } from "../../fakeWeb/fakeWeb.ts";

let web: FakeWeb;
let wire: FakeWeb;
let store: CoverageStore;
beforeAll(async () => {
  [web, wire] = await Promise.all([startFakeWeb(), startFakeWeb()]);
});
afterAll(async () => {
  await Promise.all([web.close(), wire.close()]);
});
beforeEach(() => {
  store = openSqliteStore(":memory:");
});
afterEach(async () => {
  await store.close();
});

const FAST = { fetch: { hostGapMs: 0 } };
const ingest = async (url: string): Promise<FileReport | undefined> => (await ingestSources(store, [url], FAST))[0];
const html = (text: string): string => text.replace(/[&<>]/gu, (c) => `&${{ "&": "amp", "<": "lt", ">": "gt" }[c]};`);

describe("an article's address", () => {
  it("drops tracking parameters and the fragment, and nothing else", () => {
    expect(canonicalUrl("https://news.example/world/story?utm_source=rss&utm_medium=feed&id=31&fbclid=IwAR0x#comments")).toBe("https://news.example/world/story?id=31");
    expect(canonicalUrl("https://news.example/world/story?gclid=abc&mc_cid=9")).toBe("https://news.example/world/story");
    expect(canonicalUrl("https://news.example/search?q=a%20b&page=2")).toBe("https://news.example/search?q=a%20b&page=2");
  });

  it("is the page's canonical link when it stays on the same site, else the address it was fetched at", () => {
    expect(articleAddress("https://news.example/amp/story?utm_campaign=x", "https://www.news.example/world/story")).toBe("https://www.news.example/world/story");
    expect(articleAddress("https://mirror.example/story?utm_campaign=x", "https://news.example/world/story")).toBe("https://mirror.example/story");
  });
});

describe("the same article at a second address", { timeout: 60_000 }, () => {
  it("is recognised through tracking parameters, and by its text when its page differs", async () => {
    const first = await ingest(web.url("/news/obama-guns"));
    expect(first).toMatchObject({ status: "added" });
    expect(await ingest(web.url("/news/obama-guns?utm_source=twitter&fbclid=abc#comments"))).toMatchObject({ status: "unchanged", article: first?.article });
    web.serve("/mirror/obama-guns", send("text/html; charset=utf-8", `${corpusHtml("bbc-obama-gun-laws-frustration").toString()}\n<!-- served by the mirror -->`));
    expect(await ingest(web.url("/mirror/obama-guns"))).toMatchObject({ status: "unchanged", article: first?.article });
    expect(await store.articleCount()).toBe(1);
    expect((await store.storedSource(web.url("/mirror/obama-guns")))?.id).toBe(first?.article);
  });

  it("is kept under the page's own canonical link on the same site, and known by the address it was reached at", async () => {
    const page = corpusHtml("guardian-maori-whale-strandings")
      .toString()
      .replace(/<link rel="canonical" href="[^"]*"/u, `<link rel="canonical" href="${web.url("/environment/whales")}"`);
    web.serve("/amp/whales", send("text/html; charset=utf-8", page));
    const report = await ingest(web.url("/amp/whales?utm_campaign=share"));
    expect(report).toMatchObject({ status: "added", path: web.url("/environment/whales") });
    expect((await store.storedSource(web.url("/amp/whales")))?.id).toBe(report?.article);
  });
});

describe("wire copy carried by another outlet", { timeout: 60_000 }, () => {
  it("is stored for that outlet too, and /quote lists each quote of it once, also from a copy cut short", async () => {
    const original = await ingest(web.url("/news/obama-guns"));
    const once = await quoteAnswer(store, { who: "Obama" });
    expect(once.by.length).toBeGreaterThan(2);

    wire.serve("/world/obama-guns", send("text/html; charset=utf-8", corpusHtml("bbc-obama-gun-laws-frustration")));
    expect(await ingest(wire.url("/world/obama-guns"))).toMatchObject({ status: "added" });
    const article = await store.article(original?.article ?? "");
    const body = (article?.paragraphs ?? []).slice(0, -1).map((p) => `<p>${html(p.text)}</p>`).join("\n");
    wire.serve("/short/obama-guns", send("text/html; charset=utf-8", `<!DOCTYPE html><html><head><title>${html(article?.title ?? "")}</title></head><body><article><h1>${html(article?.title ?? "")}</h1>\n${body}</article></body></html>`));
    expect(await ingest(wire.url("/short/obama-guns"))).toMatchObject({ status: "added" });
    expect(await store.articleCount()).toBe(3);

    const thrice = await quoteAnswer(store, { who: "Obama" });
    expect(thrice.by.map((q) => q.text)).toEqual(once.by.map((q) => q.text));
    expect(new Set(thrice.by.map((q) => q.text)).size).toBe(thrice.by.length);
  });
});
