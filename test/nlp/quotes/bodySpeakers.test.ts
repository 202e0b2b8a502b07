// Promise: a court, a trust, a government or a company that speaks is credited with its words (the body
// the article named, never the nearest person), and inverted, described and late-named subjects are read as the speaker.
import { describe, expect, it } from "vitest";
import { analyseArticles } from "../../../src/nlp/analyse.ts";
import { paragraphsArticle, quoteWith, quotedWith } from "./quoteArticles.ts";

const analyse = (...paragraphs: string[]) => analyseArticles([paragraphsArticle("bodies", paragraphs)]);

describe("bodies that speak: courts, trusts and departments", () => {
  it("credits the court's ruling to the court the article named last", () => {
    const result = analyse(
      "A lower Superior Court had sided with the retailer last year.",
      "The Appellate Court disagreed on Thursday.",
      "“The retailer placed itself in the chain of distribution,” explained the court in its ruling.",
    );
    expect(quoteWith(result, "placed itself in the chain")).toMatchObject({ speaker: "Appellate Court", attribution: "explicit" });
  });

  it("credits “the trust said” to the trust named earlier, and leaves “the board said” unknown when no board is named", () => {
    const result = analyse(
      "The Harbour Restoration Trust met on Monday to review the dredging plan.",
      "The trust said the plan would “put the whole estuary at risk.”",
      "The board said it would “look again at the figures.”",
    );
    expect(quoteWith(result, "put the whole estuary at risk")).toMatchObject({ speaker: "Harbour Restoration Trust" });
    expect(quoteWith(result, "look again at the figures")).toMatchObject({ speakerId: null });
  });

  it("does not give a qualified description to a body whose name lacks the qualifier", () => {
    const result = analyse("The Superior Court had dismissed the claim.", "“The claim fails on every count,” said the federal court.");
    expect(quoteWith(result, "fails on every count")).toMatchObject({ speakerId: null, attribution: "unknown" });
  });

  it("leaves a quote whose inverted subject is an unnamed description unknown, not the last speaker's", () => {
    const result = analyse("“We will appeal,” said Dana Whitlock, the company's lawyer.", "“The ruling is a disaster for small sellers,” said a spokesman.");
    expect(quoteWith(result, "disaster for small sellers")).toMatchObject({ speakerId: null });
  });
});

describe("inverted subjects with their descriptions and settings", () => {
  it("finds the speaker after a place-based description and before where he said it", () => {
    const result = analyse("“Most courts have said they are not a seller at all,” noted Maryland-based product liability lawyer Jim Dunham in an interview with the Globe.");
    expect(quoteWith(result, "Most courts have said")).toMatchObject({ speaker: "Jim Dunham", attribution: "explicit" });
  });

  it("finds the speaker after “a skeptical”", () => {
    const result = analyse("“That is quite different from the written answers,” said a skeptical Robert Wolfarth, the trust's new chairman.");
    expect(quoteWith(result, "quite different from the written")).toMatchObject({ speaker: "Robert Wolfarth" });
  });
});

describe("when a statement was made, between its speaker and the verb", () => {
  it("reads “Mr. Ruano last week said” and “The Harbour Restoration Trust on Thursday reiterated” as their subjects' statements", () => {
    const result = analyse(
      "Robert Ruano sits on the transit board.",
      "Mr. Ruano last week said signal priority remains his main concern.",
      "The Harbour Restoration Trust on Thursday reiterated that it would keep working with oil companies.",
    );
    expect(quoteWith(result, "signal priority remains")).toMatchObject({ speaker: "Robert Ruano" });
    expect(quoteWith(result, "it would keep working with oil")).toMatchObject({ speaker: "Harbour Restoration Trust" });
  });
});

describe("a cue that introduces words of its own", () => {
  it("gives a question to the member who asked it, not to the official who then responded that …", () => {
    const result = analyse(
      "After board member Peggy Bell asked last week “Why has this taken four months?” Mr. Josenrique Cueto responded that “the review was exhaustive.”",
    );
    expect(quoteWith(result, "Why has this taken four months")).toMatchObject({ speaker: "Peggy Bell" });
    expect(quoteWith(result, "the review was exhaustive")).toMatchObject({ speaker: "Josenrique Cueto" });
  });
});

describe("a quote standing alone after a sentence that introduces its speaker", () => {
  it("gives it to the one person that sentence names, not to the speaker of the paragraphs before", () => {
    const result = analyse(
      "“Most courts have said they are not a seller at all,” said Jim Dunham, a product liability lawyer.",
      "Bolger’s lawyer, Jeremy Robinson, had a shorter statement after the ruling. “It is impossible to overstate the magnitude of this ruling.”",
    );
    expect(quoteWith(result, "impossible to overstate")).toMatchObject({ speaker: "Jeremy Robinson" });
  });

  it("leaves it with the last speaker when that sentence names two people", () => {
    const result = analyse(
      "“We will appeal,” said Jim Dunham, the seller's lawyer.",
      "Dunham met Jeremy Robinson after the hearing. “The fight is far from over.”",
    );
    expect(quoteWith(result, "far from over")).not.toMatchObject({ speaker: "Jeremy Robinson" });
  });
});

