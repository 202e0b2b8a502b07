import { describe, expect, it } from "vitest";
import { analyseArticles } from "../../src/nlp/analyse.ts";
import { findNames } from "../../src/nlp/names/names.ts";
import { corpusArticle, paragraphsArticle, seedArticle } from "./quotes/quoteArticles.ts";

const seed = analyseArticles([seedArticle()]);
const entity = (name: string) => seed.entities.find((e) => e.name === name);

describe("people and organisations of an article", () => {
  it("clusters full names, surnames and titled forms into one entity", () => {
    const putin = entity("Vladimir Putin");
    expect(putin).toMatchObject({ id: "vladimir-putin", kind: "person", gender: "male" });
    expect(putin?.aliases).toEqual(expect.arrayContaining(["Putin", "President Putin"]));
    expect(seed.entities.filter((e) => e.name.includes("Putin"))).toHaveLength(1);
  });

  it("keeps the description the article gives: a title, an appositive, an affiliation", () => {
    expect(entity("Dmitry Peskov")?.description).toBe("Kremlin spokesman");
    expect(entity("Steve Witkoff")?.description).toBe("U.S. special envoy");
    expect(entity("Fyodor Lukyanov")?.description).toBe("a Moscow-based political analyst familiar with Kremlin thinking");
    expect(entity("Tatiana Stanovaya")?.description).toBe("of the Carnegie Endowment");
    expect(entity("Nigel Gould-Davies")?.description).toBe(
      "a senior fellow for Russia and Eurasia at the International Institute for Strategic Studies",
    );
  });

  it("takes no description from inside a quote: Witkoff's “President Putin” does not describe Putin", () => {
    expect(entity("Vladimir Putin")?.description).toBeUndefined();
    expect(entity("Vladimir Putin")?.aliases).toContain("President Putin");
  });

  it("knows organisations that speak: The White House said, state news agency RIA Novosti pointed at", () => {
    expect(entity("White House")?.kind).toBe("organisation");
    expect(entity("RIA Novosti")).toMatchObject({ kind: "organisation", description: "state news agency" });
  });

  it("takes gender from first names and titles", () => {
    expect(entity("Tatiana Stanovaya")?.gender).toBe("female");
    expect(entity("Dmitry Peskov")?.gender).toBe("male");
  });

  it("does not make places, days or sentence openers into people", () => {
    const names = seed.entities.map((e) => e.name);
    expect(names).not.toContain("Ukraine");
    expect(names).not.toContain("Kyiv");
    expect(names).not.toContain("Moscow");
    expect(names).not.toContain("Tuesday");
  });

  it("splits titles from the name and reads hyphenated, particle and soft-hyphenated names", () => {
    expect(findNames("Ukrainian President Volodymyr Zelenskyy responded")[0]).toMatchObject({ name: "Volodymyr Zelenskyy", titles: ["Ukrainian", "President"] });
    expect(findNames("the Iraqi ambassador met Osama bin Laden")[0]?.name).toBe("Osama bin Laden");
    expect(findNames("Nigel Gould-Davies said")[0]?.name).toBe("Nigel Gould-Davies");
    expect(findNames("Aside from Russian President Vladi\u00ADmir Putin, few")[0]?.name).toBe("Vladimir Putin");
  });

  it("joins an organisation's name over 'and' but keeps two people apart", () => {
    expect(findNames("according to the World Travel and Tourism Council, an industry body")[0]).toMatchObject({ name: "World Travel and Tourism Council", kind: "organisation" });
    expect(findNames("Noel and Thomas signed").map((n) => n.name)).toEqual(["Noel", "Thomas"]);
  });
});

