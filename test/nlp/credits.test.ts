import { describe, expect, it } from "vitest";
import { analyseArticle, analyseArticles } from "../../src/nlp/analyse.ts";
import { creditSpans } from "../../src/nlp/names/credits.ts";
import { corpusArticle, paragraphsArticle } from "./quotes/quoteArticles.ts";

const analyse = (...paragraphs: string[]) => analyseArticles([paragraphsArticle("credits", paragraphs)]);
const names = (...paragraphs: string[]) => analyse(...paragraphs).entities.map((e) => e.name);
const credited = (text: string) => creditSpans(text).map((s) => text.slice(s.start, s.end));

describe("names in credit lines are nobody the article is about", () => {
  it("finds photo credits, bylines and contributor lines", () => {
    expect(credited("Photo: Jane Doe/AP")).toEqual(["Photo: Jane Doe/AP"]);
    expect(credited("The mayor spoke on Monday. (AP Photo/Jane Doe)")).toEqual(["(AP Photo/Jane Doe)"]);
    expect(credited("Crowds gather in Ohio. Jane Doe/Getty Images")).toEqual(["Jane Doe/Getty Images"]);
    expect(credited("Reporting by Jane Doe; Editing by John Roe")).toEqual(["Reporting by Jane Doe", "Editing by John Roe"]);
    expect(credited("Contributing: Maria Lopez and Tom Hill, USA TODAY")).toHaveLength(1);
    expect(credited("By Maria Lopez and Tom Hill, Reuters")).toHaveLength(1);
    expect(credited("Associated Press writer Tom Hill in Paris contributed to this report.")).toEqual(["Associated Press writer Tom Hill in Paris"]);
  });

  it("reads a paper's reference line as a credit: its authors are not the article's people", () => {
    expect(credited("More information: Marcel J. L. Th. Niekus et al. Middle Paleolithic complex technology, PLOS ONE (2019).")).toHaveLength(1);
    expect(names("The tool is 50,000 years old, said Dana Fields.", "More information: Marcel J. L. Th. Niekus et al. Middle Paleolithic complex technology, PLOS ONE (2019).")).toEqual(["Dana Fields"]);
  });

  it("leaves prose alone: a slash inside a sentence, a donation, research by a scientist", () => {
    expect(credited("Ahead of the Fox News/Washington Examiner debate, she campaigned in Iowa.")).toEqual([]);
    expect(credited("Tom Hill contributed $5,000 to the campaign.")).toEqual([]);
    expect(credited("Research by Jane Doe shows the reef is recovering.")).toEqual([]);
  });

  it("makes no entity of a credited name, and never a speaker", () => {
    const result = analyse("“The bridge will reopen in May,” said Mayor Dana Fields.", "“We are relieved,” he said. (AP Photo/Tom Hill)", "Reporting by Jane Doe; Editing by John Roe");
    expect(result.entities.map((e) => e.name)).toEqual(["Dana Fields"]);
    expect(result.quotes.every((q) => q.speakerId === "dana-fields")).toBe(true);
  });

  it("keeps someone credited who the article also writes about", () => {
    expect(names("Photographer Tom Hill won the award on Friday.", "The mayor greeted the winners. (AP Photo/Tom Hill)")).toContain("Tom Hill");
  });

  it("leaves the CNN reporters of a real article's closing line out of its people", () => {
    const people = analyseArticle(corpusArticle("cnn-thanksgiving-winter-storm-travel")).entities.map((e) => e.name);
    expect(people).toContain("Chad Myers");
    expect(people).not.toContain("Jason Carroll");
    expect(people).not.toContain("Greg Botelho");
  });
});
