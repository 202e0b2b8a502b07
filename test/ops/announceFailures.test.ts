// Promise: an announcement Discord cannot take now (500, 429 with retry_after, a dropped connection)
// is posted on a later try, once, after the wait Discord asks for; a channel that refuses the bot (403
// Missing Access, 404 Unknown Channel) is logged once with what to fix and asked again only after a long
// wait, its articles queued in the store meanwhile and posted, with no restart, once the operator has
// fixed the channel; a restarted announcer posts what was waiting, and nothing twice.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { announcementsFrom, channelPoster, createAnnouncer, type Announcer } from "../../src/discord/announce/announcer.ts";
import { createLogger } from "../../src/discord/logger.ts";
import type { CoverageStore } from "../../src/store/coverageStore.ts";
import { openSqliteStore } from "../../src/store/sqlite/sqliteStore.ts";
import { connectionDropped, rateLimited, serverError, type Fault } from "../fakeDiscord/faults.ts";
import { CHANNEL_ID, TOKEN } from "../fakeDiscord/ids.ts";
import { startFakeDiscord, type FakeDiscord, type RecordedRequest } from "../fakeDiscord/server.ts";
import { within } from "../support/processes.ts";
import { ingestedStore, tempStorePath } from "../support/stores.ts";

/** The first wait after a failure, short for the test (the bot's is 5 s). */
const RETRY_MS = 50;

const missingAccess: Fault = { status: 403, body: { message: "Missing Access", code: 50001 } };
const unknownChannel: Fault = { status: 404, body: { message: "Unknown Channel", code: 10003 } };

let path: string;
let store: CoverageStore;
let seed: string;
let fake: FakeDiscord;
let lines: string[];
const announcers: Announcer[] = [];

interface LogLine {
  level: number;
  msg: string;
  reason?: string;
  retryInSeconds?: number;
}
const logged = (): LogLine[] => lines.map((line) => JSON.parse(line) as LogLine);
const isAnnouncement = (r: { method: string; path: string }): boolean => r.method === "POST" && r.path === `/api/v10/channels/${CHANNEL_ID}/messages`;
const posts = (): RecordedRequest[] => fake.requests.filter(isAnnouncement);
const posted = (): RecordedRequest[] => posts().filter((r) => r.status === 200);

/** The wait before asking a refusing channel again, short for the test (the bot's is 15 minutes) but long beside RETRY_MS. */
const REFUSED_RETRY_MS = 4_000;

/** An announcer as the bot starts one, on `on` (the test's store unless given), posting to the fake Discord. */
function startAnnouncer(on: CoverageStore = store, retryMs = RETRY_MS): Announcer {
  const announcer = createAnnouncer({
    compose: announcementsFrom(on),
    post: channelPoster({ channelId: CHANNEL_ID, token: TOKEN, apiUrl: fake.apiUrl }),
    queue: on,
    logger: createLogger({ write: (line: string) => void lines.push(line) }),
    gapMs: 10,
    retryMs,
    refusedRetryMs: REFUSED_RETRY_MS,
  });
  announcers.push(announcer);
  return announcer;
}

beforeAll(async () => {
  path = tempStorePath();
  store = await ingestedStore(["data/sources"], path);
  const [article] = await store.latestArticles(1);
  seed = article?.id ?? "";
}, 60_000);
afterAll(() => store.close());
beforeEach(async () => {
  fake = await startFakeDiscord();
  lines = [];
});
afterEach(async () => {
  for (const announcer of announcers.splice(0)) await announcer.stop();
  await store.dropAnnouncements(await store.pendingAnnouncements(100));
  await fake.close();
});

describe("an announcement Discord cannot take now", { timeout: 60_000 }, () => {
  it("is posted on a later try after Discord answers 500, once", async () => {
    fake.failNext(isAnnouncement, serverError, 2);
    startAnnouncer().announce([seed]);
    const sent = await fake.waitForRequest((r) => isAnnouncement(r) && r.status === 200, 30_000);
    expect(posts().map((r) => r.status)).toEqual([500, 500, 200]);
    expect(JSON.stringify(sent.body)).toContain("Trump-Putin");
    const retried = logged().filter((l) => l.msg === "announcement failed: will try again");
    expect(retried).toHaveLength(2);
    expect(retried[0]?.reason).toMatch(/500/u);
    await within(10_000, "the article taken off the queue", async () => ((await store.pendingAnnouncements(10)).length === 0 ? true : undefined));
    expect(posted()).toHaveLength(1);
  });

  it("waits out a 429 for as long as its retry_after says, then posts", async () => {
    fake.failNext(isAnnouncement, rateLimited(1.5), 1);
    startAnnouncer().announce([seed]);
    const sent = await fake.waitForRequest((r) => isAnnouncement(r) && r.status === 200, 30_000);
    const limited = posts().find((r) => r.status === 429);
    expect(sent.at - (limited?.at ?? Infinity)).toBeGreaterThanOrEqual(1_400);
    expect(logged().find((l) => l.msg === "announcement failed: will try again")?.reason).toMatch(/rate limited by Discord \(retry after 2\.\d s\)/u);
    expect(posted()).toHaveLength(1);
  });

  it("is posted after a connection that closed with no answer", async () => {
    fake.failNext(isAnnouncement, connectionDropped, 1);
    startAnnouncer().announce([seed]);
    await fake.waitForRequest((r) => isAnnouncement(r) && r.status === 200, 30_000);
    expect(posts().map((r) => r.status)).toEqual([0, 200]);
    expect(logged().find((l) => l.msg === "announcement failed: will try again")?.reason).toMatch(/^Discord could not be reached/u);
  });
});

