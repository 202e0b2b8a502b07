import { describe, expect, it } from "vitest";
import { articleChoices } from "../../commands/choices.ts";
import { articleNameTables } from "../../src/store/articleNames.ts";
import { writtenCorpusFixture } from "./writtenStore.ts";

/** What the `article` autocomplete sees while someone types a title or an outlet. */
const TYPED = ["", "t", "tr", "trump", "trump putin", "ukr", "impeachment", "ap", "nytimes", "putn phone", "xq"];

type StoreText = Record<string, unknown> & { articles: { title: string }[]; articleNames: Record<string, unknown> };

const written = writtenCorpusFixture<StoreText>();
const tablesIn = (file: string) => written.loaded(file).indexes.articleNames;

describe("the article name tables written into the store file", () => {
  it("are read back identical to the tables built from the articles", () => {
    expect(tablesIn(written.path)).toEqual(articleNameTables(written.store.articles));
  });

  it("give the article autocomplete the same choices as a freshly ingested store", () => {
    const fromFile = written.loaded().corpus;
    const fresh = written.fresh();
    for (const typed of TYPED) expect(articleChoices(fromFile, typed), typed).toEqual(articleChoices(fresh, typed));
    expect(articleChoices(fromFile, "trump putin").map((c) => c.name)).toContain(
      "The Trump-Putin phone call gave the Kremlin leader a chance to pivot away from the war in Ukraine",
    );
  });

  it("are left unread when they were written for other articles, or a title was edited by hand", async () => {
    expect(tablesIn(await written.withSeedIndex("articleNames"))).toBeNull();
    const retitled = written.rewrite((file) => {
      const first = file.articles[0];
      if (first) first.title = "Someone Else Entirely";
    });
    expect(tablesIn(retitled)).toBeNull();
  });
});
