// Autocomplete choices from a small synthetic store: speakers labelled with their quote counts,
// best match for what was typed first, people and organisations, article titles; always within limits.
import { describe, expect, it } from "vitest";
import { articleChoices, entityChoices, speakerChoices } from "../../commands/choices.ts";
import { indexStore } from "../../src/store/corpus.ts";
import { SCHEMA_VERSION, type Store } from "../../src/store/schema.ts";
import type { Article } from "../../src/model/article.ts";
import type { Entity } from "../../src/model/entity.ts";
import type { Quote } from "../../src/model/quote.ts";
import { assertWithinLimits } from "../render/discordLimits.ts";

const mention = { article: "a1", paragraph: 1, start: 0, end: 1 };

const entity = (id: string, name: string, aliases: string[], mentions: number): Entity => ({
  id,
  name,
  kind: "person",
  aliases,
  mentions: Array.from({ length: mentions }, () => mention),
});

const quotesBy = (speakerId: string, n: number): Quote[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `${speakerId}-${i}`,
    text: "words",
    kind: "direct",
    speakerId,
    cue: "said",
    article: "a1",
    paragraph: 1,
    start: 0,
    end: 5,
    attribution: "explicit",
    about: [],
  }));

const article = (id: string, title: string, outlet?: string): Article => ({
  id,
  title,
  ...(outlet ? { outlet } : {}),
  sourcePath: `${id}.txt`,
  contentHash: id,
  sections: [],
  paragraphs: [],
  captions: [],
  related: [],
  sentenceScores: [],
});

const extras = Array.from({ length: 40 }, (_, i) => entity(`extra-${i}`, `Extra Person ${i}`, [], 1));
const store: Store = {
  schemaVersion: SCHEMA_VERSION,
  builtAt: "2026-01-01T00:00:00Z",
  articles: [article("a1", "The Trump-Putin phone call gave the Kremlin leader a chance", "AP"), article("a2", "Gaza aid centre killings")],
  entities: [
    entity("stanovaya", "Tatiana Stanovaya", ["Stanovaya"], 3),
    entity("peskov", "Dmitry Peskov", ["Peskov", "Kremlin spokesman Dmitry Peskov"], 6),
    entity("kremlin", "Kremlin", [], 9),
    ...extras,
  ],
  quotes: [...quotesBy("stanovaya", 5), ...quotesBy("peskov", 1)],
};
const corpus = indexStore(store);

describe("autocomplete choices", () => {
  it("offers speakers by quote count when nothing is typed, labelled with their quotes", () => {
    const choices = speakerChoices(corpus, "");
    expect(choices).toEqual([
      { name: "Tatiana Stanovaya — 5 quotes", value: "Tatiana Stanovaya" },
      { name: "Dmitry Peskov — 1 quote", value: "Dmitry Peskov" },
    ]);
  });

  it("finds a speaker by a misspelt alias", () => {
    expect(speakerChoices(corpus, "peskof")[0]?.value).toBe("Dmitry Peskov");
  });

  it("offers people and organisations, at most 25", () => {
    const choices = entityChoices(corpus, "");
    expect(choices).toHaveLength(25);
    expect(choices[0]?.name).toBe("Tatiana Stanovaya — 5 quotes, 3 mentions");
    assertWithinLimits({}, choices);
    expect(entityChoices(corpus, "kreml")[0]?.value).toBe("Kremlin");
  });

  it("narrows as a name is typed letter by letter, names before aliases", () => {
    expect(entityChoices(corpus, "d")[0]?.value).toBe("Dmitry Peskov");
    expect(entityChoices(corpus, "dmitry p").map((c) => c.value)).toEqual(["Dmitry Peskov"]);
    expect(entityChoices(corpus, "extra person 3").map((c) => c.value)).toContain("Extra Person 3");
    expect(entityChoices(corpus, "extra person 3")[0]?.value).toMatch(/^Extra Person 3/u);
  });

  it("offers article titles with their outlet, the id as value", () => {
    expect(articleChoices(corpus, "gaza")).toEqual([{ name: "Gaza aid centre killings", value: "a2" }]);
    expect(articleChoices(corpus, "")[0]).toEqual({ name: "AP — The Trump-Putin phone call gave the Kremlin leader a chance", value: "a1" });
  });
});
