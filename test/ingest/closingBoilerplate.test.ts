// A press release's or blog post's closing boilerplate ("About Acme", the company's stock
// description, "About the author") leaves the body; the story's own last paragraphs stay.
import { describe, expect, it } from "vitest";
import { dropClosingBoilerplate } from "../../src/ingest/boilerplate/closingBoilerplate.ts";
import { parseHtmlPage } from "../../src/ingest/htmlPage.ts";
import { parseTextPage } from "../../src/ingest/textPage.ts";

const story = [
  "Harbour Robotics said on Monday it would open a second factory in the port town, adding 300 jobs by 2026.",
  "The plant will build the small underwater drones used to inspect ship hulls and offshore wind turbines.",
  "“Demand has doubled in two years,” said chief executive Mara Quinn, who founded the company in a garage in 2012.",
  "The town council approved the site last month after a public consultation drew few objections.",
  "Construction is due to start in the spring, with the first drones leaving the line a year later.",
];
const about = [
  "Harbour Robotics is a leading provider of autonomous inspection systems for the maritime industry.",
  "Harbour Robotics is headquartered in Kell Point and employs about 900 people in six countries.",
];

describe("closing boilerplate", () => {
  it("drops an 'About <company>' section at the end", () => {
    expect(dropClosingBoilerplate([{ paragraphs: story }, { heading: "About Harbour Robotics", paragraphs: about }])).toEqual([{ paragraphs: story }]);
  });

  it("drops the company's stock description closing the release, even without a heading", () => {
    expect(dropClosingBoilerplate([{ paragraphs: [...story, ...about] }])).toEqual([{ paragraphs: story }]);
  });

  it("drops 'About the author' and what follows it", () => {
    expect(dropClosingBoilerplate([{ paragraphs: [...story, "About the Author", "Jo Bloggs writes about industry for the Gazette."] }])).toEqual([{ paragraphs: story }]);
  });

  it("keeps a story whose last paragraphs only look like it", () => {
    const ending = ["About 200 people attended the opening.", "Quinn is the final decision-maker on where the next plant goes, the board said."];
    expect(dropClosingBoilerplate([{ paragraphs: [...story, ...ending] }])).toEqual([{ paragraphs: [...story, ...ending] }]);
  });

  it("keeps an 'About' heading in the first half of a story", () => {
    const sections = [{ heading: "About the plan", paragraphs: story }];
    expect(dropClosingBoilerplate(sections)).toEqual(sections);
  });

  it("does it on saved HTML and plain-text pages alike", () => {
    const html = `<html><head><title>Harbour Robotics to open second factory</title></head><body><main><article>${story.map((p) => `<p>${p}</p>`).join("")}<h3>About Harbour Robotics</h3>${about.map((p) => `<p>${p}</p>`).join("")}</article></main></body></html>`;
    expect(parseHtmlPage(html, "release.html").sections.flatMap((s) => s.paragraphs)).toEqual(story);
    const text = ["Harbour Robotics to open second factory", ...story, ...about].join("\n\n");
    expect(parseTextPage(text).sections.flatMap((s) => s.paragraphs)).toEqual(story);
  });
});
