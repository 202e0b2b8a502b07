// Quote attribution against the hand-made gold of test/fixtures/quotes-gold/: per article,
// direct+mixed quote precision/recall/F1 (spans overlap), speaker accuracy on matched quotes,
// and reported-speech recall. Every gold article is analysed together, as ingest would.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildArticle, contentHash } from "../../src/ingest/buildArticle.ts";
import { parseTextPage } from "../../src/ingest/textPage.ts";
import { analyseArticles } from "../../src/nlp/analyse.ts";
import type { Article } from "../../src/model/article.ts";
import type { Entity } from "../../src/model/entity.ts";
import type { Quote, QuoteKind } from "../../src/model/quote.ts";
import { SEED_PATH, corpusArticle } from "./ask.ts";

const GOLD_DIR = fileURLToPath(new URL("../fixtures/quotes-gold/", import.meta.url));

export interface GoldQuote {
  text: string;
  context?: string;
  kind: QuoteKind;
  speaker: string | null;
}

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

export function goldArticle(slug: string): Article {
  if (slug !== "seed") return corpusArticle(slug);
  const raw = readFileSync(SEED_PATH, "utf8");
  return buildArticle(parseTextPage(raw), SEED_PATH, contentHash(raw));
}

function locate(article: Article, gold: GoldQuote): Located | undefined {
  for (const p of article.paragraphs) {
    const base = gold.context ? p.text.indexOf(gold.context) : 0;
    if (base < 0) continue;
    const at = p.text.indexOf(gold.text, base);
    if (at >= 0) return { gold, paragraph: p.n, start: at, end: at + gold.text.length };
  }
  return undefined;
}

const overlaps = (q: Quote, g: Located): boolean => q.paragraph === g.paragraph && q.start < g.end && g.start < q.end;
const normal = (name: string): string => name.toLowerCase().replace(/[^\p{L}]+/gu, " ").trim();

function speakerRight(quote: Quote, gold: GoldQuote, entities: ReadonlyMap<string, Entity>): boolean {
  const entity = quote.speakerId ? entities.get(quote.speakerId) : undefined;
  if (!gold.speaker || !entity) return !gold.speaker && !entity;
  const want = normal(gold.speaker);
  return [entity.name, ...entity.aliases].some((n) => normal(n) === want);
}

const ratio = (n: number, d: number): number => (d === 0 ? 1 : n / d);

function scoreArticle(slug: string, article: Article, gold: GoldQuote[], quotes: Quote[], entities: ReadonlyMap<string, Entity>): QuoteEvalRow {
  const errors: string[] = [];
  const unlocated: string[] = [];
  const located: Located[] = [];
  for (const g of gold) {
    const at = locate(article, g);
    if (at) located.push(at);
    else unlocated.push(g.text);
  }
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
  const precision = ratio(matched, quoted.length);
  const recall = ratio(matched, goldQuoted.length);
  return {
    article: slug,
    gold: goldQuoted.length,
    found: quoted.length,
    matched,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    speakerRight: right,
    speakerAccuracy: ratio(right, matched),
    reportedGold: goldReported.length,
    reportedFound,
    reportedSpeakerRight,
    reportedExtracted: reported.length,
    unlocated,
    errors,
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
    return scoreArticle(g.article, article, g.quotes, quotes.filter((q) => q.article === article.id), byId);
  });
  const sum = (key: "gold" | "found" | "matched" | "speakerRight" | "reportedGold" | "reportedFound" | "reportedSpeakerRight" | "reportedExtracted"): number =>
    rows.reduce((n, r) => n + r[key], 0);
  const precision = ratio(sum("matched"), sum("found"));
  const recall = ratio(sum("matched"), sum("gold"));
  rows.push({
    article: "total",
    gold: sum("gold"),
    found: sum("found"),
    matched: sum("matched"),
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    speakerRight: sum("speakerRight"),
    speakerAccuracy: ratio(sum("speakerRight"), sum("matched")),
    reportedGold: sum("reportedGold"),
    reportedFound: sum("reportedFound"),
    reportedSpeakerRight: sum("reportedSpeakerRight"),
    reportedExtracted: sum("reportedExtracted"),
    unlocated: rows.flatMap((r) => r.unlocated),
    errors: [],
  });
  return rows;
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
