// HTML ingest on real corpus pages and a hand-written furniture page: metadata from the
// markup, captions apart from the body, furniture and related lists out of it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseHtmlPage } from "../../src/ingest/htmlPage.ts";
import type { ParsedPage } from "../../src/ingest/parsedPage.ts";
import { bodyText, CORPUS_DIR, DOM_IMPLEMENTATIONS, F1_TARGET, runExtractionEval, type ExtractionRow } from "../eval/extraction/extraction-corpus.ts";

const pages = new Map<string, ParsedPage>();
function corpusPage(slug: string): ParsedPage {
  const cached = pages.get(slug);
  if (cached) return cached;
  const path = join(CORPUS_DIR, slug, "source.html");
  const page = parseHtmlPage(readFileSync(path, "utf8"), path);
  pages.set(slug, page);
  return page;
}

function fixturePage(name: string): ParsedPage {
  const path = new URL(`../fixtures/html/${name}`, import.meta.url);
  return parseHtmlPage(readFileSync(path, "utf8"), name);
}

let extraction: ExtractionRow[] | undefined;
const extractionRows = (): ExtractionRow[] => (extraction ??= runExtractionEval().articles);

const body = (page: ParsedPage): string => bodyText(page);

describe("metadata read from the page markup", () => {
  it.each([
    // slug, title (og:title / JSON-LD headline, site suffix removed), outlet, canonical URL, byline, published
    [
      "bbc-obama-gun-laws-frustration",
      "Obama admits US gun laws are his 'biggest frustration'",
      "BBC News",
      "http://www.bbc.com/news/world-us-canada-33646704",
      undefined,
      "2015-07-24T04:36:09.000Z",
    ],
    [
      "guardian-maori-whale-strandings",
      "'What is the sea telling us?': Māori tribes fearful over whale strandings",
      "The Guardian",
      "https://www.theguardian.com/environment/2019/jan/03/what-is-the-sea-telling-us-maori-tribes-fearful-over-whale-strandings",
      "Eleanor Ainge Roy",
      "2019-01-03T07:00:02.000Z",
    ],
    [
      "nyt-us-to-lift-sudan-sanctions",
      "United States to Lift Sudan Sanctions",
      "The New York Times",
      "https://www.nytimes.com/2017/01/13/world/africa/sudan-sanctions.html",
      "Jeffrey Gettleman",
      "2017-01-13T05:00:04.000Z",
    ],
    [
      "reuters-airasia-qz8501-search",
      "Indonesia expands search for missing AirAsia jet, U.S. sends warship",
      "Reuters",
      "http://in.reuters.com/article/2014/12/30/indonesia-airplane-idINKBN0K703120141230",
      "Fergus Jensen",
      undefined,
    ],
    [
      "cnn-thanksgiving-winter-storm-travel",
      "After storm, forecasters see smooth sailing for Thanksgiving",
      "CNN",
      "http://www.cnn.com/2013/11/27/travel/weather-thanksgiving/index.html",
      "Dana A. Ford, James S.A. Corey, Chien-Ming Wang, and Tom Watkins, CNN",
      "2013-11-27T08:36:32.000Z",
    ],
    [
      "usatoday-epstein-prison-guards-charged",
      "Prison guards charged in connection with Jeffrey Epstein's death",
      "USA TODAY",
      "https://www.usatoday.com/story/news/politics/2019/11/19/prison-guards-arrested-alleged-failure-check-jeffrey-epstein/4082679002/",
      "Kevin Johnson and Kevin McCoy",
      undefined,
    ],
    [
      "cbs-impeachment-volker-morrison-testimony",
      "Key moments from Kurt Volker's and Tim Morrison's impeachment hearing testimony",
      "CBS News",
      "https://www.cbsnews.com/news/impeachment-hearings-key-moments-from-kurt-volkers-and-tim-morrisons-testimony-2019-11-19/",
      "Stefan Becket",
      "2019-11-20T06:07:01.000Z",
    ],
  ])("%s", (slug, title, outlet, url, byline, published) => {
    const page = corpusPage(slug);
    expect(page.title).toBe(title);
    expect(page.outlet).toBe(outlet);
    expect(page.url).toBe(url);
    expect(page.byline).toBe(byline);
    expect(page.published).toBe(published);
  });

  it("takes headline, outlet, authors and date from JSON-LD and Open Graph", () => {
    const page = fixturePage("furniture.html");
    expect(page).toMatchObject({
      title: "Harbour bridge reopens after repairs",
      outlet: "Example Gazette",
      url: "https://gazette.example/news/harbour-bridge-reopens",
      byline: "Ada Lovelace, Alan Turing",
      published: "2024-03-05T09:30:00.000Z",
    });
  });

  it("finds title, outlet and URL on every corpus page", () => {
    const articles = extractionRows();
    expect(articles).toHaveLength(12);
    for (const row of articles) expect({ slug: row.slug, title: row.title, outlet: row.outlet, url: row.url }).toEqual({ slug: row.slug, title: true, outlet: true, url: true });
  });
});