describe("what “according to” cites", () => {
  it("cites no one for “according to a new … poll”", () => {
    const result = analyse("But according to a new Harbour Research Battleground Tracker poll, support for the mayor fell from 54% to 35%.");
    expect(quoteWith(result, "support for the mayor fell")).toMatchObject({ speakerId: null });
  });
});

describe("a participle clause after a cue", () => {
  it("gives “…, adding that” to the subject of the cue before it, not to a title standing first in the sentence", () => {
    const result = analyse(
      "There is no end in sight for rising prices, President and Chief Financial Officer of Super Value Debra Symonette said yesterday, adding that the chain is doing its best to “beat the price” this year.",
    );
    expect(quotedWith(result, "beat the price")).toMatchObject({ speaker: "Debra Symonette" });
  });
});

describe("a government or police named by its place", () => {
  it("credits “the Scottish government said” to the Scottish government, and the next quote to it too", () => {
    const result = analyse(
      "A healthcare worker has been diagnosed with Ebola after flying home to Glasgow, the Scottish government said on Monday.",
      "“All possible contacts with the patient are now being investigated,” the Scottish government said in a statement.",
      "“The risk to others is considered extremely low.”",
    );
    expect(quoteWith(result, "All possible contacts")).toMatchObject({ speaker: "Scottish government", attribution: "explicit" });
    expect(quoteWith(result, "risk to others is considered")).toMatchObject({ speaker: "Scottish government" });
    expect(result.entities.find((e) => e.name === "Scottish government")?.kind).toBe("organisation");
  });

  it("reads “West Mercia police said” as the force's statement, and “the police” later as the same force", () => {
    const result = analyse(
      "West Mercia police said the tablets were believed to contain dinitrophenol.",
      "The police said officers were “working closely with the family.”",
    );
    expect(quoteWith(result, "tablets were believed to contain")).toMatchObject({ speaker: "West Mercia police" });
    expect(quoteWith(result, "working closely with the family")).toMatchObject({ speaker: "West Mercia police" });
  });
});

describe("whose words a sentence says they are", () => {
  it("gives “In Dr. Shadlen’s words, “…”” and “In the words of Jane Doe: “…”” to the person named", () => {
    const result = analyse(
      "Michael Shadlen studies how the brain decides.",
      "In Dr. Shadlen’s words, “Could the moment the brain has enough evidence be tied to awareness?”",
      "In the words of Jane Doe: “We are not done yet, not by a long way.”",
    );
    expect(quoteWith(result, "enough evidence be tied")).toMatchObject({ speaker: "Michael Shadlen" });
    expect(quoteWith(result, "not done yet")).toMatchObject({ speaker: "Jane Doe" });
  });

  it("reads “highlights that” as a cue, and “The court also found …, noting that” as the court's words", () => {
    const result = analyse(
      "The Appellate Court sided with the buyer on Thursday.",
      "Paul Verhagen, deputy general manager of Iberojet, highlights that “comfort has been a pillar of the airline since its creation.”",
      "The court also found a federal statute did not protect the seller, noting that “it does not apply here because of the seller’s own acts.”",
    );
    expect(quoteWith(result, "comfort has been a pillar")).toMatchObject({ speaker: "Paul Verhagen" });
    expect(quoteWith(result, "it does not apply here")).toMatchObject({ speaker: "Appellate Court" });
  });
});

describe("a body's title and a company's legal form", () => {
  it("reads “the Director” after “, and” as the director the article named, and “the PAHO Director” as no entity of its own", () => {
    const result = analyse(
      "The risk of new surges is real, warned Pan American Health Organization (PAHO) Director Carissa F. Etienne.",
      "Cases are rising in the Caribbean, and the Director noted that “we have seen this pattern before.”",
      "The PAHO Director also urged countries to keep testing “so we do not go into this next wave blind.”",
    );
    expect(quoteWith(result, "we have seen this pattern before")).toMatchObject({ speaker: "Carissa F. Etienne" });
    expect(result.entities.map((e) => e.name)).not.toContain("PAHO Director");
  });

  it("takes “Microsoft” for the “Microsoft Corp” named before it", () => {
    const result = analyse(
      "Microsoft Corp said on Thursday it would remove more carbon than it emits by 2030.",
      "“We are going to be carbon negative,” Microsoft said in a blog post.",
    );
    expect(quoteWith(result, "carbon negative")).toMatchObject({ speaker: "Microsoft Corp" });
  });
});
