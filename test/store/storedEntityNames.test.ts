import { describe, expect, it } from "vitest";
import { entityChoices, speakerChoices } from "../../commands/choices.ts";
import { answerQuote } from "../../src/answer/quote.ts";
import { answerWho } from "../../src/answer/who.ts";
import { entityNameTables } from "../../src/store/entityNames.ts";
import { writtenCorpusFixture } from "./writtenStore.ts";

/** Names as people type them into /quote and /who: whole, mistyped, partial. */
const NAMES = ["Sondland", "Gordon Sondland", "Sondlnd", "Vindmn", "Fiona Hill", "Zelensky", "Hori Parata", "Joe Biden", "Biden", "Obama", "Tova Noel", "Nobody Atall"];
/** What autocomplete sees while someone types. */
const TYPED = ["", "s", "so", "son", "sond", "v", "vin", "kurt v", "hunt", "ob", "tova", "xq"];

type StoreText = Record<string, unknown> & { entities: { names: string[] }; entityNames: Record<string, unknown> };

const written = writtenCorpusFixture<StoreText>();
const tablesIn = (file: string) => written.loaded(file).indexes.nameTables;

describe("the name tables written into the store file", () => {
  it("are read back identical to the tables built from the entities", () => {
    expect(tablesIn(written.path)).toEqual(entityNameTables(written.fresh()));
  });

  it("give /quote, /who and autocomplete the same answers as a freshly ingested store", () => {
    const fromFile = written.loaded().corpus;
    const fresh = written.fresh();
    for (const name of NAMES) {
      expect(answerQuote(fromFile, { who: name }), name).toEqual(answerQuote(fresh, { who: name }));
      expect(answerWho(fromFile, { name }), name).toEqual(answerWho(fresh, { name }));
    }
    for (const typed of TYPED) {
      expect(speakerChoices(fromFile, typed), typed).toEqual(speakerChoices(fresh, typed));
      expect(entityChoices(fromFile, typed), typed).toEqual(entityChoices(fresh, typed));
    }
    expect(answerWho(fromFile, { name: "Sondlnd" }).entity?.name).toBe("Gordon Sondland");
    expect(speakerChoices(fromFile, "vin").map((c) => c.value)).toContain("Alexander Vindman");
  });

  it("are left unread when another version of the name normalisation built them", () => {
    expect(tablesIn(written.rewrite((file) => (file.entityNames.version = -1)))).toBeNull();
  });

  it("are left unread when they were written for other entities, or an entity was renamed by hand", async () => {
    expect(tablesIn(await written.withSeedIndex("entityNames"))).toBeNull();
    const renamed = written.rewrite((file) => {
      const ranked = Buffer.from(String(file.entityNames.ranked), "base64").readInt32LE(0);
      file.entities.names[ranked] = "Someone Else Entirely";
    });
    expect(tablesIn(renamed)).toBeNull();
  });

  it("are left unread when a list would start before the first item", () => {
    const shifted = written.rewrite((file) => {
      const postings = (file.entityNames.names as { byPrefix: { starts: string } }).byPrefix;
      const starts = Buffer.from(postings.starts, "base64");
      starts.writeInt32LE(-4, 0);
      postings.starts = starts.toString("base64");
    });
    expect(tablesIn(shifted)).toBeNull();
  });

  it("are left unread when a list is cut short", () => {
    const cut = written.rewrite((file) => {
      const names = file.entityNames.names as { byTrigram: { items: string } };
      names.byTrigram.items = names.byTrigram.items.slice(0, 400);
    });
    expect(tablesIn(cut)).toBeNull();
  });
});
