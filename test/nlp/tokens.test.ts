import { describe, expect, it } from "vitest";
import { demonymForms, relatedStems } from "../../src/nlp/question/relatedWords.ts";
import { contentStems, isStopword, stem, tokenize } from "../../src/nlp/tokens.ts";

const SEED_SENTENCE = "Putin’s acceptance of a halt on strikes on Ukraine’s energy facilities has allowed Trump to claim at least partial success";

describe("tokenize", () => {
  it("keeps character offsets into the original text", () => {
    for (const t of tokenize(SEED_SENTENCE)) {
      expect(SEED_SENTENCE.slice(t.start, t.end).toLowerCase().replace(/’s$/u, "")).toBe(t.word);
    }
  });

  it("drops possessives and accents, splits hyphenated words", () => {
    expect(tokenize("Putin’s Māori two-hour").map((t) => t.word)).toEqual(["putin", "maori", "two", "hour"]);
  });

  it("stems inflections to one form and leaves numbers alone", () => {
    expect(stem("talked")).toBe(stem("talks"));
    expect(stem("strikes")).toBe(stem("strike"));
    expect(stem("2025")).toBe("2025");
  });
});

describe("content words", () => {
  it("leaves out stopwords", () => {
    expect(isStopword("the")).toBe(true);
    expect(isStopword("kremlin")).toBe(false);
    expect(contentStems("Kremlin spokesman Dmitry Peskov underlined that Putin and Trump understand each other")).not.toContain("that");
  });
});

describe("words that stand for each other", () => {
  it("relates everyday near-synonyms by stem", () => {
    expect(relatedStems(stem("ceasefire"))).toContain(stem("truce"));
    expect(relatedStems(stem("lawyer"))).toContain(stem("represents"));
    expect(relatedStems(stem("kremlin")).size).toBe(0);
  });

  it("pairs a place with its people's adjective", () => {
    expect(demonymForms("tunisia")).toContain("tunisian");
    expect(demonymForms("tunisian")).toContain("tunisia");
    expect(demonymForms("ukrainian")).toContain("ukraine");
    expect(demonymForms("sudan")).toContain("sudanese");
    expect(demonymForms("iraq")).toContain("iraqi");
  });
});
