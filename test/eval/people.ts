// Entity typing against the hand-made people lists of test/fixtures/people-gold/: per article, the
// precision of "person" (entities typed as people that are people) and its recall, with every error.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { analyseArticle } from "../../src/nlp/analyse.ts";
import type { ArticleEntity } from "../../src/model/analysis.ts";
import { goldArticle } from "./quotes.ts";

const GOLD_DIR = fileURLToPath(new URL("../fixtures/people-gold/", import.meta.url));

interface PeopleGold {
  article: string;
  people: string[];
}

export interface PeopleEvalRow {
  article: string;
  /** Entities typed as people, and those of them that are people. */
  typed: number;
  right: number;
  gold: number;
  /** Gold people found as a person entity. */
  found: number;
  precision: number;
  recall: number;
  /** "not a person: …" and "missed: …" lines. */
  errors: string[];
}

export function readPeopleGold(): PeopleGold[] {
  return readdirSync(GOLD_DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(GOLD_DIR, f), "utf8")) as PeopleGold);
}

/** Lower case, letters only, doubled letters single: "Zelenskyy" and "Zelensky" are one spelling. */
const normal = (name: string): string[] =>
  name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^\p{L}\s]+/gu, "")
    .replace(/(\p{L})\1+/gu, "$1")
    .split(/\s+/u)
    .filter(Boolean);

/** A name is one of a gold person's when it is the whole name or its last words (a surname-only entity is still that person). */
function namesPerson(name: string, gold: string): boolean {
  const a = normal(name);
  const g = normal(gold);
  return a.length > 0 && a.length <= g.length && a.every((t, i) => t === g[g.length - a.length + i]);
}

const isGoldPerson = (entity: ArticleEntity, gold: string): boolean => [entity.name, ...entity.aliases].some((n) => namesPerson(n, gold));

const ratio = (n: number, d: number): number => (d === 0 ? 1 : n / d);

function scoreArticle(gold: PeopleGold): PeopleEvalRow {
  const { entities } = analyseArticle(goldArticle(gold.article));
  const people = entities.filter((e) => e.kind === "person");
  const errors: string[] = [];
  let right = 0;
  for (const entity of people) {
    if (gold.people.some((g) => isGoldPerson(entity, g))) right += 1;
    else errors.push(`not a person: ${entity.name}`);
  }
  let found = 0;
  for (const g of gold.people) {
    if (people.some((e) => isGoldPerson(e, g))) found += 1;
    else errors.push(`missed: ${g}${entities.some((e) => isGoldPerson(e, g)) ? " (typed organisation)" : ""}`);
  }
  return { article: gold.article, typed: people.length, right, gold: gold.people.length, found, precision: ratio(right, people.length), recall: ratio(found, gold.people.length), errors };
}

/** Per-article rows, then a "total" row (micro-averaged). */
export function evaluatePeople(): PeopleEvalRow[] {
  const rows = readPeopleGold().map(scoreArticle);
  const sum = (key: "typed" | "right" | "gold" | "found"): number => rows.reduce((n, r) => n + r[key], 0);
  rows.push({
    article: "total",
    typed: sum("typed"),
    right: sum("right"),
    gold: sum("gold"),
    found: sum("found"),
    precision: ratio(sum("right"), sum("typed")),
    recall: ratio(sum("found"), sum("gold")),
    errors: [],
  });
  return rows;
}

export function formatPeopleEval(rows: readonly PeopleEvalRow[]): string {
  const lines = [`${"article".padEnd(44)} typed right precision  gold found recall`];
  for (const r of rows) {
    lines.push(
      `${r.article.padEnd(44)} ${String(r.typed).padStart(5)} ${String(r.right).padStart(5)}      ${r.precision.toFixed(2)}  ${String(r.gold).padStart(4)} ${String(r.found).padStart(5)}   ${r.recall.toFixed(2)}`,
    );
  }
  const errors = rows.flatMap((r) => r.errors.map((e) => `  ${r.article}: ${e}`));
  return [...lines, ...(errors.length > 0 ? ["errors:", ...errors] : [])].join("\n");
}
