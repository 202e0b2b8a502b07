// Quote attribution against hand-made gold: per article, direct+mixed quote precision/recall/F1
// (spans overlap), speaker accuracy on matched quotes, quotes whose speaker they name themselves,
// and reported-speech recall. The tuned gold (test/fixtures/quotes-gold/) is analysed together, as ingest would.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildArticle, contentHash } from "../../src/ingest/buildArticle.ts";
import { parseTextPage } from "../../src/ingest/textPage.ts";
import { analyseArticles } from "../../src/nlp/analyse.ts";
import { nameStandingIn } from "../../src/nlp/names/nameInText.ts";
import type { Article } from "../../src/model/article.ts";
import type { Entity } from "../../src/model/entity.ts";
import type { Quote } from "../../src/model/quote.ts";
import { SEED_PATH, corpusArticle } from "./ask.ts";
import type { GoldQuote } from "./unseen/gold.ts";

const GOLD_DIR = fileURLToPath(new URL("../fixtures/quotes-gold/", import.meta.url));

interface GoldFile {
  article: string;
  quotes: GoldQuote[];
}

export interface QuoteEvalRow {
  article: string;
  /** Direct and mixed quotes: gold, found by the extractor, matched. */
  gold: number;
  found: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  /** Matched quotes whose speaker is right (null for null included). */
  speakerRight: number;
  speakerAccuracy: number;
  reportedGold: number;
  reportedFound: number;
  /** Found reported statements whose speaker is right. */
  reportedSpeakerRight: number;
  /** Reported statements the extractor gave (gold covers statements without quotation marks only, so no precision is claimed). */
  reportedExtracted: number;
  /** Found direct and mixed quotes whose speaker's name stands inside the quoted words: always a wrong speaker. */
  namedInside: number;
  /** Gold items whose text is not in the ingested body (an annotation or ingest problem). */
  unlocated: string[];
  /** One line per missed, spurious or misattributed quote, for reading the failures. */
  errors: string[];
}

interface Located {
  gold: GoldQuote;
  paragraph: number;
  start: number;
  end: number;
}

export function readGold(): GoldFile[] {
  return readdirSync(GOLD_DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(GOLD_DIR, f), "utf8")) as GoldFile);
}

/** A tuned gold article read as the eval reads it: the corpus fixture's text, or the seed. */
export function goldArticle(slug: string): Article {
  if (slug !== "seed") return corpusArticle(slug);
  const raw = readFileSync(SEED_PATH, "utf8");
  return buildArticle(parseTextPage(raw), SEED_PATH, contentHash(raw));
}

/** Any white space as one plain space, character for character, so offsets still hold. */
const plainSpaces = (text: string): string => text.replace(/\s/gu, " ");

function locate(article: Pick<Article, "paragraphs">, gold: GoldQuote): Located | undefined {
  const want = plainSpaces(gold.text);
  for (const p of article.paragraphs) {
    const text = plainSpaces(p.text);
    const base = gold.context ? text.indexOf(plainSpaces(gold.context)) : 0;
    if (base < 0) continue;
    const at = text.indexOf(want, base);
    if (at >= 0) return { gold, paragraph: p.n, start: at, end: at + want.length };
  }
  return undefined;
}

const overlaps = (q: Quote, g: Located): boolean => q.paragraph === g.paragraph && q.start < g.end && g.start < q.end;
const normal = (name: string): string => name.toLowerCase().replace(/[^\p{L}]+/gu, " ").trim();

/** Right when the found speaker is the gold one, or one of its `alsoRight` (null for unknown). */
function speakerRight(quote: Quote, gold: GoldQuote, entities: ReadonlyMap<string, Entity>): boolean {
  const entity = quote.speakerId ? entities.get(quote.speakerId) : undefined;
  const right = [gold.speaker, ...(gold.alsoRight ?? [])];
  if (!entity) return right.includes(null);
  const names = new Set([entity.name, ...entity.aliases].map(normal));
  return right.some((name) => name !== null && names.has(normal(name)));
}

/** The speaker's name or alias that stands inside the quote's own words, if any. */
export function nameInsideQuote(quote: Quote, entities: ReadonlyMap<string, Entity>): string | undefined {
  const entity = quote.speakerId ? entities.get(quote.speakerId) : undefined;
  return entity ? nameStandingIn([entity.name, ...entity.aliases], quote.text) : undefined;
}

const ratio = (n: number, d: number): number => (d === 0 ? 1 : n / d);
const f1Of = (precision: number, recall: number): number => (precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall));

export interface QuoteScoreOptions {
  /** Count gold quotes the ingested body lacks as missed (the extractor lost them), not only list them. */
  lostAreMissed?: boolean;
}

