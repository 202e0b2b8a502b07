import { describe, expect, it } from "vitest";
import { WhoResultSchema } from "../../src/answer/contract.ts";
import { answerWho } from "../../src/answer/who.ts";
import { corpusArticle, corpusOf, seedArticle } from "../nlp/quoteArticles.ts";

const seed = corpusOf([seedArticle()]);

function who(corpus: typeof seed, name: string) {
  const result = answerWho(corpus, { name });
  expect(WhoResultSchema.parse(result)).toEqual(result);
  return result;
}

describe("/who", () => {
  it("gives the card: name, kind, description, aliases, quote and mention counts, first mention cited", () => {
    const { entity } = who(seed, "Peskov");
    expect(entity).toMatchObject({ name: "Dmitry Peskov", kind: "person", description: "Kremlin spokesman", aliases: ["Peskov"], quotes: 1, mentions: 1 });
    expect(entity?.firstMention?.text).toMatch(/^Kremlin spokesman Dmitry Peskov underlined/u);
    expect(entity?.firstMention?.cite).toMatch(/¶17$/u);
  });

  it("counts an organisation's quotes and every mention", () => {
    const { entity } = who(seed, "the White House");
    expect(entity).toMatchObject({ name: "White House", kind: "organisation", quotes: 3 });
    expect(entity?.mentions).toBeGreaterThanOrEqual(3);
  });

  it("says nobody for a name the coverage does not have", () => {
    expect(who(seed, "Obama")).toEqual({ query: "Obama", entity: null, suggestions: [] });
  });

  it("counts mentions across articles for the same person", () => {
    const two = corpusOf([seedArticle(), corpusArticle("wapo-us-israel-ties-after-netanyahu-win")]);
    const seedOnly = who(seed, "Putin").entity?.mentions ?? 0;
    expect(who(two, "Putin").entity?.mentions).toBe(seedOnly + 1);
  });
});
