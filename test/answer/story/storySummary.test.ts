// /summary of a story on the stories fixtures (20 events, each reported by The New York Times, Fox News
// and HuffPost): one point per fact, each citing every outlet that reports it, checked against the articles.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerSummary } from "../../../src/answer/summary/answerSummary.ts";
import type { SummaryResult } from "../../../src/answer/contract.ts";
import { factOverlap } from "../../../src/nlp/summary/sameFact.ts";
import { contentStems } from "../../../src/nlp/tokens.ts";
import type { CoverageStore } from "../../../src/store/coverageStore.ts";
import { storiesStore } from "../../support/storyPages.ts";

/** Each story's id is its first filed article's: here, in file-name order, Fox News's. */
const PIPE_BOMBS = "suspect-arrested-in-florida-in-connection-with-suspicious";
const STRZOK = "fbi-fires-peter-strzok-months-after-anti-trump-texts";

let store: CoverageStore;
beforeAll(async () => {
  store = await storiesStore();
}, 120_000);
afterAll(() => store.close());

async function summary(input: { story?: string; length?: "brief" | "full" }): Promise<SummaryResult> {
  const result = await answerSummary(store, input);
  if ("error" in result) throw new Error(result.error);
  return result;
}

const stems = (text: string) => new Set(contentStems(text));

describe("/summary of a story", () => {
  it("opens with the event every outlet reports, citing each outlet's opening paragraph", async () => {
    const result = await summary({ story: PIPE_BOMBS });
    const [first] = result.points;
    expect(first?.text).toMatch(/suspect was arrested in Florida/u);
    expect(first?.cites?.map((c) => [c.outlet, c.paragraph])).toEqual([
      ["Fox News", 1],
      ["HuffPost", 1],
      ["The New York Times", 1],
    ]);
    expect(first?.cite).toBe("Fox News ¶1 · HuffPost ¶1 · The New York Times ¶1");
  });

  it("cites a second outlet for a statement both report in their own words (Strzok's lawyer, HuffPost ¶2 and Fox News ¶2)", async () => {
    const result = await summary({ story: STRZOK });
    const lawyer = result.points.find((p) => p.text.includes("Aitan Goelman"));
    expect(lawyer?.cites?.map((c) => `${c.outlet} ¶${c.paragraph}`)).toEqual(["HuffPost ¶2", "Fox News ¶2"]);
    const fox = await store.article(STRZOK);
    expect(fox?.paragraphs[1]?.text).toMatch(/Goelman said in a statement Monday that his client.*was fired Friday afternoon/u);
  });

  it("never states one fact twice, and every cite is a paragraph of an article of the story that shares the point's words", async () => {
    for (const story of await store.stories(20)) {
      for (const length of ["brief", "full"] as const) {
        const result = await summary({ story: story.id, length });
        const ids = new Set(story.articles.map((a) => a.id));
        result.points.forEach((point, i) => {
          for (const other of result.points.slice(i + 1)) expect(factOverlap(stems(point.text), stems(other.text)), `${point.text}\n${other.text}`).toBe(0);
        });
        for (const point of result.points) {
          expect(new Set(point.cites?.map((c) => c.article)).size).toBe(point.cites?.length);
          for (const cite of point.cites ?? []) {
            expect(ids.has(cite.article)).toBe(true);
            const paragraph = (await store.article(cite.article))?.paragraphs.find((p) => p.n === cite.paragraph);
            const shared = [...stems(point.text)].filter((s) => stems(paragraph?.text ?? "").has(s));
            expect(shared.length, `${point.text} · ${cite.cite}`).toBeGreaterThanOrEqual(3);
          }
        }
      }
    }
  });

  it("without an option summarises the latest story, not an error, whatever the store holds", async () => {
    const result = await summary({});
    expect(result.story?.id).toBe(PIPE_BOMBS);
    expect(result.story?.outlets).toEqual(["Fox News", "HuffPost", "The New York Times"]);
    expect(result.points.length).toBeGreaterThanOrEqual(3);
  });

  it("finds a story by the words of a headline, and says so in one line when none matches", async () => {
    expect((await summary({ story: "Strzok fired" })).story?.id).toBe(STRZOK);
    expect(await answerSummary(store, { story: "zzqx unheard-of" })).toEqual({ error: expect.stringMatching(/^No story matches "zzqx unheard-of"/u) });
  });
});
