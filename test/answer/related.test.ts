import { beforeAll, describe, expect, it } from "vitest";
import { answerRelated } from "../../src/answer/related.ts";
import { answerSources } from "../../src/answer/sources.ts";
import { ingestSources } from "../../src/ingest/ingestSources.ts";
import { indexStore, type Corpus } from "../../src/store/corpus.ts";

let seed: Corpus;
let two: Corpus;

beforeAll(() => {
  seed = indexStore(ingestSources(["data/sources"], null).store);
  two = indexStore(
    ingestSources(["data/sources", "test/fixtures/corpus/bbc-obama-gun-laws-frustration/source.html"], null).store,
  );
});

describe("/related", () => {
  it("lists the seed's 13 other headlines when no topic is given", () => {
    expect(answerRelated(seed, {}).headlines).toHaveLength(13);
  });

  it("puts the headlines about the topic first: both Gaza stories for 'gaza'", () => {
    const titles = answerRelated(seed, { topic: "gaza" }).headlines.map((h) => h.title);
    expect(titles.slice(0, 2).sort()).toEqual([
      "At least 27 Palestinians killed by Israeli fire near aid centre, Gaza authorities say",
      "Killings near Gaza aid centre will deepen criticism of Israel’s new distribution system",
    ]);
  });

  it("ranks a headline naming the topic in its title above one naming it only in its snippet", () => {
    const titles = answerRelated(seed, { topic: "immigration" }).headlines.map((h) => h.title);
    expect(titles[0]).toBe("Canada proposes sweeping immigration and security bill");
    expect(titles).toContain("Boulder suspect’s wife, kids in ICE custody: DHS");
  });

  it("reads a mistyped topic as the headline word it is closest to", () => {
    expect(answerRelated(seed, { topic: "tiananmen" }).headlines[0]?.title).toBe("Rubio says ‘world will never forget’ Tiananmen crackdown");
    expect(answerRelated(seed, { topic: "tianamen" }).headlines[0]?.title).toBe("Rubio says ‘world will never forget’ Tiananmen crackdown");
  });

  it("finds nothing for a topic no headline mentions", () => {
    expect(answerRelated(seed, { topic: "cricket" }).headlines).toEqual([]);
  });

  it("lists the other stored articles too once there are several", () => {
    const titles = answerRelated(two, { topic: "obama gun" }).headlines.map((h) => h.title);
    expect(titles[0]).toBe("Obama admits US gun laws are his 'biggest frustration'");
  });
});

describe("/sources", () => {
  it("lists each stored article with its outlet, URL and counts", () => {
    const articles = answerSources(two).articles;
    expect(articles).toHaveLength(2);
    const bbc = articles.find((a) => a.outlet === "BBC News");
    expect(bbc?.url).toBe("http://www.bbc.com/news/world-us-canada-33646704");
    expect(bbc?.paragraphs).toBeGreaterThan(10);
    expect(bbc?.quotes).toBeGreaterThan(0);
  });
});
