// The HTML modules one at a time, on small hand-made snippets.
import { describe, expect, it } from "vitest";
import { readBlocks } from "../../src/ingest/html/blocks.ts";
import { isCaptionLine, takeCaptionLines, takeCaptions } from "../../src/ingest/html/captions.ts";
import { parseDocument } from "../../src/ingest/html/dom.ts";
import { isFurnitureText, isTimestampLine, removeFurniture } from "../../src/ingest/html/furniture.ts";
import { jsonLdArticle } from "../../src/ingest/html/jsonLd.ts";
import { normalisePublished, readMetadata, stripTitleSuffixes, withReadabilityGuesses } from "../../src/ingest/html/metadata.ts";
import { takeRelated } from "../../src/ingest/html/related.ts";

const root = (html: string): Element => {
  const body = parseDocument(`<!DOCTYPE html><html><head></head><body><div id="root">${html}</div></body></html>`).querySelector("#root");
  if (!body) throw new Error("no root");
  return body;
};

describe("blocks", () => {
  it("ends paragraphs at blocks and <br>, flows through inline elements, and starts sections at headings", () => {
    const sections = readBlocks(root("<p>One <a href='#'>linked</a> sentence.<br>Two.</p><span><p>Three</p></span><h2>Next</h2><div>Four <b>bold</b></div><p>1 2 3</p>"));
    expect(sections).toEqual([
      { paragraphs: ["One linked sentence.", "Two.", "Three"] },
      { heading: "Next", paragraphs: ["Four bold"] },
    ]);
  });

  it("skips scripts and lets the caller drop paragraphs", () => {
    const sections = readBlocks(root("<p>Keep me</p><script>var x = 1;</script><p>Drop me</p>"), (text) => text !== "Drop me");
    expect(sections).toEqual([{ paragraphs: ["Keep me"] }]);
  });
});

describe("captions", () => {
  it("takes figcaptions with their credit, and caption spans, out of the content", () => {
    const content = root(
      "<p>Body.</p><figure><img src='a.jpg'><figcaption>A dog. <span class='credit'>Credit: Jo</span></figcaption></figure><p><span class='pb-caption'>A cat (AP)</span></p><figure><img src='b.jpg'><figcaption>A dog. <span class='credit'>Credit: Jo</span></figcaption></figure>",
    );
    expect(takeCaptions(content)).toEqual(["A dog. Credit: Jo", "A cat (AP)"]);
    expect(content.textContent).toBe("Body.");
  });

  it("ignores gallery controls and loading notices", () => {
    const content = root("<div class='gallery'><cite>Crowds at the parade on Thursday.</cite><div class='captionControl'>HIDE CAPTION</div></div><div class='gallery_wrapper'><p>Loading Photo Gallery</p></div>");
    expect(takeCaptions(content)).toEqual(["Crowds at the parade on Thursday."]);
  });
});

describe("caption lines", () => {
  it("recognises captions written as paragraphs, and leaves prose alone", () => {
    expect(isCaptionLine("Photo: Crowds at the parade. Credit: Jo Bloggs/Reuters")).toBe(true);
    expect(isCaptionLine("Credit: Reuters/Darren Whiteside")).toBe(true);
    expect(isCaptionLine("1 of 4. Authorities monitor the search in Jakarta.")).toBe(true);
    expect(isCaptionLine("Crowds gathered at the bridge. (Photo by Jo Bloggs)")).toBe(true);
    expect(isCaptionLine("Lanterns over the canal, installation views, photos © Jo Bloggs, 2018")).toBe(true);
    expect(isCaptionLine("The photos were taken in 2018 and are © the estate, the court heard.")).toBe(false);
    expect(isCaptionLine("Photographers gathered at the bridge: dozens of them.")).toBe(false);
    expect(isCaptionLine("The photo: a crowd, a ribbon and a mayor.")).toBe(false);
  });

  it("recognises a wire photo's long caption by its opening and its closing credit", () => {
    const scene = "In this photo taken Tuesday, May 3, 2016, firefighters stand by as the last wall of the old mill is pulled down in Dunmore, Pennsylvania.";
    const story = " The mill, which employed 1,200 people at its height, closed in 1998 and has stood empty since, the county's planning office said, adding that the site will be sold to a developer who plans to build homes and a small park there.";
    expect(isCaptionLine(`${scene}${story}${story} (Jo Doe/The Courier via AP Photo)`)).toBe(true);
    expect(isCaptionLine(`In this photo, taken by a neighbour, the mill's last wall falls.${story}${story} (The courier said.)`)).toBe(false);
  });

  it("moves them out of the sections, after the captions already found", () => {
    const sections = [{ paragraphs: ["Body one.", "Photo: A crowd. Credit: Jo"] }, { heading: "Gone", paragraphs: ["Image: A bus."] }];
    expect(takeCaptionLines(sections, ["A dog."])).toEqual({
      sections: [{ paragraphs: ["Body one."] }, { heading: "Gone", paragraphs: [] }],
      captions: ["A dog.", "Photo: A crowd. Credit: Jo", "Image: A bus."],
    });
  });
});

