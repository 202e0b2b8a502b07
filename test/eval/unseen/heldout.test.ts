// The held-out scorer checked on the tuned corpus only (never on the held-out articles): it must agree
// with today's eval there, and its own rules (lost gold, alsoRight, names inside quotes, people) must hold.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyseArticles } from "../../../src/nlp/analyse.ts";
import { paragraphsArticle } from "../../nlp/quotes/quoteArticles.ts";
import { buildEvalCorpus, readQuestions, runAskEval, share, tallyAsk, type AskQuestion } from "../ask.ts";
import { CORPUS_DIR, htmlSlugs, runExtractionEval } from "../extraction/extraction-corpus.ts";
import type { GoldQuote, HeldoutGold } from "./gold.ts";
import { GOLD_COMMIT, firstRunRecorded, formatSet, ingestPage, readSet, saveResults, scoreSet, setTargets, type SetFigures, type SetItem } from "./heldout.ts";
import { readEvalOptions } from "../options.ts";
import { namesGoldPerson, personPrecision } from "./heldoutPeople.ts";
import { evaluateQuotes, goldArticle, nameInsideQuote, readGold, scoreArticleQuotes, type QuoteEvalRow } from "../quotes.ts";

const goldOf = (slug: string, parts: Partial<HeldoutGold> = {}): HeldoutGold => ({
  article: slug,
  note: "",
  quotes: [],
  people: [],
  notPeople: [],
  questions: [],
  ...parts,
});

const COUNTS = ["gold", "found", "matched", "speakerRight", "reportedGold", "reportedFound", "reportedSpeakerRight", "reportedExtracted"] as const;
const counts = (row: QuoteEvalRow): number[] => COUNTS.map((key) => row[key]);

describe("the held-out scorer, tried on the tuned corpus, agrees with today's eval", () => {
  it("on quotes: every article's counts and the total", async () => {
    const golds = readGold();
    const items: SetItem[] = golds.map((g) => ({ slug: g.article, gold: goldOf(g.article, { quotes: g.quotes }), article: goldArticle(g.article) }));
    const figures = await scoreSet(items);
    const today = evaluateQuotes();
    expect([...figures.articles.map((a) => counts(a.quotes)), counts(figures.total.quotes)]).toEqual(today.map(counts));
    expect(counts(figures.total.quotes)).toEqual(COUNTS.map((key) => figures.articles.reduce((n, a) => n + a.quotes[key], 0)));
    expect(figures.total.quotes.gold).toBeGreaterThan(150);
  });

  it("on /ask: hit@1, hit@3 and the 'no answer' share", async () => {
    const { bySlug } = await buildEvalCorpus();
    const questions = readQuestions();
    const items: SetItem[] = [...bySlug].map(([slug, article]) => ({
      slug,
      article,
      gold: goldOf(slug, { questions: questions.filter((q) => q.article === slug || (slug === "seed" && !q.article)) }),
    }));
    const { ask } = (await scoreSet(items)).total;
    const [hit1, hit3, declined] = (await runAskEval()).rows.map((r) => r.value);
    expect(ask.answerable + ask.unanswerable).toBe(questions.length);
    expect([share(ask.hit1, ask.answerable), share(ask.hit3, ask.answerable), share(ask.declined, ask.unanswerable)]).toEqual([hit1, hit3, declined]);
  });

  it("on extraction: each saved page's token F1 against its article.txt", () => {
    const today = runExtractionEval().articles;
    const scored = htmlSlugs().map((slug) => ({ slug, f1: ingestPage(CORPUS_DIR, slug, goldOf(slug)).extraction?.f1 }));
    expect(scored).toEqual(today.map((a) => ({ slug: a.slug, f1: a.f1 })));
  });
});

