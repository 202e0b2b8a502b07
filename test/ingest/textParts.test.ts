// The plain-text modules one at a time, on single lines shaped like those of scraped pages.
import { describe, expect, it } from "vitest";
import { bylineOf } from "../../src/ingest/text/byline.ts";
import { captionText, distinctCaptions, isCaptionLine, isCreditLine, isUnpunctuatedCaption } from "../../src/ingest/text/captions.ts";
import { isFurnitureLine, stripLeadingSignUp } from "../../src/ingest/text/furniture.ts";
import { isHeading } from "../../src/ingest/text/headings.ts";
import { pageLines } from "../../src/ingest/text/lines.ts";
import { snippetOutlet } from "../../src/ingest/text/outlet.ts";
import { readRelatedBlock } from "../../src/ingest/text/relatedBlock.ts";
import { endsSentence, nearDuplicate } from "../../src/ingest/text/shape.ts";

describe("lines", () => {
  it("drops blank lines, normalises spaces and joins a line hard-wrapped mid-sentence, never across a blank line", () => {
    expect(pageLines("Title\r\n\r\nThe council  voted on\nTuesday night to press\nahead.\n\n\u00a0\nNext paragraph.\n\nsmall caps line")).toEqual([
      "Title",
      "The council voted on",
      "Tuesday night to press ahead.",
      "Next paragraph.",
      "small caps line",
    ]);
  });
});

describe("shape", () => {
  it("knows a sentence end through closing quotes and brackets", () => {
    expect(endsSentence("he said “a disgrace.”")).toBe(true);
    expect(endsSentence("(Russian Defense Ministry Press Service via AP)")).toBe(false);
    expect(endsSentence("Ukraine and Europe take a back seat")).toBe(false);
  });

  it("calls a re-typed line a near duplicate, and a different caption not", () => {
    expect(nearDuplicate("Rubio says 'world will never forget' Tiananmen crackdown", "Rubio says ‘world will never forget’ Tiananmen crackdown")).toBe(true);
    expect(nearDuplicate("Protesters gather outside parliament on Monday", "Police clear the square outside parliament on Tuesday")).toBe(false);
  });
});

describe("furniture", () => {
  it.each(["Source link", "Visited 1 times, 1 visit(s) today", "Viewed 2,031 times", "0", "()", "x", "Would love your thoughts, please comment.x", "12 Comments", "Leave a comment",
    "Share | Facebook | X | Email | Copy link", "Share this article", "Sign up to our free breaking news emails", "Subscribe", "3 hours ago", "© 2025 Example Media. All rights reserved.",
    "Advertisement", "Tags: Ukraine, Russia", "Published 7:42 AM GMT, 14 May 2025"])("%s is furniture", (line) => {
    expect(isFurnitureLine(line)).toBe(true);
  });

  it.each([
    "Source: Reuters reported the figure was higher than expected, citing three officials.",
    "Discussion between ‘two superpowers’",
    "He said the comments were unfair and would be withdrawn.",
    "Voters can sign up for postal ballots by email until Friday.",
    "Advertisement spending rose 5% last year.",
    "Copyright lawyers said the case would take years.",
    "It began on March 4.",
  ])(
    "%s is not",
    (line) => {
      expect(isFurnitureLine(line)).toBe(false);
    },
  );

  it("strips a sign-up box and a newsletter blurb run into the start of a snippet", () => {
    expect(stripLeadingSignUp("For free alerts sent to your inbox sign up to our breaking news emails Sign up to our free breaking news emails MI5 has offered an apology")).toBe("MI5 has offered an apology");
    expect(stripLeadingSignUp("The TWZ Newsletter Weekly insights and analysis on military technology. North Korea looks to be making progress")).toBe("North Korea looks to be making progress");
    expect(stripLeadingSignUp("The newsletter said nothing")).toBe("The newsletter said nothing");
  });
});

