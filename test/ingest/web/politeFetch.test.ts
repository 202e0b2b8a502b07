// The fetcher is polite to the sites it reads: it says who it is and where to write (FETCH_CONTACT_URL),
// asks "changed since?" with the validators of the last answer and takes a 304 as "not modified", asks
// one host one thing at a time with a pause between, and respects robots.txt (read once per site).
import type { IncomingMessage, ServerResponse } from "node:http";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fetchConfig } from "../../../src/app/fetchConfig.ts";
import { userAgentFor } from "../../../src/ingest/web/fetchLimits.ts";
import { fetchDocument } from "../../../src/ingest/web/webDocument.ts";
import { corpusHtml, send, startFakeWeb, type FakeWeb } from "../../fakeWeb/fakeWeb.ts";

let web: FakeWeb;
beforeEach(async () => {
  web = await startFakeWeb();
});
afterEach(async () => {
  await web.close();
});

const FAST = { hostGapMs: 0 };

describe("the fetcher names itself", () => {
  it("with the contact URL from FETCH_CONTACT_URL in its User-Agent", async () => {
    const config = fetchConfig({ FETCH_CONTACT_URL: "https://news-desk.example/bot" });
    expect(config).toMatchObject({ ok: true, limits: { userAgent: userAgentFor("https://news-desk.example/bot"), hostGapMs: 1000 } });
    await fetchDocument(web.url("/news/obama-guns"), config.ok ? config.limits : {});
    expect(web.requests.find((r) => r.path === "/news/obama-guns")?.userAgent).toMatch(/^coverage-bot\/\S+ \(\+https:\/\/news-desk\.example\/bot; /u);
  });

  it("refuses a contact that is not a URL, and a negative gap, in one line naming the value", () => {
    expect(fetchConfig({ FETCH_CONTACT_URL: "call Jane" })).toEqual({ ok: false, message: expect.stringMatching(/^FETCH_CONTACT_URL must be .*\(it is "call Jane"\)/u) });
    expect(fetchConfig({ FETCH_GAP_SECONDS: "-1" })).toEqual({ ok: false, message: expect.stringMatching(/^FETCH_GAP_SECONDS must be .*\(it is "-1"\)/u) });
    expect(fetchConfig({ FETCH_GAP_SECONDS: "0.25" })).toMatchObject({ ok: true, limits: { hostGapMs: 250 } });
  });
});

describe("a conditional GET", { timeout: 30_000 }, () => {
  it("sends back the ETag and Last-Modified it was given, and takes 304 as not modified", async () => {
    const asked: { etag?: string; since?: string }[] = [];
    const page = corpusHtml("bbc-obama-gun-laws-frustration");
    web.serve("/news/validated", (request: IncomingMessage, response: ServerResponse) => {
      asked.push({ etag: request.headers["if-none-match"], since: request.headers["if-modified-since"] });
      if (request.headers["if-none-match"] === '"v1"') return void response.writeHead(304).end();
      response.writeHead(200, { "content-type": "text/html; charset=utf-8", etag: '"v1"', "last-modified": "Fri, 24 Jul 2015 04:36:09 GMT" });
      response.end(page);
    });
    const first = await fetchDocument(web.url("/news/validated"), FAST);
    expect(first).toMatchObject({ kind: "page", validators: { etag: '"v1"', lastModified: "Fri, 24 Jul 2015 04:36:09 GMT" } });
    const again = await fetchDocument(web.url("/news/validated"), FAST, first.kind === "page" ? first.validators : {});
    expect(again).toEqual({ kind: "not modified", url: web.url("/news/validated") });
    expect(asked).toEqual([{}, { etag: '"v1"', since: "Fri, 24 Jul 2015 04:36:09 GMT" }]);
  });
});

describe("pacing", { timeout: 30_000 }, () => {
  it("asks one host one thing at a time, with the gap between the end of one request and the next", async () => {
    let open = 0;
    let mostOpen = 0;
    const spans: { start: number; end: number }[] = [];
    for (const n of [1, 2, 3]) {
      web.serve(`/paced/${n}`, (_request, response) => {
        const start = Date.now();
        open += 1;
        mostOpen = Math.max(mostOpen, open);
        setTimeout(() => {
          open -= 1;
          spans.push({ start, end: Date.now() });
          send("text/html", "<!DOCTYPE html><p>paced</p>")(_request, response);
        }, 100);
      });
    }
    const gapMs = 300;
    const fetched = await Promise.all([1, 2, 3].map((n) => fetchDocument(web.url(`/paced/${n}`), { hostGapMs: gapMs })));
    expect(fetched.map((d) => d.kind)).toEqual(["page", "page", "page"]);
    expect(mostOpen).toBe(1);
    spans.sort((a, b) => a.start - b.start);
    for (let i = 1; i < spans.length; i += 1) expect((spans[i]?.start ?? 0) - (spans[i - 1]?.end ?? 0)).toBeGreaterThanOrEqual(gapMs - 20);
  });
});

describe("robots.txt", { timeout: 30_000 }, () => {
  it("skips a page it disallows for coverage-bot, fetches the others, and is read once per site", async () => {
    web.serve("/robots.txt", send("text/plain", "User-agent: coverage-bot\nDisallow: /news/volker\n\nUser-agent: *\nDisallow: /\n"));
    expect(await fetchDocument(web.url("/news/volker"), FAST)).toEqual({ kind: "refused", url: web.url("/news/volker"), reason: "disallowed by robots.txt" });
    expect(await fetchDocument(web.url("/news/whales"), FAST)).toMatchObject({ kind: "page" });
    expect(await fetchDocument(web.url("/news/airasia"), FAST)).toMatchObject({ kind: "page" });
    expect(web.requests.map((r) => r.path)).toEqual(["/robots.txt", "/news/whales", "/news/airasia"]);
  });

  it("also applies to where a redirect leads", async () => {
    web.serve("/robots.txt", send("text/plain", "User-agent: *\nDisallow: /news/sudan\n"));
    expect(await fetchDocument(web.url("/old/sudan"), FAST)).toMatchObject({ kind: "refused", reason: "disallowed by robots.txt" });
  });

  it("takes a site whose robots.txt fails with a server error as closed for now, and one without robots.txt as open", async () => {
    web.serve("/robots.txt", send("text/plain", "down", 503));
    expect(await fetchDocument(web.url("/news/whales"), FAST)).toMatchObject({ kind: "refused", reason: "robots.txt answered HTTP 503: the site is not fetched for now" });
    const other = await startFakeWeb();
    try {
      expect(await fetchDocument(other.url("/news/whales"), FAST)).toMatchObject({ kind: "page" });
    } finally {
      await other.close();
    }
  });
});
