// Promise: with ANNOUNCE_CHANNEL_ID set, each article a followed feed newly files is posted to that
// channel (against the fake Discord): headline linked, outlet, a Discord timestamp, its first summary
// point quoted with its citation, mentioning nobody; the articles of one poll grouped in one message,
// a later new item in a message of its own, and nothing for items already stored.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { followFeeds, type Following, type PollEvent } from "../../src/app/following.ts";
import { startOperations, type Operations } from "../../src/app/operations.ts";
import { createLogger } from "../../src/discord/logger.ts";
import type { CoverageStore } from "../../src/store/coverageStore.ts";
import { openSqliteStore } from "../../src/store/sqlite/sqliteStore.ts";
import { CHANNEL_ID, TOKEN } from "../fakeDiscord/ids.ts";
import { startFakeDiscord, type FakeDiscord, type RecordedRequest } from "../fakeDiscord/server.ts";
import { send, startFakeWeb, type FakeWeb } from "../fakeWeb/fakeWeb.ts";
import { within } from "../support/processes.ts";
import { tempStorePath } from "../support/stores.ts";
import { assertWithinLimits } from "../render/discordLimits.ts";

interface Item {
  title: string;
  path: string;
  date: string;
}

const rss = (origin: string, items: readonly Item[]): string => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Announced Desk</title><link>${origin}/</link><description>followed</description>
${items.map((i) => `<item><title>${i.title}</title><link>${origin}${i.path}</link><pubDate>${i.date}</pubDate></item>`).join("\n")}
</channel></rss>`;

const items: Item[] = [
  { title: "'What is the sea telling us?'", path: "/news/whales", date: "Thu, 03 Jan 2019 07:00:02 GMT" },
  { title: "Key moments from Volker and Morrison", path: "/news/volker", date: "Wed, 20 Nov 2019 06:07:01 GMT" },
  { title: "Alaskan halibut", path: "/news/halibut", date: "Sun, 28 Apr 2019 06:01:07 GMT" },
];

let fake: FakeDiscord;
let web: FakeWeb;
let store: CoverageStore;
let operations: Operations;
let following: Following;
const polls: PollEvent[] = [];
const logs: string[] = [];

const serveFeed = (): void => web.serve("/announce.xml", send("application/rss+xml", rss(web.origin, items)));
const isAnnouncement = (r: RecordedRequest): boolean => r.method === "POST" && r.path === `/api/v10/channels/${CHANNEL_ID}/messages`;
const announcements = (): RecordedRequest[] => fake.requests.filter(isAnnouncement);

interface Embed {
  title: string;
  description: string;
  footer?: { text: string };
}
const embedsOf = (request: RecordedRequest): Embed[] => (request.body as { embeds: Embed[] }).embeds;

beforeAll(async () => {
  fake = await startFakeDiscord();
  web = await startFakeWeb();
  serveFeed();
  store = openSqliteStore(tempStorePath());
  const logger = createLogger({ write: (line: string) => void logs.push(line) });
  const env = { ANNOUNCE_CHANNEL_ID: CHANNEL_ID, DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl };
  const started = await startOperations(env, store, logger, { announce: true });
  if (!started.ok) throw new Error(started.message);
  operations = started.operations;
  following = followFeeds(store, { feeds: [web.url("/announce.xml")], pollSeconds: 5 }, (event) => {
    polls.push(event);
    operations.polled(event);
  });
}, 60_000);
afterAll(async () => {
  await following.stop();
  await operations.stop();
  await store.close();
  await fake.close();
  await web.close();
});

describe("the announce channel", { timeout: 120_000 }, () => {
  it("posts the articles of one poll together, in one message, each with its headline, outlet, time and first point cited", async () => {
    const first = await fake.waitForRequest(isAnnouncement, 90_000);
    expect(first.authorization).toBe(`Bot ${TOKEN}`);
    const body = first.body as { allowed_mentions: unknown; embeds: Embed[] };
    expect(body.allowed_mentions).toEqual({ parse: [] });
    assertWithinLimits(first.body as never);
    const text = body.embeds.map((e) => `${e.title}\n${e.description}`).join("\n");
    expect(body.embeds[0]?.title).toBe("3 new articles in the coverage");
    const headlines = ["'What is the sea telling us?'", "Key moments from Kurt Volker", "Alaskan halibut"];
    for (const headline of headlines) expect(text).toContain(`**[${headline}`);
    expect(text).toContain("](https://www.theguardian.com/environment/2019/jan/03/what-is-the-sea-telling-us-maori-tribes-fearful-over-whale-strandings)**");
    expect(text).toContain("<t:1546498802:D> · The Guardian");
    expect(text).toContain("> Whale whisperer Hori Parata was just seven years old");
    expect(text).toContain("— CBS News — Key moments from Kurt Volker's and Tim Morrison's… ¶1");
  });

  it("posts a later new item in a message of its own, naming only it", async () => {
    items.push({ title: "Prison guards charged", path: "/news/epstein", date: "Tue, 19 Nov 2019 15:00:00 GMT" });
    serveFeed();
    const second = await within(60_000, "a second announcement", async () => announcements()[1]);
    const text = embedsOf(second).map((e) => `${e.title}\n${e.description}`).join("\n");
    expect(embedsOf(second)[0]?.title).toBe("New in the coverage");
    expect(text).toMatch(/guards/iu);
    expect(text).not.toContain("Alaskan halibut");
    expect(text).not.toContain("Volker");
  });

  it("posts nothing for items already stored, poll after poll", async () => {
    const seen = polls.length;
    await within(30_000, "two more polls of the unchanged feed", async () => (polls.length >= seen + 2 ? true : undefined));
    expect(polls.slice(seen).every((p) => p.added === 0)).toBe(true);
    expect(announcements()).toHaveLength(2);
    expect(logs.filter((line) => line.includes('"announced"'))).toHaveLength(2);
  });
});
