import { describe, expect, it } from "vitest";
import { holdsAskedRelation, type RelationTerm } from "../../src/nlp/question/askedRelation.ts";
import { stem } from "../../src/nlp/tokens.ts";
import { familyStems } from "../../src/nlp/question/wordFamily.ts";
import { isFramingWord } from "../../src/nlp/question/questionWords.ts";

describe("word families", () => {
  it("links the forms of one word family: injured and injuries, elected and elector", () => {
    expect(familyStems(stem("injured"))).toContain(stem("injuries"));
    expect(familyStems(stem("injuries"))).toContain(stem("injured"));
    expect(familyStems(stem("elected"))).toContain(stem("elector"));
  });

  it("does not make a family of a short stem", () => {
    expect(familyStems(stem("law"))).toEqual([]);
  });
});

describe("the relation a question asks about", () => {
  const terms: RelationTerm[] = [
    { stem: "putin", group: 0, name: true },
    { stem: "sai", group: 1, framing: true },
    { stem: "china", group: 2, name: true },
  ];
  const holding = (...stems: string[]) => (s: string) => stems.includes(s);

  it("needs every name when the question asks about names alone", () => {
    expect(holdsAskedRelation(terms, holding("china"), new Set(), false)).toBe(false);
    expect(holdsAskedRelation(terms, holding("china"), new Set(["putin"]), false)).toBe(true);
  });

  it("needs a word of the relation, or one related to it, when the question has one", () => {
    const runs: RelationTerm[] = [
      { stem: "run", group: 0 },
      { stem: "execut", group: 0, related: true },
      { stem: "tesla", group: 1, name: true },
    ];
    expect(holdsAskedRelation(runs, holding("tesla"), new Set(), false)).toBe(false);
    expect(holdsAskedRelation(runs, holding("tesla", "execut"), new Set(), false)).toBe(true);
  });

  it("takes the wanted kind of answer for the relation of a typed question of names alone", () => {
    const old: RelationTerm[] = [{ stem: "thoma", group: 0, name: true }];
    expect(holdsAskedRelation(old, holding(), new Set(), true)).toBe(true);
  });
});

describe("words that frame a question", () => {
  it("takes adverbs and particles for framing, not for what is asked", () => {
    expect(isFramingWord("exactly", "where")).toBe(true);
    expect(isFramingWord("else", "who")).toBe(true);
    expect(isFramingWord("now", "howMany")).toBe(true);
  });

  it("keeps nouns, verbs and adjectives as what is asked", () => {
    expect(isFramingWord("harbour", "where")).toBe(false);
    expect(isFramingWord("late", "how")).toBe(false);
    expect(isFramingWord("money", "what")).toBe(false);
  });

  it("takes someone or anyone unnamed for framing: the text names them or calls them by what they did", () => {
    expect(isFramingWord("someone", "when")).toBe(true);
    expect(isFramingWord("anyone", "other")).toBe(true);
    expect(isFramingWord("guy", "howOld")).toBe(true);
  });

  it("takes “money” in a how-much question as naming the kind of answer", () => {
    expect(isFramingWord("money", "howMany")).toBe(true);
  });
});
