import { beforeAll, describe, expect, it } from "vitest";
import { answerRelated } from "../../src/answer/related.ts";
import { answerSources } from "../../src/answer/listings/sources.ts";
import type { CoverageStore } from "../../src/store/coverageStore.ts";
import { ingestedStore, seedStore } from "../support/stores.ts";

async function related(store: CoverageStore, input: { topic?: string; story?: string }) {
  const result = await answerRelated(store, input);
  if ("error" in result) throw new Error(result.error);
  return result;
}

let seed: CoverageStore;
let two: CoverageStore;

beforeAll(async () => {
  seed = await seedStore();
  two = await ingestedStore(["data/sources", "test/fixtures/corpus/bbc-obama-gun-laws-frustration/source.html"]);
});

describe("/related", () => {
  it("lists the seed's 13 other headlines when no topic is given", async () => {
    expect((await related(seed, {})).headlines).toHaveLength(13);
  });

  it("puts the headlines about the topic first: both Gaza stories for 'gaza'", async () => {
    const titles = (await related(seed, { topic: "gaza" })).headlines.map((h) => h.title);
    expect(titles.slice(0, 2).sort()).toEqual([
      "At least 27 Palestinians killed by Israeli fire near aid centre, Gaza authorities say",
      "Killings near Gaza aid centre will deepen criticism of Israel’s new distribution system",
    ]);
  });

  it("ranks a headline naming the topic in its title above one naming it only in its snippet", async () => {
    const titles = (await related(seed, { topic: "immigration" })).headlines.map((h) => h.title);
    expect(titles[0]).toBe("Canada proposes sweeping immigration and security bill");
    expect(titles).toContain("Boulder suspect’s wife, kids in ICE custody: DHS");
  });

  it("reads a mistyped topic as the headline word it is closest to", async () => {
    expect((await related(seed, { topic: "tiananmen" })).headlines[0]?.title).toBe("Rubio says ‘world will never forget’ Tiananmen crackdown");
    expect((await related(seed, { topic: "tianamen" })).headlines[0]?.title).toBe("Rubio says ‘world will never forget’ Tiananmen crackdown");
  });

  it("finds nothing for a topic no headline mentions", async () => {
    expect((await related(seed, { topic: "cricket" })).headlines).toEqual([]);
  });

  it("lists the other stored articles too once there are several", async () => {
    const titles = (await related(two, { topic: "obama gun" })).headlines.map((h) => h.title);
    expect(titles[0]).toBe("Obama admits US gun laws are his 'biggest frustration'");
  });
});

describe("/sources", () => {
  it("lists each stored article with its outlet, URL and counts", async () => {
    const articles = (await answerSources(two)).articles;
    expect(articles).toHaveLength(2);
    const bbc = articles.find((a) => a.outlet === "BBC News");
    expect(bbc?.url).toBe("http://www.bbc.com/news/world-us-canada-33646704");
    expect(bbc?.paragraphs).toBeGreaterThan(10);
    expect(bbc?.quotes).toBeGreaterThan(0);
  });
});