describe("furniture", () => {
  it("removes boxes by class but never inline elements inside sentences", () => {
    const content = root("<p>The <a class='meta-loc' href='#'>Sudan</a> deal. <span class='dateline'>CAIRO —</span> More.</p><div class='share-tools'>Share</div><div class='ad-slot'>Buy</div><div class='header'>Stays</div>");
    removeFurniture(content);
    expect(content.textContent).toBe("The Sudan deal. CAIRO — More.Stays");
  });

  it("never takes more than half the content, even in pieces that are each small", () => {
    const content = root(
      "<p>Lead.</p><div class='newsletter-note'>A first long aside about the week ahead.</div><div class='sponsor-note'>A second long aside about the weekend.</div><div class='promo-line'>Short promo.</div>",
    );
    removeFurniture(content);
    expect(content.textContent).toBe("Lead.A first long aside about the week ahead.A second long aside about the weekend.");
  });

  it("recognises timestamp lines, bylines and blurbs by their text", () => {
    expect(isTimestampLine("JAKARTA Tue Dec 30, 2014 9:21am IST")).toBe(true);
    expect(isTimestampLine("November 20, 2019 / 1:07 AM / CBS News")).toBe(true);
    expect(isTimestampLine("Gazette (New York) First published November 29, 2016: 3:33 AM ET")).toBe(true);
    expect(isTimestampLine("On Nov. 3 the council voted to close the bridge for repairs.")).toBe(false);
    expect(isFurnitureText("By Stefan Becket, Kathryn Watson")).toBe(true);
    expect(isFurnitureText("By Monday, the bridge had reopened.")).toBe(false);
    expect(isFurnitureText("Steven Mufson covers the White House.", "Steven Mufson")).toBe(true);
    expect(isFurnitureText("Steven Mufson said nothing.", "Steven Mufson")).toBe(false);
  });
});

describe("related", () => {
  it("turns labelled link lists and related boxes into headlines", () => {
    const content = root(
      "<p>Body text.</p><p><b>Read more:</b></p><p><a href='/a'>First related story here</a></p><ul><li><a href='/b'>Second related story here</a></li></ul><div class='related-links'><a href='/c'>Third related story here</a><a href='/'>Home</a></div>",
    );
    expect(takeRelated(content).map((r) => r.title)).toEqual(["Third related story here", "First related story here", "Second related story here"]);
    expect(content.textContent).toBe("Body text.");
  });

  it("takes a box named like a related list only when it is mostly links", () => {
    const content = root(
      "<div class='entry-content-read-more'><p>A long paragraph of the story itself, with one <a href='/x'>link</a> in it.</p></div><div class='most-popular'><a href='/a'>Council approves new cycle lanes</a> <a href='/b'>Storm cuts power to homes</a></div>",
    );
    expect(takeRelated(content).map((r) => r.title)).toEqual(["Council approves new cycle lanes", "Storm cuts power to homes"]);
    expect(content.textContent).toBe("A long paragraph of the story itself, with one link in it.");
  });
});

describe("metadata", () => {
  it("strips site and author suffixes from titles, keeping separators inside the headline", () => {
    expect(stripTitleSuffixes("Obama admits gun laws - BBC News", ["BBC News"])).toBe("Obama admits gun laws");
    expect(stripTitleSuffixes("Whales | Eleanor Ainge Roy | Environment | The Guardian", ["The Guardian", "Environment", "Eleanor Ainge Roy"])).toBe("Whales");
    expect(stripTitleSuffixes("Impeachment: key moments - day 3", ["CBS News"])).toBe("Impeachment: key moments - day 3");
    expect(stripTitleSuffixes("Storm - CNN.com", ["CNN"])).toBe("Storm");
    expect(stripTitleSuffixes("Storm hits - Japan", ["AP"])).toBe("Storm hits - Japan");
  });

  it("normalises publication times and drops placeholder dates", () => {
    expect(normalisePublished("2019-04-28 06:01:07")).toMatch(/^2019-04-28T/u);
    expect(normalisePublished("2017-01-13T00:00:04-05:00")).toBe("2017-01-13T05:00:04.000Z");
    expect(normalisePublished("2015-03-18")).toBe("2015-03-18");
    expect(normalisePublished("0001-01-01T00:00:00Z")).toBeUndefined();
    expect(normalisePublished("last Tuesday")).toBe("last Tuesday");
  });

  it("reads JSON-LD inside CDATA and @graph, preferring the article object", () => {
    const document = parseDocument(
      `<html><head><script type="application/ld+json"><![CDATA[{"@graph":[{"@type":"WebPage","name":"Page"},{"@type":"NewsArticle","headline":"Story"}]}]]></script><script type="application/ld+json">{not json</script></head><body></body></html>`,
    );
    expect(jsonLdArticle(document)).toMatchObject({ headline: "Story" });
  });

  it.each([
    ["Hosted", "https://hosted.ap.org/gazette/article/123/story", "AP"],
    ["News", "https://news.example.co.uk/politics/story", "Example"],
    ["ProFootballTalk", "https://profootballtalk.nbcsports.com/2019/11/19/story/", "ProFootballTalk"],
    ["BBC News", "https://www.bbc.co.uk/news/uk-123", "BBC News"],
  ])("takes site name %j on %s as the outlet %j: a generic sub-domain names the platform, the domain the outlet", (siteName, url, outlet) => {
    const document = parseDocument(`<html><head><meta property="og:site_name" content="${siteName}"><link rel="canonical" href="${url}"></head><body></body></html>`);
    expect(readMetadata(document).outlet).toBe(outlet);
  });

  it("falls back to Readability's guesses only for what the markup does not state", () => {
    const document = parseDocument(`<html><head><meta property="og:title" content="Stated title"></head><body></body></html>`);
    const metadata = withReadabilityGuesses(readMetadata(document), { title: "Guessed", byline: "By JANE DOEAssociated Press", siteName: "Hosted" });
    expect(metadata).toEqual({ title: "Stated title", byline: "JANE DOE Associated Press", outlet: "Hosted" });
  });
});
