// Promise: job titles stay out of people's names, and the people honoured in the names of streets,
// buildings and bodies, or named in a quoted title or nickname, are not counted as people of the article.
import { describe, expect, it } from "vitest";
import { analyseArticles } from "../../src/nlp/analyse.ts";
import { findNames } from "../../src/nlp/names/names.ts";
import { paragraphsArticle, quoteWith } from "./quotes/quoteArticles.ts";

const analyse = (...paragraphs: string[]) => analyseArticles([paragraphsArticle("titles", paragraphs)]);
const names = (text: string) => findNames(text).map((n) => [n.name, n.kind]);

describe("job titles written before a name", () => {
  it("reads a title's plural as a group, not a name: “Special Agents”, “Border Patrol Deputies”", () => {
    const people = (text: string) => findNames(text).filter((n) => n.kind === "person").map((n) => n.name);
    expect(people("Homeland Security Investigations (HSI) Special Agents took custody of three men.")).toEqual([]);
    expect(people("The Border Patrol Deputies arrested two men.")).toEqual([]);
    expect(people("Sen. Banks said the bill would pass.")).toEqual(["Banks"]);
    expect(people("Mr. Fellows said the bill would pass.")).toEqual(["Fellows"]);
  });

  it("keeps “Ranger Supervisor” out of the ranger's name, so his later statements are his", () => {
    expect(findNames("The shark bit him at about 11 a.m., said State Parks Ranger Supervisor Robert Colligan.").at(-1)).toMatchObject({
      name: "Robert Colligan",
      kind: "person",
    });
    const result = analyse("Ranger Supervisor Robert Colligan said the beach would stay closed.", "Colligan said warning signs would stay up for three days.");
    expect(quoteWith(result, "warning signs would stay up")).toMatchObject({ speaker: "Robert Colligan" });
  });

  it("reads an emperor, a sultan and a programme manager by their names alone", () => {
    expect(names("Emperor Wilhelm II ruled until 1918.")).toEqual([["Wilhelm II", "person"]]);
    expect(names("Programme Manager Aisha Bello said the clinic was full.")).toEqual([["Aisha Bello", "person"]]);
  });
});

describe("people honoured in the names of places and buildings", () => {
  it("types a hyphenated street named after someone as a place", () => {
    expect(names("Petersallee will be renamed Anna-Mungunda-Allee next year.")).toContainEqual(["Anna-Mungunda-Allee", "place"]);
    expect(names("The square becomes Manga-Bell-Platz.")).toEqual([["Manga-Bell-Platz", "place"]]);
  });

  it("keeps a couple named in a building's name inside the building, not a person of their own", () => {
    expect(names("On Saturday, students filled the George and Joyce Wein Jazz & Heritage Center.")).toEqual([
      ["George and Joyce Wein Jazz & Heritage Center", "organisation"],
    ]);
  });

  it("types a quarter, a realm and a busway as places", () => {
    expect(names("The streets of the African Quarter were named when the German Reich held colonies.")).toEqual([
      ["African Quarter", "place"],
      ["German Reich", "place"],
    ]);
    expect(names("From May, buses will run on the South Dade Transitway.")).toEqual([["South Dade Transitway", "place"]]);
  });
});

describe("surnames that can be particles", () => {
  it("reads “Della” as Tahir Della's surname, not as any name at all", () => {
    const result = analyse(
      "Berlin is launching a project named “Postcolonial Remembrance in the City” this year.",
      "Tahir Della, a spokesman for the initiative, helped organize it.",
      "“This shows the political right is trying to minimize the issue,” said Della.",
    );
    expect(quoteWith(result, "trying to minimize the issue")).toMatchObject({ speaker: "Tahir Della", attribution: "explicit" });
  });
});

describe("groups named by a plural abbreviation", () => {
  it("types “Tory MPs” and “NGOs” as no one", () => {
    expect(names("He faced a string of Tory MPs who said the rules were unclear.")).toEqual([]);
    expect(names("Several NGOs said the camps were full.")).toEqual([]);
  });
});

