// Lines pointing to other stories — labels, inline "Read more" promos and the headlines listed
// under a label — leave the body and become related headlines, on HTML and text pages alike.
import { describe, expect, it } from "vitest";
import { isPromoLabel, promoHeadline, takePromoLines } from "../../src/ingest/boilerplate/promoLines.ts";

describe("promo labels", () => {
  it.each(["Related Article", "Read more:", "More from the Gazette", "You may also like...", "Most read", "DON'T MISS", "More Great Gazette Stories", "More Business News", "RECENT ARTICLES", "POPULAR THIS WEEK", "Latest"])(
    "%s is a label",
    (line) => {
      expect(isPromoLabel(line)).toBe(true);
    },
  );

  it.each(["More than 200 people died", "Latest figures show a rise in rents.", "Don't miss the point of the report, she said."])("%s is not", (line) => {
    expect(isPromoLabel(line)).toBe(false);
  });
});

describe("inline promos", () => {
  it.each([
    ["[Read: Why Tunisia suffers from Islamist violence]", "Why Tunisia suffers from Islamist violence"],
    ["READ MORE: Council approves harbour parking charges", "Council approves harbour parking charges"],
    ["SEE MORE: Harbour protests: 800 students under siege", "Harbour protests: 800 students under siege"],
    ["Related: The 15 Weirdest Galaxies in Our Universe", "The 15 Weirdest Galaxies in Our Universe"],
    ["Also on example.com Ministers threatened with arrest as parties split", "Ministers threatened with arrest as parties split"],
    ["(Leggi anche su: Gli attori che interpreteranno la serie –FOTO)", "Gli attori che interpreteranno la serie –FOTO"],
  ])("%s points to %s", (line, title) => {
    expect(promoHeadline(line)).toBe(title);
  });

  it("a label alone, or a sentence that mentions reading, is not a promo", () => {
    expect(promoHeadline("Read more")).toBeUndefined();
    expect(promoHeadline("Readers wrote in: most wanted the pier kept open.")).toBeUndefined();
  });
});

describe("promo lines in a story", () => {
  it("takes labels, inline promos and the tagged headlines under a label, and keeps the story", () => {
    const story = ["The ferry will run again from Monday, the operator said.", "Tickets go on sale on Friday at the harbour office."];
    const { sections, related } = takePromoLines([
      {
        paragraphs: [
          story[0] ?? "",
          "READ MORE: Harbour wall repairs to start in spring",
          "DON'T MISS",
          "Lifeboat crew rescue three from sinking yacht [INSIGHT]",
          "Storm warning issued for the whole coast [VIDEO]|",
          story[1] ?? "",
        ],
      },
    ]);
    expect(sections).toEqual([{ paragraphs: story }]);
    expect(related.map((r) => r.title)).toEqual(["Harbour wall repairs to start in spring", "Lifeboat crew rescue three from sinking yacht", "Storm warning issued for the whole coast"]);
  });
});
