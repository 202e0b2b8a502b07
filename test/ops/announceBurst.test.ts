// Promise: a feed that dumps a hundred items does not flood the announce channel: the articles are
// grouped, in order, into at most three messages within Discord's limits (each article shown once at
// most, the rest counted in the last footer), and the announcer leaves at least its gap between two
// messages and posts each article at most once (its failures: announceFailures.test.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerAnnouncement } from "../../src/answer/announcement.ts";
import type { AnnouncementResult } from "../../src/answer/contract.ts";
import { createAnnouncer, type Announcement } from "../../src/discord/announce/announcer.ts";
import { createLogger } from "../../src/discord/logger.ts";
import { announcementMessages, MAX_MESSAGES } from "../../src/render/discord/announcement.ts";
import type { DiscordMessage } from "../../src/render/discord/message.ts";
import { announcementDocument } from "../../src/render/documents/announcement.ts";
import type { CoverageStore } from "../../src/store/coverageStore.ts";
import { assertWithinLimits } from "../render/discordLimits.ts";
import { within } from "../support/processes.ts";
import { openSqliteStore } from "../../src/store/sqlite/sqliteStore.ts";
import { seedStore } from "../support/stores.ts";

let store: CoverageStore;
/** The seed article as the announce channel shows it. */
let seed: AnnouncementResult["articles"][number];
beforeAll(async () => {
  store = await seedStore();
  const [listed] = await store.latestArticles(1);
  const [announced] = (await answerAnnouncement(store, [listed?.id ?? ""])).articles;
  if (!announced) throw new Error("the seed article is not stored");
  seed = announced;
}, 60_000);
afterAll(() => store.close());

/** `count` new articles at once: the seed's announcement under as many headlines. */
const burst = (count: number): AnnouncementResult => ({
  articles: Array.from({ length: count }, (_, i) => ({ ...seed, id: `article-${i}`, title: `Headline number ${i}: ${seed.title}` })),
});

const descriptions = (messages: readonly DiscordMessage[]): string => messages.flatMap((m) => m.embeds.map((e) => e.description ?? "")).join("\n");

describe("announcing many articles at once", () => {
  it("gives the seed's first summary point, cited, with its headline", () => {
    expect(seed.title).toMatch(/Trump-Putin phone call/u);
    expect(seed.point?.cite).toMatch(/ ¶\d+$/u);
    const [part] = announcementMessages(announcementDocument({ articles: [seed] }));
    expect(part?.items).toBe(1);
    expect(part?.message.embeds[0]?.description).toContain(`> ${seed.point?.text.slice(0, 40)}`);
  });

  it("groups a hundred articles, in order, into at most three messages within Discord's limits, and counts the rest", () => {
    const parts = announcementMessages(announcementDocument(burst(100)));
    expect(parts).toHaveLength(MAX_MESSAGES);
    for (const part of parts) {
      assertWithinLimits(part.message);
      expect(part.items).toBeLessThanOrEqual(10);
    }
    const shown = parts.reduce((n, p) => n + p.items, 0);
    const text = descriptions(parts.map((p) => p.message));
    const numbers = [...text.matchAll(/Headline number (\d+):/gu)].map((m) => Number(m[1]));
    expect(numbers).toEqual(Array.from({ length: shown }, (_, i) => i));
    expect(parts.at(-1)?.message.embeds[0]?.footer?.text).toContain(`part 3 of 3 · and ${100 - shown} more new articles (see /sources)`);
  });

  it("sends a few articles in one message", () => {
    const parts = announcementMessages(announcementDocument(burst(4)));
    expect(parts.map((p) => p.items)).toEqual([4]);
    expect(parts[0]?.message.embeds[0]?.title).toBe("4 new articles in the coverage");
  });
});

describe("the announcer", { timeout: 60_000 }, () => {
  const GAP_MS = 300;
  const message = (label: string): DiscordMessage => ({ content: label, embeds: [], components: [], allowed_mentions: { parse: [] } });
  /** One message per two articles, naming them. */
  const compose = (ids: readonly string[]): Promise<Announcement[]> => {
    const announcements: Announcement[] = [];
    for (let i = 0; i < ids.length; i += 2) announcements.push({ message: message(ids.slice(i, i + 2).join(",")), articles: ids.slice(i, i + 2) });
    return Promise.resolve(announcements);
  };

  it("leaves at least its gap between two messages, and announces an article once however often it is reported", async () => {
    const posted: { content: string; at: number }[] = [];
    const queue = openSqliteStore(":memory:");
    const post = async (m: DiscordMessage): Promise<void> => void posted.push({ content: m.content ?? "", at: Date.now() });
    const announcer = createAnnouncer({ compose, post, queue, logger: createLogger({ write: () => undefined }), gapMs: GAP_MS });
    announcer.announce(["a", "b", "c", "d", "e"]);
    await within(30_000, "the first articles announced", async () => (posted.length >= 3 ? true : undefined));
    announcer.announce(["a", "c", "f"]);
    await within(30_000, "every article announced", async () => (posted.length >= 4 ? true : undefined));
    await announcer.stop();
    expect(await queue.pendingAnnouncements(10)).toEqual([]);
    await queue.close();
    expect(posted.map((p) => p.content)).toEqual(["a,b", "c,d", "e", "f"]);
    for (let i = 1; i < posted.length; i += 1) expect((posted[i]?.at ?? 0) - (posted[i - 1]?.at ?? 0)).toBeGreaterThanOrEqual(GAP_MS - 5);
  });
});
