// /ask: the sentences that answer a question, best first and cited (each citing every outlet that gives the
// same answer, and setting side by side the numbers outlets state differently), found through the store's
// passage index without any language model; when nothing really answers, the closest passages as "maybe
// related". Questions about the coverage itself ("which outlets covered …") are answered from the stories.
import type { QuestionKind } from "../../nlp/question/questionKind.ts";
import { rankSentences, type RankedSentence } from "../../search/rankPassages.ts";
import { understandQuestion } from "../../search/understandQuestion.ts";
import type { CoverageStore } from "../../store/coverageStore.ts";
import { askPassage } from "./askPassage.ts";
import type { AskResult } from "../contract.ts";
import { acrossOutlets } from "../story/agreeingAnswers.ts";
import { coverageAnswer } from "../story/coverageAnswer.ts";
import { coverageQuestion } from "../../nlp/question/coverageQuestion.ts";

/** Longest question text read; the rest of a pasted wall of text is ignored. */
const QUESTION_MAX = 500;
/** Below this share of the question's term weight matched, a sentence does not answer it. */
const MIN_COVERAGE = 0.5;
/** An article that lacks this much of the question (anywhere) is not about what was asked. */
const MIN_ARTICLE_COVERAGE = 0.65;
/** Questions only a duration, a number, a date, a reason or a name (or role) can answer. */
const TYPED_KINDS: ReadonlySet<QuestionKind> = new Set(["howLong", "howMany", "howOld", "when", "why", "who"]);
/** Further answers are shown when they score at least this share of the best. */
const CLOSE = 0.6;
const MAX_ANSWERS = 3;
const MAX_RELATED = 3;

function distinctParagraphs(ranked: readonly RankedSentence[], max: number): RankedSentence[] {
  const seen = new Set<number>();
  const kept: RankedSentence[] = [];
  for (const r of ranked) {
    if (seen.has(r.paragraph.id)) continue;
    seen.add(r.paragraph.id);
    kept.push(r);
    if (kept.length === max) break;
  }
  return kept;
}

/** Whether a passage answers what it was ranked for, rather than only sharing some of its words. */
const answersIt = (r: RankedSentence) => r.coverage >= MIN_COVERAGE && r.articleCoverage >= MIN_ARTICLE_COVERAGE && r.namesMet && r.relationMet;

export async function answerAsk(store: CoverageStore, input: { question: string }): Promise<AskResult> {
  const question = input.question.slice(0, QUESTION_MAX);
  const aboutCoverage = coverageQuestion(question);
  const coverage = aboutCoverage ? await coverageAnswer(store, aboutCoverage, input.question, answersIt) : null;
  if (coverage) return coverage;
  const understood = await understandQuestion(store, question);
  const ranked = await rankSentences(store, understood);
  const stems = new Set(understood.terms.map((t) => t.stem));
  const typed = TYPED_KINDS.has(understood.kind);
  const answering = ranked.filter((r) => answersIt(r) && (!typed || r.answerType > 0));
  const best = answering[0];
  const chosen = best ? distinctParagraphs(answering, MAX_ANSWERS).filter((r) => r.score >= CLOSE * best.score) : [];
  const { answers, disagreements } = await acrossOutlets(store, chosen, answering, { text: understood.corrected ?? input.question, kind: understood.kind, stems, close: CLOSE });
  return {
    question: input.question,
    ...(understood.corrected ? { corrected: understood.corrected } : {}),
    answers,
    maybeRelated: answers.length === 0 ? distinctParagraphs(ranked, MAX_RELATED).map((r) => askPassage(r, stems)) : [],
    ...(disagreements.length > 0 ? { disagreements } : {}),
  };
}
