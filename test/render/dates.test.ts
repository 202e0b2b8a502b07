// Publication dates as people read them: /sources shows "21 Mar 2025" in the console and a Discord
// timestamp (each member sees it in their own language and zone) in Discord, the newest article first;
// a date an article gave in a form that cannot be read is shown as it was given.
import { describe, expect, it } from "vitest";
import { sources } from "../../commands/sources.ts";
import type { SourcesResult } from "../../src/answer/contract.ts";
import { discordDate, humanDate } from "../../src/render/dates.ts";
import { ingestedStore } from "../support/stores.ts";

const result: SourcesResult = {
  total: 2,
  articles: [
    { id: "talks", title: "Ceasefire talks resume in Cairo", outlet: "Reuters", published: "2025-03-21T09:00:00Z", paragraphs: 12, quotes: 4 },
    { id: "undated", title: "Harbour reopens", outlet: "Gazette", published: "spring 2024", paragraphs: 3, quotes: 0 },
  ],
};
const ref = { command: "sources", page: 0, args: [] };

describe("dates", () => {
  it("read as a day, a short month and a year, in UTC", () => {
    expect(humanDate("2025-03-21T23:30:00-05:00")).toBe("22 Mar 2025");
    expect(humanDate("spring 2024")).toBe("spring 2024");
    expect(discordDate("2025-03-21T09:00:00Z")).toBe("<t:1742547600:D>");
    expect(discordDate("spring 2024")).toBeNull();
  });

  it("are shown in /sources in the console and in Discord", () => {
    expect(sources.toTerminal(result)).toContain("21 Mar 2025 · Reuters · 12 paragraphs");
    const description = sources.toDiscord(result, ref).embeds[0]?.description ?? "";
    expect(description).toContain("<t:1742547600:D> · Reuters · 12 paragraphs");
    expect(description).toContain("spring 2024 · Gazette");
  });

  it("put the newest stored article first in /sources", async () => {
    const pages = ["nyt-us-to-lift-sudan-sanctions", "bbc-obama-gun-laws-frustration", "seattletimes-amazon-whole-foods-halibut"];
    const store = await ingestedStore(pages.map((slug) => `test/fixtures/corpus/${slug}/source.html`));
    const listed = (await sources.answer(store, {})).articles;
    const times = listed.map((a) => Date.parse(a.published ?? ""));
    expect(times.every((t) => !Number.isNaN(t))).toBe(true);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(listed.map((a) => a.id)).not.toEqual((await store.listArticles(3)).map((a) => a.id));
  });
});