describe("a body's name opened by a plural possessive", () => {
  it("keeps “Citizens’” and “Farmers'” inside the body's name, not a person of their own", () => {
    expect(names("The Citizens’ Independent Transportation Trust complained in July.")).toEqual([["Citizens Independent Transportation Trust", "organisation"]]);
    expect(names("He called the Farmers' Union on Monday.")).toEqual([["Farmers Union", "organisation"]]);
  });
});

describe("an agency whose name holds an “and”", () => {
  it("keeps “Prevention and Control” and “Health and Human Services” inside the body's name, never a person “Control”", () => {
    const ecdc = names("The figures from the European Centre for Disease Prevention and Control revealed a surge in cases.");
    expect(ecdc).toContainEqual(["European Centre for Disease Prevention and Control", "organisation"]);
    expect(ecdc.map(([name]) => name)).not.toContain("Control");
    expect(names("A spokesman for the Department of Health and Human Services declined to comment.")).toEqual([
      ["Department of Health and Human Services", "organisation"],
    ]);
  });

  it("reads “Customs and Border Protection” as one body", () => {
    const found = names("The agents of U.S. Customs and Border Protection seized the boat.");
    expect(found).toContainEqual(["U.S. Customs and Border Protection", "organisation"]);
    expect(found.map(([name]) => name)).not.toContain("Border Protection");
  });

  it("does not swallow a person named after a department and an “and”", () => {
    expect(names("The Department of Health and Minister Jane Okafor disagreed.")).toContainEqual(["Jane Okafor", "person"]);
  });
});

describe("faiths, doctrines and committees with a person's shape", () => {
  const people = (text: string) => findNames(text).filter((n) => n.kind === "person").map((n) => n.name);

  it("reads a faith or an -ism as no one's name: “Radical Islam”, “Radical Islamism”", () => {
    expect(people("Radical Islam advocates hate, Trump said.")).toEqual(["Trump"]);
    expect(people("He blamed Radical Islamism for the attack.")).toEqual([]);
  });

  it("reads “Senate Foreign Relations” and “Veterans Affairs” as bodies, not a titled “Relations”", () => {
    expect(people("Mr. Rubio sits on the Senate Foreign Relations and Senate Intelligence committees.")).toEqual(["Rubio"]);
    expect(people("He led House Veterans Affairs for a decade.")).toEqual([]);
  });
});

describe("a party member's title", () => {
  it("reads “the Conservative MP” as a role, not a person called Conservative MP", () => {
    const found = names("Speaking in the Commons, the Conservative MP said the industry was in trouble.").map(([name]) => name);
    expect(found).not.toContain("Conservative MP");
    expect(found).not.toContain("MP");
  });
});

describe("names inside a quoted title or nickname", () => {
  const people = (...paragraphs: string[]) => analyse(...paragraphs).entities.filter((e) => e.kind === "person").map((e) => e.name);

  it("reads “The Marvelous Mrs Maisel” and “Gucci Grace” as a show's title and a nickname, not as people", () => {
    expect(people("Comedy “The Marvelous Mrs Maisel” took the prize. But “Mrs Maisel” actress Alex Borstein said it should have gone to “Fleabag.”")).toEqual(["Alex Borstein"]);
    expect(people("Dubbed “Gucci Grace” for her shopping, she rose fast.")).toEqual([]);
  });

  it("reads a quoted headline in title case as a headline, not as a person “Newsweek Puts Picture”", () => {
    const headline = "A blogger wrote under the headline “Newsweek Puts Picture of Michele Bachmann on Cover That Makes Her Look Crazy.”";
    expect(people(headline, "Newsweek responded on Monday, and Ms. Bachmann said nothing.")).toEqual(["Bachmann"]);
  });

  it("keeps a person named inside a quoted sentence", () => {
    expect(people("“I met Jane Doe yesterday,” said Tom Hill.", "Jane Doe said nothing.")).toEqual(["Jane Doe", "Tom Hill"]);
  });
});
