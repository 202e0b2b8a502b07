// A scraped text page as its logical lines: spaces normalised, blank lines dropped, and a line
// hard-wrapped mid-sentence (the next line of the same block goes on in lower case) joined back up.
import { cleanText } from "../html/text.ts";
import { endsSentence } from "./shape.ts";

const CONTINUES = /^\p{Ll}/u;

/** The lines of one block (no blank line inside), wrapped sentences joined. */
function blockLines(block: string): string[] {
  const lines: string[] = [];
  for (const line of block.split("\n").map(cleanText)) {
    const last = lines.at(-1);
    if (!line) continue;
    if (last !== undefined && CONTINUES.test(line) && !endsSentence(last) && /\p{L}{2,}$/u.test(last)) lines[lines.length - 1] = `${last} ${line}`;
    else lines.push(line);
  }
  return lines;
}

export function pageLines(raw: string): string[] {
  return raw
    .replace(/\r\n?/gu, "\n")
    .split(/\n[ \t\u00a0]*\n/u)
    .flatMap(blockLines);
}
