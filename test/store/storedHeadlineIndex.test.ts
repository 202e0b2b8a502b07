import { beforeAll, describe, expect, it } from "vitest";
import { answerRelated } from "../../src/answer/related.ts";
import { indexStore } from "../../src/store/corpus.ts";
import { buildHeadlineIndex } from "../../src/store/headlineIndex.ts";
import type { Store } from "../../src/store/schema.ts";
import { loadStore } from "../../src/store/storeFile.ts";
import { editedCopy, storeFileJson, writtenCorpusStore, writtenSeedStore } from "./writtenStore.ts";

/** Topics as people type them into /related, one mistyped. */
const TOPICS = ["Ukraine", "Putin phone call", "impeachment inquiry", "Sudan sanctions", "winter storm travel", "Ukrane", "nothing like this"];

type StoreText = Record<string, unknown> & { articles: { title: string }[]; headlineIndex: Record<string, unknown> };

let store: Store;
let path: string;

beforeAll(async () => {
  ({ store, path } = await writtenCorpusStore());
});

const rewrite = (edit: (file: StoreText) => void): string => editedCopy(path, edit);

const loadedIndex = (file: string) => {
  const loaded = loadStore(file);
  if (!loaded.ok) throw new Error(loaded.message);
  return loaded.indexes.headlineIndex;
};

describe("the headline index written into the store file", () => {
  it("is read back identical to the index built from the articles", () => {
    expect(loadedIndex(path)).toEqual(buildHeadlineIndex(store.articles));
  });

  it("gives /related the same headlines, in the same order, as a freshly ingested store", () => {
    const loaded = loadStore(path);
    if (!loaded.ok) throw new Error(loaded.message);
    const fromFile = indexStore(loaded.store, loaded.indexes);
    const fresh = indexStore(store);
    for (const topic of TOPICS) expect(answerRelated(fromFile, { topic }), topic).toEqual(answerRelated(fresh, { topic }));
    expect(answerRelated(fromFile, { topic: "Ukrane" }).headlines.length).toBeGreaterThan(0);
  });

  it("is left unread when another tokeniser version built it, it was written for other articles, or a title was edited by hand", async () => {
    expect(loadedIndex(rewrite((file) => (file.headlineIndex.version = -1)))).toBeNull();
    const seedIndex = storeFileJson<StoreText>((await writtenSeedStore()).path).headlineIndex;
    expect(loadedIndex(rewrite((file) => (file.headlineIndex = seedIndex)))).toBeNull();
    const retitled = rewrite((file) => {
      for (const article of file.articles) article.title = `Zebra crossings ${article.title}`;
    });
    expect(loadedIndex(retitled)).toBeNull();
  });
});
