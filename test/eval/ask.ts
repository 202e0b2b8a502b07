// /ask accuracy on the hand-written question set: hit@1, hit@3 and the share of unanswerable
// questions answered with "no answer", over a corpus of the seed and the corpus fixtures.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { answerAsk } from "../../src/answer/ask/ask.ts";
import { buildArticle, contentHash } from "../../src/ingest/buildArticle.ts";
import { parseTextPage } from "../../src/ingest/textPage.ts";
import type { CoverageStore } from "../../src/store/coverageStore.ts";
import { storeOf } from "../support/stores.ts";
import type { Article } from "../../src/model/article.ts";
import type { GoldQuestion } from "./unseen/gold.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const SEED_PATH = join(ROOT, "data/sources/000_763f98cca8341530.txt");
export const CORPUS_DIR = join(ROOT, "test/fixtures/corpus");

export interface EvalCorpus {
  store: CoverageStore;
  /** Articles by corpus slug, and the seed as "seed". */
  bySlug: Map<string, Article>;
}

interface Meta {
  title: string;
  outlet?: string;
  url?: string;
  reference_summary?: string;
}

export function readMeta(slug: string): Meta {
  return JSON.parse(readFileSync(join(CORPUS_DIR, slug, "meta.json"), "utf8")) as Meta;
}

export function corpusSlugs(): string[] {
  return readdirSync(CORPUS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

function articleFromText(raw: string, path: string, meta?: Meta): Article {
  const page = parseTextPage(raw);
  if (meta?.outlet && !page.outlet) page.outlet = meta.outlet;
  if (meta?.url && !page.url) page.url = meta.url;
  return buildArticle(page, path, contentHash(raw));
}

/** The corpus fixture's body under its headline (the data-set marker removed), as a scraped text page reads. */
export function corpusArticle(slug: string): Article {
  const meta = readMeta(slug);
  const path = join(CORPUS_DIR, slug, "article.txt");
  const title = meta.title.replace(/^\[no headline in data set\]\s*/u, "");
  return articleFromText(`${title}\n\n${readFileSync(path, "utf8")}`, path, meta);
}

/** The articles, by slug, as one corpus /ask answers from. */
export async function evalCorpus(bySlug: Map<string, Article>): Promise<EvalCorpus> {
  return { store: await storeOf([...bySlug.values()]), bySlug };
}

export function buildEvalCorpus(): Promise<EvalCorpus> {
  const bySlug = new Map<string, Article>();
  bySlug.set("seed", articleFromText(readFileSync(SEED_PATH, "utf8"), SEED_PATH));
  for (const slug of corpusSlugs()) bySlug.set(slug, corpusArticle(slug));
  return evalCorpus(bySlug);
}

/** A question with the slug of the article that answers it; no article when none does. */
export type AskQuestion = GoldQuestion & { article?: string };

export function readQuestions(): AskQuestion[] {
  const file = join(ROOT, "test/fixtures/ask-questions.json");
  return (JSON.parse(readFileSync(file, "utf8")) as { questions: AskQuestion[] }).questions;
}

function normal(text: string): string {
  return text.replace(/[’‘]/gu, "'").replace(/[“”]/gu, '"').replace(/\s+/gu, " ").trim();
}

/** The paragraph numbers whose text contains one of the answering substrings. */
export function answeringParagraphs(article: Article, answeredBy: readonly string[]): number[] {
  const wanted = answeredBy.map(normal);
  return article.paragraphs.filter((p) => wanted.some((w) => normal(p.text).includes(w))).map((p) => p.n);
}

export interface EvalRow {
  metric: string;
  value: number;
  target: string;
  pass: boolean;
}

export interface AskEval {
  rows: EvalRow[];
  /** The counts the rows are shares of. */
  tally: AskTally;
  /** One line per answerable question not answered first, and per unanswerable question answered. */
  misses: string[];
}

export interface AskTally {
  answerable: number;
  /** Answerable questions whose first answer is from an answering paragraph. */
  hit1: number;
  /** … whose first three answers hold one. */
  hit3: number;
  unanswerable: number;
  /** Unanswerable questions answered "no answer". */
  declined: number;
  /** One line per answerable question not answered first, and per unanswerable question answered. */
  misses: string[];
}

export interface AskOptions {
  /** Count a question whose answering paragraph the ingested article lacks as answerable and missed (the extractor lost it), not only list it. */
  lostAreMissed?: boolean;
}

/** Asks every question of the corpus and counts where the answers land. */
export async function tallyAsk(data: EvalCorpus, questions: readonly AskQuestion[], options: AskOptions = {}): Promise<AskTally> {
  const misses: string[] = [];
  let answerable = 0;
  let hit1 = 0;
  let hit3 = 0;
  let unanswerable = 0;
  let declined = 0;
  for (const q of questions) {
    const result = await answerAsk(data.store, { question: q.question });
    const first = result.answers[0];
    if (!q.article) {
      unanswerable++;
      if (result.answers.length === 0) declined++;
      else misses.push(`answered the unanswerable "${q.question}" with ${first?.article} ¶${first?.paragraph}: ${first?.text.slice(0, 90)}`);
      continue;
    }
    const article = data.bySlug.get(q.article);
    const gold = article ? answeringParagraphs(article, q.answeredBy) : [];
    if (!article || gold.length === 0) {
      misses.push(`${options.lostAreMissed ? "LOST" : "unresolved"} answer for "${q.question}" in ${q.article}`);
      if (options.lostAreMissed) answerable++;
      continue;
    }
    answerable++;
    const hits = result.answers.map((a) => a.article === article.id && gold.includes(a.paragraph));
    if (hits[0]) hit1++;
    if (hits.slice(0, 3).some(Boolean)) hit3++;
    if (!hits[0]) {
      const got = first ? `${first.article === article.id ? "" : `${first.article} `}¶${first.paragraph}: ${first.text.slice(0, 90)}` : "no answer";
      misses.push(`${hits.some(Boolean) ? "top3" : "MISS"} "${q.question}" want ¶${gold.join(",")} got ${got}`);
    }
  }
  return { answerable, hit1, hit3, unanswerable, declined, misses };
}

export const share = (n: number, d: number): number => (d === 0 ? 0 : n / d);

export async function runAskEval(corpus?: EvalCorpus): Promise<AskEval> {
  const data = corpus ?? (await buildEvalCorpus());
  const tally = await tallyAsk(data, readQuestions());
  const { answerable, hit1, hit3, unanswerable, declined, misses } = tally;
  const rows: EvalRow[] = [
    { metric: `ask hit@1 (${answerable} questions)`, value: share(hit1, answerable), target: "≥ 0.80", pass: share(hit1, answerable) >= 0.8 },
    { metric: "ask hit@3", value: share(hit3, answerable), target: "≥ 0.95", pass: share(hit3, answerable) >= 0.95 },
    { metric: `ask "no answer" share (${unanswerable} unanswerable)`, value: share(declined, unanswerable), target: "≥ 0.80", pass: share(declined, unanswerable) >= 0.8 },
  ];
  return { rows, tally, misses };
}

export function formatRows(rows: readonly EvalRow[]): string {
  return rows.map((r) => `${r.metric.padEnd(44)} ${r.value.toFixed(3)}  target ${r.target}  ${r.pass ? "ok" : "BELOW"}`).join("\n");
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { rows, misses } = await runAskEval();
  console.log(formatRows(rows));
  if (process.argv.includes("--misses")) console.log(misses.join("\n"));
}