describe("the held-out scorer, run on a set folder made of tuned-corpus pages", () => {
  const dir = mkdtempSync(join(tmpdir(), "heldout-set-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const golds = readGold().filter((g) => ["bbc-obama-gun-laws-frustration", "njcom-christie-state-of-the-state-criticism"].includes(g.article));
  for (const g of golds) {
    mkdirSync(join(dir, g.article));
    for (const file of ["source.html", "article.txt"]) copyFileSync(join(CORPUS_DIR, g.article, file), join(dir, g.article, file));
    const questions = readQuestions().filter((q) => q.article === g.article);
    writeFileSync(join(dir, g.article, "gold.json"), JSON.stringify(goldOf(g.article, { quotes: g.quotes, people: ["Barack Obama", "Chris Christie"], questions })));
  }
  mkdirSync(join(dir, "not-a-page"));
  writeFileSync(join(dir, "not-a-page", "source.html"), "<html><body><p>Page not found.</p></body></html>");
  writeFileSync(join(dir, "not-a-page", "article.txt"), "A body the page does not have.");
  const lostQuote: GoldQuote = { text: "A body the page does not have.", kind: "direct", speaker: null };
  writeFileSync(join(dir, "not-a-page", "gold.json"), JSON.stringify(goldOf("not-a-page", { quotes: [lostQuote] })));
  let figures: SetFigures;
  beforeAll(async () => {
    figures = await scoreSet(readSet(dir));
  });

  it("scores every article folder, and a page ingest refuses as skipped with every gold item missed", () => {
    expect(figures.articles.map((a) => a.article)).toEqual([...golds.map((g) => g.article), "not-a-page"].sort());
    const refused = figures.articles.find((a) => a.article === "not-a-page");
    expect(refused).toMatchObject({ skipped: expect.stringMatching(/^not an article/u), extraction: { f1: 0 }, quotes: { gold: 1, matched: 0 } });
    expect(figures.total.quotes.gold).toBe(golds.reduce((n, g) => n + g.quotes.filter((q) => q.kind !== "reported").length, 0) + 1);
  });

  it("prints one row per article, the total, and the names typed as people that the gold does not list", () => {
    const table = formatSet(figures);
    for (const a of figures.articles) expect(table).toMatch(new RegExp(`^${a.article} `, "mu"));
    expect(table).toMatch(/^total /mu);
    expect(table).toMatch(/not-a-page: skipped by ingest \(not an article/u);
    expect(table).toContain(`typed as people, not people of the article (${figures.total.people.wrong.length}):`);
    expect(setTargets(figures).map((t) => t.metric)).toContain("held-out quotes whose speaker is named inside");
  });

  it("writes its figures as results/<label>.json with the gold commit, and never over a label already written", () => {
    const set = { name: "held-out", goldCommit: GOLD_COMMIT, dir };
    const saved = JSON.parse(readFileSync(saveResults(figures, "first-run", set), "utf8"));
    expect(() => saveResults(figures, "first-run", set)).toThrow(/never overwritten/u);
    expect(saved).toMatchObject({ label: "first-run", goldCommit: GOLD_COMMIT, total: { quotes: { gold: figures.total.quotes.gold } } });
    expect(saved.articles).toHaveLength(3);
    expect(saved.targets).toEqual(setTargets(figures));
  });
});

describe("the held-out scorer's rules", () => {
  const seed = goldArticle("seed");
  const { entities, quotes } = analyseArticles([seed]);
  const byId = new Map(entities.map((e) => [e.id, e]));
  const commend = quotes.find((q) => q.text.startsWith("I would commend President Putin"));
  if (!commend) throw new Error("the seed's quote “I would commend President Putin…” is no longer found: these tests need it");

  it("counts a quote given to someone its own words name as a speaker named inside", () => {
    expect(commend?.speakerId).toBe("steve-witkoff");
    const misattributed = { ...commend, speakerId: "vladimir-putin" };
    expect(nameInsideQuote(commend, byId)).toBeUndefined();
    expect(nameInsideQuote(misattributed, byId)).toMatch(/^(President )?Putin$/u);
    const row = scoreArticleQuotes("seed", seed, [], [misattributed], byId);
    expect(row.namedInside).toBe(1);
    expect(row.errors.join("\n")).toMatch(/speaker named inside ¶16 .*Vladimir Putin/u);
  });

  it("accepts a speaker listed in alsoRight, and an unknown speaker when null is listed", () => {
    const gold = (parts: Partial<GoldQuote>): GoldQuote[] => [{ text: "I would commend President Putin", kind: "direct", speaker: "Donald Trump", ...parts }];
    const accuracy = (g: GoldQuote[], q = commend) => scoreArticleQuotes("seed", seed, g, [q], byId).speakerAccuracy;
    expect(accuracy(gold({}))).toBe(0);
    expect(accuracy(gold({ alsoRight: ["Steve Witkoff"] }))).toBe(1);
    expect(accuracy(gold({ alsoRight: ["Steve Witkoff"] }), { ...commend, speakerId: null })).toBe(0);
    expect(accuracy(gold({ alsoRight: [null] }), { ...commend, speakerId: null })).toBe(1);
  });

  it("counts gold the extractor lost as missed, where the tuned eval only lists it", () => {
    const lost = { paragraphs: seed.paragraphs.filter((p) => p.n !== 16) };
    const gold: GoldQuote[] = [{ text: "I would commend President Putin", kind: "direct", speaker: "Steve Witkoff" }];
    const found = quotes.filter((q) => q.paragraph !== 16);
    expect(scoreArticleQuotes("seed", lost, gold, found, byId)).toMatchObject({ gold: 0, unlocated: ["I would commend President Putin"] });
    const heldout = scoreArticleQuotes("seed", lost, gold, found, byId, { lostAreMissed: true });
    expect(heldout).toMatchObject({ gold: 1, matched: 0, recall: 0 });
    expect(heldout.errors).toContain('lost in extraction "I would commend President Putin" (Steve Witkoff)');
  });

  it("counts a question whose answering paragraph the extractor lost as answerable and missed", async () => {
    const data = await buildEvalCorpus();
    const question: AskQuestion = { question: "How long was the call?", article: "seed", answeredBy: ["no paragraph says this"], tags: [] };
    expect(await tallyAsk(data, [question])).toMatchObject({ answerable: 0, hit1: 0 });
    expect(await tallyAsk(data, [question], { lostAreMissed: true })).toMatchObject({ answerable: 1, hit1: 0 });
  });

  it("matches a person by a run of their name with titles dropped, never by a lone initial or title", () => {
    const people = ["Vladimir Putin", "Audley Peters", "Walter A. Clyburn Reed"];
    for (const name of ["Vladimir Putin", "Putin", "President Putin", "Mr. Putin's", "Supt Peters", "Superintendent Audley Peters", "Walter", "Clyburn Reed"]) {
      expect(namesGoldPerson(name, people), name).toBe(true);
    }
    for (const name of ["Kremlin", "A.", "President", "Putin Road", "Audley Peters Jr", "Reed Walter"]) {
      expect(namesGoldPerson(name, people), name).toBe(false);
    }
    expect(personPrecision(["Putin", "Kremlin", "Peters"], people)).toEqual({ typed: 3, right: 2, wrong: ["Kremlin"] });
  });

  it("takes a middle initial for the same person: 'Donald J. Trump' is the gold 'Donald Trump', and the other way round", () => {
    expect(namesGoldPerson("Donald J. Trump", ["Donald Trump"])).toBe(true);
    expect(namesGoldPerson("Donald Trump", ["Donald J. Trump"])).toBe(true);
    expect(namesGoldPerson("Donald Jones", ["Donald J. Trump"])).toBe(false);
  });

  it("scores a person by a name this article writes, not the fuller name the set's other articles give them", async () => {
    const written = (id: string, text: string, people: string[]): SetItem => ({ slug: id, gold: goldOf(id, { people }), article: paragraphsArticle(id, [text]) });
    const figures = await scoreSet([
      written("full", "President Donald J. Trump spoke to reporters on Friday.", ["Donald J. Trump"]),
      written("short", "Lawmakers met in the capital on Friday, and Mr. Trump spoke to reporters.", ["Trump"]),
      written("spelt", "Ms. Mellissa Jaggesar was detained on Tuesday. Ms. Melissa Jaggesar was charged on Wednesday.", ["Melissa Jaggesar"]),
    ]);
    expect(figures.articles.map((a) => a.people)).toEqual([
      { typed: 1, right: 1, wrong: [] },
      { typed: 1, right: 1, wrong: [] },
      { typed: 1, right: 1, wrong: [] },
    ]);
  });
});

describe("npm run eval options", () => {
  it("leave the held-out set out unless --heldout is given", () => {
    expect(readEvalOptions([])).toEqual({ heldout: false, misses: false });
    expect(readEvalOptions(["--heldout", "--save", "first-run"])).toEqual({ heldout: true, misses: false, save: "first-run" });
    expect(readEvalOptions(["--heldout", "--set", "2"])).toEqual({ heldout: true, set: "2", misses: false });
  });

  it("refuse --save without --heldout, a label that is not a file name, and unknown options, saying how to run it", () => {
    expect(readEvalOptions(["--save", "first-run"])).toEqual({ error: expect.stringMatching(/give --heldout too\nusage: npm run eval/u) });
    expect(readEvalOptions(["--heldout", "--save", "../x"])).toEqual({ error: expect.stringMatching(/a label is letters, digits/u) });
    expect(readEvalOptions(["--held-out"])).toEqual({ error: expect.stringMatching(/--held-out[\s\S]*usage: npm run eval/u) });
    expect(readEvalOptions(["--set", "2"])).toEqual({ error: expect.stringMatching(/give --heldout too/u) });
    expect(readEvalOptions(["--heldout", "--set", "3"])).toEqual({ heldout: true, set: "3", misses: false });
    expect(readEvalOptions(["--heldout", "--set", "5"])).toEqual({ heldout: true, set: "5", misses: false });
    expect(readEvalOptions(["--heldout", "--set", "6"])).toEqual({ error: expect.stringMatching(/the held-out sets are 1, 2, 3, 4 and 5/u) });
  });

  it("treat a held-out set as unrun until its results/first-run.json exists, so a plain run leaves it unscored", () => {
    const dir = mkdtempSync(join(tmpdir(), "heldout-unrun-"));
    expect(firstRunRecorded({ dir })).toBe(false);
    mkdirSync(join(dir, "results"));
    writeFileSync(join(dir, "results", "first-run.json"), "{}");
    expect(firstRunRecorded({ dir })).toBe(true);
    rmSync(dir, { recursive: true, force: true });
  });

  it("score the dev set with --dev, and save one set's figures at a time", () => {
    expect(readEvalOptions(["--dev", "--save", "first-run"])).toEqual({ heldout: false, dev: true, misses: false, save: "first-run" });
    expect(readEvalOptions(["--dev", "--heldout", "--save", "x"])).toEqual({ error: expect.stringMatching(/give --heldout or --dev, not both/u) });
  });
});
