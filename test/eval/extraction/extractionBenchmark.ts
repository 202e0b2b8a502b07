// HTML extraction on scrapinghub/article-extraction-benchmark (181 pages, human ground truth,
// MIT), scored as its evaluate.py does. Needs a copy of the benchmark (not shipped): see runBenchmark.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { gunzipSync } from "node:zlib";
import { parseHtmlPage } from "../../../src/ingest/htmlPage.ts";
import type { ParsedPage } from "../../../src/ingest/parsedPage.ts";
import type { EvalRow } from "../ask.ts";
import { benchmarkScores, pageF1, pagePrecision, pageRecall, shingleCounts, type BenchmarkScores } from "./shingleScore.ts";

export const BENCHMARK_F1_TARGET = 0.975;
/** Pages below this F1 are listed as failures. */
const FAILURE_F1 = 0.9;

export interface BenchmarkPage {
  id: string;
  url: string;
  truth: string;
  extracted: string;
  /** Why the page was refused, when it was. */
  refused?: string;
  f1: number;
  precision: number;
  recall: number;
}

type GroundTruth = Record<string, { articleBody?: string; url?: string }>;

/** The body as the benchmark's annotators wrote it: headings and paragraphs in reading order. */
export function pageText(page: ParsedPage): string {
  return page.sections.flatMap((s) => [...(s.heading ? [s.heading] : []), ...s.paragraphs]).join("\n\n");
}

function readGroundTruth(dir: string): GroundTruth {
  try {
    return JSON.parse(readFileSync(join(dir, "ground-truth.json"), "utf8")) as GroundTruth;
  } catch (error) {
    throw new Error(
      `no benchmark in ${dir} (${(error as Error).message}): give a checkout of scrapinghub/article-extraction-benchmark, the folder holding ground-truth.json and html/`,
    );
  }
}

function extract(html: string, path: string): { extracted: string; refused?: string } {
  try {
    return { extracted: pageText(parseHtmlPage(html, path)) };
  } catch (error) {
    return { extracted: "", refused: (error as Error).message };
  }
}

/** Runs our extractor over every page of the benchmark in `dir` (ground-truth.json and html/<id>.html.gz). */
export function runBenchmark(dir: string, predictions?: Record<string, string>): BenchmarkPage[] {
  return Object.entries(readGroundTruth(dir)).map(([id, item]) => {
    const truth = item.articleBody ?? "";
    const path = join(dir, "html", `${id}.html.gz`);
    const result = predictions ? { extracted: predictions[id] ?? "" } : extract(gunzipSync(readFileSync(path)).toString("utf8"), path);
    const counts = shingleCounts(truth, result.extracted);
    return { id, url: item.url ?? "", truth, ...result, f1: pageF1(counts), precision: pagePrecision(counts), recall: pageRecall(counts) };
  });
}

/** A published output file (output/<system>.json, wrapped or not) as text by page id. */
export function readPredictions(path: string): Record<string, string> {
  const data = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
  const output = (data.version !== undefined && data.output ? data.output : data) as Record<string, { articleBody?: string }>;
  return Object.fromEntries(Object.entries(output).map(([id, item]) => [id, item.articleBody ?? ""]));
}

function formatBenchmark(pages: readonly BenchmarkPage[], scores: BenchmarkScores): string {
  const failures = pages.filter((p) => p.f1 < FAILURE_F1).sort((a, b) => a.f1 - b.f1);
  const lines = [
    `${pages.length} pages: F1 ${scores.f1.toFixed(3)}  P ${scores.precision.toFixed(3)}  R ${scores.recall.toFixed(3)}  exact ${scores.accuracy.toFixed(3)}`,
    `refused: ${pages.filter((p) => p.refused).length}; below F1 ${FAILURE_F1}: ${failures.length}`,
    ...failures.map((p) => `  F1 ${p.f1.toFixed(3)}  P ${p.precision.toFixed(3)}  R ${p.recall.toFixed(3)}  ${p.id.slice(0, 12)}  ${p.url}${p.refused ? `  REFUSED: ${p.refused}` : ""}`),
  ];
  return lines.join("\n");
}

/** The benchmark's report and its target row, for `npm run eval -- --benchmark <dir>`. */
export function evaluateBenchmark(dir: string, predictions?: Record<string, string>): { report: string; rows: EvalRow[] } {
  const pages = runBenchmark(dir, predictions);
  const scores = benchmarkScores(pages);
  const row = { metric: `extraction benchmark F1 (${pages.length} pages)`, value: scores.f1, target: `≥ ${BENCHMARK_F1_TARGET}`, pass: scores.f1 >= BENCHMARK_F1_TARGET };
  return { report: formatBenchmark(pages, scores), rows: [row] };
}

/** `tsx test/eval/extraction/extractionBenchmark.ts <dir> [--score output/<system>.json]`: ours, or a published system's output. */
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [dir, flag, file] = process.argv.slice(2);
  if (!dir || (flag !== undefined && (flag !== "--score" || !file))) {
    console.error("usage: tsx test/eval/extraction/extractionBenchmark.ts <benchmark dir> [--score <output/system.json>]");
    process.exit(2);
  }
  try {
    console.log(evaluateBenchmark(dir, file ? readPredictions(file) : undefined).report);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
}
