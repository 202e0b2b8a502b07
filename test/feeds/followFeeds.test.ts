// Promise: a running console bot with FEEDS pointing at a (local) web server and FEED_POLL_SECONDS=5
// files a feed's items by itself and answers from a new item within 15 s of its appearing in the feed
// (one poll interval plus a few seconds), with no restart; a feed that fails is reported and retried
// later while the other feed keeps landing, and the bot keeps answering.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { send, startFakeWeb, type FakeWeb } from "../fakeWeb/fakeWeb.ts";
import { ConsoleBot } from "../support/consoleBot.ts";
import { childEnv, startApp, within } from "../support/processes.ts";

/** One poll interval plus a few seconds (issue 14). */
const NEW_ITEM_MS = 15_000;
const OBAMA_SAYS = "If you look at the number of Americans killed since 9/11 by terrorism";

const rss = (origin: string, items: readonly { title: string; path: string }[]): string => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Followed Desk</title><link>${origin}/</link><description>followed</description>
${items.map((i) => `<item><title>${i.title}</title><link>${origin}${i.path}</link></item>`).join("\n")}
</channel></rss>`;

let web: FakeWeb;
let dir: string;
let bot: ConsoleBot;
const items = [{ title: "United States to Lift Sudan Sanctions", path: "/news/sudan" }];
const serveFeed = (): void => web.serve("/follow.xml", send("application/rss+xml", rss(web.origin, items)));

beforeAll(async () => {
  web = await startFakeWeb();
  serveFeed();
  dir = mkdtempSync(join(tmpdir(), "follow-feeds-"));
  const env = childEnv(join(dir, "coverage.db"), { FEEDS: `${web.url("/follow.xml")}, ${web.url("/gone.xml")}`, FEED_POLL_SECONDS: "5" });
  bot = new ConsoleBot(startApp("start.ts", [], { env, cwd: dir }));
  await bot.ready();
}, 120_000);
afterAll(async () => {
  await bot.stop();
  await web.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("a console bot following feeds", { timeout: 120_000 }, () => {
  it("files the feed's items by itself, without any ingest", async () => {
    let last = "";
    await within(60_000, "the followed feed's item to be listed", async () => {
      last = await bot.ask("/sources");
      return last.includes("United States to Lift Sudan Sanctions") ? last : undefined;
    }, () => last);
  });

  it("answers from an item added to the feed within one poll interval plus a few seconds", async () => {
    items.push({ title: "Obama admits US gun laws are his biggest frustration", path: "/news/obama-guns" });
    serveFeed();
    let last = "";
    await within(NEW_ITEM_MS, "the running bot to quote Obama from the feed's new item", async () => {
      last = await bot.ask("/quote Obama");
      return last.includes(OBAMA_SAYS) ? last : undefined;
    }, () => last);
  });

  it("says a failing feed could not be read and when it tries again, and keeps answering", async () => {
    await within(30_000, "the console to report the failing feed", () => Promise.resolve(bot.seen().includes(`[feeds] ${web.url("/gone.xml")} could not be read (HTTP 404`) ? true : undefined), () => bot.seen());
    expect(bot.seen()).toMatch(/could not be read \(HTTP 404[^)]*\); next try in (10|20|40|80) s\./u);
    expect(await bot.ask("/sources")).toContain("Stored articles (2)");
  });
});
