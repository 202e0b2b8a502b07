import { describe, expect, it } from "vitest";
import { answerAsk } from "../../src/answer/ask/ask.ts";
import type { ArticleEntity } from "../../src/model/analysis.ts";
import { questionEntities } from "../../src/search/questionEntities.ts";
import { understandQuestion } from "../../src/search/understandQuestion.ts";
import { storeOfAnalyses } from "../support/stores.ts";
import { seedArticle } from "./summaryArticles.ts";

const seed = seedArticle();
const paragraphOf = (fragment: string) => seed.paragraphs.find((p) => p.text.includes(fragment));
const she = paragraphOf("She added that");

function mentionsIn(fragment: string, word: string) {
  const p = paragraphOf(fragment);
  const start = p?.text.indexOf(word) ?? 0;
  return { paragraph: p?.n ?? 1, start, end: start + word.length };
}

const entities: ArticleEntity[] = [
  {
    name: "Tatiana Stanovaya",
    kind: "person",
    aliases: ["Stanovaya"],
    description: "Carnegie Endowment analyst",
    mentions: [mentionsIn("Tatiana Stanovaya of the Carnegie", "Tatiana Stanovaya"), mentionsIn("She added that", "She")],
  },
  {
    name: "Dmitry Peskov",
    kind: "person",
    aliases: ["Peskov"],
    description: "Kremlin spokesman",
    mentions: [mentionsIn("Kremlin spokesman Dmitry Peskov", "Dmitry Peskov")],
  },
];
const store = await storeOfAnalyses([{ article: seed, entities, quotes: [] }]);

describe("/ask with the store's entities", () => {
  it("resolves names, aliases and short descriptions in a question", async () => {
    expect((await questionEntities(store, "What did Stanovaya say?")).map((e) => e.entity.id)).toEqual(["tatiana-stanovaya"]);
    expect((await questionEntities(store, "what did the kremlin spokesman say")).map((e) => [e.entity.id, e.byDescription])).toEqual([["dmitry-peskov", true]]);
    expect(await questionEntities(store, "Who won the hockey match?")).toEqual([]);
  });

  it("favours a sentence that mentions the person asked about only by a pronoun", async () => {
    const answer = (await answerAsk(store, { question: "What did Stanovaya add about an obvious victory?" })).answers[0];
    expect(answer?.paragraph).toBe(she?.n);
  });
});

describe("descriptions several entities share", () => {
  it("name no one: the question's own words decide", async () => {
    const analysts: ArticleEntity[] = ["Fyodor Lukyanov", "Tatiana Stanovaya"].map((name) => ({
      name,
      kind: "person",
      aliases: [],
      description: "political analyst",
      mentions: [],
    }));
    const shared = await storeOfAnalyses([{ article: seed, entities: analysts, quotes: [] }]);
    const understood = await understandQuestion(shared, "What did the political analyst say about Kyiv and Europe?");
    expect(understood.entities.size).toBe(0);
    expect(understood.terms.map((t) => t.word)).not.toContain("lukyanov");
    expect((await answerAsk(shared, { question: "What did the political analyst say about Kyiv and Europe?" })).answers[0]?.text).toMatch(/Lukyanov/u);
  });

  it("a description only one entity has adds its name as a possible match", async () => {
    const understood = await understandQuestion(store, "What did the Kremlin spokesman say?");
    expect(understood.terms.find((t) => t.word === "peskov")).toMatchObject({ related: true });
  });
});
