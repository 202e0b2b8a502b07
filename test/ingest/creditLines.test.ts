// Who wrote and reported a story, printed inside its body, is cut from it: the byline opening
// the first paragraph, a closing signature, contributor and reporting credits, staff titles.
import { describe, expect, it } from "vitest";
import { dropCredits, isCreditLine, openingByline } from "../../src/ingest/boilerplate/creditLines.ts";
import { parseHtmlPage } from "../../src/ingest/htmlPage.ts";
import { parseTextPage } from "../../src/ingest/textPage.ts";

const lead = "The Americas cannot ignore the risk of new surges of the virus, the regional health agency's director warned on Wednesday.";
const middle = "Cases are rising again in Europe and East Asia, and the director urged countries to close their vaccination gaps quickly.";
const close = "She said testing should stay free and open to everyone until the surge has passed.";

describe("a byline opening the first paragraph", () => {
  it.each([
    [`By Aaron Humes: ${lead}`, "Aaron Humes"],
    [`BY MARIA LOPEZ | ${lead}`, "MARIA LOPEZ"],
    [`By Jane Doe and John Roe – ${lead}`, "Jane Doe and John Roe"],
  ])("cuts the byline of %j and keeps the rest of the paragraph", (text, names) => {
    expect(openingByline(text)).toEqual({ byline: names, rest: lead });
  });

  it.each([
    `By Monday: ${lead}`,
    "By the end of the year, the agency expects most adults to have had a third dose.",
    "By 2030 – if the plan holds – every school will have a nurse.",
  ])("keeps a sentence that opens with 'By' whole: %j", (text) => {
    expect(openingByline(text)).toEqual({ rest: text });
  });

  it("cuts it only from the first paragraph, and gives its names as the page's byline when the page names none", () => {
    const page = parseHtmlPage(
      `<html><head><title>Health agency warns of new surges</title></head><body><article><p>Views: 184</p><p>By Aaron Humes: ${lead}</p><p>${middle}</p><p>By Jane Doe: a caption-like aside kept as it stands.</p><p>${close}</p></article></body></html>`,
      "page.html",
    );
    expect(page.sections.flatMap((s) => s.paragraphs)).toEqual([lead, middle, "By Jane Doe: a caption-like aside kept as it stands.", close]);
    expect(page.byline).toBe("Aaron Humes");
  });
});

describe("credits and signatures", () => {
  it.each([
    "Alex Isenstadt contributed to this report.",
    "-- CNN's Bill Kirkos contributed to this report.",
    "Associated Press writers Jane Doe in Washington and John Roe in Moscow contributed to this report.",
    "(Reporting by Andy Bruce in London and Ann Lee in Bengaluru; Editing by Joe Das)",
    "Additional reporting by Steve Gorman; Editing by Mary Choy",
    "To contact the reporter on this story: Steve Matthews in Atlanta at smatthews@example.com",
    "Tribune Staff Reporter",
    "Bryan Denson | The Oregonian",
    "Wayne Walker reports.",
  ])("cuts %j", (line) => {
    expect(isCreditLine(line)).toBe(true);
  });

  it.each([
    "Reporting by the Gazette last year found the same faults in three other bridges.",
    "The senator contributed to the campaign of her successor, records show.",
    "Staff reporters at the paper walked out on Friday over pay.",
    "Rock | Pop | Jazz",
    "The Central Bank reports that inflation eased to 4.1 per cent in March.",
    "Nobody reports.",
  ])("keeps %j", (line) => {
    expect(isCreditLine(line)).toBe(false);
  });

  it("cuts a signature closing the story, but not a quoted post's signature or a dash inside it", () => {
    const sections = [{ paragraphs: [lead, "— Sam Lee (@samlee) May 3, 2024", middle, "-- Bryan Denson"] }];
    expect(dropCredits(sections).sections).toEqual([{ paragraphs: [lead, "— Sam Lee (@samlee) May 3, 2024", middle] }]);
    expect(dropCredits([{ paragraphs: [lead, "— Jane Doe", middle] }]).sections).toEqual([{ paragraphs: [lead, "— Jane Doe", middle] }]);
  });
});

describe("credits on a page saved as text", () => {
  it("cuts the opening byline, the credit line and the signature there too", () => {
    const page = parseTextPage(`Health agency warns of new surges\n\nBy Aaron Humes: ${lead}\n\n${middle}\n\n${close}\n\nJohn Roe contributed to this report.\n\n-- Aaron Humes\n`);
    expect(page.sections.flatMap((s) => s.paragraphs)).toEqual([lead, middle, close]);
    expect(page.byline).toBe("Aaron Humes");
  });
});
