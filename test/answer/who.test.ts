import { describe, expect, it } from "vitest";
import { WhoResultSchema } from "../../src/answer/contract.ts";
import { answerWho } from "../../src/answer/who.ts";
import type { CoverageStore } from "../../src/store/coverageStore.ts";
import { corpusArticle, seedArticle } from "../nlp/quotes/quoteArticles.ts";
import { storeOf } from "../support/stores.ts";

const seed = await storeOf([seedArticle()]);

async function who(store: CoverageStore, name: string) {
  const result = await answerWho(store, { name });
  expect(WhoResultSchema.parse(result)).toEqual(result);
  return result;
}

describe("/who", () => {
  it("gives the card: name, kind, description, aliases, quote and mention counts, first mention cited", async () => {
    const { entity } = (await who(seed, "Peskov"));
    expect(entity).toMatchObject({ name: "Dmitry Peskov", kind: "person", description: "Kremlin spokesman", aliases: ["Peskov"], quotes: 1, mentions: 1 });
    expect(entity?.firstMention?.text).toMatch(/^Kremlin spokesman Dmitry Peskov underlined/u);
    expect(entity?.firstMention?.cite).toMatch(/¶17$/u);
  });

  it("counts an organisation's quotes and every mention", async () => {
    const { entity } = (await who(seed, "the White House"));
    expect(entity).toMatchObject({ name: "White House", kind: "organisation", quotes: 3 });
    expect(entity?.mentions).toBeGreaterThanOrEqual(3);
  });

  it("says nobody for a name the coverage does not have", async () => {
    expect((await who(seed, "Obama"))).toEqual({ query: "Obama", entity: null, suggestions: [] });
  });

  it("counts mentions across articles for the same person", async () => {
    const two = await storeOf([seedArticle(), corpusArticle("wapo-us-israel-ties-after-netanyahu-win")]);
    const seedOnly = (await who(seed, "Putin")).entity?.mentions ?? 0;
    expect((await who(two, "Putin")).entity?.mentions).toBe(seedOnly + 1);
  });
});
