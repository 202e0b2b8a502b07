import { describe, expect, it } from "vitest";
import { analyseArticles } from "../../src/nlp/analyse.ts";
import { findNames } from "../../src/nlp/names/names.ts";
import { paragraphsArticle } from "./quoteArticles.ts";

const analyse = (...paragraphs: string[]) => analyseArticles([paragraphsArticle("people", paragraphs)]);
const people = (...paragraphs: string[]) => analyse(...paragraphs).entities.filter((e) => e.kind === "person").map((e) => e.name);
const names = (text: string) => findNames(text).map((n) => [n.name, n.kind]);

describe("who counts as a person", () => {
  it("takes a person's name out of the title fused before it", () => {
    expect(findNames("Superintendent Jane Doe said the schools will reopen.")[0]).toMatchObject({ name: "Jane Doe", kind: "person", titles: ["Superintendent"] });
    expect(findNames("Public Prosecution Jane Doe filed the charges.")[0]).toMatchObject({ name: "Jane Doe", titles: ["Public", "Prosecution"] });
  });

  it("splits an organisation's name from the person named right after it", () => {
    expect(names("U.S. Ambassador to the European Union Gordon Sondland testified.")).toEqual([
      ["European Union", "organisation"],
      ["Gordon Sondland", "person"],
    ]);
  });

  it("keeps a firm written with an ampersand whole, so no fragment of it speaks", () => {
    const firm = analyse("“We sold out in a day,” said Chapter & Verse, the bookshop on Mill Lane.");
    expect(names("a spokesman for Chapter & Verse said")).toEqual([["Chapter & Verse", "organisation"]]);
    expect(firm.entities.map((e) => e.name)).not.toContain("Verse");
  });

  it("reads given names that are everyday words as names only with a surname after them", () => {
    expect(names("Officials met Will Hurd and Hope Hicks on Tuesday.")).toEqual([
      ["Will Hurd", "person"],
      ["Hope Hicks", "person"],
    ]);
    expect(names("Vice Premier He Lifeng arrived.")).toEqual([["He Lifeng", "person"]]);
    expect(names("Will Republicans back the bill?")).toEqual([]);
    expect(people("He Said It Was Over")).toEqual([]);
  });

  it("needs more than a capital for a sentence opened by a given name that is a word", () => {
    expect(people("Will Pembury won the vote.", "Turnout was low.")).toEqual([]);
    expect(people("Will Pembury won the vote, Pembury said.")).toEqual(["Will Pembury"]);
  });

  it("does not make laws, events, storms or products people", () => {
    expect(names("the Affordable Care Act, the Super Bowl, Hurricane Katrina and the Great Recession")).toEqual([]);
    expect(people("Shoppers bought Crunchy Oat Squares and Frosted Corn Puffs at Harbor Market.")).toEqual([]);
  });

  it("reads company suffixes as organisations", () => {
    expect(names("Northwind Holdings, Blue Harbor Ventures and Keane Brothers LLC reported profits.")).toEqual([
      ["Northwind Holdings", "organisation"],
      ["Blue Harbor Ventures", "organisation"],
      ["Keane Brothers LLC", "organisation"],
    ]);
  });

  it("knows countries and capitals from the gazetteer", () => {
    expect(names("flights from Costa Rica, Sierra Leone and Abu Dhabi")).toEqual([
      ["Costa Rica", "place"],
      ["Sierra Leone", "place"],
      ["Abu Dhabi", "place"],
    ]);
  });

  it("types a name the article describes as a body as an organisation", () => {
    const group = analyse("The ministry banned Ansar al-Sharia, an al-Qaeda-linked organization, in 2013.", "Prices fell at the Harlow Keane brokerage.");
    expect(group.entities.find((e) => e.name === "Ansar al-Sharia")?.kind).toBe("organisation");
    expect(group.entities.find((e) => e.name === "Harlow Keane")?.kind).toBe("organisation");
  });

  it("takes a plural of a person's name for a kind of person, not someone new", () => {
    expect(people("Osama bin Laden founded the group.", "The envoy warned that a thousand Osama bin Ladens could emerge.")).toEqual(["Osama bin Laden"]);
  });

  it("is a person with evidence: a given name, a title, a role, or a later mention by surname", () => {
    expect(people("Dmitry Orlov arrived.")).toEqual(["Dmitry Orlov"]);
    expect(people("Sen. Quarles Denton objected.")).toEqual(["Quarles Denton"]);
    expect(people("Quarles Denton, a spokesman for the port, objected.")).toEqual(["Quarles Denton"]);
    expect(people("Quarles Denton objected. Denton later left.")).toEqual(["Quarles Denton"]);
    expect(people("Quarles Denton objected.")).toEqual([]);
  });
});

describe("gender from the given-name list", () => {
  const gender = (text: string, name: string) => analyse(text).entities.find((e) => e.name === name)?.gender;

  it("reads the gender of given names from many languages", () => {
    expect(gender("Dmitry Orlov arrived.", "Dmitry Orlov")).toBe("male");
    expect(gender("Tatiana Orlova arrived.", "Tatiana Orlova")).toBe("female");
    expect(gender("Volodymyr Hrytsenko arrived.", "Volodymyr Hrytsenko")).toBe("male");
  });

  it("takes no gender from a name given to both sexes", () => {
    expect(gender("Lindsey Graham arrived.", "Lindsey Graham")).toBeUndefined();
  });

  it("lets an honorific decide", () => {
    expect(gender("Ms. Jordan Pike arrived.", "Jordan Pike")).toBe("female");
  });
});
