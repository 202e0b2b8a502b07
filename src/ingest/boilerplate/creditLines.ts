// Who wrote and reported the story, printed inside its body: a byline opening the first paragraph
// ("By Jane Doe: The council voted…"), a signature closing it ("-- Jane Doe"), contributor and
// reporting credits ("John Roe contributed to this report.", "(Reporting by …; Editing by …)", a radio's
// "Jane Doe reports.") and staff titles ("Tribune Staff Reporter"). Cut from the body, so their names are
// not the story's people.
import type { ParsedSection } from "../parsedPage.ts";
import { wordCount } from "../words.ts";

const NAME = String.raw`\p{Lu}[\p{L}'’.-]*`;
const NAMES = String.raw`${NAME}(?:\s+${NAME}){0,3}(?:\s+and\s+${NAME}(?:\s+${NAME}){0,3})?`;
/** "By Jane Doe: ", "BY JANE DOE | ", "By Jane Doe and John Roe – ": names, then a colon, bar or dash before the story. */
const OPENING_BYLINE = new RegExp(String.raw`^(?:By|BY)\s+(${NAMES})\s*(?::|\||\s[-–—])\s+(?=\S)`, "u");
/** Words that follow "By" in a sentence, not a name: "By Monday – the deadline – …". */
const NOT_NAMES = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|the|then|now|law|contrast|comparison|far|way)\b/iu;
/** "-- Jane Doe", "— Jane Doe": a signature under the story (a quoted post's signature names an account and a date). */
const SIGNATURE = new RegExp(String.raw`^(?:--|—|–)\s*${NAME}(?:\s+${NAME}){0,3}$`, "u");
/** "Jane Doe | The Oregonian": a reporter's name and the paper, alone on a line. */
const NAME_AND_PAPER = new RegExp(String.raw`^${NAME}(?:\s+${NAME}){1,3}\s+\|\s+(?:The\s+)?${NAME}(?:\s+${NAME}){0,3}$`, "u");

const CREDITS = [
  /\bcontributed (reporting |additional reporting )?to (this|the) (report|story|article)\b/iu,
  /^\((additional )?(reporting|writing|editing) by\b|;\s*(additional reporting|writing|editing) by\b/iu,
  /^(additional )?(reporting|writing|editing) by\b[^.!?]*$/iu,
  /^to contact the (reporters?|writers?|editors?|authors?)\b/iu,
  /^(\p{Lu}\p{L}*\s+){0,3}staff (reporter|writer|correspondent|photographer)s?$/iu,
];
/** "Wayne Walker reports.": a broadcaster's hand-off to its reporter, a name and nothing more. */
const HAND_OFF = new RegExp(String.raw`^${NAME}(?:\s+${NAME}){1,3}\s+reports\.?$`, "u");
/** Credits are a line or two; a longer paragraph is prose that mentions reporting. */
const CREDIT_MAX_WORDS = 60;

/** A paragraph that only credits the story's reporters, writers or editors. */
export function isCreditLine(text: string): boolean {
  if (wordCount(text) > CREDIT_MAX_WORDS) return false;
  return CREDITS.some((pattern) => pattern.test(text)) || NAME_AND_PAPER.test(text) || HAND_OFF.test(text);
}

/** The byline opening a paragraph and the paragraph without it, or no byline when it does not open with one. */
export function openingByline(text: string): { byline?: string; rest: string } {
  const match = OPENING_BYLINE.exec(text);
  const names = match?.[1];
  if (!match || !names || NOT_NAMES.test(names)) return { rest: text };
  return { byline: names, rest: text.slice(match[0].length) };
}

/**
 * The sections without credit lines, the first paragraph without its opening byline and the last
 * without a signature; `byline` is the names the opening byline gave, if any.
 */
export function dropCredits(sections: readonly ParsedSection[]): { sections: ParsedSection[]; byline?: string } {
  const kept = sections.map((s) => ({ ...s, paragraphs: s.paragraphs.filter((text) => !isCreditLine(text)) }));
  const first = kept.find((s) => s.paragraphs.length > 0);
  const opening = first?.paragraphs[0] === undefined ? { rest: "" } : openingByline(first.paragraphs[0]);
  if (first && opening.byline) first.paragraphs[0] = opening.rest;
  const last = kept.findLast((s) => s.paragraphs.length > 0);
  if (last && SIGNATURE.test(last.paragraphs.at(-1) ?? "")) last.paragraphs.pop();
  return { sections: kept.filter((s) => s.paragraphs.length > 0 || s.heading), ...(opening.byline ? { byline: opening.byline } : {}) };
}
