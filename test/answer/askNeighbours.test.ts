// Promise: /ask meets a question worded with a different word than the article's ("physician" for
// "doctor") through the distilled word-vector neighbours, which rank an answer but never stand for what is asked.
import { describe, expect, it } from "vitest";
import { answerAsk } from "../../src/answer/ask/ask.ts";
import { wordNeighbours } from "../../src/nlp/question/wordNeighbours.ts";
import { stem } from "../../src/nlp/tokens.ts";
import { paragraphsArticle } from "../nlp/quotes/quoteArticles.ts";
import { storeOf } from "../support/stores.ts";

describe("word-vector neighbours", () => {
  it("finds the words used like a common word, closest first", () => {
    const near = wordNeighbours("physician").map((n) => n.stem);
    expect(near).toContain(stem("doctor"));
    expect(wordNeighbours("Lawmakers")[0]).toEqual({ stem: stem("legislators"), similarity: 0.93 });
  });

  it("has none for a word it does not hold", () => {
    expect(wordNeighbours("zzyzx")).toEqual([]);
  });
});

const store = await storeOf([
  paragraphsArticle("river", [
    "Two anglers pulled a youngster from the Dorrow river on Saturday evening, police said.",
    "The anglers, Tom Hale and Ivan Brisk, had been fishing below the weir since noon.",
    "Hale later announced the sale of his tackle shop on the quay.",
  ]),
]);
const answer = async (question: string) => (await answerAsk(store, { question })).answers[0]?.paragraph;

describe("/ask meets a question worded with a word's neighbour", () => {
  it("answers about a teenager from a paragraph that says youngster", async () => {
    expect(await answer("Who pulled the teenager from the river?")).toBe(1);
  });

  it("does not take the sale of a shop for a purchase", async () => {
    expect(await answer("What did Hale purchase?")).toBeUndefined();
  });
});
