// /sources grouped by story: on a store of three events of test/fixtures/stories and the seed, each
// story's articles are listed together under its title, the story with the newest article first and
// its articles newest first; an article alone in its story stands without a heading.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { sources } from "../../commands/sources.ts";
import { SourcesResultSchema, type SourcesResult } from "../../src/answer/contract.ts";
import { answerSources } from "../../src/answer/listings/sources.ts";
import { analyseFile } from "../../src/ingest/analyseFile.ts";
import { assertWithinLimits } from "../render/discordLimits.ts";
import { analysePage, STORY_PAGES } from "../support/storyPages.ts";
import { storeOfAnalyses } from "../support/stores.ts";

const SEED = "data/sources/000_763f98cca8341530.txt";

let result: SourcesResult;

beforeAll(async () => {
  const pages = readdirSync(STORY_PAGES).filter((f) => ["2013-04-02-", "2016-11-30-", "2018-08-13-"].some((e) => f.startsWith(e)));
  const seed = analyseFile({ path: SEED, storedPath: SEED, bytes: readFileSync(SEED), hash: SEED });
  if (!seed.ok) throw new Error(seed.reason);
  const store = await storeOfAnalyses([...pages.map((f) => analysePage(join(STORY_PAGES, f))), seed.analysis]);
  result = SourcesResultSchema.parse(await answerSources(store));
});

describe("/sources", () => {
  it("lists each story's articles together, the story with the newest article first, each story's newest first", () => {
    const storyIds = result.articles.map((a) => a.story?.id);
    const runs = storyIds.filter((id, i) => id !== storyIds[i - 1]);
    expect(new Set(runs).size).toBe(runs.length);
    expect(runs).toHaveLength(4);
    const newest = (id: string | undefined) => Math.max(...result.articles.filter((a) => a.story?.id === id).map((a) => Date.parse(a.published ?? "") || 0));
    const datedRuns = runs.filter((id) => newest(id) > 0);
    expect(datedRuns.map(newest)).toEqual(datedRuns.map(newest).sort((a, b) => b - a));
    for (const id of runs) {
      const times = result.articles.filter((a) => a.story?.id === id).map((a) => Date.parse(a.published ?? ""));
      expect(times).toEqual([...times].sort((a, b) => b - a));
    }
    expect(result.articles.filter((a) => a.story?.title.includes("Strzok")).map((a) => a.outlet).sort()).toEqual(["Fox News", "HuffPost", "The New York Times"]);
  });

  it("heads a story of several articles with its title, in the console and in Discord, within limits", () => {
    const text = sources.toTerminal(result);
    expect(text).toMatch(/Story: .*Strzok.* \(3 articles\)/u);
    expect(text).not.toMatch(/Story: The Trump-Putin/u);
    const message = sources.toDiscord(result, { command: "sources", page: 0, args: [] });
    assertWithinLimits(message);
    expect(message.embeds[0]?.description).toMatch(/\*\*Story: .*\(3 articles\)\*\*/u);
  });
});
