// Promise: `npm start` in gateway mode, following a feed with ANNOUNCE_CHANNEL_ID set, posts an item
// added to the feed to that channel exactly once (its headline, outlet and first point cited, mentioning
// nobody) within one poll interval plus the seconds its page takes, and answers /quote and /summary
// from it through the gateway, with no restart.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APP_ID, CHANNEL_ID, TOKEN } from "../fakeDiscord/ids.ts";
import { commandInteraction, type Asker } from "../fakeDiscord/payloads.ts";
import { startFakeDiscord, type FakeDiscord, type RecordedRequest } from "../fakeDiscord/server.ts";
import { send, startFakeWeb, type FakeWeb } from "../fakeWeb/fakeWeb.ts";
import { within } from "../support/processes.ts";
import { ingestedStore } from "../support/stores.ts";
import { answerThrough } from "./harness.ts";

const POLL_SECONDS = 5;
/** One poll interval, the page's fetch and analysis, and room for a busy machine. */
const ANNOUNCED_WITHIN_MS = POLL_SECONDS * 1000 + 25_000;
const HEADLINE = "Obama admits US gun laws are his";
/** Obama's words in the BBC article, early in the quote so that no shortening cuts them. */
const OBAMA_SAYS = "killed since 9/11 by terrorism";

let fake: FakeDiscord;
let web: FakeWeb;
let dir: string;
let bot: ChildProcess;
let output = "";
let askers = 0;
const asker = (): Asker => ({ id: `7200000000000${String((askers += 1)).padStart(5, "0")}`, username: "reader" });

const rss = (items: string): string => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Live Desk</title><link>${web.origin}/</link><description>followed live</description>${items}</channel></rss>`;
const whalesItem = (): string =>
  `<item><title>'What is the sea telling us?'</title><link>${web.url("/news/whales")}</link><pubDate>Thu, 03 Jan 2019 07:00:02 GMT</pubDate></item>`;
const obamaItem = (): string =>
  `<item><title>Obama admits US gun laws are his biggest frustration</title><link>${web.url("/news/obama-guns")}</link><pubDate>Fri, 24 Jul 2015 04:36:09 GMT</pubDate></item>`;

const isAnnouncement = (r: RecordedRequest): boolean => r.method === "POST" && r.path === `/api/v10/channels/${CHANNEL_ID}/messages`;
const announcements = (): RecordedRequest[] => fake.requests.filter(isAnnouncement);
const polls = (): number => output.split("\n").filter((line) => line.includes('"msg":"feed polled"')).length;

interface Embed {
  title?: string;
  description?: string;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "coverage-bot-announce-live-"));
  fake = await startFakeDiscord();
  web = await startFakeWeb();
  // The feed's first item was filed before the bot started: it is stored, not new, and never announced.
  web.serve("/live.xml", send("application/rss+xml", rss(whalesItem())));
  const store = await ingestedStore([web.url("/news/whales")], join(dir, "coverage.db"));
  await store.close();
  bot = spawn(process.execPath, ["--import", "tsx", "src/app/start.ts"], {
    env: {
      PATH: process.env.PATH ?? "",
      DISCORD_TOKEN: TOKEN,
      DISCORD_CLIENT_ID: APP_ID,
      DISCORD_GUILD_ID: "",
      DISCORD_API_URL: fake.apiUrl,
      STORE_PATH: join(dir, "coverage.db"),
      FEEDS: web.url("/live.xml"),
      FEEDS_FILE: join(dir, "no-feeds.txt"),
      FEED_POLL_SECONDS: String(POLL_SECONDS),
      ANNOUNCE_CHANNEL_ID: CHANNEL_ID,
      LOG_LEVEL: "info",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  bot.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  bot.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  await fake.waitForSession(60_000);
  await within(60_000, "the first poll of the feed", async () => (polls() >= 1 ? true : undefined), () => output);
}, 120_000);

afterAll(async () => {
  if (bot.exitCode === null && bot.signalCode === null) {
    const exited = once(bot, "exit");
    bot.kill("SIGTERM");
    await exited;
  }
  await fake.close();
  await web.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("the announce channel in a live gateway process", { timeout: 180_000 }, () => {
  it("posts an item added to the followed feed once: headline, outlet and first point cited, mentioning nobody", async ({ annotate }) => {
    expect(announcements()).toHaveLength(0);
    web.serve("/live.xml", send("application/rss+xml", rss(obamaItem() + whalesItem())));
    const appeared = Date.now();
    const posted = await fake.waitForRequest(isAnnouncement, ANNOUNCED_WITHIN_MS);
    await annotate(`announced ${posted.at - appeared} ms after the item appeared in the feed (polled every ${POLL_SECONDS} s)`);

    expect(posted.authorization).toBe(`Bot ${TOKEN}`);
    const body = posted.body as { allowed_mentions: unknown; embeds: Embed[] };
    expect(body.allowed_mentions).toEqual({ parse: [] });
    const text = body.embeds.map((e) => `${e.title ?? ""}\n${e.description ?? ""}`).join("\n");
    expect(text).toContain(`**[${HEADLINE}`);
    expect(text).toContain("BBC News");
    expect(text).toMatch(/^> .{20,}/mu);
    expect(text).toMatch(/— BBC News — Obama admits US gun laws are his.* ¶\d+/u);

    const seen = polls();
    await within(60_000, "two more polls of the feed", async () => (polls() >= seen + 2 ? true : undefined), () => output);
    expect(announcements()).toHaveLength(1);
  });

  it("answers /quote and /summary from the followed item through the gateway", async () => {
    const quote = JSON.stringify(await answerThrough(fake, commandInteraction("quote", { who: "Obama" }, asker()), 15_000));
    expect(quote).toContain(OBAMA_SAYS);
    const summary = JSON.stringify(await answerThrough(fake, commandInteraction("summary", { article: "Obama admits US gun laws" }, asker()), 15_000));
    expect(summary).toContain(HEADLINE);
    expect(output).not.toContain(TOKEN);
  });
});
