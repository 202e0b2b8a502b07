// The plain-text rules on pages of other shapes: a hand-written local-news page (byline,
// share bar, "Photo: … Credit: …" captions, a "Read more:" link, a colon list, a newsletter
// box, comment counts, a "More from …" list) and real corpus articles read as text.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseTextPage } from "../../src/ingest/textPage.ts";

const read = (path: string) => readFileSync(new URL(path, import.meta.url), "utf8");
const corpusPage = (slug: string, title: string) => parseTextPage(`${title}\n\n${read(`../fixtures/corpus/${slug}/article.txt`)}`);
const bodyOf = (page: ReturnType<typeof parseTextPage>) => page.sections.flatMap((s) => s.paragraphs);

describe("a local-news page of another shape (test/fixtures/pages/harbour-barrier-gazette.txt)", () => {
  const page = parseTextPage(read("../fixtures/pages/harbour-barrier-gazette.txt"));
  const body = bodyOf(page);

  it("takes the title from the first line, and the byline and publication stamp from the lines under it", () => {
    expect(page.title).toBe("Storm barrier vote splits harbour town as costs double");
    expect(page.byline).toBe("Ellen Marsh and Tom Okafor");
    expect(page.published).toBe("2025-05-14T07:42:00.000Z");
  });

  it("finds the question heading and the plain heading, not the list items under a colon", () => {
    expect(page.sections.map((s) => s.heading)).toEqual([undefined, "Why did the cost double?", "What happens next"]);
    expect(page.sections[1]?.paragraphs).toEqual([
      expect.stringMatching(/^Engineers blamed the rise/u),
      "A report to the council listed three options:",
      "Build the full barrier by 2028",
      "Raise the existing sea wall in stages",
      "Do nothing and rely on emergency pumps",
      expect.stringMatching(/^Only the first, the report said/u),
    ]);
  });

  it("keeps the 12 story paragraphs and nothing else in the body", () => {
    expect(body).toHaveLength(12);
    expect(body[0]).toMatch(/^HARLOW BAY — Councillors voted 7-5/u);
    expect(body[1]).toMatch(/^The decision followed four hours of debate/u);
    expect(body.at(-1)).toMatch(/^Fishing crews have asked/u);
  });

  it("reads both caption styles — 'Photo: … Credit: …' on one line, and a 'Photo' label, caption and credit on three — as two captions", () => {
    expect(page.captions).toEqual([
      "Residents watch surveyors on the harbour wall on Monday. Credit: Priya Nair/Harlow Bay Gazette",
      "A crane lifts a trial concrete block onto the harbour wall in March Credit: Harlow Bay Council",
    ]);
    expect(body.join("\n")).not.toMatch(/Credit|surveyors|crane/u);
  });

  it("drops the dateline stamp, share bar, newsletter box, comment counts, relative times and copyright line", () => {
    expect(body.join("\n")).not.toMatch(/Published|Facebook|newsletter|Enter your email|Sign up|Comment|hours ago|©|All rights reserved/iu);
  });

  it("lists the inline 'Read more:' link and the three 'More from …' headlines as related, and no time stamps", () => {
    expect(page.related).toEqual([
      { title: "Council approves harbour parking charges after heated meeting" },
      { title: "Fishermen fear quota cut as cod stocks fall again" },
      { title: "Harbour ferry returns after two-year break" },
      { title: "New lifeboat station opens at Kell Point" },
    ]);
  });
});

