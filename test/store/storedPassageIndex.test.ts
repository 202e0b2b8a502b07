import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { answerAsk } from "../../src/answer/ask.ts";
import { indexStore } from "../../src/store/corpus.ts";
import { bodyTable } from "../../src/store/bodyTable.ts";
import { buildPassageIndex } from "../../src/store/passageIndex.ts";
import type { Store } from "../../src/store/schema.ts";
import { loadStore } from "../../src/store/storeFile.ts";
import { editedCopy, storeFileJson, writtenCorpusStore, writtenSeedStore } from "./writtenStore.ts";

/** The question set's answerable questions: one wrongly read posting would change an answer. */
const QUESTIONS = (JSON.parse(readFileSync("test/fixtures/ask-questions.json", "utf8")) as { questions: { question: string; answeredBy: string[] }[] }).questions
  .filter((q) => q.answeredBy.length > 0)
  .map((q) => q.question);

type StoreText = Record<string, unknown> & { passageIndex: Record<string, unknown> };

let store: Store;
let path: string;

beforeAll(async () => {
  ({ store, path } = await writtenCorpusStore());
});

const rewrite = (edit: (file: StoreText) => void): string => editedCopy(path, edit);

describe("the passage index written into the store file", () => {
  it("is read back identical to the index built from the articles", () => {
    const loaded = loadStore(path);
    if (!loaded.ok) throw new Error(loaded.message);
    expect(loaded.indexes.passageIndex).toEqual(buildPassageIndex(bodyTable(store.articles)));
  });

  it("gives /ask the same answers as a freshly ingested store", () => {
    const loaded = loadStore(path);
    if (!loaded.ok) throw new Error(loaded.message);
    const fromFile = indexStore(loaded.store, loaded.indexes);
    const fresh = indexStore(store);
    let answered = 0;
    for (const question of QUESTIONS) {
      const answer = answerAsk(fresh, { question });
      expect(answerAsk(fromFile, { question })).toEqual(answer);
      answered += answer.answers.length > 0 ? 1 : 0;
    }
    expect(answered).toBeGreaterThan(QUESTIONS.length * 0.9);
  });

  it("is left unread when another tokeniser version built it, and /ask still answers from a rebuilt one", () => {
    const loaded = loadStore(rewrite((file) => (file.passageIndex.version = -1)));
    if (!loaded.ok) throw new Error(loaded.message);
    expect(loaded.indexes.passageIndex).toBeNull();
    const answers = answerAsk(indexStore(loaded.store, loaded.indexes), { question: "How long was the call?" }).answers;
    expect(answers[0]?.text).toContain("more than two-hour");
  });

  it("is left unread when it was written for other articles", async () => {
    const seedIndex = storeFileJson<StoreText>((await writtenSeedStore()).path).passageIndex;
    const loaded = loadStore(rewrite((file) => (file.passageIndex = seedIndex)));
    if (!loaded.ok) throw new Error(loaded.message);
    expect(loaded.indexes.passageIndex).toBeNull();
  });

  it("is left unread when its packed numbers are cut short", () => {
    const loaded = loadStore(
      rewrite((file) => {
        const postings = file.passageIndex.bySentence as { ids: string };
        postings.ids = postings.ids.slice(0, 400);
      }),
    );
    if (!loaded.ok) throw new Error(loaded.message);
    expect(loaded.indexes.passageIndex).toBeNull();
  });
});
