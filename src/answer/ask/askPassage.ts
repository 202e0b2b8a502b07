// One /ask passage: the ranked sentence (with the sentence before when it cannot stand alone),
// its paragraph cited and the question's matched terms highlighted.
import type { Span } from "../../model/article.ts";
import { needsPrevious } from "../../nlp/summary/summaryRules.ts";
import { tokenize } from "../../nlp/tokens.ts";
import type { RankedSentence } from "../../search/rankPassages.ts";
import { citedFields, citeOf } from "../cite.ts";
import type { AskAnswer } from "../contract.ts";

/** Spans of `text` whose words stem to one of `stems`. */
export function highlightSpans(text: string, stems: ReadonlySet<string>): Span[] {
  return tokenize(text)
    .filter((t) => stems.has(t.stem))
    .map((t): Span => [t.start, t.end]);
}

export function askPassage({ paragraph, sentence, score }: RankedSentence, stems: ReadonlySet<string>): AskAnswer {
  const previous = paragraph.sentences[sentence.ordinal - 1];
  const own = paragraph.text.slice(sentence.start, sentence.end);
  const start = previous && needsPrevious(own) ? previous.start : sentence.start;
  const text = paragraph.text.slice(start, sentence.end).trim();
  return {
    text,
    score: Math.round(score * 1000) / 1000,
    highlights: highlightSpans(text, stems),
    ...citedFields(paragraph.article, paragraph.n),
    cites: [citeOf(paragraph.article, paragraph.n)],
  };
}