describe("entities across articles", () => {
  it("the same person in two articles is one entity with mentions (and citations) in both", () => {
    const other = paragraphsArticle("other", ["President Putin spoke to reporters in Moscow on Friday."]);
    const seedOnly = seedArticle();
    const both = analyseArticles([seedOnly, other]);
    const putins = both.entities.filter((e) => e.name.includes("Putin"));
    expect(putins).toHaveLength(1);
    const articles = new Set(putins[0]?.mentions.map((m) => m.article));
    expect(articles).toEqual(new Set([seedOnly.id, "other"]));
  });

  it("merges spellings that differ by a doubled letter: Zelenskyy (AP) and Zelensky (CBS)", () => {
    const both = analyseArticles([seedArticle(), corpusArticle("cbs-impeachment-volker-morrison-testimony")]);
    const zelensky = both.entities.filter((e) => /Zelensk/u.test(e.name));
    expect(zelensky).toHaveLength(1);
    expect(new Set(zelensky[0]?.mentions.map((m) => m.article)).size).toBe(2);
  });
});

describe("people who share a surname (AP and CBS on the impeachment inquiry)", () => {
  const AP = [
    "Sondland, a wealthy hotelier Trump tapped as his ambassador to the European Union, is more directly entangled than any witness yet in the Republican president’s efforts to get Ukraine to investigate political rival Joe Biden and Democrats in the 2016 election.",
    "“Ambassador Sondland referred to investigations into the Bidens and Burisma in 2016,” Vindman testified, referring to the gas company on whose board Hunter Biden had a seat.",
    "Volker said meeting with Giuliani was just part of the dialogue, and he had one in-person meeting with him, in which Giuliani “raised, and I rejected, the conspiracy theory that Vice President Biden would have been influenced in his duties as vice president by money paid to his son.”",
  ];
  const CBS_BOTH = "Volker said he had no knowledge of any efforts to urge Ukraine to investigate Joe and Hunter Biden.";
  const CBS_VICE_PRESIDENT =
    '"I think the allegations against Vice President Biden are self-serving and not credible," Volker said. Volker reiterated that he saw the investigations into Burisma and into Biden as separate but that in retrospect, he understood how Ukrainian officials could be confused.';
  const bidens = (analysis: ReturnType<typeof analyseArticles>) => analysis.entities.filter((e) => e.name.endsWith("Biden"));
  const named = (analysis: ReturnType<typeof analyseArticles>, name: string) => analysis.entities.find((e) => e.name === name);

  it("gives “Vice President Biden” to the Biden the article introduced first, not to the son named later", () => {
    const ap = analyseArticles([paragraphsArticle("ap", AP)]);
    expect(named(ap, "Joe Biden")?.aliases).toContain("Vice President Biden");
    expect(named(ap, "Hunter Biden")?.aliases).not.toContain("Vice President Biden");
    expect(named(ap, "Joe Biden")?.mentions.map((m) => m.paragraph)).toEqual([1, 3]);
  });

  it("takes no description from someone else's board: “on whose board Hunter Biden had a seat”", () => {
    expect(named(analyseArticles([paragraphsArticle("ap", AP)]), "Hunter Biden")?.description).toBeUndefined();
  });

  it("reads “Joe and Hunter Biden” as two people", () => {
    const cbs = analyseArticles([paragraphsArticle("cbs", [CBS_BOTH])]);
    expect(bidens(cbs).map((e) => e.name).sort()).toEqual(["Hunter Biden", "Joe Biden"]);
    expect(named(cbs, "Joe Biden")?.mentions[0]).toMatchObject({ paragraph: 1, start: CBS_BOTH.indexOf("Joe") });
  });

  it("joins a given name used alone to the one person given it, as a middle name too: “Stephen” is “John Stephen Jones” (Sports Illustrated)", () => {
    const si = analyseArticles([paragraphsArticle("si", ["John Stephen Jones is the team's chief executive; his father Jerry Jones owns it.", "“Our stadium is halfway between Dallas and Love Field,” Stephen says."])]);
    expect(named(si, "John Stephen Jones")?.mentions.map((m) => m.paragraph)).toEqual([1, 2]);
  });

  it("reads a titled surname joined to a full name as two people: “President Obama and Hillary Clinton” (Fox News)", () => {
    const fox = analyseArticles([paragraphsArticle("fox", ["Donald Trump ripped President Obama and Hillary Clinton for avoiding the term."])]);
    expect(fox.entities.map((e) => e.name)).toEqual(expect.arrayContaining(["Obama", "Hillary Clinton"]));
    expect(fox.entities.map((e) => e.name)).not.toContain("Obama Clinton");
  });

  it("joins a lone “Vice President Biden” from another article to the Biden written with that title", () => {
    const both = analyseArticles([paragraphsArticle("ap", AP), paragraphsArticle("cbs", [CBS_VICE_PRESIDENT])]);
    expect(bidens(both).map((e) => e.name).sort()).toEqual(["Hunter Biden", "Joe Biden"]);
    expect(named(both, "Joe Biden")?.mentions.filter((m) => m.article === "cbs")).toHaveLength(2);
  });
});

