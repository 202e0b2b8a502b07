import { describe, expect, it } from "vitest";
import { analyseArticles } from "../../../src/nlp/analyse.ts";
import { named, paragraphsArticle, quoteWith } from "./quoteArticles.ts";

const analyse = (...paragraphs: string[]) => analyseArticles([paragraphsArticle("typography", paragraphs)]);

describe("quotation marks as wires and papers write them", () => {
  it("reads doubled single marks as double quotes: ‘‘…’’ and ``…''", () => {
    const result = analyse("‘‘We will rebuild the pier,’’ said Mayor Jane Doe.", "``It was a long night,'' said Tom Reyes.");
    expect(quoteWith(result, "We will rebuild the pier")).toMatchObject({ text: "We will rebuild the pier", kind: "direct", speaker: "Jane Doe" });
    expect(quoteWith(result, "It was a long night")).toMatchObject({ text: "It was a long night", kind: "direct", speaker: "Tom Reyes" });
  });

  it("reads a quote closed with a doubled mark: “…,’’ said", () => {
    const result = analyse("“The water came in fast,’’ said Tom Reyes, a ferry pilot.");
    expect(quoteWith(result, "The water came in fast")).toMatchObject({ kind: "direct", speaker: "Tom Reyes", attribution: "explicit" });
  });

  it("keeps single quotes nested in double ones inside the one quote", () => {
    const result = analyse("“We lost half the boats that winter, and I told my brother, ‘Buy bigger ones.’ ” said Nell Ashby.");
    expect(quoteWith(result, "Buy bigger ones")).toMatchObject({ text: "We lost half the boats that winter, and I told my brother, ‘Buy bigger ones.’", speaker: "Nell Ashby" });
    expect(named(result)).toHaveLength(1);
  });

  it("gives a quote running over a paragraph break the speaker named where it closes", () => {
    const result = analyse(
      "“Quotas are necessary,” said Maria Gray, the fisheries minister.",
      "“We have fished these waters for a century, and we will not stop because of one bad season.",
      "“The rules were written by people who have never seen a storm,” said Ivar Lund, a trawler captain.",
    );
    expect(quoteWith(result, "We have fished these waters")).toMatchObject({ speaker: "Ivar Lund", attribution: "continuation" });
    expect(quoteWith(result, "The rules were written")).toMatchObject({ speaker: "Ivar Lund", attribution: "explicit" });
  });

  it("takes a quoted title of a work or a placard's slogan for a name, not for words spoken", () => {
    // What Jane Doe said about the film is her reported statement; the title inside it is no quote.
    const quoted = (text: string) => named(analyse(text)).filter((q) => q.kind !== "reported");
    expect(quoted("The film “Little Women at Sea” won the prize, said Jane Doe.")).toEqual([]);
    expect(quoted("Protesters carried signs reading “Hands Off Our Harbour” past the town hall, said Jane Doe.")).toEqual([]);
  });
});
