import { describe, expect, it } from "vitest";
import { answerArticle } from "../../src/answer/article.ts";
import { answerQuotes } from "../../src/answer/quote.ts";
import { answerRelated } from "../../src/answer/related.ts";
import { answerSummary } from "../../src/answer/summary.ts";
import { loadStore } from "../../src/store/storeFile.ts";
import { plainStore, writtenCorpusFixture } from "./writtenStore.ts";

type Packed = Record<string, Record<string, string | unknown[]>>;

const written = writtenCorpusFixture<Packed>();
const rewrite = (edit: (file: Packed) => void): string => written.rewrite(edit);

/** Replaces the Int32 at `index` of a packed field. */
function setNumber(part: Record<string, unknown>, field: string, index: number, value: number): void {
  const bytes = Buffer.from(String(part[field]), "base64");
  bytes.writeInt32LE(value, index * 4);
  part[field] = bytes.toString("base64");
}

const problem = (file: string): string => {
  const loaded = loadStore(file);
  return loaded.ok ? "loaded" : loaded.message;
};

describe("the packed store file", () => {
  it("reads back every article, paragraph, entity, mention and quote exactly as ingest made them", () => {
    const loaded = written.loaded();
    expect(loaded.store.articles.map((a) => a.paragraphs.length)).toEqual(written.store.articles.map((a) => a.paragraphs.length));
    expect(plainStore(loaded.store)).toEqual(plainStore(written.store));
  });

  it("gives each quote its words back from the paragraph it was said in", () => {
    const loaded = written.loaded();
    const quote = loaded.store.quotes.find((q) => q.text.startsWith("I would commend President Putin"));
    expect(quote?.speakerId).toBe("steve-witkoff");
    const paragraph = loaded.store.articles.find((a) => a.id === quote?.article)?.paragraphs[(quote?.paragraph ?? 0) - 1];
    expect(paragraph?.text.slice(quote?.start, quote?.end)).toBe(quote?.text);
  });

  it("gives every article's summary, its extraction and the full quote list as a freshly ingested store does", () => {
    const fromFile = written.loaded().corpus;
    const fresh = written.fresh();
    for (const { id } of written.store.articles) {
      expect(answerSummary(fromFile, { article: id }), id).toEqual(answerSummary(fresh, { article: id }));
      expect(answerArticle(fromFile, { id }), id).toEqual(answerArticle(fresh, { id }));
    }
    expect(answerQuotes(fromFile)).toEqual(answerQuotes(fresh));
    expect(answerRelated(fromFile, { topic: "Ukraine" })).toEqual(answerRelated(fresh, { topic: "Ukraine" }));
  });

  it("names the part that does not fit when a quote points past its paragraph", () => {
    const edited = rewrite((file) => setNumber(file.quotes as Record<string, unknown>, "quotes", 3, 1_000_000));
    expect(problem(edited)).toMatch(/does not hold together \(quotes\.quotes has a quote outside its paragraph/u);
    expect(problem(edited)).toContain("npm run ingest");
  });

  it("names the part that does not fit when a mention names an article that is not stored", () => {
    const edited = rewrite((file) => setNumber(file.entities as Record<string, unknown>, "mentions", 0, 99_999));
    expect(problem(edited)).toMatch(/entities\.mentions names an article that is not stored/u);
  });

  it("names the part that does not fit when the sentence spans are cut short or a paragraph is emptied", () => {
    const cut = rewrite((file) => {
      const bodies = file.bodies as Record<string, string>;
      bodies.sentenceSpans = (bodies.sentenceSpans ?? "").slice(0, 400);
    });
    expect(problem(cut)).toMatch(/bodies\.sentenceSpans does not have one span per sentence/u);
    const emptied = rewrite((file) => {
      const bodies = file.bodies as Record<string, unknown>;
      const ends = Buffer.from(String(bodies.paragraphEnds), "base64");
      setNumber(bodies, "paragraphEnds", 1, ends.readInt32LE(0));
    });
    expect(problem(emptied)).toMatch(/bodies\.paragraphEnds leaves an empty paragraph/u);
  });
});
