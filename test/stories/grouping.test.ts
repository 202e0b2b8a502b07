// Stories: each article ingested joins the story of the event it reports (the same event across
// outlets within days) or starts one; a late article joins its story, one that bridges two stories
// merges them, taking it out splits them again, and different events about the same people stay apart.
import { beforeAll, describe, expect, it } from "vitest";
import type { ArticleAnalysis } from "../../src/model/analysis.ts";
import { openSqliteStore } from "../../src/store/sqlite/sqliteStore.ts";
import { analysePage, file, goldEvents, groupingOf, storyPageAnalyses, STORY_PAGES } from "../support/storyPages.ts";
import { bcubed } from "../eval/bcubed.ts";

let pages: Map<string, ArticleAnalysis>;
beforeAll(() => {
  pages = storyPageAnalyses();
});

const page = (prefix: string): ArticleAnalysis => {
  const found = [...pages].find(([name]) => name.startsWith(prefix));
  if (!found) throw new Error(`no page ${prefix}`);
  return found[1];
};

async function storeWith(analyses: readonly ArticleAnalysis[]) {
  const store = openSqliteStore(":memory:");
  for (const analysis of analyses) await file(store, analysis);
  return store;
}

/** A seeded shuffle, the same every run. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let state = seed;
  const next = () => (state = (state * 16_807) % 2_147_483_647) / 2_147_483_647;
  return items
    .map((item) => [next(), item] as const)
    .sort((a, b) => a[0] - b[0])
    .map(([, item]) => item);
}

describe("story grouping of the 60 pages (20 events × NYT, Fox News, HuffPost)", () => {
  it("groups them into their 20 events, and the same way whatever order they arrive in", async () => {
    const all = [...pages.values()];
    const orders = [all, [...all].reverse(), shuffled(all, 7), shuffled(all, 2024)];
    const groupings = [];
    for (const order of orders) {
      const store = await storeWith(order);
      groupings.push(await groupingOf(store));
      await store.close();
    }
    for (const grouping of groupings.slice(1)) expect(grouping).toEqual(groupings[0]);
    const gold = goldEvents();
    const paths = all.map((a) => a.article.sourcePath);
    const system = new Map(groupings[0]?.flatMap((group) => group.map((path) => [path, group[0] ?? ""] as const)));
    const expected = new Map(paths.map((p) => [p, gold.get(p.slice(STORY_PAGES.length + 1)) ?? p]));
    expect(bcubed(paths, system, expected).f1).toBeGreaterThanOrEqual(0.95);
    expect(groupings[0]).toHaveLength(20);
  });

  it("files an article that arrives late, after other events, in its story", async () => {
    const fox = page("2018-10-26-fox");
    const huffpost = page("2018-10-26-hpo");
    const nyt = page("2018-10-26-nyt");
    const others = [...pages.values()].filter((a) => ![fox, huffpost, nyt].includes(a));
    const store = await storeWith([fox, huffpost, ...others, nyt]);
    const story = await store.story((await store.storyOf(fox.article.id)) ?? "");
    expect(story?.id).toBe(fox.article.id);
    expect(story?.articles.map((a) => a.outlet).sort()).toEqual(["Fox News", "HuffPost", "The New York Times"]);
    expect(await store.storyOf(nyt.article.id)).toBe(story?.id);
    expect([fox, huffpost, nyt].map((a) => a.article.title)).toContain(story?.title);
    expect(story?.first.slice(0, 10)).toBe("2018-10-26");
    expect(story?.last.slice(0, 10)).toBe("2018-10-26");
    await store.close();
  });

  it("merges two stories when an article bridges them, and splits them again when it is taken out", async () => {
    // Fox's and HuffPost's inauguration reports share too little to be linked directly; the Times' shares enough with each.
    const fox = page("2017-01-20-fox");
    const huffpost = page("2017-01-20-hpo");
    const nyt = page("2017-01-20-nyt");
    const others = [...pages.values()].filter((a) => ![fox, huffpost, nyt].includes(a));
    const store = await storeWith([...others, fox, huffpost]);
    const before = [await store.storyOf(fox.article.id), await store.storyOf(huffpost.article.id)];
    expect(before[0]).not.toBe(before[1]);
    await file(store, nyt);
    const merged = await store.storyOf(nyt.article.id);
    expect(merged).toBe(before[0]);
    expect(await store.storyOf(huffpost.article.id)).toBe(merged);
    expect((await store.story(merged ?? ""))?.articles).toHaveLength(3);
    await store.removeArticle(nyt.article.sourcePath);
    expect(await store.storyOf(fox.article.id)).toBe(before[0]);
    expect(await store.storyOf(huffpost.article.id)).not.toBe(before[0]);
    expect((await store.story(before[0] ?? ""))?.articles).toHaveLength(1);
    await store.close();
  });

  it("keeps an article in its story when its page changes and is ingested again", async () => {
    const articles = [page("2018-08-13-fox"), page("2018-08-13-hpo"), page("2018-08-13-nyt")];
    const store = await storeWith(articles);
    const story = await store.storyOf(articles[0]?.article.id ?? "");
    const changed = articles[1] as ArticleAnalysis;
    await store.putArticle(changed, { path: changed.article.sourcePath, hash: "changed" });
    expect(await store.storyOf(changed.article.id)).toBe(story);
    expect((await store.stories(10)).map((s) => s.articles.length)).toEqual([3]);
    await store.close();
  });
});

describe("what is not one story", () => {
  it("keeps apart two impeachment-hearing reports of the same days about the same people", async () => {
    const sondland = analysePage("test/fixtures/corpus/ap-sondland-impeachment-testimony/source.html");
    const volker = analysePage("test/fixtures/corpus/cbs-impeachment-volker-morrison-testimony/source.html");
    const store = await storeWith([sondland, volker]);
    expect(await store.storyOf(sondland.article.id)).not.toBe(await store.storyOf(volker.article.id));
    await store.close();
  });

  it("starts a new story for a report of the same words published weeks later", async () => {
    const first = page("2016-11-30-nyt");
    const later: ArticleAnalysis = {
      ...first,
      article: { ...first.article, id: "pelosi-again", sourcePath: "later.html", contentHash: "later", published: "2016-12-30T00:00:00Z" },
    };
    const store = await storeWith([first, later]);
    expect(await store.storyOf("pelosi-again")).toBe("pelosi-again");
    expect(await store.storyOf(first.article.id)).toBe(first.article.id);
    await store.close();
  });
});
