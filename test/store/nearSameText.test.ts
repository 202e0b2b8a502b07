// Promise: wire copy carried with small edits (another first paragraph, a trimmed ending, a line added,
// a changed headline) is recognised as the same text by its body's shingles, and marked so on both
// backends (its quotes listed once); two outlets' own articles on one event never are.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { analyseFile } from "../../src/ingest/analyseFile.ts";
import type { ArticleAnalysis } from "../../src/model/analysis.ts";
import type { Article } from "../../src/model/article.ts";
import type { CoverageStore } from "../../src/store/coverageStore.ts";
import { sameSample, shingleSample } from "../../src/store/shared/textShingles.ts";
import { describeEachBackend } from "../support/backends.ts";
import { file, goldEvents, storyPageAnalyses } from "../support/storyPages.ts";

const OWN_OPENING = "An outlet's own opening line, written for its readers, on the news the wire carried overnight.";
const ADDED_LINE = "Staff writer Jane Doe contributed to this report from the newsroom.";

/** The article's body as paragraphs of text. */
const bodyOf = (article: Article): string[] => article.paragraphs.map((p) => p.text);
const sample = (paragraphs: readonly string[]): number[] => shingleSample({ paragraphs: paragraphs.map((text) => ({ text })) });

/** Lightly edited copies of a body, as outlets carry wire copy. */
function editedCopies(body: readonly string[]): Record<string, string[]> {
  const kept = Math.max(3, Math.ceil(body.length * 0.75));
  return {
    "another first paragraph and the ending trimmed": [OWN_OPENING, ...body.slice(1, kept)],
    "the first paragraph dropped and a line added": [...body.slice(1), ADDED_LINE],
    "cut to its first half": body.slice(0, Math.max(3, Math.ceil(body.length / 2))),
  };
}

/** A copy filed as ingest files a saved text page: its own headline, then its paragraphs. */
function copyPage(headline: string, body: readonly string[], path: string): ArticleAnalysis {
  const bytes = Buffer.from(`${headline}\n\n${body.join("\n\n")}\n`);
  const result = analyseFile({ path, storedPath: path, bytes, hash: path });
  if (!result.ok) throw new Error(result.reason);
  return result.analysis;
}

let pages: Map<string, ArticleAnalysis>;
let events: Map<string, string>;
beforeAll(() => {
  pages = storyPageAnalyses();
  events = goldEvents();
}, 60_000);

describe("near-same text by shingles", () => {
  it("is every lightly edited copy of each stories page long enough to tell", () => {
    let checked = 0;
    for (const [name, analysis] of pages) {
      const body = bodyOf(analysis.article);
      const original = sample(body);
      if (original.length === 0) continue;
      for (const [edit, copy] of Object.entries(editedCopies(body))) {
        const copied = sample(copy);
        if (copied.length === 0) continue;
        expect(sameSample(original, copied), `${name}: ${edit}`).toBe(true);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(20);
  });

  it("is never two different pages, not even two outlets' articles on one event", () => {
    const names = [...pages.keys()];
    let sameEvent = 0;
    for (const [i, a] of names.entries()) {
      for (const b of names.slice(i + 1)) {
        const [x, y] = [a, b].map((n) => sample(bodyOf((pages.get(n) as ArticleAnalysis).article)));
        if (!x?.length || !y?.length) continue;
        if (events.get(a) === events.get(b)) sameEvent += 1;
        expect(sameSample(x, y), `${a} and ${b}`).toBe(false);
      }
    }
    expect(sameEvent).toBeGreaterThanOrEqual(3);
  });

  it("leaves a body too short to tell without a sample", () => {
    expect(sample(["The minister resigned on Tuesday, his office said."])).toEqual([]);
  });
});

const NYT_NRA = "2013-04-02-nyt-n-r-a-details-plan-for-armed-school-guards.html";
const FOX_NRA = "2013-04-02-fox-nra-urges-states-to-allow-more-armed-officers-in-schools.html";

describeEachBackend("wire copy with small edits in the store", (backend) => {
  let store: CoverageStore;
  beforeEach(async () => {
    store = await backend.open();
  });
  afterEach(() => store.close());

  /** The text group each stored article's quotes carry, by article id. */
  const groups = async (): Promise<Map<string, string | undefined>> => new Map((await store.allQuotes()).map((q) => [q.article.id, q.textGroup]));

  it("files an edited copy in the original's text group, and another outlet's article on the event in its own", { timeout: 60_000 }, async () => {
    const nyt = pages.get(NYT_NRA) as ArticleAnalysis;
    const body = bodyOf(nyt.article);
    const copy = copyPage("Gun group's school plan: armed guards", [OWN_OPENING, ...body.slice(1, Math.ceil(body.length * 0.8))], "wire/nra-copy.txt");
    const original = await file(store, nyt);
    const copied = await file(store, copy);
    const fox = await file(store, pages.get(FOX_NRA) as ArticleAnalysis);
    expect([original.status, copied.status, fox.status]).toEqual(["added", "added", "added"]);
    const byArticle = await groups();
    expect(byArticle.get(original.id)).toBeDefined();
    expect(byArticle.get(copied.id)).toBe(byArticle.get(original.id));
    expect(byArticle.get(fox.id)).toBeDefined();
    expect(byArticle.get(fox.id)).not.toBe(byArticle.get(original.id));
  });
});
