// /coverage on a store of three events from test/fixtures/stories (each told by Fox News, HuffPost and
// The New York Times): the latest stories without an option, a story found by its headline, a name
// in its text or its id, and for one story each outlet with its headline, time, link and whom it
// quoted, the date two outlets state differently (each side cited), the figures they agree on, and
// what HuffPost alone reports; in the contract, in Discord within limits, and in the console.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { coverage } from "../../commands/coverage.ts";
import { CoverageResultSchema, StoriesResultSchema, type CoverageResult } from "../../src/answer/contract.ts";
import { answerCoverage } from "../../src/answer/coverage.ts";
import { answerLine } from "../../src/cli/console.ts";
import type { CoverageStore } from "../../src/store/coverageStore.ts";
import { assertWithinLimits } from "../render/discordLimits.ts";
import { analysePage, STORY_PAGES } from "../support/storyPages.ts";
import { storeOfAnalyses } from "../support/stores.ts";

/** Pelosi's re-election as leader (2016), Strzok's firing (2018), the NRA's school-safety report (2013). */
const EVENTS = ["2016-11-30-", "2018-08-13-", "2013-04-02-"];

let store: CoverageStore;

beforeAll(async () => {
  const pages = readdirSync(STORY_PAGES).filter((f) => EVENTS.some((e) => f.startsWith(e)));
  store = await storeOfAnalyses(pages.map((f) => analysePage(join(STORY_PAGES, f))));
});

async function storyCoverage(words: string): Promise<CoverageResult> {
  const result = await answerCoverage(store, { story: words });
  if (!("outlets" in result)) throw new Error(`no coverage for ${words}: ${JSON.stringify(result)}`);
  return CoverageResultSchema.parse(result);
}

describe("/coverage without a story", () => {
  it("lists the latest stories to pick from, the most recent first, each with its outlets", async () => {
    const result = StoriesResultSchema.parse(await answerCoverage(store, {}));
    expect(result.stories.map((s) => s.first.slice(0, 10))).toEqual(["2018-08-13", "2016-11-30", "2013-04-02"]);
    for (const story of result.stories) expect(new Set(story.articles.map((a) => a.outlet))).toEqual(new Set(["Fox News", "HuffPost", "The New York Times"]));
  });
});

describe("finding the story", () => {
  it("by a word of its headlines, a name only its articles' text holds, or its id", async () => {
    expect((await storyCoverage("Pelosi")).story.title).toMatch(/Pelosi/u);
    expect((await storyCoverage("Goelman")).story.title).toMatch(/Strzok/u);
    expect((await storyCoverage("Mattioli")).story.title).toMatch(/NRA|N\.R\.A\./u);
    const { story } = await storyCoverage("Strzok");
    expect((await storyCoverage(story.id)).story).toEqual(story);
  });

  it("says in one line that nothing matches, and what to do instead", async () => {
    const result = await answerCoverage(store, { story: "quagga zebras" });
    expect(result).toEqual({ error: expect.stringMatching(/^No story matches "quagga zebras": pick one from the list .* or run \/coverage with no story/u) as unknown });
  });
});

