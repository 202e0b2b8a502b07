// One poller per feed across processes, on both backends: a feed's lease in the store goes to one
// holder at a time (taken, renewed and given up in one statement each), and runs out when its holder
// stops renewing it. Two followers on one store fetch a feed and each of its items once between them,
// not twice; when the `npm run follow` process polling a feed is killed, another follower takes the
// feed over once the dead one's lease has run out, and files its items.
import { mkdtempSync, rmSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { openStore } from "../../src/app/openStore.ts";
import { followFeeds, type Following, type PollEvent } from "../../src/app/following.ts";
import type { CoverageStore } from "../../src/store/coverageStore.ts";
import type { FeedState } from "../../src/model/feedState.ts";
import { send, startFakeWeb, type FakeWeb } from "../fakeWeb/fakeWeb.ts";
import { describeEachBackend, type StoreTarget } from "../support/backends.ts";
import { childEnv, startApp, within } from "../support/processes.ts";

const FEED = "/lease/feed.xml";
const PAGES = ["/news/sudan", "/news/whales"];
const rss = (origin: string): string => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Leased Desk</title><link>${origin}/</link><description>one poller at a time</description>
<item><title>United States to Lift Sudan Sanctions</title><link>${origin}/news/sudan</link></item>
<item><title>What is the sea telling us?</title><link>${origin}/news/whales</link></item>
</channel></rss>`;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const timesFetched = (web: FakeWeb, path: string): number => web.requests.filter((r) => r.path === path).length;

/** A store that notes every lease it was asked for and what it answered. */
function noting(store: CoverageStore, claims: (FeedState | null)[]): CoverageStore {
  return {
    ...store,
    claimFeed: async (url, holder, seconds) => {
      const claimed = await store.claimFeed(url, holder, seconds);
      claims.push(claimed);
      return claimed;
    },
  };
}

async function opened(target: StoreTarget): Promise<CoverageStore> {
  const result = await openStore(target.env, { seed: false });
  if (!result.ok) throw new Error(result.message);
  return result.store;
}

describeEachBackend("a followed feed's lease", (backend) => {
  let target: StoreTarget;
  let web: FakeWeb;
  const stores: CoverageStore[] = [];
  const followers: Following[] = [];
  beforeEach(async () => {
    target = await backend.target();
    web = await startFakeWeb();
  });
  afterEach(async () => {
    for (const follower of followers.splice(0)) await follower.stop();
    for (const store of stores.splice(0)) await store.close();
    await web.close();
    await target.remove();
  });
  const open = async (): Promise<CoverageStore> => {
    const store = await opened(target);
    stores.push(store);
    return store;
  };
  const follow = (store: CoverageStore, leaseSeconds: number, events: PollEvent[]): void => {
    followers.push(followFeeds(store, { feeds: [web.url(FEED)], pollSeconds: 600, leaseSeconds }, (event) => events.push(event), { hostGapMs: 0 }));
  };

  it("goes to one holder at a time, is renewed by it, and is free once given up or run out", async () => {
    const [one, other] = [await open(), await open()];
    const url = "https://example.org/desk.xml";
    expect(await one.claimFeed(url, "worker-a", 60)).toMatchObject({ url, failures: 0 });
    expect(await other.claimFeed(url, "worker-b", 60)).toBeNull();
    expect(await one.claimFeed(url, "worker-a", 1)).toMatchObject({ url });
    await other.releaseFeed(url, "worker-b");
    expect(await other.claimFeed(url, "worker-b", 60)).toBeNull();
    await pause(2_500);
    expect(await other.claimFeed(url, "worker-b", 60)).toMatchObject({ url });
    await other.releaseFeed(url, "worker-b");
    expect(await one.claimFeed(url, "worker-a", 60)).toMatchObject({ url });
  });

  it("keeps two followers on one store from fetching a feed or its items twice", { timeout: 180_000 }, async () => {
    let answer: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (answer = resolve));
    web.serve(FEED, (request: IncomingMessage, response: ServerResponse) => void held.then(() => send("application/rss+xml", rss(web.origin))(request, response)));
    const claimsA: (FeedState | null)[] = [];
    const claimsB: (FeedState | null)[] = [];
    const events: PollEvent[] = [];
    follow(noting(await open(), claimsA), 5, events);
    follow(noting(await open(), claimsB), 5, events);

    // One follower polls, its feed request held open; the other asks for the lease meanwhile and is refused.
    await within(60_000, "both followers to ask for the lease while one polls", () =>
      Promise.resolve(timesFetched(web, FEED) === 1 && claimsA.length > 0 && claimsB.length > 0 ? true : undefined),
    );
    expect([claimsA[0], claimsB[0]].filter((claim) => claim === null)).toHaveLength(1);
    answer();
    await within(120_000, "the feed's items to be filed", () => Promise.resolve(events.length > 0 ? true : undefined));
    expect(events).toEqual([expect.objectContaining({ feed: web.url(FEED), added: 2 })]);

    // The other follower takes the lease once it is given up, finds the feed polled, and fetches nothing.
    const standby = claimsA[0] === null ? claimsA : claimsB;
    await within(60_000, "the other follower to take the lease after the poll", () => Promise.resolve(standby.some((claim) => claim !== null) ? true : undefined));
    for (const follower of followers.splice(0)) await follower.stop();
    expect(timesFetched(web, FEED)).toBe(1);
    for (const page of PAGES) expect(timesFetched(web, page)).toBe(1);
    expect(events).toHaveLength(1);
    expect(await stores[0]?.articleCount()).toBe(2);
  });

  it("passes to another follower once a killed poller's lease runs out", { timeout: 180_000 }, async () => {
    const leaseSeconds = 3;
    const feedRequests: number[] = [];
    let hang = true;
    web.serve(FEED, (request: IncomingMessage, response: ServerResponse) => {
      feedRequests.push(Date.now());
      if (!hang) send("application/rss+xml", rss(web.origin))(request, response);
    });
    const env = childEnv(target.env.STORE_PATH ?? null, {
      ...target.env,
      FEEDS: web.url(FEED),
      FEED_POLL_SECONDS: "600",
      FEED_LEASE_SECONDS: String(leaseSeconds),
      FETCH_GAP_SECONDS: "0",
    });
    const cwd = mkdtempSync(join(tmpdir(), "lease-worker-"));
    const worker = startApp("follow.ts", [], { env, cwd });
    let output = "";
    worker.stderr.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
    const exited = new Promise((resolve) => worker.once("exit", resolve));
    try {
      await within(90_000, "the worker to take the lease and ask for the feed", () => Promise.resolve(feedRequests.length > 0 ? true : undefined), () => output);
    } finally {
      worker.kill("SIGKILL");
      await exited;
      rmSync(cwd, { recursive: true, force: true });
    }
    hang = false;
    const [[holder, expires]] = (await target.query("SELECT holder, expires FROM feed_lease")) as [[string | null, string | Date]];
    expect(holder).not.toBeNull();
    const leaseRunsOut = new Date(expires).getTime();

    const events: PollEvent[] = [];
    follow(await open(), leaseSeconds, events);
    await within(90_000, "the other follower to take the feed over and file its items", () => Promise.resolve(events.length > 0 ? true : undefined));
    expect(events[0]).toMatchObject({ feed: web.url(FEED), added: 2 });
    expect(feedRequests).toHaveLength(2);
    expect(feedRequests[1]).toBeGreaterThanOrEqual(leaseRunsOut);
    for (const page of PAGES) expect(timesFetched(web, page)).toBe(1);
  });
});
