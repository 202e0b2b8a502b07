// Promise: a story of more articles than a listing shows is read in part on both backends: its earliest
// STORY_LISTED articles in publication order, and how many it holds in all; /coverage, /related and the
// stories listing say how many more there are, while a story small enough is listed whole, as before.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { answerCoverage } from "../../src/answer/coverage.ts";
import { answerStories } from "../../src/answer/listings/stories.ts";
import { answerRelated } from "../../src/answer/related.ts";
import { ingestSources } from "../../src/app/ingestSources.ts";
import { STORY_LISTED, type CoverageStore } from "../../src/store/coverageStore.ts";
import { coverageDocument } from "../../src/render/documents/coverage.ts";
import { describeEachBackend } from "../support/backends.ts";

const REPORTS = STORY_LISTED + 5;
const TOWNS = ["Arden", "Belmont", "Corvin", "Dalby", "Elgin", "Fenwick", "Garrow", "Halden", "Irvine", "Jesmond", "Kelso", "Lanark", "Moffat"];

/** Report `i` of one event: the same lead and facts, told with a detail of its own. */
function report(i: number): string {
  const town = TOWNS[i % TOWNS.length]!;
  return [
    `Marlowe harbor bridge closed after barge collision, update ${i + 1}`,
    "",
    "The Marlowe harbor bridge was closed on Monday after a grain barge struck one of its piers, the port authority said.",
    "",
    `Engineers inspecting the bridge pier found cracks in the concrete, and traffic was sent through ${town} while the harbor bridge stays closed.`,
    "",
    `“We will not reopen the bridge until the pier is safe,” said Dana Whitcombe, the port authority's director, speaking to reporters in ${town}.`,
  ].join("\n");
}

function reportsDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "long-story-"));
  for (let i = 0; i < REPORTS; i++) writeFileSync(join(dir, `report-${String(i).padStart(2, "0")}.txt`), report(i));
  return dir;
}

describeEachBackend("a story longer than a listing", (backend) => {
  let store: CoverageStore;
  let storyId: string;

  beforeAll(async () => {
    store = await backend.open();
    const dir = reportsDir();
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-03-02T08:00:00Z") });
    try {
      await ingestSources(store, [dir]);
    } finally {
      vi.useRealTimers();
    }
    const [story] = await store.stories(1);
    storyId = story!.id;
  }, 120_000);
  afterAll(() => store.close());

  it("holds every report in one story, and lists its earliest STORY_LISTED in publication order", async () => {
    const story = (await store.story(storyId))!;
    expect(story.size).toBe(REPORTS);
    expect(story.articles).toHaveLength(STORY_LISTED);
    const all = await store.listArticles(REPORTS);
    expect(new Set((await store.storiesOf(all.map((a) => a.id))).values())).toEqual(new Set([storyId]));
    const [listed] = await store.stories(1);
    expect(listed!.articles.map((a) => a.id)).toEqual(story.articles.map((a) => a.id));
  });

  it("says how many more articles /coverage, /related and the stories listing leave out", async () => {
    const coverage = await answerCoverage(store, { story: storyId });
    if (!("outlets" in coverage)) throw new Error("no coverage");
    expect(coverage.story.more).toBe(REPORTS - STORY_LISTED);
    expect(coverage.outlets.flatMap((o) => o.articles)).toHaveLength(STORY_LISTED);
    expect(coverageDocument(coverage).notes[0]).toMatch(new RegExp(`^${REPORTS} articles from at least `, "u"));
    const related = await answerRelated(store, { story: storyId });
    expect("story" in related && related.story?.more).toBe(REPORTS - STORY_LISTED);
    const [listedStory] = (await answerStories(store, 1)).stories;
    expect(listedStory!.more).toBe(REPORTS - STORY_LISTED);
  });
});
