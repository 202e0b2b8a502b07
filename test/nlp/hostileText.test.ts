// Text written to make analysis crawl: a megabyte of abbreviations or capitalised words with no full
// stop, of quotation marks, of single quotes that never close, of names and cue verbs. Each step (page
// parsing, sentences, summary scores, names, quotes) ends on it, one paragraph or many; before, the name finder alone ran for
// more than ten minutes on the first. A vitest time-out (20 s) is what fails these tests.
import { describe, expect, it } from "vitest";
import { buildArticle } from "../../src/ingest/buildArticle.ts";
import { parseTextPage } from "../../src/ingest/textPage.ts";
import { analyseArticle } from "../../src/nlp/analyse.ts";
import { findNames } from "../../src/nlp/names/names.ts";

const MEGABYTE = 1_000_000;
const wall = (unit: string): string => unit.repeat(Math.ceil(MEGABYTE / unit.length));
/** The same text cut into paragraphs of 4,900 characters, each under the analysed length. */
const paragraphs = (text: string): string[] => text.match(/[^]{1,4900}/gu) ?? [];

const HOSTILE: Record<string, string> = {
  "abbreviations with no full stop": wall("U.S. Mr. Dr. "),
  "capitalised words with no punctuation": wall("Smith Jones Brown Taylor "),
  "quotation marks": wall('“He said ” "she said" '),
  "single quotes that never close": wall("'a "),
  "distinct names with cue verbs": Array.from({ length: MEGABYTE / 16 }, (_, i) => `Xa${i.toString(36)} Yb${(i * 7).toString(36)} said`).join(", "),
};

describe("the name finder", () => {
  it("reads a megabyte of abbreviations and capitalised words, with no stop, in one pass", () => {
    for (const text of [HOSTILE["abbreviations with no full stop"] ?? "", HOSTILE["capitalised words with no punctuation"] ?? ""]) {
      const names = findNames(text);
      expect(names.every((n) => n.kind !== "person" || n.tokens.length <= 4)).toBe(true);
    }
  });
});

describe("analysing a megabyte of hostile text", () => {
  for (const [what, text] of Object.entries(HOSTILE)) {
    for (const [layout, body] of [
      ["as one paragraph", [text]],
      ["in paragraphs", paragraphs(text)],
    ] as const) {
      it(`ends for ${what} ${layout}, every quote inside its paragraph`, () => {
        parseTextPage(`A hostile page\n\n${body.join("\n\n")}`);
        const article = buildArticle({ title: "A hostile page", sections: [{ paragraphs: [...body] }], captions: [], related: [] }, "hostile.txt", "hash");
        expect(article.paragraphs).toHaveLength(body.length);
        const { quotes } = analyseArticle(article);
        const length = (n: number) => article.paragraphs[n - 1]?.text.length ?? 0;
        expect(quotes.every((q) => q.start >= 0 && q.end <= length(q.paragraph))).toBe(true);
      });
    }
  }
});