describe("real articles read as plain text", () => {
  it("the Guardian's unpunctuated photo descriptions are captions, its quoted lines stay in the story", () => {
    const page = corpusPage("guardian-maori-whale-strandings", "'What is the sea telling us?': Māori tribes fearful over whale strandings");
    expect(page.captions).toContain("Hori Parata at his Pātaua farm, the place where he was born and grew up");
    expect(page.captions).toContain("Whangārei Harbour seen from Tamaterau, with mangrove sprouts coming up through the harbourside silt");
    expect(page.captions.some((c) => c.startsWith("Above, the skull of a bryde’s whale"))).toBe(true);
    expect(page.captions.filter((c) => /^["“]/u.test(c))).toEqual([]);
    expect(page.sections.map((s) => s.heading).filter(Boolean)).toEqual(["‘Unprecedented’ strandings", "‘We need to listen’"]);
  });

  it("the NYT's 'Photo' label, caption and 'Credit' line make one caption", () => {
    const page = corpusPage("nyt-us-to-lift-sudan-sanctions", "United States to Lift Sudan Sanctions");
    expect(page.captions).toEqual([expect.stringMatching(/^United Nations peacekeepers at a refugee camp in Sudan on Monday\..* Credit Ashraf Shazly\/Agence France-Presse — Getty Images$/u)]);
    expect(bodyOf(page)[0]).toMatch(/^LONDON — After nearly 20 years of hostile relations/u);
    expect(bodyOf(page)).not.toContain("Continue reading the main story");
  });

  it("the BBC's list under 'President Obama also said:' stays in the story, with no heading made of its items", () => {
    const page = corpusPage("bbc-obama-gun-laws-frustration", "Obama admits US gun laws are his 'biggest frustration'");
    const body = bodyOf(page);
    const intro = body.indexOf("In a wide-ranging interview, President Obama also said:");
    expect(body.slice(intro + 1, intro + 3)).toEqual(["The UK must stay in the EU to have influence on the world stage", "He is confident the Iran nuclear deal will be passed by Congress"]);
    expect(page.captions).toEqual([]);
  });

  it("a Reuters gallery caption ('1 of 4. …') is a caption and the agency's reporting credits are furniture", () => {
    const page = corpusPage("reuters-airasia-qz8501-search", "Indonesia expands search for missing AirAsia jet, U.S. sends warship");
    expect(page.captions).toEqual([expect.stringMatching(/^1 of 4\. Authorities monitor progress in the search for AirAsia Flight QZ8501/u)]);
    expect(bodyOf(page).join("\n")).not.toMatch(/Additional reporting by/u);
  });

  it("the Washington Post's '[Read: …]' link and 'Read more:' list are related headlines, each once", () => {
    const page = corpusPage("wapo-tunisia-bardo-museum-attack", "Attack stokes instability fears in North Africa");
    expect(page.related.map((r) => r.title)).toEqual([
      "Why Tunisia, Arab Spring’s sole success story, suffers from Islamist violence",
      "Tunisia sends most foreign fighters to Islamic State in Syria",
      "Tunisia’s Islamists get a sobering lesson in governing",
      "Tunisia’s Bardo museum is home to amazing Roman treasures",
    ]);
    expect(page.captions).toEqual([expect.stringMatching(/^Gunmen in military uniforms stormed Tunisia's national museum.*\(Reuters\)$/u)]);
  });

  it("CBS's numbered headings open sections", () => {
    const page = corpusPage("cbs-impeachment-volker-morrison-testimony", "Key moments from Kurt Volker's and Tim Morrison's impeachment hearing testimony");
    expect(page.sections.map((s) => s.heading)).toContain("2. Never urged Ukraine to investigate Joe Biden");
    expect(page.sections.map((s) => s.heading)).toContain('7. "The Giuliani problem"');
  });
});

describe("a related module in the middle of a story", () => {
  const page = parseTextPage(
    [
      "Ferry returns to Kell Point after two-year break",
      "The ferry between Harlow Bay and Kell Point ran again on Saturday for the first time since its pier was condemned in 2023, carrying 140 passengers.",
      "Related",
      "Harbour barrier vote splits town as costs double",
      "Lifeboat station opens at Kell Point",
      "The operator said the crossing would run four times a day until October, and twice a day through the winter if the weather allowed it.",
      "Passengers queued from seven in the morning, and some had brought children who had never made the crossing, the harbour master said on Saturday.",
    ].join("\n\n"),
  );

  it("lists the module's headlines as related and keeps the story that resumes after it", () => {
    expect(page.related.map((r) => r.title)).toEqual(["Harbour barrier vote splits town as costs double", "Lifeboat station opens at Kell Point"]);
    expect(page.sections.flatMap((s) => s.paragraphs).map((p) => p.slice(0, 20))).toEqual(["The ferry between Ha", "The operator said th", "Passengers queued fr"]);
  });
});

describe("odd and hostile pages", () => {
  it("reads an empty page and a page of furniture alone as empty, without throwing", () => {
    expect(parseTextPage("")).toEqual({ title: "", sections: [], captions: [], related: [] });
    expect(parseTextPage("0\n()\nx\n\nSource link")).toEqual({ title: "", sections: [], captions: [], related: [] });
  });

  it("reads a flood of 5,000 captions or related headlines in linear time", () => {
    const captions = Array.from({ length: 5000 }, (_, i) => `Crowd ${i} waits at gate ${i + 5000} on pier ${i + 10000}. (AP Photo)`);
    const headlines = Array.from({ length: 5000 }, (_, i) => `Headline ${i} about ${i * 3} things`);
    const started = performance.now();
    expect(parseTextPage(`Title\n\nBody text.\n\n${captions.join("\n\n")}`).captions).toHaveLength(5000);
    expect(parseTextPage(`Title\n\nBody text.\n\nRelated\n\n${headlines.join("\n\n")}`).related).toHaveLength(5000);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
