import { describe, expect, it } from "vitest";
import { answerAsk } from "../../src/answer/ask/ask.ts";
import { paragraphsArticle } from "../nlp/quotes/quoteArticles.ts";
import { storeOf } from "../support/stores.ts";

const store = await storeOf([
  paragraphsArticle("harbour", [
    "Lena Ortiz, 55, the chief executive of Harbour Foods, said on Monday that two new stores would open in the port.",
    "Three workers suffered minor injuries when a crane collapsed at the building site.",
    "The council said the old pier would close for repairs until the spring.",
    "Shares of Tesla fell sharply on Monday after a weak sales report.",
    "Four workers joined the crew at the building site last week.",
    "An injured gull was found on the beach.",
    "Mayor Tom Reyes visited the new stores in the port on Friday.",
    "Tom Reyes said the new stores in the port would bring jobs.",
    "Ivar Lund toured the port with his crew on Friday.",
  ]),
]);
const first = async (question: string) => (await answerAsk(store, { question })).answers[0]?.paragraph;

describe("/ask meets a question worded differently from the text", () => {
  it("reads an age for a question asked by “age”", async () => {
    expect(await first("What is Lena Ortiz's age?")).toBe(1);
  });

  it("meets a word of the same family: injured / injuries", async () => {
    expect(await first("How many workers were injured?")).toBe(2);
  });

  it("meets a related word: who runs / chief executive", async () => {
    expect(await first("Who runs Harbour Foods?")).toBe(1);
  });
});

describe("/ask does not answer with a sentence that only shares the names", () => {
  it("says no answer when no sentence holds the names asked about together", async () => {
    expect((await answerAsk(store, { question: "What did Lena Ortiz of Harbour Foods say about Tesla?" })).answers).toEqual([]);
  });

  it("answers “what did X say” only with a sentence where someone speaks, not one that only names X", async () => {
    expect(await first("What did Tom Reyes say about the new stores in the port?")).toBe(8);
    expect((await answerAsk(store, { question: "What did Ivar Lund say about the port?" })).answers).toEqual([]);
  });

  it("answers “why” only with a reason and “who” only with a name or role, else says no answer", async () => {
    expect((await answerAsk(store, { question: "Why did the crane collapse at the building site?" })).answers).toEqual([]);
    expect((await answerAsk(store, { question: "Who found the injured gull on the beach?" })).answers).toEqual([]);
  });
});

describe("/ask answers a question about the future or a name only with a sentence that holds one", () => {
  it("answers “when will …” with a sentence about what is to come, not one about the past", async () => {
    expect(await first("When will the two new stores open?")).toBe(1);
    expect((await answerAsk(store, { question: "When will Tom Reyes visit the port?" })).answers).toEqual([]);
  });

  it("answers “what is the name of …” only with a sentence naming someone the question does not", async () => {
    expect(await first("What is the name of the chief executive of Harbour Foods?")).toBe(1);
    expect((await answerAsk(store, { question: "What is the name of the injured gull?" })).answers).toEqual([]);
  });
});
