// Extraction fidelity on the corpus's saved HTML pages: token F1 of the extracted body
// (paragraphs joined) against each article.txt, and whether title, outlet and URL were found.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { JSDOM, VirtualConsole } from "jsdom";
import { parseDocument } from "../../../src/ingest/html/dom.ts";
import { parseHtmlPage, type HtmlPageOptions } from "../../../src/ingest/htmlPage.ts";
import type { ParsedPage } from "../../../src/ingest/parsedPage.ts";
import type { EvalRow } from "../ask.ts";

export const CORPUS_DIR = fileURLToPath(new URL("../../fixtures/corpus/", import.meta.url));
export const F1_TARGET = 0.95;

export interface ExtractionRow {
  slug: string;
  f1: number;
  precision: number;
  recall: number;
  title: boolean;
  outlet: boolean;
  url: boolean;
  ms: number;
}

export interface TokenScores {
  f1: number;
  precision: number;
  recall: number;
}

/** Lower-cased letter/digit runs: the tokens both texts are compared on. */
export function tokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Bag-of-tokens F1 of `extracted` against `truth`. */
export function tokenF1(extracted: string, truth: string): TokenScores {
  const left = new Map<string, number>();
  const truthTokens = tokens(truth);
  for (const token of truthTokens) left.set(token, (left.get(token) ?? 0) + 1);
  const extractedTokens = tokens(extracted);
  let overlap = 0;
  for (const token of extractedTokens) {
    const count = left.get(token) ?? 0;
    if (count === 0) continue;
    overlap += 1;
    left.set(token, count - 1);
  }
  const precision = extractedTokens.length ? overlap / extractedTokens.length : 0;
  const recall = truthTokens.length ? overlap / truthTokens.length : 0;
  return { f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, precision, recall };
}

export function bodyText(page: ParsedPage): string {
  return page.sections.flatMap((s) => s.paragraphs).join("\n\n");
}

/** The corpus items that have a saved HTML page. */
export function htmlSlugs(dir = CORPUS_DIR): string[] {
  return readdirSync(dir)
    .filter((slug) => existsSync(join(dir, slug, "source.html")))
    .sort();
}

/** How a parsed page's body compares with the hand-checked text, and which metadata it found. */
export function pageScores(page: ParsedPage, truth: string): Omit<ExtractionRow, "slug" | "ms"> {
  return { ...tokenF1(bodyText(page), truth), title: Boolean(page.title), outlet: Boolean(page.outlet), url: Boolean(page.url) };
}

export function extractionRow(slug: string, dir = CORPUS_DIR, options: HtmlPageOptions = {}): ExtractionRow {
  const sourcePath = join(dir, slug, "source.html");
  const html = readFileSync(sourcePath, "utf8");
  const started = performance.now();
  const page = parseHtmlPage(html, sourcePath, options);
  const ms = performance.now() - started;
  return { slug, ...pageScores(page, readFileSync(join(dir, slug, "article.txt"), "utf8")), ms };
}

export function runExtractionEval(dir = CORPUS_DIR): { articles: ExtractionRow[]; rows: EvalRow[] } {
  const articles = htmlSlugs(dir).map((slug) => extractionRow(slug, dir));
  const rows: EvalRow[] = articles.map((a) => ({
    metric: `extraction F1 ${a.slug}`,
    value: a.f1,
    target: `≥ ${F1_TARGET}`,
    pass: a.f1 >= F1_TARGET,
  }));
  const found = articles.filter((a) => a.title && a.outlet && a.url).length;
  rows.push({ metric: "extraction title+outlet+URL found", value: found / (articles.length || 1), target: "= 1", pass: found === articles.length });
  return { articles, rows };
}

export function formatExtraction(articles: readonly ExtractionRow[]): string {
  const yes = (found: boolean) => (found ? "yes" : "NO ");
  return articles
    .map((a) => `${a.slug.padEnd(44)} F1 ${a.f1.toFixed(3)}  P ${a.precision.toFixed(3)}  R ${a.recall.toFixed(3)}  title ${yes(a.title)} outlet ${yes(a.outlet)} url ${yes(a.url)}  ${a.ms.toFixed(0)} ms`)
    .join("\n");
}

const quiet = new VirtualConsole();
export const DOM_IMPLEMENTATIONS: Record<string, (html: string) => Document> = {
  linkedom: parseDocument,
  jsdom: (html) => new JSDOM(html, { virtualConsole: quiet }).window.document,
};

/** The same pipeline over each DOM implementation: F1 and the median ms per page of `runs` runs. */
export function compareDoms(runs = 5, dir = CORPUS_DIR): { dom: string; slug: string; f1: number; ms: number }[] {
  return Object.entries(DOM_IMPLEMENTATIONS).flatMap(([dom, parse]) =>
    htmlSlugs(dir).map((slug) => {
      const rows = Array.from({ length: runs }, () => extractionRow(slug, dir, { parse }));
      const times = rows.map((r) => r.ms).sort((a, b) => a - b);
      return { dom, slug, f1: rows[0]?.f1 ?? 0, ms: times[Math.floor(times.length / 2)] ?? 0 };
    }),
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv.includes("--dom")) {
    for (const r of compareDoms()) console.log(`${r.dom.padEnd(9)} ${r.slug.padEnd(44)} F1 ${r.f1.toFixed(3)}  ${r.ms.toFixed(1)} ms`);
  } else {
    console.log(formatExtraction(runExtractionEval().articles));
  }
}