describe("body text", () => {
  it(`scores token F1 ≥ ${F1_TARGET} against article.txt on all 12 pages`, () => {
    for (const row of extractionRows()) expect({ slug: row.slug, pass: row.f1 >= F1_TARGET }).toEqual({ slug: row.slug, pass: true });
  });

  it("keeps section headings as headings, not paragraphs", () => {
    const page = corpusPage("bbc-obama-gun-laws-frustration");
    expect(page.sections.map((s) => s.heading)).toContain("Kenya trip");
    expect(page.sections.flatMap((s) => s.paragraphs)).not.toContain("Kenya trip");
  });

  it("splits paragraphs at <br> and keeps text inside inline links", () => {
    const page = corpusPage("njcom-christie-state-of-the-state-criticism");
    const paragraphs = page.sections.flatMap((s) => s.paragraphs);
    expect(paragraphs.some((p) => p.startsWith("Doherty was particularly angry that Hoboken"))).toBe(true);
    const nyt = corpusPage("nyt-us-to-lift-sudan-sanctions").sections.flatMap((s) => s.paragraphs);
    expect(nyt[0]).toMatch(/^LONDON — After nearly 20 years of hostile relations, the American government plans to reverse its position on Sudan and lift/u);
  });

  it("keeps a dateline that is part of the first sentence", () => {
    const first = corpusPage("wapo-tunisia-bardo-museum-attack").sections[0]?.paragraphs[0];
    expect(first).toMatch(/^CAIRO — Gunmen opened fire/u);
  });
});

describe("captions are kept apart from the body", () => {
  it.each([
    ["nyt-us-to-lift-sudan-sanctions", "United Nations peacekeepers at a refugee camp in Sudan on Monday"],
    ["bbc-obama-gun-laws-frustration", "Kenya is getting ready to welcome the US president"],
    ["wapo-us-israel-ties-after-netanyahu-win", "Israeli Prime Minister Benjamin Netanyahu reacts as he visits the Western Wall"],
    ["seattletimes-amazon-whole-foods-halibut", "Amazon-owned Whole Foods touted a price cut on halibut"],
    ["cnn-thanksgiving-winter-storm-travel", "Police officers adjust a barricade"],
    ["reuters-airasia-qz8501-search", "Authorities monitor progress in the search for AirAsia Flight QZ8501"],
  ])("%s", (slug, caption) => {
    const page = corpusPage(slug);
    expect(page.captions.some((c) => c.includes(caption))).toBe(true);
    expect(body(page)).not.toContain(caption);
  });

  it("keeps the photo credit with its caption", () => {
    const nyt = corpusPage("nyt-us-to-lift-sudan-sanctions").captions.join("\n");
    expect(nyt).toMatch(/Credit Ashraf Shazly\/Agence France-Presse/u);
    expect(fixturePage("furniture.html").captions).toEqual([
      "The harbour bridge at dawn on Tuesday. Photo: Jo Bloggs / Example Gazette",
      "Photo: The first bus crosses the bridge. Credit: Sam Smith / Example Gazette",
    ]);
  });

  it("lists a caption repeated by a gallery once, without the gallery's controls", () => {
    const cnn = corpusPage("cnn-thanksgiving-winter-storm-travel");
    expect(cnn.captions).toHaveLength(1);
    expect(body(cnn)).not.toMatch(/HIDE CAPTION|Weather threatens holiday plans/u);
  });
});