/** One article's row: its found quotes and entities against its gold quotes. */
export function scoreArticleQuotes(
  slug: string,
  article: Pick<Article, "paragraphs">,
  gold: readonly GoldQuote[],
  quotes: readonly Quote[],
  entities: ReadonlyMap<string, Entity>,
  options: QuoteScoreOptions = {},
): QuoteEvalRow {
  const errors: string[] = [];
  const unlocated: GoldQuote[] = [];
  const located: Located[] = [];
  for (const g of gold) {
    const at = locate(article, g);
    if (at) located.push(at);
    else unlocated.push(g);
  }
  const lost = (reported: boolean): number => (options.lostAreMissed ? unlocated.filter((g) => (g.kind === "reported") === reported).length : 0);
  if (options.lostAreMissed) for (const g of unlocated) errors.push(`lost in extraction "${g.text}" (${g.speaker ?? "null"})`);
  const speakerName = (q: Quote): string => (q.speakerId ? (entities.get(q.speakerId)?.name ?? q.speakerId) : "null");
  const quoted = quotes.filter((q) => q.kind !== "reported");
  const reported = quotes.filter((q) => q.kind === "reported");
  const used = new Set<Quote>();
  let matched = 0;
  let right = 0;
  const goldQuoted = located.filter((g) => g.gold.kind !== "reported");
  for (const g of goldQuoted) {
    const hit = quoted.find((q) => !used.has(q) && overlaps(q, g));
    if (!hit) {
      errors.push(`missed ¶${g.paragraph} "${g.gold.text}" (${g.gold.speaker ?? "null"})`);
      continue;
    }
    used.add(hit);
    matched += 1;
    if (speakerRight(hit, g.gold, entities)) right += 1;
    else errors.push(`speaker ¶${g.paragraph} "${g.gold.text}" want ${g.gold.speaker ?? "null"} got ${speakerName(hit)} (${hit.attribution})`);
  }
  for (const q of quoted) if (!used.has(q)) errors.push(`spurious ¶${q.paragraph} "${q.text.slice(0, 60)}" (${speakerName(q)})`);
  const named = quoted.flatMap((q) => {
    const name = nameInsideQuote(q, entities);
    return name ? [`speaker named inside ¶${q.paragraph} "${q.text.slice(0, 60)}" (${speakerName(q)}: "${name}")`] : [];
  });
  errors.push(...named);
  const goldReported = located.filter((g) => g.gold.kind === "reported");
  let reportedFound = 0;
  let reportedSpeakerRight = 0;
  for (const g of goldReported) {
    const hit = reported.find((q) => overlaps(q, g));
    if (!hit) {
      errors.push(`missed reported ¶${g.paragraph} "${g.gold.text}"`);
      continue;
    }
    reportedFound += 1;
    if (speakerRight(hit, g.gold, entities)) reportedSpeakerRight += 1;
    else errors.push(`reported speaker ¶${g.paragraph} "${g.gold.text}" want ${g.gold.speaker ?? "null"} got ${speakerName(hit)}`);
  }
  const goldCount = goldQuoted.length + lost(false);
  const precision = ratio(matched, quoted.length);
  const recall = ratio(matched, goldCount);
  return {
    article: slug,
    gold: goldCount,
    found: quoted.length,
    matched,
    precision,
    recall,
    f1: f1Of(precision, recall),
    speakerRight: right,
    speakerAccuracy: ratio(right, matched),
    reportedGold: goldReported.length + lost(true),
    reportedFound,
    reportedSpeakerRight,
    reportedExtracted: reported.length,
    namedInside: named.length,
    unlocated: unlocated.map((g) => g.text),
    errors,
  };
}

/** A "total" row over the articles' rows: every count summed, the ratios micro-averaged. */
export function totalQuoteRow(rows: readonly QuoteEvalRow[]): QuoteEvalRow {
  const sum = (key: "gold" | "found" | "matched" | "speakerRight" | "reportedGold" | "reportedFound" | "reportedSpeakerRight" | "reportedExtracted" | "namedInside"): number =>
    rows.reduce((n, r) => n + r[key], 0);
  const precision = ratio(sum("matched"), sum("found"));
  const recall = ratio(sum("matched"), sum("gold"));
  return {
    article: "total",
    gold: sum("gold"),
    found: sum("found"),
    matched: sum("matched"),
    precision,
    recall,
    f1: f1Of(precision, recall),
    speakerRight: sum("speakerRight"),
    speakerAccuracy: ratio(sum("speakerRight"), sum("matched")),
    reportedGold: sum("reportedGold"),
    reportedFound: sum("reportedFound"),
    reportedSpeakerRight: sum("reportedSpeakerRight"),
    reportedExtracted: sum("reportedExtracted"),
    namedInside: sum("namedInside"),
    unlocated: rows.flatMap((r) => r.unlocated),
    errors: [],
  };
}

/** Per-article rows, then a "total" row over all gold quotes (micro-averaged). */
export function evaluateQuotes(): QuoteEvalRow[] {
  const golds = readGold();
  const articles = golds.map((g) => goldArticle(g.article));
  const { entities, quotes } = analyseArticles(articles);
  const byId = new Map(entities.map((e) => [e.id, e]));
  const rows = golds.map((g, i) => {
    const article = articles[i] as Article;
    return scoreArticleQuotes(g.article, article, g.quotes, quotes.filter((q) => q.article === article.id), byId);
  });
  return [...rows, totalQuoteRow(rows)];
}

/** The rows as a fixed-width table. */
export function formatQuoteEval(rows: readonly QuoteEvalRow[]): string {
  const pct = (x: number): string => x.toFixed(2);
  const lines = [`${"article".padEnd(44)} gold found    P    R   F1  speaker  reported found/gold (extracted) speaker`];
  for (const r of rows) {
    lines.push(
      `${r.article.padEnd(44)} ${String(r.gold).padStart(4)} ${String(r.found).padStart(5)} ${pct(r.precision)} ${pct(r.recall)} ${pct(r.f1)}   ${pct(r.speakerAccuracy)}   ${`${r.reportedFound}/${r.reportedGold} (${r.reportedExtracted})`.padEnd(12)} ${pct(ratio(r.reportedSpeakerRight, r.reportedFound))}`,
    );
  }
  return lines.join("\n");
}
