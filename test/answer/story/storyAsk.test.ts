// /ask over the stories fixtures: outlets giving the same answer are one answer citing them all, outlets
// stating different numbers for one thing are set side by side, and questions about the coverage itself
// are answered from the story's articles. Expected values read from the articles.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerAsk } from "../../../src/answer/ask/ask.ts";
import { AskResultSchema, type AskResult } from "../../../src/answer/contract.ts";
import { coverageQuestion } from "../../../src/nlp/question/coverageQuestion.ts";
import { valueKey } from "../../../src/nlp/question/statedValue.ts";
import type { CoverageStore } from "../../../src/store/coverageStore.ts";
import { storiesStore } from "../../support/storyPages.ts";

let store: CoverageStore;
beforeAll(async () => {
  store = await storiesStore();
}, 120_000);
afterAll(() => store.close());

async function ask(question: string): Promise<AskResult> {
  const result = await answerAsk(store, { question });
  expect(AskResultSchema.parse(result)).toEqual(result);
  return result;
}

const cited = (cites: { outlet?: string; paragraph: number }[] | undefined) => cites?.map((c) => `${c.outlet} ¶${c.paragraph}`);

describe("/ask across outlets", () => {
  it("gives the Orlando toll the three outlets agree on (50 killed) once, citing each of them", async () => {
    const [first] = (await ask("How many people were killed in Orlando?")).answers;
    expect(first?.text).toMatch(/left 50 people dead/u);
    expect(cited(first?.cites)).toEqual(["HuffPost ¶1", "The New York Times ¶11", "Fox News ¶4"]);
    const nyt = await store.article(first?.cites?.[1]?.article ?? "");
    expect(nyt?.paragraphs[10]?.text).toMatch(/with 50 people killed and 53 wounded/u);
  });

  it("says when outlets differ: HuffPost's 38-word oath against the Times's 35-word one, each cited", async () => {
    const result = await ask("How many words was the oath?");
    expect(result.disagreements?.[0]?.claims.map((c) => [c.value, cited(c.cites)])).toEqual([
      ["38", ["HuffPost ¶2"]],
      ["35", ["The New York Times ¶9"]],
    ]);
    expect(result.disagreements?.[0]?.claims[1]?.text).toMatch(/took the 35-word oath administered by Chief Justice John G\. Roberts Jr\./u);
  });

  it("notes no difference where the outlets agree", async () => {
    expect((await ask("How many people were killed in Orlando?")).disagreements).toBeUndefined();
  });
});

describe("/ask about the coverage itself", () => {
  it("which outlets covered …: the story's three articles, each cited by its own passage", async () => {
    const result = await ask("Which outlets covered the pipe bombs?");
    expect(result.coverage?.asks).toBe("outlets");
    expect(result.coverage?.story.title).toBe("Pipe Bomb Suspect Arrested in Southern Florida");
    expect(result.coverage?.articles.map((a) => a.outlet)).toEqual(["Fox News", "HuffPost", "The New York Times"]);
    expect(result.answers.map((a) => a.cites?.[0]?.outlet)).toEqual(["Fox News", "HuffPost", "The New York Times"]);
  });

  it("who reported …: the same, for Strzok's firing", async () => {
    const result = await ask("Who reported Strzok's firing?");
    expect(result.coverage?.story.title).toMatch(/Strzok/u);
    expect(result.coverage?.articles).toHaveLength(3);
  });

  it("when was … first reported: the articles in publication order, Fox News on 9 November 2017 first", async () => {
    const result = await ask("When was the Roy Moore story first reported?");
    expect(result.coverage?.asks).toBe("first");
    expect(result.coverage?.articles[0]).toMatchObject({ outlet: "Fox News", published: expect.stringMatching(/^2017-11-09/u) });
    expect(result.coverage?.articles.slice(1).map((a) => a.published?.slice(0, 10))).toEqual(["2017-11-10", "2017-11-10"]);
  });

  it("is asked as any question when no story is about its topic", async () => {
    const result = await ask("Which outlets covered the moon landing?");
    expect(result.coverage).toBeUndefined();
    expect(result.answers).toEqual([]);
  });
});

describe("reading the question and the numbers", () => {
  it.each([
    ["which outlets covered the impeachment hearings?", { asks: "outlets", topic: "the impeachment hearings" }],
    ["Who reported the pipe bombs?", { asks: "outlets", topic: "the pipe bombs" }],
    ["what newspapers wrote about Pelosi's re-election", { asks: "outlets", topic: "Pelosi's re-election" }],
    ["When was the Strzok firing first reported?", { asks: "first", topic: "the Strzok firing" }],
    ["who fired Strzok?", null],
    ["when was Strzok fired?", null],
  ])("%s", (question, expected) => {
    expect(coverageQuestion(question)).toEqual(expected);
  });

  it("compares numbers as written by different outlets", () => {
    expect(valueKey("two-hour")).toBe(valueKey("2 hours"));
    expect(valueKey("56-year-old")).toBe(valueKey(", 56,"));
    expect(valueKey("1,200")).toBe("1200");
    expect(valueKey("38-word")).not.toBe(valueKey("35-word"));
  });
});