describe("furniture stays out of the body", () => {
  const fixture = body(fixturePage("furniture.html"));

  it.each([
    ["share bar", "Share on"],
    ["newsletter box", "newsletter"],
    ["byline line", "By Ada Lovelace"],
    ["contact line", "can be reached at"],
    ["author blurb", "covers transport and city hall"],
    ["related list", "Ferry timetable returns"],
    ["site navigation", "Home"],
    ["site footer", "All rights reserved"],
  ])("%s", (_, text) => {
    expect(fixture).not.toContain(text);
  });

  it("keeps every paragraph of the article itself", () => {
    const page = fixturePage("furniture.html");
    expect(page.sections).toEqual([
      { paragraphs: [expect.stringMatching(/^The harbour bridge reopened/u), expect.stringMatching(/^“We are relieved/u)] },
      { heading: "Cost of the work", paragraphs: [expect.stringMatching(/^The repairs cost/u), expect.stringMatching(/^Commuters had faced/u)] },
    ]);
  });

  it.each([
    ["ap-sondland-impeachment-testimony", "Nov. 20, 2019 5:52 AM EST"],
    ["reuters-airasia-qz8501-search", "Tue Dec 30, 2014 9:21am IST"],
    ["reuters-airasia-qz8501-search", "By Fergus Jensen"],
    ["usatoday-epstein-prison-guards-charged", "Published 7:07 PM EST Nov 19, 2019"],
    ["cbs-impeachment-volker-morrison-testimony", "By Stefan Becket, Kathryn Watson"],
    ["cnn-thanksgiving-winter-storm-travel", "STORY HIGHLIGHTS"],
    ["njcom-christie-state-of-the-state-criticism", "may be reached at"],
    ["wapo-us-israel-ties-after-netanyahu-win", "Steven Mufson covers the White House"],
    ["nyt-us-to-lift-sudan-sanctions", "Continue reading the main story"],
  ])("%s: %s", (slug, text) => {
    expect(body(corpusPage(slug))).not.toContain(text);
  });
});

describe("read-more lists become related headlines", () => {
  it("takes the Washington Post's '[Read: …]' links and Read more list, each headline once", () => {
    const page = corpusPage("wapo-tunisia-bardo-museum-attack");
    expect(page.related.map((r) => r.title)).toEqual([
      "Why Tunisia, Arab Spring’s sole success story, suffers from Islamist violence",
      "Tunisia sends most foreign fighters to Islamic State in Syria",
      "Tunisia’s Islamists get a sobering lesson in governing",
      "Tunisia’s Bardo museum is home to amazing Roman treasures",
    ]);
    expect(body(page)).not.toMatch(/\[Read:|Read more|sobering lesson/u);
  });

  it("takes a trending list inside the article", () => {
    const page = corpusPage("ap-sondland-impeachment-testimony");
    expect(page.related.map((r) => r.title)).toContain("Iowa man finds 5 inches of animal blood flooding basement");
    expect(body(page)).not.toContain("Trending");
  });
});

describe("the DOM implementation", () => {
  it.each(["nyt-us-to-lift-sudan-sanctions", "cnn-thanksgiving-winter-storm-travel"])("linkedom extracts %s exactly as jsdom does", (slug) => {
    const path = join(CORPUS_DIR, slug, "source.html");
    const html = readFileSync(path, "utf8");
    expect(parseHtmlPage(html, path, { parse: DOM_IMPLEMENTATIONS.linkedom })).toEqual(parseHtmlPage(html, path, { parse: DOM_IMPLEMENTATIONS.jsdom }));
  });
});

describe("pages that are not articles", () => {
  it("refuses a page with almost no text", () => {
    expect(() => parseHtmlPage("<html><head><title>Home</title></head><body><p>Welcome!</p></body></html>", "x.html")).toThrow(/^not an article/u);
  });

  it("reads a bare HTML fragment without <html> or <body>", () => {
    const path = join(CORPUS_DIR, "bbc-obama-gun-laws-frustration", "expected.html");
    const page = parseHtmlPage(readFileSync(path, "utf8"), path);
    expect(body(page)).toContain("greatest frustration of his presidency");
  });
});
