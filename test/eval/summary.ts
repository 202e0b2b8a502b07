// ROUGE of `brief` summaries against the human reference summaries of the three CNN/Daily Mail
// items, beside the lead-3 baseline computed in the same run. Both summaries are scored one sentence
// a line, as the references' highlights are; the ROUGE-L target is the summary-level (union-LCS) score.
import { readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { summaryOf } from "../../src/answer/summary/summary.ts";
import { splitSentences } from "../../src/nlp/sentences.ts";
import { sentenceSpans, type Article } from "../../src/model/article.ts";
import { corpusArticle, formatRows, type EvalRow } from "./ask.ts";
import { rouge, type RougeScores } from "./rouge.ts";

const REFERENCES = fileURLToPath(new URL("../fixtures/summary-references.json", import.meta.url));

export function readReferences(): Map<string, string> {
  const file = JSON.parse(readFileSync(REFERENCES, "utf8")) as { references: Record<string, { reference: string[] }> };
  return new Map(Object.entries(file.references).map(([slug, r]) => [slug, r.reference.join("\n")]));
}

/** The article's first three sentences, one a line, the baseline news summaries are measured against. */
export function lead3(article: Article): string {
  return article.paragraphs
    .flatMap((p) => sentenceSpans(p).map(([s, e]) => p.text.slice(s, e).trim()))
    .slice(0, 3)
    .join("\n");
}

/** A point's sentences, one a line, as lead-3's are (a point may hold two, or two around an elision). */
function pointLines(text: string): string[] {
  return text.split(" … ").flatMap((part) => splitSentences(part).map(([s, e]) => part.slice(s, e).trim()));
}

export function briefText(article: Article): string {
  return summaryOf(article, "brief").points.flatMap((p) => pointLines(p.text)).join("\n");
}

export interface SummaryScoreRow extends RougeScores {
  system: "brief" | "lead-3";
  article: string;
}

function mean(rows: readonly SummaryScoreRow[], system: SummaryScoreRow["system"]): SummaryScoreRow {
  const own = rows.filter((r) => r.system === system);
  const avg = (key: keyof RougeScores) => own.reduce((sum, r) => sum + r[key], 0) / (own.length || 1);
  return { system, article: "mean", rouge1: avg("rouge1"), rouge2: avg("rouge2"), rougeL: avg("rougeL"), rougeLsum: avg("rougeLsum") };
}

export interface SummaryEval {
  /** Per article and system, then the means. */
  scores: SummaryScoreRow[];
  /** The targets: brief at or above lead-3 on ROUGE-1 and summary-level ROUGE-L. */
  rows: EvalRow[];
}

export function runSummaryEval(): SummaryEval {
  const scores: SummaryScoreRow[] = [];
  for (const [slug, reference] of readReferences()) {
    const article = corpusArticle(slug);
    scores.push({ system: "brief", article: slug, ...rouge(briefText(article), reference) });
    scores.push({ system: "lead-3", article: slug, ...rouge(lead3(article), reference) });
  }
  const brief = mean(scores, "brief");
  const lead = mean(scores, "lead-3");
  scores.push(brief, lead);
  const rows: EvalRow[] = [
    { metric: "summary brief ROUGE-1 F − lead-3", value: brief.rouge1 - lead.rouge1, target: "≥ 0", pass: brief.rouge1 >= lead.rouge1 },
    { metric: "summary brief ROUGE-Lsum F − lead-3", value: brief.rougeLsum - lead.rougeLsum, target: "≥ 0", pass: brief.rougeLsum >= lead.rougeLsum },
  ];
  return { scores, rows };
}

export function formatScores(scores: readonly SummaryScoreRow[]): string {
  const line = (r: SummaryScoreRow) =>
    `${r.system.padEnd(7)} ${r.article.padEnd(40)} R1 ${r.rouge1.toFixed(3)}  R2 ${r.rouge2.toFixed(3)}  RL ${r.rougeL.toFixed(3)}  RLsum ${r.rougeLsum.toFixed(3)}`;
  return scores.map(line).join("\n");
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { scores, rows } = runSummaryEval();
  console.log(formatScores(scores));
  console.log(formatRows(rows));
}
