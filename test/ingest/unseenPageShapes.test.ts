// Page shapes that held-out pages showed the extractor getting wrong, written small by hand:
// each test keeps the story's own text in the body and the page's furniture out of it.
import { describe, expect, it } from "vitest";
import { parseHtmlPage } from "../../src/ingest/htmlPage.ts";
import type { ParsedPage } from "../../src/ingest/parsedPage.ts";

function savedPage(body: string): ParsedPage {
  return parseHtmlPage(`<!DOCTYPE html><html lang="en"><head><title>A page</title></head><body>${body}</body></html>`, "page.html");
}

const paragraphs = (page: ParsedPage): string[] => page.sections.flatMap((s) => s.paragraphs);

describe("a heading left open over the story", () => {
  const story = [
    "The ferry operator cancelled every crossing to the islands on Friday after the storm tore a berth loose in the harbour.",
    "About four hundred passengers were put up in hotels overnight, and the company said it would pay for their rooms.",
    "“Nobody will sail until the divers have checked every mooring,” the operator's safety chief, Lena Marsh, told reporters.",
    "Crossings are expected to resume on Sunday morning if the weather eases as forecast, the company added.",
  ];
  const standfirst = "Hundreds of travellers were stranded when the storm reached the coast a day earlier than forecast.";

  it("reads the paragraphs an unclosed standfirst heading swallowed as the body, under the standfirst", () => {
    const page = savedPage(`<div class="col"><main class="article-main"><figure><img src="a.jpg"><figcaption>The harbour on Friday. Photo: Staff</figcaption></figure>
      <h2 class="article-excerpt">${standfirst}
        <div id="articleBody" class="article-content">${story.map((p) => `<p>${p}</p>`).join("\n")}</div>
      </main></div>`);
    expect(paragraphs(page)).toEqual(story);
    expect(page.sections[0]?.heading).toBe(standfirst);
  });

  it("still reads a heading whose words sit in their own box as a heading", () => {
    const page = savedPage(`<article><p>${story[0]}</p><h2><span class="label">What happens next</span></h2>${story.slice(1).map((p) => `<p>${p}</p>`).join("")}</article>`);
    expect(page.sections.map((s) => s.heading)).toEqual([undefined, "What happens next"]);
    expect(paragraphs(page)).toEqual(story);
  });
});
