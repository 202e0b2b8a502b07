import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { answerAsk } from "../../src/answer/ask.ts";
import { bodyTable } from "../../src/store/bodyTable.ts";
import { buildPassageIndex } from "../../src/store/passageIndex.ts";
import { writtenCorpusFixture } from "./writtenStore.ts";

/** The question set's answerable questions: one wrongly read posting would change an answer. */
const QUESTIONS = (JSON.parse(readFileSync("test/fixtures/ask-questions.json", "utf8")) as { questions: { question: string; answeredBy: string[] }[] }).questions
  .filter((q) => q.answeredBy.length > 0)
  .map((q) => q.question);

type StoreText = Record<string, unknown> & { passageIndex: Record<string, unknown> };

const written = writtenCorpusFixture<StoreText>();

describe("the passage index written into the store file", () => {
  it("is read back identical to the index built from the articles", () => {
    expect(written.loaded().indexes.passageIndex).toEqual(buildPassageIndex(bodyTable(written.store.articles)));
  });

  it("gives /ask the same answers as a freshly ingested store", () => {
    const fromFile = written.loaded().corpus;
    const fresh = written.fresh();
    let answered = 0;
    for (const question of QUESTIONS) {
      const answer = answerAsk(fresh, { question });
      expect(answerAsk(fromFile, { question })).toEqual(answer);
      answered += answer.answers.length > 0 ? 1 : 0;
    }
    expect(answered).toBeGreaterThan(QUESTIONS.length * 0.9);
  });

  it("is left unread when another tokeniser version built it, and /ask still answers from a rebuilt one", () => {
    const loaded = written.loaded(written.rewrite((file) => (file.passageIndex.version = -1)));
    expect(loaded.indexes.passageIndex).toBeNull();
    expect(answerAsk(loaded.corpus, { question: "How long was the call?" }).answers[0]?.text).toContain("more than two-hour");
  });

  it("is left unread, not a reason to refuse the store, when it has the shape of another version", () => {
    const older = written.loaded(written.rewrite((file) => (file.passageIndex = { version: 1, byParagraph: { starts: "" } })));
    expect(older.indexes.passageIndex).toBeNull();
    expect(answerAsk(older.corpus, { question: "How long was the call?" }).answers[0]?.text).toContain("more than two-hour");
  });

  it("is left unread when it was written for other articles", async () => {
    expect(written.loaded(await written.withSeedIndex("passageIndex")).indexes.passageIndex).toBeNull();
  });

  it("is left unread when its packed numbers are cut short", () => {
    const cut = written.rewrite((file) => {
      const postings = file.passageIndex.bySentence as { ids: string };
      postings.ids = postings.ids.slice(0, 400);
    });
    expect(written.loaded(cut).indexes.passageIndex).toBeNull();
  });
});
