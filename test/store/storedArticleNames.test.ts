import { beforeAll, describe, expect, it } from "vitest";
import { articleChoices } from "../../commands/choices.ts";
import { articleNameTables } from "../../src/store/articleNames.ts";
import { indexStore } from "../../src/store/corpus.ts";
import type { Store } from "../../src/store/schema.ts";
import { loadStore } from "../../src/store/storeFile.ts";
import { editedCopy, storeFileJson, writtenCorpusStore, writtenSeedStore } from "./writtenStore.ts";

/** What the `article` autocomplete sees while someone types a title or an outlet. */
const TYPED = ["", "t", "tr", "trump", "trump putin", "ukr", "impeachment", "ap", "nytimes", "putn phone", "xq"];

type StoreText = Record<string, unknown> & { articles: { title: string }[]; articleNames: Record<string, unknown> };

let store: Store;
let path: string;

beforeAll(async () => {
  ({ store, path } = await writtenCorpusStore());
});

const rewrite = (edit: (file: StoreText) => void): string => editedCopy(path, edit);

const loadedTables = (file: string) => {
  const loaded = loadStore(file);
  if (!loaded.ok) throw new Error(loaded.message);
  return loaded.indexes.articleNames;
};

describe("the article name tables written into the store file", () => {
  it("are read back identical to the tables built from the articles", () => {
    expect(loadedTables(path)).toEqual(articleNameTables(store.articles));
  });

  it("give the article autocomplete the same choices as a freshly ingested store", () => {
    const loaded = loadStore(path);
    if (!loaded.ok) throw new Error(loaded.message);
    const fromFile = indexStore(loaded.store, loaded.indexes);
    const fresh = indexStore(store);
    for (const typed of TYPED) expect(articleChoices(fromFile, typed), typed).toEqual(articleChoices(fresh, typed));
    expect(articleChoices(fromFile, "trump putin").map((c) => c.name)).toContain(
      "The Trump-Putin phone call gave the Kremlin leader a chance to pivot away from the war in Ukraine",
    );
  });

  it("are left unread when they were written for other articles, or a title was edited by hand", async () => {
    const seedTables = storeFileJson<StoreText>((await writtenSeedStore()).path).articleNames;
    expect(loadedTables(rewrite((file) => (file.articleNames = seedTables)))).toBeNull();
    const retitled = rewrite((file) => {
      const first = file.articles[0];
      if (first) first.title = "Someone Else Entirely";
    });
    expect(loadedTables(retitled)).toBeNull();
  });
});