describe("descriptions written around a name in the corpus articles", () => {
  const described = (text: string, name: string) =>
    analyseArticles([paragraphsArticle("one", [text])]).entities.find((e) => e.name === name)?.description;

  it("keeps a role that reaches a place through a preposition: “former special envoy to Ukraine Kurt Volker”", () => {
    const ap = "Another diplomat, former special envoy to Ukraine Kurt Volker, shifted his own account of the July 10 meeting to say Sondland did, in fact, discuss investigations.";
    expect(described(ap, "Kurt Volker")).toBe("former special envoy to Ukraine");
  });

  it("leaves out the time a sentence opens with: “Last week State Department official David Holmes”", () => {
    const ap = "Last week State Department official David Holmes revealed one of those interactions to impeachment investigators, saying he recalled it “vividly.”";
    expect(described(ap, "David Holmes")).toBe("State Department official");
  });

  it("takes no description from a courtesy title: “Mr. Bashir”", () => {
    const nyt = "American officials said Thursday that the American demand that Mr. Bashir be held accountable had not changed.";
    expect(described(nyt, "Bashir")).toBeUndefined();
  });

  it("reads an appositive past initials: “D.A. Davidson”, “Dana F. Besecker Company”", () => {
    const forte = "The combination of the two has been steady, said Tom Forte, who follows Amazon as a managing director at the D.A. Davidson brokerage.";
    expect(described(forte, "Tom Forte")).toBe("who follows Amazon as a managing director at the D.A. Davidson brokerage");
    const besecker = "“I was shocked to see that level,” said Tyler Besecker, president of Mercer Island-based Dana F. Besecker Company, the largest buyer of Pacific halibut.";
    expect(described(besecker, "Tyler Besecker")).toBe("president of Mercer Island-based Dana F. Besecker Company");
  });
});

describe("what is not a person (Reuters, WaPo, Seattle Times and NJ.com)", () => {
  const kindOf = (text: string, name: string) => analyseArticles([paragraphsArticle("one", [text])]).entities.find((e) => e.name === name)?.kind;

  it("makes no person of a model number, a flight or a web address", () => {
    const reuters = "There have been no confirmed signs of wreckage from the Airbus A320-200 operated by Indonesia AirAsia, which disappeared in poor weather on Sunday morning.";
    expect(findNames(reuters).map((n) => n.name)).not.toContain("Airbus A320-200");
    expect(findNames("What happened to Flight QZ8501, which had sought permission to ascend?").map((n) => n.name)).toEqual([]);
    expect(findNames("Follow him on Twitter @MattFriedmanSL. Find NJ.com on Facebook.").map((n) => n.name)).not.toContain("Find NJ.com");
  });

  it("reads “General Electric” as a company, not as a General named Electric", () => {
    const reuters = "The plane, whose engines were made by CFM International, co-owned by General Electric and Safran of France, lacked real-time engine diagnostics.";
    expect(findNames(reuters).find((n) => n.name === "General Electric")).toMatchObject({ kind: "organisation", titles: [] });
  });

  it("knows an International, a Research and a Finance as organisations", () => {
    const wapo = "“It was to frighten tourists,” said Lotfi Azzouz, Tunisia country director for Amnesty International, a London-based rights group.";
    expect(kindOf(wapo, "Amnesty International")).toBe("organisation");
    const seattle = "The price distinction between the two brands has become less relevant as Whole Foods lowered its prices, Yahoo Finance reported earlier this year.";
    expect(kindOf(seattle, "Yahoo Finance")).toBe("organisation");
  });
});
