// /ask as a document: the passages that answer, best first; or, when nothing answers, the closest ones
// offered as "maybe related".
import type { AskAnswer, AskResult } from "../../answer/contract.ts";
import { sourcesOf, type Document, type Excerpt } from "../document.ts";

const excerpt = (answer: AskAnswer): Excerpt => ({
  kind: "excerpt",
  text: answer.text,
  cite: answer.cite,
  ...(answer.url ? { url: answer.url } : {}),
  highlights: answer.highlights,
});

export function askDocument(result: AskResult): Document {
  const notes = [
    ...(result.corrected ? [`Read as: ${result.corrected}`] : []),
    ...(result.answers.length === 0 ? ["Nothing in the coverage answers that."] : []),
  ];
  const groups =
    result.answers.length > 0
      ? [{ items: result.answers.map(excerpt) }]
      : result.maybeRelated.length > 0
        ? [{ heading: "Maybe related", items: result.maybeRelated.map(excerpt) }]
        : [];
  return {
    title: `Q: ${result.question}`,
    notes,
    groups,
    empty: "Try other words, or see /sources for what is covered.",
    source: sourcesOf([...result.answers, ...result.maybeRelated], "coverage-bot"),
  };
}
