// /related over the stories fixtures and the seed: the story's own articles first, then stories related by
// what their articles say (the two gun stories of 2013), then the story's pages' own related headlines.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RelatedResult } from "../../../src/answer/contract.ts";
import { answerRelated } from "../../../src/answer/related.ts";
import type { CoverageStore } from "../../../src/store/coverageStore.ts";
import { analysePage, file, storiesStore } from "../../support/storyPages.ts";

const NRA = "nra-urges-states-to-allow-more-armed-officers-in-schools";
const GUN_PLAN = /^Obama urges new restrictions on assault weapons/u;

let store: CoverageStore;
let seed: string;
beforeAll(async () => {
  store = await storiesStore();
  seed = (await file(store, analysePage("data/sources/000_763f98cca8341530.txt"))).id;
}, 120_000);
afterAll(() => store.close());

async function related(input: { topic?: string; story?: string }): Promise<RelatedResult> {
  const result = await answerRelated(store, input);
  if ("error" in result) throw new Error(result.error);
  return result;
}

describe("/related for a story", () => {
  it("lists the story's articles from each outlet first, then the other gun story of 2013 by what it reports", async () => {
    const result = await related({ story: NRA });
    expect(result.story?.articles.map((a) => a.outlet)).toEqual(["Fox News", "HuffPost", "The New York Times"]);
    expect(result.stories?.[0]?.title).toMatch(GUN_PLAN);
    expect(result.stories?.map((s) => s.id)).not.toContain(NRA);
  });

  it("finds nothing related to an event no other story touches, rather than anything at all", async () => {
    expect((await related({ story: "pelosi wins another term" })).stories).toEqual([]);
  });

  it("ends with the headlines found on the story's own pages", async () => {
    const result = await related({ story: seed });
    expect(result.headlines).toHaveLength(13);
    expect(result.headlines.every((h) => h.article === seed)).toBe(true);
  });

  it("for a topic, starts with the story most about it, then others about it", async () => {
    const result = await related({ topic: "gun control" });
    const titles = [result.story?.title, ...(result.stories ?? []).map((s) => s.title)];
    expect(titles.slice(0, 2).some((t) => t && GUN_PLAN.test(t))).toBe(true);
    expect(titles.slice(0, 2).some((t) => t?.includes("NRA"))).toBe(true);
  });

  it("without an option, shows the latest story: the seed's, from 2025", async () => {
    expect((await related({})).story?.id).toBe(seed);
  });

  it("says in one line that a story is unknown", async () => {
    expect(await answerRelated(store, { story: "zzqx unheard-of" })).toEqual({ error: expect.stringMatching(/^No story matches/u) });
  });
});
