import { describe, expect, it } from "vitest";
import { answerAsk } from "../../src/answer/ask/ask.ts";
import { idiomAt } from "../../src/nlp/question/idioms.ts";
import { verbFormStems } from "../../src/nlp/question/verbForms.ts";
import { stem } from "../../src/nlp/tokens.ts";
import { paragraphsArticle } from "../nlp/quotes/quoteArticles.ts";
import { storeOf } from "../support/stores.ts";

describe("irregular verb forms", () => {
  it("links a past form to the verb's other forms", () => {
    expect(verbFormStems("caught")).toContain(stem("catch"));
    expect(verbFormStems("began")).toEqual(expect.arrayContaining([stem("begin"), stem("begun")]));
    expect(verbFormStems("take")).toContain(stem("took"));
  });

  it("leaves regular verbs and past forms that are often other words alone", () => {
    expect(verbFormStems("walked")).toEqual([]);
    expect(verbFormStems("left")).toEqual([]);
    expect(verbFormStems("give")).not.toContain(stem("given"));
  });
});

describe("phrases that mean something other than their words", () => {
  const words = (text: string) => text.toLowerCase().split(" ");

  it("reads a phrasal verb as its meaning", () => {
    expect(idiomAt(words("who is looking into the fire"), 2)).toEqual({ length: 2, meaning: "investigate" });
    expect(idiomAt(words("who is in charge of the club"), 2)).toEqual({ length: 2, meaning: "chief" });
  });

  it("drops phrases that only frame the question", () => {
    expect(idiomAt(words("how many goals so far"), 3)).toEqual({ length: 2, meaning: null });
    expect(idiomAt(words("why did she end up leaving"), 3)).toEqual({ length: 2, meaning: null });
    expect(idiomAt(words("where did the road end"), 4)).toBeNull();
  });
});

const store = await storeOf([
  paragraphsArticle("ferry", [
    "A ferry ran aground off the island of Kestra on Sunday, the coastguard said.",
    "The Kestra Coastguard is investigating why the vessel left the marked channel.",
    "Rescuers caught two passengers who jumped from the deck.",
    "The ferry company was founded 40 years ago by a fishing family.",
    "Mara Quist, the chairman of the ferry company, apologised to passengers.",
  ]),
]);
const first = async (question: string) => (await answerAsk(store, { question })).answers[0]?.paragraph;

describe("/ask meets a question phrased differently from the text", () => {
  it("reads “looking into” as investigating", async () => {
    expect(await first("Who is looking into the ferry?")).toBe(2);
  });

  it("meets a verb asked in another tense", async () => {
    expect(await first("How many passengers did rescuers catch?")).toBe(3);
  });

  it("reads “been around” as founded", async () => {
    expect(await first("How long has the ferry company been around?")).toBe(4);
  });

  it("reads “in charge of” as being its chief", async () => {
    expect(await first("Who is in charge of the ferry company?")).toBe(5);
  });
});

describe("/ask meets everyday words for crimes and bosses", () => {
  const city = storeOf([
    paragraphsArticle("city", [
      "Police in Wexford recorded 14 homicides in April, up from nine a year earlier.",
      "Dana Roe, president and co-owner of Wexford Brick Co., said the figures worried her staff.",
    ]),
  ]);
  const firstIn = async (question: string) => (await answerAsk(await city, { question })).answers[0]?.paragraph;

  it("reads murders as homicides", async () => {
    expect(await firstIn("How many murders were there in April?")).toBe(1);
  });

  it("reads who runs a firm as who is its president", async () => {
    expect(await firstIn("Who runs Wexford Brick?")).toBe(2);
  });
});