describe("one story across its outlets", () => {
  let pelosi: CoverageResult;
  beforeAll(async () => {
    pelosi = await storyCoverage("Pelosi");
  });

  it("gives each outlet with its headline, publication time and link", () => {
    expect(pelosi.outlets.map((o) => o.outlet)).toEqual(["Fox News", "HuffPost", "The New York Times"]);
    const [fox, huffPost, nyt] = pelosi.outlets.map((o) => o.articles[0]);
    expect(fox?.title).toBe("Pelosi wins another term as House Democratic leader; Ryan’s dynamic challenge falls short");
    expect(huffPost?.url).toBe("https://www.huffingtonpost.com/entry/nancy-pelosi-house-democratic-leader_us_583ed770e4b0ae0e7cdae8f5");
    expect(nyt?.published?.slice(0, 10)).toBe("2016-11-30");
  });

  it("says whom each outlet quoted", () => {
    for (const outlet of pelosi.outlets) expect(outlet.quoted).toEqual(expect.arrayContaining(["Nancy Pelosi", "Tim Ryan"]));
    expect(pelosi.outlets.find((o) => o.outlet === "The New York Times")?.quoted).toContain("Kurt Schrader");
    expect(pelosi.outlets.find((o) => o.outlet === "HuffPost")?.quoted).toContain("Adam Schiff");
  });

  it("cites both sides of the one figure the outlets state differently: since 2002 in Fox News, since 2003 in HuffPost", () => {
    expect(pelosi.differences).toHaveLength(1);
    expect(pelosi.differences[0]?.claims.map((c) => [c.cite, c.stated, c.text])).toEqual([
      ["Fox News ¶11", "2002", "Pelosi has led House Democrats since 2002."],
      ["HuffPost ¶4", "2003", "Pelosi has led House Democrats since 2003, and that’s what Ryan had argued is the problem."],
    ]);
  });

  it("keeps the figures the outlets agree on apart from the differences", () => {
    const tally = pelosi.agreements.find((a) => a.about.endsWith("(the tally)"));
    expect(tally?.claims.map((c) => c.stated)).toEqual(["134-to-63", "134 to 63", "134 to 63"]);
    expect(pelosi.differences.flatMap((d) => d.claims).some((c) => /134/u.test(c.stated))).toBe(false);
  });

  it("cites what one outlet alone reports", () => {
    expect(pelosi.only).toContainEqual(expect.objectContaining({ outlet: "HuffPost", cite: "HuffPost ¶16", text: expect.stringMatching(/^Adam Schiff \(Calif\.\)/u) as unknown }));
  });

  it("finds no difference in a story whose outlets agree on every figure they share", async () => {
    const strzok = await storyCoverage("Strzok");
    expect(strzok.differences).toEqual([]);
    expect(strzok.agreements.map((a) => a.claims.map((c) => c.cite))).toContainEqual(["Fox News ¶17", "HuffPost ¶2", "The New York Times ¶5"]);
  });
});

describe("the reply", () => {
  it("fits Discord's limits, names the differing figures and their citations, and mentions nobody", async () => {
    for (const words of ["Pelosi", "Strzok", "Mattioli"]) {
      const result = await coverage.answer(store, { story: words });
      let message = coverage.toDiscord(result, { command: "coverage", page: 0, args: [words] });
      assertWithinLimits(message);
      if (words === "Pelosi") {
        expect(message.embeds[0]?.description).toContain("**2002**");
        expect(message.embeds[0]?.description).toContain("Fox News ¶11");
      }
      for (let page = 1; message.components.length > 0 && page < 10; page += 1) {
        message = coverage.toDiscord(result, { command: "coverage", page, args: [words] });
        assertWithinLimits(message);
      }
    }
    assertWithinLimits(coverage.toDiscord(await coverage.answer(store, {}), { command: "coverage", page: 0, args: [] }));
  });

  it("offers stories as autocomplete choices by what was typed, within the limits", async () => {
    const choices = await coverage.autocomplete?.(store, "story", "strz");
    expect(choices?.[0]?.name).toMatch(/Strzok.* — 3 outlets, 13 Aug 2018$/u);
    assertWithinLimits({}, choices);
    expect(await coverage.autocomplete?.(store, "story", "")).toHaveLength(3);
  });

  it("is the console's answer to /coverage, with the same content", async () => {
    const text = await answerLine(store, "/coverage Pelosi");
    expect(text).toContain("Who covered it");
    expect(text).toContain("They differ: Pelosi led House Democrats (when)");
    expect(text).toContain("— HuffPost ¶4");
    expect(await answerLine(store, "/coverage")).toContain("Latest stories");
  });
});
