// One /ask passage: the ranked sentence (with the sentence before when it cannot stand alone),
// its paragraph cited and the question's matched terms highlighted.
import { needsPrevious } from "../nlp/summaryRules.ts";
import { tokenize } from "../nlp/tokens.ts";
import type { Corpus } from "../store/corpus.ts";
import { indexedSentence, sentenceSpans, type PassageIndex } from "../store/passageIndex.ts";
import type { Span } from "../model/article.ts";
import { citedFields } from "./cite.ts";
import type { AskAnswer } from "./contract.ts";

/** Spans of `text` whose words stem to one of `stems`. */
export function highlightSpans(text: string, stems: ReadonlySet<string>): Span[] {
  return tokenize(text)
    .filter((t) => stems.has(t.stem))
    .map((t): Span => [t.start, t.end]);
}

export function askPassage(corpus: Corpus, index: PassageIndex, sentenceId: number, score: number, stems: ReadonlySet<string>): AskAnswer | null {
  const unit = indexedSentence(corpus, index, sentenceId);
  if (!unit) return null;
  const { article, paragraph } = unit;
  const previous = sentenceSpans(paragraph)[unit.ordinal - 1];
  const own = paragraph.text.slice(unit.start, unit.end);
  const start = previous && needsPrevious(own) ? previous[0] : unit.start;
  const text = paragraph.text.slice(start, unit.end).trim();
  return {
    text,
    score: Math.round(score * 1000) / 1000,
    highlights: highlightSpans(text, stems),
    ...citedFields(article, paragraph.n),
  };
}
