// The one-shot CLI on a store of two ingested events: `coverage <words> --json` prints the typed
// result of the contract (story, outlets with their articles and whom they quoted, differences and
// agreements with each claim cited, what one outlet alone reports), its story the same one
// `stories --json` lists; an unknown story exits 1 with one line.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CoverageResultSchema, StoriesResultSchema } from "../../src/answer/contract.ts";
import { isOneLine, runCli } from "../support/processes.ts";
import { STORY_PAGES } from "../support/storyPages.ts";
import { ingestedStore, tempStorePath } from "../support/stores.ts";

const PAGES = readdirSync(STORY_PAGES)
  .filter((f) => /^(2016-11-30|2018-08-13)-.*\.html$/u.test(f))
  .map((f) => join(STORY_PAGES, f));

describe("npm run cli -- coverage", () => {
  it("prints the contract's coverage of the story named, the story `stories` lists", async () => {
    const path = tempStorePath();
    await (await ingestedStore(PAGES, path)).close();
    const [coverage, stories, unknown] = await Promise.all([
      runCli(path, ["coverage", "Pelosi", "--json"]),
      runCli(path, ["stories", "--json"]),
      runCli(path, ["coverage", "quagga zebras"]),
    ]);
    expect(coverage.code).toBe(0);
    const result = CoverageResultSchema.parse(JSON.parse(coverage.stdout));
    const listed = StoriesResultSchema.parse(JSON.parse(stories.stdout)).stories.find((s) => s.id === result.story.id);
    expect(listed?.title).toBe(result.story.title);
    expect(result.outlets.flatMap((o) => o.articles.map((a) => a.id)).sort()).toEqual(listed?.articles.map((a) => a.id).sort());
    expect(result.differences.map((d) => d.claims.map((c) => c.cite))).toEqual([["Fox News ¶11", "HuffPost ¶4"]]);
    expect(unknown.code).toBe(1);
    expect(isOneLine(unknown.stdout + unknown.stderr)).toBe(true);
  }, 120_000);
});
