// A scraped text page as its logical lines: spaces normalised, blank lines dropped, and a line
// that was hard-wrapped mid-sentence (the next line goes on in lower case) joined back up.
import { cleanText } from "../html/text.ts";
import { endsSentence } from "./shape.ts";

const CONTINUES = /^[\p{Ll}]/u;

export function pageLines(raw: string): string[] {
  const lines: string[] = [];
  for (const line of raw.split(/\r\n?|\n/u).map(cleanText)) {
    if (!line) continue;
    const last = lines.at(-1);
    if (last !== undefined && CONTINUES.test(line) && !endsSentence(last) && /\p{L}{2,}$/u.test(last)) {
      lines[lines.length - 1] = `${last} ${line}`;
    } else lines.push(line);
  }
  return lines;
}
