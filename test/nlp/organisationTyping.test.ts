import { describe, expect, it } from "vitest";
import { analyseArticles } from "../../src/nlp/analyse.ts";
import { paragraphsArticle, quoteWith } from "./quotes/quoteArticles.ts";

const analyse = (...paragraphs: string[]) => analyseArticles([paragraphsArticle("organisations", paragraphs)]);
const kindOf = (name: string, ...paragraphs: string[]) => analyse(...paragraphs).entities.find((e) => e.name === name)?.kind;
const people = (...paragraphs: string[]) => analyse(...paragraphs).entities.filter((e) => e.kind === "person").map((e) => e.name);

describe("organisations with a person's shape, typed by what the text says of them", () => {
  it("reads shares, earnings and a firm's possessions as a firm's, not a person's", () => {
    expect(kindOf("Wells Fargo", "Shares of Wells Fargo rose 3% on Friday.")).toBe("organisation");
    expect(kindOf("Wells Fargo", "Wells Fargo reported higher quarterly earnings on Friday.")).toBe("organisation");
    expect(kindOf("Morgan Stanley", "Morgan Stanley shares fell after the report.")).toBe("organisation");
    expect(kindOf("Morgan Stanley", "Morgan Stanley's chief executive left in May.")).toBe("organisation");
  });

  it("reads someone's post at a name as the name of a body: a given name does not outweigh it", () => {
    const result = analyse("“Growth is slowing,” said Lisa Shalett, chief investment officer at Morgan Stanley.", "Analysts at Morgan Stanley expect two cuts.");
    expect(result.entities.find((e) => e.name === "Morgan Stanley")?.kind).toBe("organisation");
    expect(result.entities.find((e) => e.name === "Lisa Shalett")?.kind).toBe("person");
  });

  it("reads a body named after the head of a person's appositive as where they work: “Natalya Lawrence, a coordinator with the non-profit Environmental Awareness Group” (National Geographic)", () => {
    const result = analyse(
      "“By and large, conservation in Antigua is seen as an elitist thing,” says Natalya Lawrence, a coordinator with the non-profit Environmental Awareness Group, which oversees the project.",
      "Lawrence says she hopes that people around the world will admire Redonda. It’s easy, she says, for people to marvel at how beautiful an island is.",
    );
    expect(result.entities.find((e) => e.name === "Natalya Lawrence")?.kind).toBe("person");
    expect(quoteWith(result, "for people to marvel")).toMatchObject({ speaker: "Natalya Lawrence" });
    expect(kindOf("Acme Bank", "Acme Bank, a unit of the Norland Group, raised its rates.")).toBe("organisation");
  });

  it("reads the name after a post only a body has as a body's (“CEO of Determined AI”, not “a friend of Carla Mendez”), and no capitals as its surname (“AI experts”)", () => {
    const startup = "The effort used 2.8 gigawatt-hours, estimates Evan Sparks, CEO of Determined AI, a startup that provides software to help companies manage AI projects.";
    expect(people(startup, "AI experts are troubled by those demands.")).toEqual(["Evan Sparks"]);
    expect(kindOf("Determined AI", "Evan Sparks, CEO of Determined AI, spoke on Monday.", "Determined AI said it was growing.")).toBe("organisation");
    expect(people("Dana Fields, a friend of Carla Mendez, said she was shocked.")).toEqual(["Dana Fields", "Carla Mendez"]);
  });

  it("reads an appositive headed by a body's noun: “Goldman Sachs, the investment bank,”", () => {
    expect(kindOf("Goldman Sachs", "Goldman Sachs, the investment bank, declined to comment.")).toBe("organisation");
    expect(people("Dana Fields, the bank's chief economist, declined to comment.")).toEqual(["Dana Fields"]);
  });

  it("reads “the” before a name ending in a plural as a team or a group", () => {
    expect(kindOf("Boston Celtics", "The Boston Celtics beat the Miami Heat 112-104.")).toBe("organisation");
    expect(people("Fans cheered as the Harlow Rangers took the field.")).toEqual([]);
  });

  it("reads company suffixes such as Platforms as a firm's", () => {
    expect(kindOf("Meta Platforms", "Meta Platforms said on Tuesday that it would cut jobs.")).toBe("organisation");
  });

  it("reads consortiums, clubs, technology firms and fests as bodies and events, even named after someone", () => {
    expect(people("Get the news on your phone with the Ana Cruz Consortium app.")).toEqual([]);
    expect(people("A group called 'Jane Holm Fan Club' has more than 29,000 members.")).toEqual([]);
    expect(kindOf("Wendy Technology", "The seller Wendy Technology said the batteries were safe.")).toBe("organisation");
    expect(people("The foundation owns Carla Fest and runs the museum next door.")).toEqual([]);
  });

  it("keeps a body named after someone whole when its word comes first, as in French or Spanish: “Fondation Louis Vuitton”", () => {
    expect(people("In 2014 he launched the Fondation Louis Vuitton, said Jean-Paul Claverie.")).toEqual(["Jean-Paul Claverie"]);
    expect(kindOf("Museo Frida Kahlo", "The Museo Frida Kahlo reopened on Monday.")).toBe("organisation");
    expect(people("European Union Ambassador Gordon Sondland testified on Tuesday.")).toEqual(["Gordon Sondland"]);
  });

  it("keeps a French body's name whole across its particles, and a person's with “des”: “Société des Amis du Louvre”, “Laurence des Cars”", () => {
    expect(people("The patrons group Société des Amis du Louvre will give 500,000 euros, said Laurence des Cars.")).toEqual(["Laurence des Cars"]);
  });

  it("keeps a person who has a title or a surname mention, whatever is said of the name", () => {
    expect(people("Shares of Stanley Morgan's company rose.", "Mr. Morgan said he was pleased.")).toEqual(["Stanley Morgan"]);
    expect(people("Dana Fields joined the board in 2019, and her shares of the firm rose.")).toEqual(["Dana Fields"]);
  });

  it("does not take a visit at someone's home for a post at a body", () => {
    expect(people("Reporters waited at Dana Fields's home on Monday.")).toEqual(["Dana Fields"]);
  });
});

describe("person evidence", () => {
  it("reads a his or her referring back to a name as a person's", () => {
    expect(people("Quarles Denton and her lawyer left the court.")).toEqual(["Quarles Denton"]);
    expect(people("Quarles Denton left the court.")).toEqual([]);
  });

  it("reads an age beside a name as a person's: “52-year-old Grace”, “Hope, 23, of Leeds”", () => {
    expect(people("There is little public affection for 52-year-old Grace, a former government typist.")).toEqual(["Grace"]);
    expect(people("Police named the victim as Hope, 23, of Leeds.")).toEqual(["Hope"]);
    expect(people("Police named the victim as Hope of Leeds.")).toEqual([]);
  });
});
