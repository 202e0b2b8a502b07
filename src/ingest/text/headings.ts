// Section headings in scraped text: a short line that opens like a title, does not end a
// sentence, and stands between two paragraphs of prose.
import { endsSentence, opensLikeTitle, wordCount } from "./shape.ts";

/** Headings run from two words ("‘Unprecedented’ strandings") to about a dozen. */
const HEADING_MIN_WORDS = 2;
export const HEADING_MAX_WORDS = 12;
/** A question heading needs a few words, so a one-line "Why?" stays in the story. */
const QUESTION_MIN_WORDS = 4;

/** A line that could be a heading by its own shape. */
export function looksLikeHeading(line: string): boolean {
  const words = wordCount(line);
  if (words < HEADING_MIN_WORDS || words > HEADING_MAX_WORDS || !opensLikeTitle(line)) return false;
  if (/[?!]["”’]?$/u.test(line)) return words >= QUESTION_MIN_WORDS;
  return !endsSentence(line) && !/[:;,]$/u.test(line);
}

/** Prose a heading can stand before: a sentence, or a line too long to be a heading. */
function isProse(line: string): boolean {
  return endsSentence(line) || wordCount(line) > HEADING_MAX_WORDS;
}

/**
 * `line` is a heading when it looks like one, the paragraph before it has ended its sentence
 * (so it is not an item of a list introduced with a colon) and prose follows it.
 * `previous` is undefined at the top of the story.
 */
export function isHeading(line: string, previous: string | undefined, next: string | undefined): boolean {
  if (!looksLikeHeading(line) || next === undefined || !isProse(next)) return false;
  return previous === undefined || endsSentence(previous);
}
