// /quote over the stories fixtures: the same quotation carried by several outlets is one entry citing each
// of them (the fullest wording shown), and a story option keeps to that story's articles.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { QuoteItem, QuoteResult } from "../../../src/answer/contract.ts";
import { answerQuote } from "../../../src/answer/quotes/quote.ts";
import { mergeQuotes } from "../../../src/answer/story/mergeQuotes.ts";
import { quoteForm, quoteWords, sameQuotation } from "../../../src/nlp/quotes/sameQuote.ts";
import type { CoverageStore } from "../../../src/store/coverageStore.ts";
import { quoteAnswer } from "../../support/quoteAnswer.ts";
import { storiesStore } from "../../support/storyPages.ts";

const STRZOK = "fbi-fires-peter-strzok-months-after-anti-trump-texts";

let store: CoverageStore;
beforeAll(async () => {
  store = await storiesStore();
}, 120_000);
afterAll(() => store.close());

const quote = (input: { who: string; story?: string }): Promise<QuoteResult> => quoteAnswer(store, input);

const outlets = (q: QuoteItem | undefined) => q?.cites?.map((c) => `${c.outlet} ¶${c.paragraph}`);

describe("/quote across outlets", () => {
  it("gives Goelman's statement once, in HuffPost's fuller wording, citing the three outlets that carry it", async () => {
    const result = await quote({ who: "Goelman" });
    const troubling = result.by.filter((q) => q.text.includes("deeply troubling to all Americans"));
    expect(troubling).toHaveLength(1);
    expect(troubling[0]?.text).toMatch(/^This decision should be deeply troubling to all Americans\. A lengthy investigation/u);
    expect(outlets(troubling[0])).toEqual(["HuffPost ¶4", "The New York Times ¶9", "Fox News ¶3"]);
    expect(troubling[0]).toMatchObject({ article: "fbi-agent-peter-strzok-fired-over-anti-trump-text-messages", paragraph: 4 });
  });

  it("folds HuffPost's partial quote “a departure from typical Bureau practice” into the Times's full one", async () => {
    const result = await quote({ who: "Goelman" });
    const departure = result.by.filter((q) => /departure from typical bureau practice/iu.test(q.text) && q.kind !== "reported");
    expect(departure).toHaveLength(1);
    expect(outlets(departure[0])).toEqual(["The New York Times ¶8", "HuffPost ¶3"]);
  });

  it("keeps to one story's articles when a story is named", async () => {
    const story = await store.story(STRZOK);
    const ids = new Set(story?.articles.map((a) => a.id));
    const result = await quote({ who: "Trump", story: STRZOK });
    const cited = [...result.by, ...result.about].flatMap((q) => q.cites ?? []);
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.every((c) => ids.has(c.article))).toBe(true);
  });

  it("says in one line that a story is unknown", async () => {
    expect(await answerQuote(store, { who: "Trump", story: "zzqx unheard-of" })).toEqual({ error: expect.stringMatching(/^No story matches/u) });
  });
});

describe("the same quotation", () => {
  it("sets aside quotation marks, punctuation, case and spacing", () => {
    expect(quoteWords("“This decision should be deeply troubling,”  he said")).toBe("this decision should be deeply troubling he said");
    expect(sameQuotation(quoteForm("“A departure from typical Bureau practice”"), quoteForm("not only a departure from typical bureau practice, but also"))).toBe(true);
  });

  it("never merges a one-word quote with a longer one that holds the word, nor two speakers' words", () => {
    expect(sameQuotation(quoteForm("idiot"), quoteForm("He called Trump an idiot in one message"))).toBe(false);
    const item = (speaker: string, article: string): QuoteItem => ({
      text: "We must never allow political violence to take root in America",
      speaker,
      kind: "direct",
      attribution: "explicit",
      article,
      paragraph: 1,
      cite: `${article} ¶1`,
    });
    expect(mergeQuotes([item("Donald J. Trump", "a"), item("Mike Pence", "b")])).toHaveLength(2);
    expect(mergeQuotes([item("Donald J. Trump", "a"), item("Donald J. Trump", "b")])[0]?.cites?.map((c) => c.article)).toEqual(["a", "b"]);
  });
});
