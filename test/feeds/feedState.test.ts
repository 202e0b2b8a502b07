// A followed feed's state lives in the store, so a restart keeps it: the poller records each poll
// (title, items, validators, last success or error, failures in a row, next poll), asks the feed
// "changed since?" with the validators it recorded (a 304 reads and files nothing), and a restarted
// poller goes on with the backoff where the last one left it.
import type { IncomingMessage, ServerResponse } from "node:http";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { followFeeds, type PollEvent } from "../../src/app/following.ts";
import { findRunnable } from "../../src/cli/runnables.ts";
import type { CoverageStore } from "../../src/store/coverageStore.ts";
import { openSqliteStore } from "../../src/store/sqlite/sqliteStore.ts";
import { atomFeed } from "../fakeWeb/feeds.ts";
import { startFakeWeb, type FakeWeb } from "../fakeWeb/fakeWeb.ts";
import { tempStorePath } from "../support/stores.ts";

let web: FakeWeb;
let store: CoverageStore;
let storePath: string;
const askedWith: (string | undefined)[] = [];

beforeAll(async () => {
  web = await startFakeWeb();
  web.serve("/validated.xml", (request: IncomingMessage, response: ServerResponse) => {
    askedWith.push(request.headers["if-none-match"]);
    if (request.headers["if-none-match"] === '"atom-1"') return void response.writeHead(304).end();
    response.writeHead(200, { "content-type": "application/atom+xml", etag: '"atom-1"' });
    response.end(atomFeed());
  });
});
afterAll(async () => {
  await web.close();
});
beforeEach(() => {
  storePath = tempStorePath();
  store = openSqliteStore(storePath);
});
afterEach(async () => {
  await store.close();
});

/** Follows `feeds` until each has reported `polls` polls, then stops: the events in order. */
async function follow(feeds: string[], polls: number): Promise<PollEvent[]> {
  const events: PollEvent[] = [];
  let done: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => {
    done = resolve;
  });
  const following = followFeeds(
    store,
    { feeds, pollSeconds: 1 },
    (event) => {
      events.push(event);
      if (feeds.every((feed) => events.filter((e) => e.feed === feed).length >= polls)) done();
    },
    { hostGapMs: 0 },
  );
  await finished;
  await following.stop();
  return events;
}

describe("the feed state in the store", { timeout: 60_000 }, () => {
  it("records each poll: title, items, last success, next poll; and the failures of a feed that fails", async () => {
    const before = Date.now();
    await follow([web.url("/validated.xml"), web.url("/gone.xml")], 1);
    const [gone, validated] = await store.feedStates();
    expect(validated).toMatchObject({ url: web.url("/validated.xml"), title: "Environment & Impeachment", items: 2, failures: 0, etag: '"atom-1"' });
    expect(Date.parse(validated?.lastSuccess ?? "")).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(validated?.nextPoll ?? "")).toBeGreaterThan(Date.parse(validated?.lastSuccess ?? ""));
    expect(gone).toMatchObject({ url: web.url("/gone.xml"), lastError: "HTTP 404 Not Found", failures: 1, items: 0 });
    expect(gone?.lastSuccess).toBeUndefined();

    const listed = await findRunnable("feeds")?.run(store, "", {});
    expect(listed?.text).toContain(`Environment & Impeachment — ${web.url("/validated.xml")}\n  last success ${validated?.lastSuccess?.slice(0, 10)}`);
    expect(listed?.text).toContain(`(untitled) — ${web.url("/gone.xml")}\n  last success never · 0 items`);
    expect(listed?.text).toContain("1 failed poll in a row, last error");
    expect(listed?.text).toContain(": HTTP 404 Not Found");
  });

  it("survives a restart: the next poller asks with the recorded ETag (304: nothing read) and doubles the failing feed's backoff", async () => {
    askedWith.length = 0;
    const first = await follow([web.url("/validated.xml"), web.url("/gone.xml")], 1);
    expect(first.find((e) => e.feed === web.url("/validated.xml"))).toMatchObject({ added: 2, notModified: false });
    expect(first.find((e) => e.feed === web.url("/gone.xml"))).toMatchObject({ nextPollSeconds: 2 });
    await store.close();
    store = openSqliteStore(storePath);

    const restarted = await follow([web.url("/validated.xml"), web.url("/gone.xml")], 1);
    expect(restarted.find((e) => e.feed === web.url("/validated.xml"))).toMatchObject({ added: 0, unchanged: 0, notModified: true });
    expect(restarted.find((e) => e.feed === web.url("/gone.xml"))).toMatchObject({ error: "HTTP 404 Not Found", nextPollSeconds: 4 });
    expect(askedWith[0]).toBeUndefined();
    expect(new Set(askedWith.slice(1))).toEqual(new Set(['"atom-1"']));
    expect((await store.feedStates()).map((s) => s.failures)).toEqual([2, 0]);
    expect(await store.articleCount()).toBe(2);
  });

  it("takes a web page where a feed was expected as a failing feed, and files nothing from it", async () => {
    const [event] = await follow([web.url("/news/sudan")], 1);
    expect(event).toMatchObject({ error: "a web page, not a feed (HTML where a feed was expected)", added: 0, nextPollSeconds: 2 });
    expect(await store.articleCount()).toBe(0);
  });

  it("forgets a feed no longer followed", async () => {
    await follow([web.url("/validated.xml")], 1);
    await follow([web.url("/feeds/items.json")], 1);
    expect((await store.feedStates()).map((s) => s.url)).toEqual([web.url("/feeds/items.json")]);
  });
});
