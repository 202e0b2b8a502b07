// Fetching a URL politely and safely: the page, where a redirect ends, the User-Agent that names the
// bot, and every hostile answer (404, no answer in time, a body past the size limit, a redirect loop,
// an image, a refused connection, a host that does not exist) turned into a reason, never a throw.
import { createServer } from "node:net";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchDocument } from "../../../src/ingest/web/webDocument.ts";
import { send, startFakeWeb, type FakeWeb } from "../../fakeWeb/fakeWeb.ts";

let web: FakeWeb;
beforeAll(async () => {
  web = await startFakeWeb();
});
afterAll(async () => {
  await web.close();
});

/** A port on 127.0.0.1 nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe("fetching a web page", { timeout: 30_000 }, () => {
  it("fetches an HTML page and names coverage-bot in its User-Agent", async () => {
    const document = await fetchDocument(web.url("/news/obama-guns"));
    expect(document.kind).toBe("page");
    if (document.kind === "page") expect(document.text).toContain("biggest frustration");
    expect(web.requests.find((r) => r.path === "/news/obama-guns")?.userAgent).toMatch(/^coverage-bot\//u);
  });

  it("follows a redirect and answers with the address it ended at", async () => {
    const document = await fetchDocument(web.url("/old/sudan"));
    expect(document).toMatchObject({ kind: "page", url: web.url("/news/sudan") });
  });

  it("reads a page in the charset its server states", async () => {
    const bytes = Buffer.concat([Buffer.from("<!DOCTYPE html><html><body><p>Caf"), Buffer.from([0xe9]), Buffer.from(" \u0093quoted\u0094</p></body></html>", "latin1")]);
    web.serve("/legacy", send("text/html; charset=windows-1252", bytes));
    const document = await fetchDocument(web.url("/legacy"));
    expect(document.kind === "page" && document.text).toContain("Café “quoted”");
  });

  it("reads a page in the charset it declares when its server states none", async () => {
    const bytes = Buffer.concat([Buffer.from('<!DOCTYPE html><html><head><meta charset="windows-1252"></head><body><p>Na'), Buffer.from([0xef]), Buffer.from("ve</p></body></html>")]);
    web.serve("/declared", send("text/html", bytes));
    const document = await fetchDocument(web.url("/declared"));
    expect(document.kind === "page" && document.text).toContain("Naïve");
  });

  it("asks for and reads gzip- and brotli-compressed pages", async () => {
    const page = Buffer.from("<!DOCTYPE html><html><body><p>Compressed café page</p></body></html>");
    for (const [encoding, compress] of [["gzip", gzipSync], ["br", brotliCompressSync]] as const) {
      web.serve(`/compressed/${encoding}`, (request, response) => {
        const offered = String(request.headers["accept-encoding"]).split(/,\s*/u).includes(encoding);
        response.writeHead(200, { "content-type": "text/html; charset=utf-8", ...(offered ? { "content-encoding": encoding } : {}) });
        response.end(offered ? compress(page) : "<p>not offered</p>");
      });
      const document = await fetchDocument(web.url(`/compressed/${encoding}`));
      expect(document.kind === "page" && document.text).toContain("Compressed café page");
    }
  });

  it("recognises a feed by its content, whatever the address and the stated type", async () => {
    const document = await fetchDocument(web.url("/feeds/feed-as-html"));
    expect(document.kind).toBe("feed");
  });
});

describe("a URL that cannot be ingested is refused with the reason", { timeout: 30_000 }, () => {
  it("says HTTP 404 for a missing page", async () => {
    expect(await fetchDocument(web.url("/nowhere"))).toMatchObject({ kind: "refused", reason: "HTTP 404 Not Found" });
  });

  it("gives up on a server that never finishes, at the timeout", async () => {
    const started = Date.now();
    const document = await fetchDocument(web.url("/slow"), { timeoutMs: 1_000 });
    expect(document).toMatchObject({ kind: "refused", reason: "no complete answer within 1 s (timed out)" });
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it("gives up on a server that never answers at all, at the timeout", async () => {
    web.serve("/silent", () => undefined);
    expect(await fetchDocument(web.url("/silent"), { timeoutMs: 1_000 })).toMatchObject({ kind: "refused", reason: "no complete answer within 1 s (timed out)" });
  });

  it("stops reading a body past the 20 MB limit", async () => {
    expect(await fetchDocument(web.url("/huge"))).toMatchObject({ kind: "refused", reason: "too large (over 20 MB)" });
  });

  it("refuses at once a body whose announced length is past the limit", async () => {
    web.serve("/announced", (_request, response) => {
      response.writeHead(200, { "content-type": "text/html", "content-length": String(2 * 1024 * 1024) });
      response.write("<p>");
    });
    expect(await fetchDocument(web.url("/announced"), { maxBytes: 1024 * 1024 })).toMatchObject({ kind: "refused", reason: "too large (over 1 MB)" });
  });

  it("stops at a redirect loop, and at too many redirects", async () => {
    expect(await fetchDocument(web.url("/loop/a"))).toMatchObject({ kind: "refused", reason: `redirect loop (back to ${web.url("/loop/a")})` });
    for (let i = 0; i < 8; i += 1) web.serve(`/chain/${i}`, (_request, response) => void response.writeHead(302, { location: `/chain/${i + 1}` }).end());
    expect(await fetchDocument(web.url("/chain/0"))).toMatchObject({ kind: "refused", reason: "too many redirects (more than 5)" });
  });

  it("refuses a redirect to something other than a web page, or to no valid address", async () => {
    web.serve("/to-ftp", (_request, response) => void response.writeHead(301, { location: "ftp://files.example/story.html" }).end());
    expect(await fetchDocument(web.url("/to-ftp"))).toMatchObject({ kind: "refused", reason: "redirected to ftp://files.example/story.html, not a web page" });
    web.serve("/to-nowhere", (_request, response) => void response.writeHead(302, { location: "http://[broken" }).end());
    expect(await fetchDocument(web.url("/to-nowhere"))).toMatchObject({ kind: "refused", reason: "not a valid URL" });
  });

  it("refuses an image by its type without reading it", async () => {
    expect(await fetchDocument(web.url("/photo.png"))).toMatchObject({ kind: "refused", reason: "not a web page or a feed (Content-Type image/png)" });
  });

  it("says a broken feed is malformed, also when its server calls it HTML", async () => {
    web.serve("/feeds/broken", send("text/html", '<?xml version="1.0"?><rss version="2.0"><channel><title>Cut off<item><title>a'));
    expect(await fetchDocument(web.url("/feeds/broken"))).toMatchObject({ kind: "refused", reason: expect.stringMatching(/^malformed feed/u) });
  });

  it("refuses a JSON or XML document that is neither a page nor a feed", async () => {
    web.serve("/data.json", send("application/json", '{"rows":[1,2,3]}'));
    expect(await fetchDocument(web.url("/data.json"))).toMatchObject({ kind: "refused", reason: "not a web page or a feed (Content-Type application/json)" });
  });

  it("says the connection was refused when nothing listens", async () => {
    const url = `http://127.0.0.1:${await closedPort()}/news`;
    expect(await fetchDocument(url)).toMatchObject({ kind: "refused", url, reason: "connection refused" });
  });

  it("says the host was not found when its name does not resolve", async () => {
    expect(await fetchDocument("http://no-such-host.invalid/news")).toMatchObject({ kind: "refused", reason: expect.stringMatching(/^host not found/u) });
  });
});
