import { describe, expect, it } from "vitest";
import { QuoteResultSchema, QuotesResultSchema } from "../../src/answer/contract.ts";
import { answerQuote, answerQuotes } from "../../src/answer/quotes/quote.ts";
import { analyseArticle } from "../../src/nlp/analyse.ts";
import type { CoverageStore } from "../../src/store/coverageStore.ts";
import { corpusArticle, seedArticle } from "../nlp/quotes/quoteArticles.ts";
import { storeOf } from "../support/stores.ts";

const seed = await storeOf([seedArticle()]);
const several = await storeOf([seedArticle(), corpusArticle("bbc-obama-gun-laws-frustration"), corpusArticle("cbs-impeachment-volker-morrison-testimony")]);

async function quote(store: CoverageStore, who: string, article?: string) {
  const result = await answerQuote(store, { who, ...(article ? { article } : {}) });
  if ("error" in result) throw new Error(result.error);
  expect(QuoteResultSchema.parse(result)).toEqual(result);
  return result;
}

describe("/quote", () => {
  it("quote Putin never lists Witkoff's words under by: they are about Putin", async () => {
    const result = (await quote(seed, "Putin"));
    expect(result.speaker?.name).toBe("Vladimir Putin");
    expect(result.by.length).toBeGreaterThan(0);
    expect(result.by.every((q) => q.speaker === "Vladimir Putin")).toBe(true);
    const witkoff = result.about.find((q) => q.text.includes("I would commend President Putin"));
    expect(witkoff).toMatchObject({ speaker: "Steve Witkoff", speakerDescription: "U.S. special envoy" });
    expect(result.about.every((q) => q.speaker !== "Vladimir Putin")).toBe(true);
  });

  it("lists Putin's reported statements under by", async () => {
    expect((await quote(seed, "Putin")).by[0]).toMatchObject({ kind: "reported", text: expect.stringContaining("Ukrainian forces that remain in Kursk are surrounded") });
  });

  it("lists a few quoted words once, inside the reported statement that gives them their context", async () => {
    const result = await quote(several, "Obama");
    const holding = result.by.filter((q) => q.text.includes("most frustrated and most stymied"));
    expect(holding).toHaveLength(1);
    expect(holding[0]).toMatchObject({ kind: "reported", text: expect.stringContaining("gun control was the area where he has been") });
  });

  it("puts direct and mixed quotes before reported ones, each with its citation", async () => {
    const result = (await quote(seed, "Stanovaya"));
    const kinds = result.by.map((q) => q.kind);
    expect(kinds.indexOf("reported")).toBeGreaterThan(kinds.lastIndexOf("direct"));
    expect(result.by[0]).toMatchObject({ speaker: "Tatiana Stanovaya", speakerDescription: "of the Carnegie Endowment", cite: expect.stringMatching(/¶\d+$/u) });
  });

  it.each([
    ["Putn", "Vladimir Putin"],
    ["Zelensky", "Volodymyr Zelenskyy"],
    ["gould davies", "Nigel Gould-Davies"],
    ["Gould-Davies", "Nigel Gould-Davies"],
    ["Fyodor", "Fyodor Lukyanov"],
    ["President Putin", "Vladimir Putin"],
    ["white house", "White House"],
  ])("finds the speaker for %s, typos and first names included", async (who, name) => {
    expect((await quote(seed, who)).speaker?.name).toBe(name);
  });

  it("Zelensky finds Zelenskyy even when both spellings are in the coverage", async () => {
    const result = (await quote(several, "Zelensky"));
    expect(result.speaker?.name).toMatch(/^Volodymyr Zelensky/u);
    expect(new Set(result.about.map((q) => q.article)).size).toBe(2);
  });

  it("Obama in the seed: nobody by that name is quoted, and no random person is suggested", async () => {
    expect((await quote(seed, "Obama"))).toEqual({ query: "Obama", speaker: null, by: [], about: [], suggestions: [] });
  });

  it("finds Obama once the BBC article is stored, and only the article asked for when one is named", async () => {
    expect((await quote(several, "Obama")).by.length).toBeGreaterThan(10);
    const seedId = seedArticle().id;
    const onlySeed = (await quote(several, "Putin", seedId));
    expect([...onlySeed.by, ...onlySeed.about].every((q) => q.article === seedId)).toBe(true);
  });

  it.each([
    ["Lukyanow", "Fyodor Lukyanov"],
    ["Stanovia", "Tatiana Stanovaya"],
    ["Peskow", "Dmitry Peskov"],
  ])("tolerates a misspelt surname: %s", async (who, name) => {
    expect((await quote(seed, who)).speaker?.name).toBe(name);
  });

  it("finds a name typed surname first: Witcoff Steven, Novosti RIA", async () => {
    expect((await quote(seed, "Witcoff Steven")).speaker?.name).toBe("Steve Witkoff");
    expect((await quote(seed, "Novosti RIA")).speaker?.name).toBe("RIA Novosti");
  });

  it("offers a close name as a suggestion, not as the answer, when the spelling is further off (Lukianoff)", async () => {
    expect((await quote(seed, "Lukianoff"))).toMatchObject({ speaker: null, by: [], suggestions: ["Fyodor Lukyanov"] });
  });

  it("suggests nobody unrelated for a name that is not close to any (Merkel, Biden)", async () => {
    expect((await quote(seed, "Merkel"))).toMatchObject({ speaker: null, suggestions: [] });
    expect((await quote(seed, "Biden")).suggestions).toEqual([]);
  });

  it("answers fast from the precomputed index", async () => {
    (await quote(several, "Putn"));
    const start = performance.now();
    for (let i = 0; i < 200; i += 1) answerQuote(several, { who: "Putn" });
    expect((performance.now() - start) / 200).toBeLessThan(5);
  });
});

describe("/quotes", () => {
  it("lists every quote of the store with speaker, kind and citation", async () => {
    const result = await answerQuotes(seed);
    expect(QuotesResultSchema.parse(result)).toEqual(result);
    expect(result.quotes).toHaveLength(analyseArticle(seedArticle()).quotes.length);
    expect(result.quotes.find((q) => q.text.includes("affinity or sympathy"))).toMatchObject({ speaker: "Nigel Gould-Davies", kind: "mixed" });
  });
});
