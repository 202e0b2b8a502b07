import { describe, expect, it } from "vitest";
import { answerAsk } from "../../src/answer/ask/ask.ts";
import { AskResultSchema } from "../../src/answer/contract.ts";
import { stem, tokenize } from "../../src/nlp/tokens.ts";
import { buildEvalCorpus, corpusArticle } from "../eval/ask.ts";
import type { CoverageStore } from "../../src/store/coverageStore.ts";
import { storeOf } from "../support/stores.ts";
import { seedArticle } from "./summaryArticles.ts";

const seed = seedArticle();
const seedOnly = await storeOf([seed]);
const { store: everything } = await buildEvalCorpus();

async function first(store: CoverageStore, question: string) {
  const result = await answerAsk(store, { question });
  expect(AskResultSchema.parse(result)).toEqual(result);
  return result.answers[0];
}

describe("/ask steered by the kind of question", () => {
  it.each([
    ["How long was the call?", /two-hour chat/u],
    ["How long did Trump talk to Zelenskyy?", /for about an hour/u],
    ["When did Trump call Zelenskyy?", /Wednesday/u],
    ["Who is Tatiana Stanovaya?", /Carnegie Endowment/u],
    ["Which region near Kursk could Russia attack?", /Sumy/u],
    ["Why was stopping energy strikes not a big concession?", /given the massive damage/u],
  ])("on the seed: %s", async (question, expected) => {
    expect((await first(seedOnly, question))?.text).toMatch(expected);
  });

  it.each([
    ["How many people were on the AirAsia plane?", /162 people/u],
    ["How long did the officers appear to sleep?", /for two hours/u],
    ["When did Clinton impose the trade embargo on Sudan?", /In 1997/u],
    ["How many people were killed in the museum attack?", /at least 19 people/u],
  ])("across the corpus: %s", async (question, expected) => {
    expect((await first(everything, question))?.text).toMatch(expected);
  });
});

describe("/ask answers", () => {
  it("cite the paragraph the text comes from", async () => {
    const result = (await answerAsk(seedOnly, { question: "What conditions did Putin set for a ceasefire?" }));
    expect(result.answers.length).toBeGreaterThan(0);
    for (const answer of result.answers) {
      const paragraph = seed.paragraphs.find((p) => p.n === answer.paragraph);
      expect(paragraph?.text).toContain(answer.text);
      expect(answer.cite).toMatch(new RegExp(`¶${answer.paragraph}$`, "u"));
    }
  });

  it("highlight exactly the words that match the question's terms, and the name of the one person the question describes", async () => {
    const answer = await first(seedOnly, "What did the Kremlin spokesman say?");
    expect(answer?.text).toMatch(/Dmitry Peskov/u);
    const marked = answer?.highlights.map(([s, e]) => answer.text.slice(s, e)) ?? [];
    expect(marked).toEqual(expect.arrayContaining(["Kremlin", "spokesman", "Peskov"]));
    for (const word of marked) expect(["kremlin", "spokesman", "dmitry", "peskov"].map(stem)).toContain(tokenize(word)[0]?.stem);
  });

  it("bring the sentence before when the best one opens with a dangling pronoun", async () => {
    const answer = (await first(seedOnly, "What does Putin want Ukraine to withdraw from?"));
    expect(answer?.text).toMatch(/^By making the ceasefire conditional.*He wants Ukraine to withdraw/su);
  });

  it("offer close candidates from other paragraphs, best first, at most three", async () => {
    const result = (await answerAsk(seedOnly, { question: "What did Putin agree to halt?" }));
    expect(result.answers.length).toBeLessThanOrEqual(3);
    expect(new Set(result.answers.map((a) => a.paragraph)).size).toBe(result.answers.length);
    const scores = result.answers.map((a) => a.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});

describe("/ask typo tolerance", () => {
  it("corrects mistyped words against the store's vocabulary", async () => {
    const result = (await answerAsk(seedOnly, { question: "What did the Kremiln spokesman say?" }));
    expect(result.corrected).toBe("What did the Kremlin spokesman say?");
    expect(result.answers[0]?.text).toMatch(/Dmitry Peskov/u);
  });

  it("corrects a dropped letter, a swapped pair and a mistyped question word", async () => {
    expect((await answerAsk(seedOnly, { question: "How long did the phnoe call last?" })).corrected).toBe("How long did the phone call last?");
    expect((await answerAsk(everything, { question: "How many ships and aircrft are searching?" })).answers[0]?.text).toMatch(/30 ships and 21 aircraft/u);
    const typed = (await answerAsk(everything, { question: "Whn will Obama sign the executive ordr?" }));
    expect(typed.corrected).toBe("When will Obama sign the executive order?");
    expect(typed.answers[0]?.text).toMatch(/sign on Friday/u);
  });

  it("never bends an ordinary English word into a store word, even one a letter away", async () => {
    const sudan = await storeOf([corpusArticle("nyt-us-to-lift-sudan-sanctions")]);
    const result = await answerAsk(sudan, { question: "Which outlets covered the sanctions?" });
    expect(result.corrected).toBeUndefined();
    expect((await answerAsk(sudan, { question: "What did the covret program do?" })).corrected).toBe("What did the covert program do?");
  });

  it("leaves real words the store lacks alone instead of bending them into store words", async () => {
    const result = (await answerAsk(everything, { question: "How tall is the Eiffel Tower?" }));
    expect(result.corrected).toBeUndefined();
    expect(result.answers).toEqual([]);
  });
});

describe('/ask "no answer"', () => {
  it("answers nothing when the store does not cover the question, and offers the closest passages as maybe related", async () => {
    const result = (await answerAsk(seedOnly, { question: "What did Putin say about China?" }));
    expect(result.answers).toEqual([]);
    expect(result.maybeRelated.length).toBeGreaterThan(0);
    expect(result.maybeRelated.length).toBeLessThanOrEqual(3);
  });

  it.each(["What is the recipe for banana bread?", "Who is the chief executive of Tesla?", "What did Macron say about the ceasefire?"])("%s", async (question) => {
    expect((await answerAsk(everything, { question })).answers).toEqual([]);
  });

  it("answers a how-many question only with a number", async () => {
    const result = (await answerAsk(seedOnly, { question: "How many soldiers died in Kursk?" }));
    expect(result.answers).toEqual([]);
    expect(result.maybeRelated[0]?.text).toMatch(/Kursk/u);
  });

  it("answers only from an article that names what the question names", async () => {
    expect((await answerAsk(everything, { question: "Who was Sudan's foreign minister?" })).answers).toEqual([]);
    expect((await answerAsk(everything, { question: "Who is Tunisia's prime minister?" })).answers[0]?.text).toMatch(/Habib Essid/u);
  });

  it("survives empty, odd and enormous questions", async () => {
    for (const question of ["", "   ", "???", "🙂🙂", "the of and", "Putin ".repeat(20000), "<@123> @everyone"]) {
      const result = (await answerAsk(everything, { question }));
      expect(AskResultSchema.parse(result).question).toBe(question);
    }
  });
});
