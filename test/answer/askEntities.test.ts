import { describe, expect, it } from "vitest";
import { answerAsk } from "../../src/answer/ask.ts";
import { questionEntities } from "../../src/answer/entityMatch.ts";
import { understandQuestion } from "../../src/answer/understandQuestion.ts";
import { passageIndex } from "../../src/store/passageIndex.ts";
import { indexStore } from "../../src/store/corpus.ts";
import { SCHEMA_VERSION } from "../../src/store/schema.ts";
import type { Entity } from "../../src/model/entity.ts";
import { seedArticle } from "./summaryArticles.ts";

const seed = seedArticle();
const paragraphOf = (fragment: string) => seed.paragraphs.find((p) => p.text.includes(fragment));
const she = paragraphOf("She added that");

function mentionsIn(fragment: string, word: string) {
  const p = paragraphOf(fragment);
  const start = p?.text.indexOf(word) ?? 0;
  return { article: seed.id, paragraph: p?.n ?? 1, start, end: start + word.length };
}

const entities: Entity[] = [
  {
    id: "tatiana-stanovaya",
    name: "Tatiana Stanovaya",
    kind: "person",
    aliases: ["Stanovaya"],
    description: "Carnegie Endowment analyst",
    mentions: [mentionsIn("Tatiana Stanovaya of the Carnegie", "Tatiana Stanovaya"), mentionsIn("She added that", "She")],
  },
  {
    id: "dmitry-peskov",
    name: "Dmitry Peskov",
    kind: "person",
    aliases: ["Peskov"],
    description: "Kremlin spokesman",
    mentions: [mentionsIn("Kremlin spokesman Dmitry Peskov", "Dmitry Peskov")],
  },
];
const corpus = indexStore({ schemaVersion: SCHEMA_VERSION, builtAt: new Date(0).toISOString(), articles: [seed], entities, quotes: [] });

describe("/ask with the store's entities", () => {
  it("resolves names, aliases and short descriptions in a question", () => {
    expect(questionEntities(corpus, "What did Stanovaya say?").map((e) => e.entity.id)).toEqual(["tatiana-stanovaya"]);
    expect(questionEntities(corpus, "what did the kremlin spokesman say").map((e) => [e.entity.id, e.byDescription])).toEqual([["dmitry-peskov", true]]);
    expect(questionEntities(corpus, "Who won the hockey match?")).toEqual([]);
  });

  it("favours a sentence that mentions the person asked about only by a pronoun", () => {
    const answer = answerAsk(corpus, { question: "What did Stanovaya add about an obvious victory?" }).answers[0];
    expect(answer?.paragraph).toBe(she?.n);
  });
});

describe("descriptions several entities share", () => {
  it("name no one: the question's own words decide", () => {
    const analysts: Entity[] = ["Fyodor Lukyanov", "Tatiana Stanovaya"].map((name) => ({
      id: name.toLowerCase().replace(/\s+/gu, "-"),
      name,
      kind: "person",
      aliases: [],
      description: "political analyst",
      mentions: [],
    }));
    const shared = indexStore({ schemaVersion: SCHEMA_VERSION, builtAt: new Date(0).toISOString(), articles: [seed], entities: analysts, quotes: [] });
    const understood = understandQuestion(shared, passageIndex(shared), "What did the political analyst say about Kyiv and Europe?");
    expect(understood.entities.size).toBe(0);
    expect(understood.terms.map((t) => t.word)).not.toContain("lukyanov");
    expect(answerAsk(shared, { question: "What did the political analyst say about Kyiv and Europe?" }).answers[0]?.text).toMatch(/Lukyanov/u);
  });

  it("a description only one entity has adds its name as a possible match", () => {
    const understood = understandQuestion(corpus, passageIndex(corpus), "What did the Kremlin spokesman say?");
    expect(understood.terms.find((t) => t.word === "peskov")).toMatchObject({ related: true });
  });
});