describe("a channel that refuses the bot", { timeout: 60_000 }, () => {
  const refusals = (): LogLine[] => logged().filter((l) => l.level >= 50);

  it.each([
    ["403 Missing Access", missingAccess, /give it View Channel in that channel/u],
    ["404 Unknown Channel", unknownChannel, /ANNOUNCE_CHANNEL_ID names no channel the bot can see/u],
  ])("is logged once on %s, with what to fix, asked again only after the long wait, and posted then with no restart", async (_name, fault, fix) => {
    fake.failNext(isAnnouncement, fault, 1);
    const announcer = startAnnouncer();
    announcer.announce([seed]);
    await within(30_000, "the refusal logged", async () => refusals()[0]);
    const refusedAt = posts()[0]?.at ?? 0;
    // Many short retry waits later, and with another article filed meanwhile, the refused channel is not asked again yet.
    await new Promise((resolve) => setTimeout(resolve, 20 * RETRY_MS));
    announcer.announce(["filed-while-refused"]);
    await new Promise((resolve) => setTimeout(resolve, 10 * RETRY_MS));
    expect(posts()).toHaveLength(1); // had it been asked again, the fake would have taken it
    expect(refusals()).toHaveLength(1);
    expect(refusals()[0]?.msg).toMatch(/^announcements paused: Discord answered \d{3} /u);
    expect(refusals()[0]?.msg).toMatch(fix);
    expect(refusals()[0]?.msg).toContain("The bot asks again every 1 minute (or restart it)");
    expect(await store.pendingAnnouncements(10)).toEqual([seed, "filed-while-refused"]);

    // The operator has fixed the channel: after the long wait the waiting article is posted (the one since removed is passed over).
    const sent = await fake.waitForRequest((r) => isAnnouncement(r) && r.status === 200, 30_000);
    expect(sent.at - refusedAt).toBeGreaterThanOrEqual(REFUSED_RETRY_MS - 100);
    expect(JSON.stringify(sent.body)).toContain("Trump-Putin");
    await within(10_000, "the resumption logged", async () => logged().find((l) => l.msg.startsWith("announcements resumed")));
    await within(10_000, "the queue emptied", async () => ((await store.pendingAnnouncements(10)).length === 0 ? true : undefined));
    expect(posted()).toHaveLength(1);
  });

  it("logs a channel that still refuses at the next try as a warning, not a second error", async () => {
    fake.failNext(isAnnouncement, missingAccess, 2);
    startAnnouncer().announce([seed]);
    await within(30_000, "the second refusal logged", async () => logged().find((l) => l.msg.startsWith("the announce channel still refuses")));
    expect(refusals()).toHaveLength(1);
    expect(posts().map((r) => r.status)).toEqual([403, 403]);
    await fake.waitForRequest((r) => isAnnouncement(r) && r.status === 200, 30_000);
  });
});

describe("announcing across a restart", { timeout: 60_000 }, () => {
  it("posts the articles a stopped announcer left waiting, once, and leaves nothing to post again", async () => {
    fake.failNext(isAnnouncement, serverError, 1);
    const first = startAnnouncer(store, 60_000);
    first.announce([seed]);
    await within(30_000, "a failed post", async () => posts()[0]);
    await first.stop();
    expect(posted()).toHaveLength(0);

    const reopened = openSqliteStore(path);
    try {
      expect(await reopened.pendingAnnouncements(10)).toEqual([seed]);
      const second = startAnnouncer(reopened);
      await fake.waitForRequest((r) => isAnnouncement(r) && r.status === 200, 30_000);
      await within(10_000, "the queue emptied", async () => ((await reopened.pendingAnnouncements(10)).length === 0 ? true : undefined));
      await second.stop();
      expect(posted()).toHaveLength(1);
    } finally {
      await reopened.close();
    }
  });
});
