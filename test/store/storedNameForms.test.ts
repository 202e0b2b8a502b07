import { describe, expect, it } from "vitest";
import { questionEntities } from "../../src/answer/entityMatch.ts";
import type { Corpus } from "../../src/store/corpus.ts";
import { buildNameForms } from "../../src/store/nameForms.ts";
import { writtenCorpusFixture } from "./writtenStore.ts";

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

const written = writtenCorpusFixture<StoreText>();
const formsIn = (file: string) => written.loaded(file).indexes.nameForms;
const named = (corpus: Corpus, question: string) => questionEntities(corpus, question).map((q) => [q.entity.id, q.byDescription]);

describe("the name forms written into the store file", () => {
  it("are read back identical to the forms built from the entities", () => {
    expect(formsIn(written.path)).toEqual(buildNameForms(written.store.entities));
  });

  it("find the same people in a question as a freshly ingested store", () => {
    const fromFile = written.loaded().corpus;
    const fresh = written.fresh();
    for (const question of QUESTIONS) expect(named(fromFile, question), question).toEqual(named(fresh, question));
    expect(named(fromFile, "What did the Kremlin spokesman say?")).toContainEqual(["dmitry-peskov", true]);
  });

  it("are left unread when another tokeniser version built them, they were written for other entities, or an entity was renamed", async () => {
    expect(formsIn(written.rewrite((file) => (file.nameForms.version = -1)))).toBeNull();
    expect(formsIn(await written.withSeedIndex("nameForms"))).toBeNull();
    expect(formsIn(written.rewrite((file) => (file.entities.names[0] = "Someone Else Entirely")))).toBeNull();
  });
});
