// /ask: the sentences that answer a question, best first and cited, found through the passage
// index without any language model; when nothing really answers, the closest passages as "maybe related".
import type { QuestionKind } from "../nlp/questionKind.ts";
import type { Corpus } from "../store/corpus.ts";
import { passageIndex } from "../store/passageIndex.ts";
import { askPassage } from "./askPassage.ts";
import type { AskAnswer, AskResult } from "./contract.ts";
import { scratchFor } from "./bm25.ts";
import { prepareEntityLookup } from "./entityMatch.ts";
import { rankSentences, type RankedSentence } from "./rankPassages.ts";
import { prepareCorrector } from "./typoCorrection.ts";
import { understandQuestion } from "./understandQuestion.ts";

/** Longest question text read; the rest of a pasted wall of text is ignored. */
const QUESTION_MAX = 500;
/** Below this share of the question's term weight matched, a sentence does not answer it. */
const MIN_COVERAGE = 0.5;
/** An article that lacks this much of the question (anywhere) is not about what was asked. */
const MIN_ARTICLE_COVERAGE = 0.65;
/** Questions only a duration, a number or a date can answer. */
const TYPED_KINDS: ReadonlySet<QuestionKind> = new Set(["howLong", "howMany", "howOld", "when"]);
/** Further answers are shown when they score at least this share of the best. */
const CLOSE = 0.6;
const MAX_ANSWERS = 3;
const MAX_RELATED = 3;

function distinctParagraphs(ranked: readonly RankedSentence[], index: ReturnType<typeof passageIndex>, max: number): RankedSentence[] {
  const seen = new Set<number>();
  const kept: RankedSentence[] = [];
  for (const r of ranked) {
    const paragraph = index.sentenceParagraph[r.id] ?? -1;
    if (seen.has(paragraph)) continue;
    seen.add(paragraph);
    kept.push(r);
    if (kept.length === max) break;
  }
  return kept;
}

/**
 * Builds everything /ask reads (the passage index, its BM25 accumulators, the typo corrector's indexes
 * and the entity lookup), so the first question is as quick as any: call once when the store is loaded.
 */
export function prepareAskIndex(corpus: Corpus): void {
  const index = passageIndex(corpus);
  scratchFor(index.bySentence);
  scratchFor(index.byParagraph);
  prepareCorrector(index);
  prepareEntityLookup(corpus);
}

export function answerAsk(corpus: Corpus, input: { question: string }): AskResult {
  const question = input.question.slice(0, QUESTION_MAX);
  const index = passageIndex(corpus);
  const understood = understandQuestion(corpus, index, question);
  const ranked = rankSentences(corpus, index, understood);
  const stems = new Set(understood.terms.map((t) => t.stem));
  const passages = (list: readonly RankedSentence[]) =>
    list.map((r) => askPassage(corpus, index, r.id, r.score, stems)).filter((a): a is AskAnswer => a !== null);
  const typed = TYPED_KINDS.has(understood.kind);
  const answering = ranked.filter(
    (r) => r.coverage >= MIN_COVERAGE && r.articleCoverage >= MIN_ARTICLE_COVERAGE && r.namesMet && r.relationMet && (!typed || r.answerType > 0),
  );
  const best = answering[0];
  const answers = best ? distinctParagraphs(answering, index, MAX_ANSWERS).filter((r) => r.score >= CLOSE * best.score) : [];
  return {
    question: input.question,
    ...(understood.corrected ? { corrected: understood.corrected } : {}),
    answers: passages(answers),
    maybeRelated: answers.length === 0 ? passages(distinctParagraphs(ranked, index, MAX_RELATED)) : [],
  };
}
