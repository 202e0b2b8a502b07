// Autocomplete choices from a small synthetic store: speakers labelled with their quote counts,
// best match for what was typed first, people and organisations, article titles; always within limits.
import { describe, expect, it } from "vitest";
import { articleChoices, entityChoices, speakerChoices } from "../../commands/choices.ts";
import type { ArticleEntity, ArticleQuote } from "../../src/model/analysis.ts";
import type { Article } from "../../src/model/article.ts";
import { storeOfAnalyses } from "../support/stores.ts";
import { assertWithinLimits } from "../render/discordLimits.ts";

const place = { paragraph: 1, start: 0, end: 5 };

const entity = (name: string, aliases: string[], mentions: number): ArticleEntity => ({
  name,
  kind: "person",
  aliases,
  mentions: Array.from({ length: mentions }, () => place),
});

const quotesBy = (speaker: number, n: number): ArticleQuote[] =>
  Array.from({ length: n }, (_, i) => ({ text: "words", kind: "direct", speaker, cue: "said", ...place, start: i, attribution: "explicit", about: [] }));

const article = (id: string, title: string, outlet?: string, published?: string): Article => ({
  id,
  title,
  ...(outlet ? { outlet } : {}),
  ...(published ? { published } : {}),
  sourcePath: `${id}.txt`,
  contentHash: id,
  sections: [{ paragraphs: [1] }],
  paragraphs: [{ n: 1, text: "Words were said.", sentences: [[0, 16]] }],
  captions: [],
  related: [],
  sentenceScores: [[0]],
});

const extras = Array.from({ length: 40 }, (_, i) => entity(`Extra Person ${i}`, [], 1));
const store = await storeOfAnalyses([
  {
    article: article("a1", "The Trump-Putin phone call gave the Kremlin leader a chance", "AP"),
    entities: [
      entity("Tatiana Stanovaya", ["Stanovaya"], 3),
      entity("Dmitry Peskov", ["Peskov", "Kremlin spokesman Dmitry Peskov"], 6),
      { ...entity("Kremlin", [], 9), kind: "organisation" },
      ...extras,
    ],
    quotes: [...quotesBy(0, 5), ...quotesBy(1, 1)],
  },
  { article: article("a2", "Gaza aid centre killings"), entities: [], quotes: [] },
  { article: article("a3", "Ceasefire talks resume in Cairo", "Reuters", "2025-03-21T09:00:00Z"), entities: [], quotes: [] },
]);

describe("autocomplete choices", () => {
  it("offers speakers by quote count when nothing is typed, labelled with their quotes", async () => {
    const choices = (await speakerChoices(store, ""));
    expect(choices).toEqual([
      { name: "Tatiana Stanovaya — 5 quotes", value: "Tatiana Stanovaya" },
      { name: "Dmitry Peskov — 1 quote", value: "Dmitry Peskov" },
    ]);
  });

  it("finds a speaker by a misspelt alias", async () => {
    expect((await speakerChoices(store, "peskof"))[0]?.value).toBe("Dmitry Peskov");
  });

  it("offers people and organisations, at most 25", async () => {
    const choices = (await entityChoices(store, ""));
    expect(choices).toHaveLength(25);
    expect(choices[0]?.name).toBe("Tatiana Stanovaya — 5 quotes, 3 mentions");
    assertWithinLimits({}, choices);
    expect((await entityChoices(store, "kreml"))[0]?.value).toBe("Kremlin");
  });

  it("narrows as a name is typed letter by letter, names before aliases", async () => {
    expect((await entityChoices(store, "d"))[0]?.value).toBe("Dmitry Peskov");
    expect((await entityChoices(store, "dmitry p")).map((c) => c.value)).toEqual(["Dmitry Peskov"]);
    expect((await entityChoices(store, "extra person 3")).map((c) => c.value)).toContain("Extra Person 3");
    expect((await entityChoices(store, "extra person 3"))[0]?.value).toMatch(/^Extra Person 3/u);
  });

  it("offers article titles with their outlet, the id as value, the newest first when nothing is typed", async () => {
    expect((await articleChoices(store, "gaza"))).toEqual([{ name: "Gaza aid centre killings", value: "a2" }]);
    expect((await articleChoices(store, "")).map((c) => c.value)).toEqual(["a3", "a2", "a1"]);
    expect((await articleChoices(store, ""))[2]).toEqual({ name: "AP — The Trump-Putin phone call gave the Kremlin leader a chance", value: "a1" });
  });
});
