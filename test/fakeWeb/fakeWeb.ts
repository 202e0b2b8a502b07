// A local web server for the fetch and feed tests (127.0.0.1, a free port): saved corpus pages,
// feeds pointing at them, and hostile answers (404, a server that never finishes, an endless body,
// a redirect loop, an image). It records each request's path and User-Agent.
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { CORPUS_DIR } from "../eval/extraction/extraction-corpus.ts";
import { atomFeed, jsonFeed, rssFeed } from "./feeds.ts";

export type Handler = (request: IncomingMessage, response: ServerResponse) => void;

export interface FakeWeb {
  /** http://127.0.0.1:<port> */
  readonly origin: string;
  url(path: string): string;
  /** Adds or replaces the answer at `path`. */
  serve(path: string, handler: Handler): void;
  /** Each request seen: path and User-Agent. */
  readonly requests: { path: string; userAgent: string | undefined }[];
  close(): Promise<void>;
}

export const corpusHtml = (slug: string): Buffer => readFileSync(join(CORPUS_DIR, slug, "source.html"));

export const send =
  (type: string, body: string | Buffer, status = 200): Handler =>
  (_request, response) => {
    response.writeHead(status, { "content-type": type });
    response.end(body);
  };

const redirect =
  (to: string, status = 302): Handler =>
  (_request, response) => {
    response.writeHead(status, { location: to });
    response.end();
  };

/** Sends the head and a little of the page, then nothing more, ever. */
const neverFinishes: Handler = (_request, response) => {
  response.writeHead(200, { "content-type": "text/html" });
  response.write("<!DOCTYPE html><html><body><p>Loading");
};

/** An HTML body that goes on for `megabytes` MB, with no length announced. */
const endless =
  (megabytes: number): Handler =>
  (_request, response) => {
    response.writeHead(200, { "content-type": "text/html" });
    const chunk = Buffer.alloc(64 * 1024, "<p>filler text</p>\n");
    let sent = 0;
    const more = (): void => {
      while (sent < megabytes * 16) {
        sent += 1;
        if (!response.write(chunk)) return void response.once("drain", more);
      }
      response.end();
    };
    more();
  };

/** The pages and feeds every test server starts with. */
function defaultRoutes(origin: string): Map<string, Handler> {
  const page = (slug: string): Handler => send("text/html; charset=utf-8", corpusHtml(slug));
  return new Map<string, Handler>([
    ["/news/obama-guns", page("bbc-obama-gun-laws-frustration")],
    ["/news/airasia", page("reuters-airasia-qz8501-search")],
    ["/news/sudan", page("nyt-us-to-lift-sudan-sanctions")],
    ["/news/whales", page("guardian-maori-whale-strandings")],
    ["/news/volker", page("cbs-impeachment-volker-morrison-testimony")],
    ["/news/halibut", page("seattletimes-amazon-whole-foods-halibut")],
    ["/news/epstein", page("usatoday-epstein-prison-guards-charged")],
    ["/old/sudan", redirect("/news/sudan", 301)],
    ["/feeds/rss.xml", send("application/rss+xml", rssFeed(origin))],
    ["/feeds/atom", send("application/atom+xml; charset=utf-8", atomFeed())],
    ["/feeds/items.json", send("application/feed+json", jsonFeed(origin))],
    ["/feeds/feed-as-html", send("text/html", atomFeed())],
    ["/slow", neverFinishes],
    ["/huge", endless(21)],
    ["/loop/a", redirect("/loop/b")],
    ["/loop/b", redirect("/loop/a")],
    ["/photo.png", send("image/png", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))],
  ]);
}

export async function startFakeWeb(): Promise<FakeWeb> {
  const requests: FakeWeb["requests"] = [];
  let routes = new Map<string, Handler>();
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    requests.push({ path, userAgent: request.headers["user-agent"] });
    (routes.get(path) ?? send("text/html", "<!DOCTYPE html><title>Not found</title><p>No such page.</p>", 404))(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  routes = defaultRoutes(origin);
  return {
    origin,
    url: (path) => `${origin}${path}`,
    serve: (path, handler) => void routes.set(path, handler),
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
