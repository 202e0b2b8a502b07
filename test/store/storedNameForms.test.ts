import { beforeAll, describe, expect, it } from "vitest";
import { questionEntities } from "../../src/answer/entityMatch.ts";
import { indexStore } from "../../src/store/corpus.ts";
import { buildNameForms } from "../../src/store/nameForms.ts";
import type { Store } from "../../src/store/schema.ts";
import { loadStore } from "../../src/store/storeFile.ts";
import { editedCopy, storeFileJson, writtenCorpusStore, writtenSeedStore } from "./writtenStore.ts";

/** Questions naming people and organisations by name, surname, title and description. */
const QUESTIONS = [
  "What did Gordon Sondland say about the quid pro quo?",
  "Did Sondland talk to Trump?",
  "What did the Kremlin spokesman say?",
  "What did Peskov say about the call?",
  "What did President Putin agree to?",
  "Who is Fiona Hill?",
  "What did the prison guards do?",
];

type StoreText = Record<string, unknown> & { entities: { names: string[] }; nameForms: Record<string, unknown> };

let store: Store;
let path: string;

beforeAll(async () => {
  ({ store, path } = await writtenCorpusStore());
});

const rewrite = (edit: (file: StoreText) => void): string => editedCopy(path, edit);

const loadedForms = (file: string) => {
  const loaded = loadStore(file);
  if (!loaded.ok) throw new Error(loaded.message);
  return loaded.indexes.nameForms;
};

describe("the name forms written into the store file", () => {
  it("are read back identical to the forms built from the entities", () => {
    expect(loadedForms(path)).toEqual(buildNameForms(store.entities));
  });

  it("find the same people in a question as a freshly ingested store", () => {
    const loaded = loadStore(path);
    if (!loaded.ok) throw new Error(loaded.message);
    const fromFile = indexStore(loaded.store, loaded.indexes);
    const fresh = indexStore(store);
    const named = (corpus: typeof fresh, question: string) => questionEntities(corpus, question).map((q) => [q.entity.id, q.byDescription]);
    for (const question of QUESTIONS) expect(named(fromFile, question), question).toEqual(named(fresh, question));
    expect(named(fromFile, "What did the Kremlin spokesman say?")).toContainEqual(["dmitry-peskov", true]);
  });

  it("are left unread when another tokeniser version built them, they were written for other entities, or an entity was renamed", async () => {
    expect(loadedForms(rewrite((file) => (file.nameForms.version = -1)))).toBeNull();
    const seedForms = storeFileJson<StoreText>((await writtenSeedStore()).path).nameForms;
    expect(loadedForms(rewrite((file) => (file.nameForms = seedForms)))).toBeNull();
    expect(loadedForms(rewrite((file) => (file.entities.names[0] = "Someone Else Entirely")))).toBeNull();
  });
});
