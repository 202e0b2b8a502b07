import { describe, expect, it } from "vitest";
import { answerRelated } from "../../src/answer/related.ts";
import { buildHeadlineIndex } from "../../src/store/headlineIndex.ts";
import { writtenCorpusFixture } from "./writtenStore.ts";

/** Topics as people type them into /related, one mistyped. */
const TOPICS = ["Ukraine", "Putin phone call", "impeachment inquiry", "Sudan sanctions", "winter storm travel", "Ukrane", "nothing like this"];

type StoreText = Record<string, unknown> & { articles: { title: string }[]; headlineIndex: Record<string, unknown> };

const written = writtenCorpusFixture<StoreText>();
const indexIn = (file: string) => written.loaded(file).indexes.headlineIndex;

describe("the headline index written into the store file", () => {
  it("is read back identical to the index built from the articles", () => {
    expect(indexIn(written.path)).toEqual(buildHeadlineIndex(written.store.articles));
  });

  it("gives /related the same headlines, in the same order, as a freshly ingested store", () => {
    const fromFile = written.loaded().corpus;
    const fresh = written.fresh();
    for (const topic of TOPICS) expect(answerRelated(fromFile, { topic }), topic).toEqual(answerRelated(fresh, { topic }));
    expect(answerRelated(fromFile, { topic: "Ukrane" }).headlines.length).toBeGreaterThan(0);
  });

  it("is left unread when another tokeniser version built it, it was written for other articles, or a title was edited by hand", async () => {
    expect(indexIn(written.rewrite((file) => (file.headlineIndex.version = -1)))).toBeNull();
    expect(indexIn(await written.withSeedIndex("headlineIndex"))).toBeNull();
    const retitled = written.rewrite((file) => {
      for (const article of file.articles) article.title = `Zebra crossings ${article.title}`;
    });
    expect(indexIn(retitled)).toBeNull();
  });
});
