import { describe, expect, it } from "vitest";
import { analyseArticles } from "../../src/nlp/analyse.ts";
import { findNames } from "../../src/nlp/names/names.ts";
import { paragraphsArticle, quoteWith } from "./quotes/quoteArticles.ts";

const analyse = (...paragraphs: string[]) => analyseArticles([paragraphsArticle("people", paragraphs)]);
const people = (...paragraphs: string[]) => analyse(...paragraphs).entities.filter((e) => e.kind === "person").map((e) => e.name);
const names = (text: string) => findNames(text).map((n) => [n.name, n.kind]);

describe("who counts as a person", () => {
  it("keeps a given name shortened among initials inside the name: “Marcel J. L. Th. Niekus”, “Wm. H. Macy”", () => {
    expect(names("Lead author Marcel J. L. Th. Niekus said the tar was made by Neanderthals.")).toContainEqual(["Marcel J. L. Th. Niekus", "person"]);
    expect(names("Wm. H. Macy agreed.")).toEqual([["Wm. H. Macy", "person"]]);
  });

  it("takes a person's name out of the title fused before it", () => {
    expect(findNames("Superintendent Jane Doe said the schools will reopen.")[0]).toMatchObject({ name: "Jane Doe", kind: "person", titles: ["Superintendent"] });
    expect(findNames("Public Prosecution Jane Doe filed the charges.")[0]).toMatchObject({ name: "Jane Doe", titles: ["Public", "Prosecution"] });
  });

  it("leaves a verb opening the sentence out of the name after it: “Replied Stephen, with some delicacy, …” (Sports Illustrated)", () => {
    expect(names("Replied Stephen, with some delicacy, “Well, I don’t think we would.”")).toEqual([["Stephen", "person"]]);
    expect(names("Added Jane Doe: “We will appeal.”")).toEqual([["Jane Doe", "person"]]);
  });

  it("leaves letters after a name out of it, so the surname alone joins the person: “Judge Neil Ford QC … Ford said” (The Telegraph)", () => {
    expect(names("His Honour Judge Neil Ford QC sentenced Hartley to three years.")[0]).toEqual(["Neil Ford", "person"]);
    const judge = analyse("His Honour Judge Neil Ford QC sentenced Hartley to three years.", "“You knew the potential dangers,” Judge Ford said.");
    expect(quoteWith(judge, "You knew the potential dangers")).toMatchObject({ speaker: "Neil Ford" });
  });

  it("reads a surname that is also a plural word as a person's after a title: “Superintendent Audley Peters”, “Supt Peters” (The Tribune)", () => {
    expect(findNames("At the scene, police press liaison officer Superintendent Audley Peters said that officers were alerted.")[0]).toMatchObject({ name: "Audley Peters", kind: "person" });
    const police = analyse("Superintendent Audley Peters said officers were alerted after noon.", "“Those males discharged those weapons at that victim,” Supt Peters said.");
    expect(quoteWith(police, "Those males discharged")).toMatchObject({ speaker: "Audley Peters" });
    expect(names("Coach Dallas Cowboys")).toEqual([["Dallas Cowboys", "organisation"]]);
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

  it("reads a sentence opened by a pronoun before a word that is none as a name: “He Jiankui said”", () => {
    expect(people("He Jiankui said the experiment was justified.")).toEqual(["He Jiankui"]);
    expect(people("He Jiankui defended the study.", "Critics were not convinced.")).toEqual([]);
  });

  it("reads a given name before a place word that is also a surname as a person with evidence: Judge Amy Park, not Lincoln Park", () => {
    expect(people("Judge Amy Park ruled that the lease was void.")).toEqual(["Amy Park"]);
    expect(people("“We are moving on,” said Jane Park, the club's treasurer.")).toEqual(["Jane Park"]);
    expect(people("Lincoln Park was closed after the storm.", "Crews cleared the paths.")).toEqual([]);
  });

  it("makes no person of a slogan of everyday words, a team or a product", () => {
    expect(people("Black Lives Matter protesters marched downtown on Friday.")).toEqual([]);
    expect(names("The Dallas Cowboys won again.")).toEqual([["Dallas Cowboys", "organisation"]]);
    expect(people("“It is faster now,” Google Maps said in a post on Friday.")).toEqual([]);
    expect(names("Tiger Woods won again.")).toEqual([["Tiger Woods", "person"]]);
  });

  it("knows schools, venues and camps named after people", () => {
    expect(people("Students at Lincoln High and Roosevelt Elementary were sent home.", "Troops at Camp Lejeune and fans at Jordan Stadium waited.")).toEqual([]);
  });

  it("takes a name that an “its” refers back to, with nothing else saying it is a person, for an organisation", () => {
    const bank = analyse("Morgan Stanley said its profits rose sharply in the third quarter.");
    expect(bank.entities.find((e) => e.name === "Morgan Stanley")?.kind).toBe("organisation");
    expect(people("Dana Morgan said her profits rose.", "Mr. Morgan said its profits rose sharply.")).toEqual(["Dana Morgan"]);
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
    expect(gender("Chief Executive Satya Nadella arrived.", "Satya Nadella")).toBeUndefined();
  });

  it("lets an honorific decide", () => {
    expect(gender("Ms. Jordan Pike arrived.", "Jordan Pike")).toBe("female");
  });
});
