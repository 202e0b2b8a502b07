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

describe("galleries and photo boxes inside the story", () => {
  const story = [
    "The city council voted on Thursday to rename two streets that still honour the officers of a nineteenth-century colonial army.",
    "The new names, chosen after two years of public meetings, remember a teacher and a union organiser from the former colony.",
    "“A street name is a daily lesson, and these ones taught the wrong thing,” said councillor Ada Brenner, who led the campaign.",
    "Some residents have filed objections, saying the change will cost them new letterheads and confuse delivery drivers.",
  ];
  const slide = (title: string, text: string): string =>
    `<li><p><img src="/g/${title.length}.jpg" alt="${title}"></p><div class="teaser"><h4>An empire in pictures</h4><h2>${title}</h2><p>${text}</p></div></li>`;
  const gallery = `<div class="longText"><ul class="slides">
    ${slide("Ships for an empire", "The navy was expanded in the 1890s so that the new colonies could be held and supplied, at a cost that doubled the naval budget within a decade and drew loud protests in parliament from the opposition benches.")}
    ${slide("A war in the south", "In 1904 a rising against the settlers was put down with great cruelty; tens of thousands of people died in the desert or in the camps that followed, a crime the government formally acknowledged only a century later.")}
    ${slide("The end of the colonies", "After the First World War the colonies were handed to other powers under the peace treaty, and posters at home mourned their loss for years, feeding a movement that demanded them back.")}
    </ul></div>`;

  it("takes a gallery of slides out of the body, however long its captions, and keeps each slide as a caption", () => {
    const page = savedPage(`<article><p>${story[0]}</p><p>${story[1]}</p>${gallery}<p>${story[2]}</p><p>${story[3]}</p></article>`);
    expect(paragraphs(page)).toEqual(story);
    expect(page.captions).toHaveLength(3);
    expect(page.captions[1]).toContain("A war in the south");
  });

  it("takes a picture box's caption out of the body", () => {
    const box = `<div class="picBox medium"><p><a href="#"><img src="/p/1.jpg" alt="Ada Brenner"></a></p><p>Ada Brenner led the campaign for the new names</p></div>`;
    const page = savedPage(`<article><p>${story[0]}</p><p>${story[1]}</p>${box}<p>${story[2]}</p><p>${story[3]}</p></article>`);
    expect(paragraphs(page)).toEqual(story);
    expect(page.captions).toEqual(["Ada Brenner led the campaign for the new names"]);
  });

  it("takes the caption of a featured-image box out of the body, though it is set as a plain line", () => {
    const box = `<div class="site_ft_img"><p><img src="/p/2.jpg" alt=""></p><div>Councillor Ada Brenner unveils the first new street sign</div></div>`;
    const page = savedPage(`<div class="row">${box}${story.map((p) => `<p>${p}</p>`).join("")}</div>`);
    expect(paragraphs(page)).toEqual(story);
    expect(page.captions).toEqual(["Councillor Ada Brenner unveils the first new street sign"]);
  });

  it("keeps a list of points whose items have pictures but no gallery name", () => {
    const items = story.slice(1, 3).map((p, i) => `<li><img src="/i/${i}.jpg" alt="">${p}</li>`).join("");
    const page = savedPage(`<article><p>${story[0]}</p><ul class="points">${items}</ul><p>${story[3]}</p></article>`);
    expect(paragraphs(page)).toEqual(story);
  });
});

describe("subheadings set as bold paragraphs", () => {
  const before = "Residents packed the town hall on Monday night to hear the council's plan for the flooded riverside park.";
  const after = "Work on a new flood wall will start in the spring and take about eighteen months, the council's engineer said.";

  it("reads a bold line between paragraphs as a subheading, not as a sentence of the story", () => {
    const page = savedPage(`<article><p>${before}</p><p>More prose to keep the page an article, as every story has its middle.</p><p><strong>What happens next</strong></p><p>${after}</p></article>`);
    expect(page.sections.at(-1)).toEqual({ heading: "What happens next", paragraphs: [after] });
  });

  it("keeps a bold line right under a heading, and a run of bold lines, as paragraphs", () => {
    const page = savedPage(`<article><p>${before}</p><h2>The engineer's view</h2><p><strong>Maria Lopez, county engineer</strong></p><p>${after}</p><p><strong>Monday</strong></p><p><strong>Tuesday</strong></p><p>${before}</p></article>`);
    expect(page.sections[1]).toEqual({ heading: "The engineer's view", paragraphs: ["Maria Lopez, county engineer", after, "Monday", "Tuesday", before] });
  });
});
