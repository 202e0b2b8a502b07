import { describe, expect, it } from "vitest";
import { analyseArticles } from "../../src/nlp/analyse.ts";
import { paragraphsArticle } from "./quotes/quoteArticles.ts";

const analyse = (...paragraphs: string[]) => analyseArticles([paragraphsArticle("places", paragraphs)]);
const people = (...paragraphs: string[]) => analyse(...paragraphs).entities.filter((e) => e.kind === "person").map((e) => e.name);
const kindOf = (name: string, ...paragraphs: string[]) => analyse(...paragraphs).entities.find((e) => e.name === name)?.kind;

describe("names of places, sites, bodies and codes that have a person's shape", () => {
  it("reads a name before a place noun as a place: “Royal Derby hospital”, “the Tom Baker Road area”", () => {
    expect(people("Nina Ross was taken to Royal Derby hospital on Friday.")).toEqual(["Nina Ross"]);
    expect(people("The second man was shot in the Tom Baker Road area, said Inspector Ann Cole.", "Police closed Tom Baker for hours.")).toEqual(["Ann Cole"]);
  });

  it("reads a name opening with “St” or “St.” as a saint's place, unless a title makes it a person's", () => {
    expect(people("Bonaire, St Eustatius and Saba were removed from the list, said Grant Shapps.")).toEqual(["Grant Shapps"]);
    expect(people("Flights to St. Lucia resumed on Monday, said Jill St. John.")).toEqual(["Jill St. John"]);
    expect(people("Mr St John said the plan was sound.")).toEqual(["St John"]);
  });

  it("reads a name before a product's noun as a product's: “a Nissan Latio motor car”, “the Carla Mendez app”", () => {
    expect(people("Two women were in a Toyota Starlet when it collided with a Nissan Latio motor car, said Sgt Ann Cole.")).toEqual(["Ann Cole"]);
    expect(people("Get the latest news with the Carla Mendez app.")).toEqual([]);
    expect(people("Dana Fields drove a truck to the depot.")).toEqual(["Dana Fields"]);
    expect(people("During a Donald Trump phone call with Zelensky, aides listened.", "Trump said it was perfect.")).toEqual(["Donald Trump"]);
  });

  it("reads a name written as an address as a place: “his home at Maria Lodge, Essequibo Coast”", () => {
    expect(people("His sister Inderdai Deyal said he had left his home at Maria Lodge, Essequibo Coast around 20:00hrs.")).toEqual(["Inderdai Deyal"]);
    expect(people("Tony Rackauckas, Orange County district attorney, said the case was closed.")).toEqual(["Tony Rackauckas"]);
  });

  it("reads another name of a place or a body as that place's or body's: “AT&T Stadium, aka Jerry World, aka the Jones Mahal”", () => {
    expect(people("The heir flies west toward AT&T Stadium, aka Jerry World, aka the Jones Mahal.", "Fans gather before entering Jerry World, said Stephen Jones.")).toEqual(["Stephen Jones"]);
    expect(people("Jane Doe, also known as Dana Fields, said she was pleased.")).toEqual(["Jane Doe", "Dana Fields"]);
  });

  it("keeps a titled person whose name is once followed by a place word", () => {
    expect(people("Mayor Jane Hill said the bridge was safe.", "Officials met Jane Hill Street residents on Monday.")).toContain("Jane Hill");
  });

  it("reads roads, resorts and plazas as places, and keeps a given name with a surname that is a place word", () => {
    expect(people("The crash happened near Miller Drive and Palm Avenue, police said.")).toEqual([]);
    expect(people("Guests at the Steel Canyon Resort complained about the noise.")).toEqual([]);
    expect(people("Nathan Lane said the show was a hit with the critics.")).toEqual(["Nathan Lane"]);
  });

  it("reads firms and codes by their last word: “Editas Medicine”, “Jones Oil”, “the U.S. Flag Code”", () => {
    expect(kindOf("Editas Medicine", "The startup Editas Medicine, founded by Feng Zhang, licensed the patent.")).toBe("organisation");
    expect(kindOf("Jones Oil", "After college he signed on with Jones Oil in Arkansas.")).toBe("organisation");
    expect(people("Critics said the photo broke the U.S. Flag Code, reported Amy Lee.")).toEqual(["Amy Lee"]);
  });

  it("reads a job written before a name as a title: “Realtor Ghulam”, “QB Dak Prescott”", () => {
    expect(people("Shaun Ghulam sells homes in Brampton.", "Realtor Ghulam said prices had fallen since the spring.")).toEqual(["Shaun Ghulam"]);
    expect(people("QB Dak Prescott threw for three touchdowns.")).toEqual(["Dak Prescott"]);
  });

  it("reads one word that is no given name and has no person's evidence as a body, unless it does what only people do", () => {
    const agency = analyse("The cargo ship burned up over Siberia, the Russian agency Roscosmos said in a statement.");
    expect(agency.entities.find((e) => e.name === "Roscosmos")?.kind).toBe("organisation");
    const hearing = analyse("“So you never fixed the problem?” Schiff asked.", "“That is correct,” Volker said.");
    expect(hearing.entities.find((e) => e.name === "Schiff")?.kind).toBe("person");
  });

  it("reads everyday words none of which is a given name, with no person's evidence, as a body: “Super Value revealed”", () => {
    expect(kindOf("Super Value", "Earlier this month, Super Value revealed that supply chain issues still exist.")).toBe("organisation");
    expect(kindOf("He Jiankui", "He Jiankui said the work was ethical.")).toBe("person");
  });

  it("keeps the place a body's name opens with, and knows the body again without it", () => {
    const result = analyse("The Chicago Department of Aviation said flights were running.", "Later the Department of Aviation said the delays were short.");
    expect(result.entities.map((e) => e.name)).toEqual(["Chicago Department of Aviation"]);
    expect(result.quotes.every((q) => q.speakerId === result.entities[0]?.id)).toBe(true);
  });
});
