// Plain-text ingest of the seed page (data/sources/000_…txt): one test per rule, expected
// values read off the article itself.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseTextPage } from "../../src/ingest/textPage.ts";

const SEED = readFileSync(new URL("../../data/sources/000_763f98cca8341530.txt", import.meta.url), "utf8");
const page = parseTextPage(SEED);
const body = page.sections.flatMap((s) => s.paragraphs);
const related = (title: string) => page.related.find((r) => r.title === title);

describe("the seed page, read as plain text", () => {
  it("takes the first line as the title", () => {
    expect(page.title).toBe("The Trump-Putin phone call gave the Kremlin leader a chance to pivot away from the war in Ukraine");
  });

  it("finds the three section headings, each opening a section, and keeps them out of the paragraphs", () => {
    expect(page.sections.map((s) => s.heading)).toEqual([
      undefined,
      "A halt to fighting in Ukraine seems as distant as ever",
      "Discussion between ‘two superpowers’",
      "Ukraine and Europe take a back seat",
    ]);
    expect(page.sections.map((s) => s.paragraphs.length)).toEqual([3, 8, 12, 10]);
  });

  it("keeps the 33 body paragraphs in reading order, from the opening to Gould-Davies's last quote", () => {
    expect(body).toHaveLength(33);
    expect(body[0]).toBe(
      "They talked about the fighting in Ukraine, of course. But the U.S. and Russian presidents also chatted about improving relations between Washington and Moscow, peace in the Middle East, global security and even hockey games.",
    );
    expect(body[4]).toMatch(/^Seeking to cultivate warm ties with Washington/u);
    expect(body.at(-1)).toMatch(/^While “it took Gorbachev four years.*commitments to Europe\.”$/u);
  });

  it("shows the repeated Sudzha photo caption once, as a caption, and never in the body", () => {
    expect(page.captions).toHaveLength(1);
    expect(page.captions[0]).toMatch(/^In this photo taken from video distributed by the Russian Defense Ministry Press Service/u);
    expect(page.captions[0]).toMatch(/Sudzha.*\(Russian Defense Ministry Press Service via AP\)$/u);
    expect(body.filter((p) => /In this photo|Press Service via AP/u.test(p))).toEqual([]);
  });

  it("leaves no page furniture in the body: source link, visit counter, comment widget and its stray lines", () => {
    const furniture = ["Source link", "Visited 1 times, 1 visit(s) today", "Related Article", "0", "()", "x", "Would love your thoughts, please comment.x"];
    expect(body.filter((p) => furniture.includes(p))).toEqual([]);
    expect(body.join("\n")).not.toMatch(/Source link|Visited \d+ times|please comment/u);
  });

  it("keeps the related block out of the body", () => {
    expect(body.join("\n")).not.toMatch(/Tiananmen|Snack Wrap|McDonald|MI5/u);
  });

  it("lists the 13 other headlines of the related block, in page order, and none of the image alt texts or labels", () => {
    expect(page.related.map((r) => r.title)).toEqual([
      "Canada proposes sweeping immigration and security bill",
      "14 Times McDonald’s Was Caught Up In Legal Issues",
      "Partially Submerged North Korean Frigate Appears Upright Again In Satellite Image",
      "Rubio says ‘world will never forget’ Tiananmen crackdown",
      "Court documents reveal how 3 Wenatchee sisters likely died",
      "Boulder suspect’s wife, kids in ICE custody: DHS",
      "Healey says UK ‘already makes huge contribution’ to Nato",
      "Killings near Gaza aid centre will deepen criticism of Israel’s new distribution system",
      "Lee Jae-myung wins South Korea presidency",
      "Police begin new search near Portugal’s Praia da Luz",
      "At least 27 Palestinians killed by Israeli fire near aid centre, Gaza authorities say",
      "McDonald’s Officially Confirms Fan-Favorite Snack Wrap is Returning Next Month",
      "MI5 apologises unreservedly to High Court for ‘failings and errors’",
    ]);
    const titles = page.related.map((r) => r.title);
    for (const alt of ["McDonald's hot coffee on a table", "Screenshot of McDonald's Instagram post", "Defence Secretary John Healey at Warminster Garrison", "Breaking News"]) {
      expect(titles).not.toContain(alt);
    }
  });

  it("gives every related headline its snippet, without the newsletter sign-up run into it", () => {
    expect(page.related.every((r) => (r.snippet ?? "").length > 100)).toBe(true);
    expect(related("Healey says UK ‘already makes huge contribution’ to Nato")?.snippet).toMatch(/^The Defence Secretary pointed to the UK’s nuclear deterrent/u);
    expect(related("MI5 apologises unreservedly to High Court for ‘failings and errors’")?.snippet).toMatch(/^MI5 has offered an “unreserved” apology/u);
    expect(related("Partially Submerged North Korean Frigate Appears Upright Again In Satellite Image")?.snippet).toMatch(/^North Korea looks to be making progress/u);
  });

  it("names the outlet where a snippet opens with a byline or agency, and only there", () => {
    expect(related("Canada proposes sweeping immigration and security bill")?.outlet).toBe("BBC News");
    expect(related("Police begin new search near Portugal’s Praia da Luz")?.outlet).toBe("BBC News");
    expect(related("Lee Jae-myung wins South Korea presidency")?.outlet).toBe("BBC Korean");
    expect(related("At least 27 Palestinians killed by Israeli fire near aid centre, Gaza authorities say")?.outlet).toBe("Reuters");
    // "Jeremy Bowen International editor Getty Images …": a byline, but Getty Images is the photo's credit, not the outlet.
    expect(related("Killings near Gaza aid centre will deepen criticism of Israel’s new distribution system")?.outlet).toBeUndefined();
    // "Court documents just obtained by KIRO 7 …" names a station inside a sentence, not in a byline.
    expect(related("Court documents reveal how 3 Wenatchee sisters likely died")?.outlet).toBeUndefined();
    expect(page.related.filter((r) => r.outlet)).toHaveLength(4);
  });
});