describe("captions", () => {
  it.each([
    "In this photo released by the ministry, a soldier patrols a village. (Ministry Press Service via AP)",
    "Netanyahu visits the Western Wall in Jerusalem on March 18. (Thomas Coex/AFP/Getty Images)",
    "Photo: Residents watch surveyors on the harbour wall. Credit: Priya Nair/Gazette",
    "Pictured: the damaged bridge at dawn",
    "1 of 4. Authorities monitor progress in the search for the jet.",
    "Clockwise from top: small whale bones; squid beaks.",
  ])("%s is a caption", (line) => {
    expect(isCaptionLine(line)).toBe(true);
  });

  it("does not take prose or a dateline for a caption", () => {
    expect(isCaptionLine("WASHINGTON (AP) — Ambassador Gordon Sondland is likely to be unpredictable.")).toBe(false);
    expect(isCaptionLine("The talks (which began in March) ended without a deal.")).toBe(false);
  });

  it("reads a short credit line as a credit, and a long unpunctuated description as a caption unless it is a quote", () => {
    expect(isCreditLine("Credit Ashraf Shazly/Agence France-Presse — Getty Images")).toBe(true);
    expect(isCreditLine("Photo: Jane Doe / Reuters")).toBe(true);
    expect(isCreditLine("Photo: Residents watch surveyors on the harbour wall. Credit: Priya Nair")).toBe(false);
    expect(isCreditLine("Courtesy of the Parata family")).toBe(true);
    expect(isCreditLine("Credit card debt rose sharply")).toBe(false);
    expect(isCreditLine("Credit Suisse shares fell")).toBe(false);
    expect(isUnpunctuatedCaption("Hori Parata at his Pātaua farm, the place where he was born and grew up")).toBe(true);
    expect(isUnpunctuatedCaption("“Instead the roads were dead,” he said in an e-mail. “It’s warm outside and it stopped raining :)")).toBe(false);
  });

  it("keeps one caption for near-identical re-edits and drops a leading 'Photo:' label", () => {
    expect(captionText("Photo: A Russian soldier patrols an area in Sudzha")).toBe("A Russian soldier patrols an area in Sudzha");
    expect(
      distinctCaptions([
        "A Russian soldier patrols an area in Sudzha in the Kursk region. (Press Service via AP)",
        "Russian soldiers patrol an area in Sudzha, in the Kursk region. (Press Service via AP)",
        "A crane lifts a concrete block onto the harbour wall",
        "A Russian soldier patrols an area in Sudzha in the Kursk region. (Press Service via AP)",
      ]),
    ).toEqual(["A Russian soldier patrols an area in Sudzha in the Kursk region. (Press Service via AP)", "A crane lifts a concrete block onto the harbour wall"]);
  });
});

describe("headings", () => {
  const before = "Putin’s acceptance has allowed Trump to claim partial success.";
  const after = "While seeking to expand his military gains, Putin also used the call to shift the discussion.";

  it("a short title-like line between two paragraphs is a heading", () => {
    expect(isHeading("Discussion between ‘two superpowers’", before, after)).toBe(true);
    expect(isHeading("Where do U.S.-Israeli relations go from here?", before, after)).toBe(true);
  });

  it("a list item, a sentence, a one-word label or a line before no prose is not", () => {
    expect(isHeading("Raise the existing sea wall in stages", "The report listed three options:", after)).toBe(false);
    expect(isHeading("He appeared to win Trump’s interest.", before, after)).toBe(false);
    expect(isHeading("Photo", before, after)).toBe(false);
    expect(isHeading("Why?", before, after)).toBe(false);
    expect(isHeading("Breaking News", before, "Short label line")).toBe(false);
  });
});

describe("related block", () => {
  it("pairs each snippet with the line right above it and skips the alt text and labels before that", () => {
    const snippet = "Officials said the plan, which has been debated for years, would cost far more than first thought and take until the end of the decade to finish";
    expect(readRelatedBlock(["A crane at the harbour wall", "Barrier costs double", snippet, "Breaking News", "Ferry returns after two years", snippet, "Lifeboat station opens at Kell Point"])).toEqual([
      { title: "Barrier costs double", snippet },
      { title: "Ferry returns after two years", snippet },
      { title: "Lifeboat station opens at Kell Point" },
    ]);
  });
});

describe("outlet and byline", () => {
  it("names the outlet of a byline opening a snippet, not an outlet named inside a sentence or a photo agency", () => {
    expect(snippetOutlet("Nadine Yousif BBC News, Toronto Reuters Mark Carney campaigned on addressing immigration")).toBe("BBC News");
    expect(snippetOutlet("Reuters At least 27 Palestinians have been killed")).toBe("Reuters");
    expect(snippetOutlet("Officials told Reuters on Monday that the talks had stalled")).toBeUndefined();
    expect(snippetOutlet("Jeremy Bowen International editor Getty Images Witnesses and international medical teams report")).toBeUndefined();
  });

  it("reads a 'By …' line as the byline", () => {
    expect(bylineOf("By Ellen Marsh and Tom Okafor")).toBe("Ellen Marsh and Tom Okafor");
    expect(bylineOf("By making the ceasefire conditional on a freeze of arms supplies, Putin is trying to cement gains.")).toBeUndefined();
  });
});
