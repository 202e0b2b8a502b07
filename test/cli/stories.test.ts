// `npm run cli -- stories [--json]`: the operator's view of the coverage grouped by event, latest
// story first, in the --json contract and as terminal text.
import { execFile } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { StoriesResultSchema } from "../../src/answer/contract.ts";
import { ingestedStore, tempStorePath } from "../support/stores.ts";
import { STORY_PAGES } from "../support/storyPages.ts";

const run = promisify(execFile);
const env = { ...process.env, STORE_PATH: tempStorePath() };
const cli = async (...args: string[]) => (await run(process.execPath, ["--import", "tsx", "src/app/oneShot.ts", ...args], { env })).stdout;

/** Two events, three outlets each: Strzok's firing (2018-08-13) and the pipe-bomb arrest (2018-10-26). */
const PAGES = readdirSync(STORY_PAGES)
  .filter((f) => /^2018-(08-13|10-26)-.*\.html$/u.test(f))
  .map((f) => join(STORY_PAGES, f));

beforeAll(async () => {
  await (await ingestedStore([...PAGES, "data/sources"], env.STORE_PATH)).close();
}, 60_000);

describe("npm run cli -- stories", () => {
  it("groups the articles by event in the --json contract, latest story first, the seed a story of its own", async () => {
    const { stories } = StoriesResultSchema.parse(JSON.parse(await cli("stories", "--json")));
    expect(stories).toHaveLength(3);
    const [bomb, strzok] = stories.filter((s) => s.articles.length === 3);
    expect(bomb?.first.slice(0, 10)).toBe("2018-10-26");
    expect(strzok?.first.slice(0, 10)).toBe("2018-08-13");
    expect(stories.indexOf(bomb as never)).toBeLessThan(stories.indexOf(strzok as never));
    for (const story of [bomb, strzok]) {
      expect(story?.articles.map((a) => a.outlet).sort()).toEqual(["Fox News", "HuffPost", "The New York Times"]);
      expect(story?.articles.every((a) => a.url?.startsWith("http") && a.published)).toBe(true);
      expect(story?.articles.map((a) => a.title)).toContain(story?.title);
    }
    expect(stories.find((s) => s.articles.length === 1)?.articles[0]?.id).toBe("the-trump-putin-phone-call-gave-the-kremlin-leader-a-chance");
  });

  it("prints each story with its dates, outlets and articles as text", async () => {
    const text = await cli("stories");
    expect(text).toMatch(/2018-10-26 · 3 articles from 3 outlets · id: /u);
    expect(text).toContain("- HuffPost, 2018-08-13: FBI Agent Peter Strzok Fired Over Anti-Trump Text Messages");
  });
});
