// The byline line near the top of a scraped story: "By Jane Doe and John Roe, Reuters".
import { endsSentence, wordCount } from "./shape.ts";

const BYLINE = /^by\s+(\p{Lu}.*)$/iu;
const BYLINE_MAX_WORDS = 14;

/** The names of a byline line ("By Jane Doe" → "Jane Doe"), or undefined when the line is not one. */
export function bylineOf(line: string): string | undefined {
  const names = BYLINE.exec(line)?.[1];
  return names && wordCount(line) <= BYLINE_MAX_WORDS && !endsSentence(line) ? names : undefined;
}
