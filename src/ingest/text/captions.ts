// Photo captions in scraped text, told apart from the story by their shape (a photo credit,
// a photo opener, a "Photo" label, an unpunctuated description), and deduplicated.
import { HEADING_MAX_WORDS } from "./headings.ts";
import { endsSentence, withoutRepeats, wordCount } from "./shape.ts";

/** A credit in brackets closing the line: "(Russian Defense Ministry Press Service via AP)", "(Thomas Coex/AFP/Getty Images)". */
const BRACKETED_CREDIT = /\(([^()]{2,100})\)["”]?$/u;
const CREDIT_WORDS = /\b(photos?|photograph|image|credit|courtesy|via|file|pool|AP|AFP|Reuters|Getty|EPA|Xinhua|Shutterstock|Alamy)\b|\//u;
/** How captions open: "In this photo …", "Photo: …", "Pictured: …", "Above, …", "Clockwise from top: …", "1 of 4. …". */
const CAPTION_OPENER =
  /^((photo|image|picture)s?\s*:|in this (file )?(photo|image|picture|video|handout)|(this|a) (file )?(photo|image|picture) (shows|taken)|pictured\b|(above|below|left|right|top|bottom|clockwise from \w+|from left)\s*[,:]|\d+ of \d+\.\s)/iu;
/** A credit standing on its own line or closing one: "Photo: Jane Doe / Reuters", "Credit Ashraf Shazly/AFP — Getty Images". */
const CREDIT_LINE = /^((photo|image|picture|video)s?( by)?\s*[:|/—–-]|(photo |image )?credits?\b:?|courtesy of\b)\s*(?<names>\S.*)$/iu;
/** The small words a credit's names may hold: "Courtesy of the family", "Jane Doe for The Times". */
const CREDIT_CONNECTORS = new Set(["of", "by", "for", "via", "and", "the", "de", "van", "von"]);
const TRAILING_CREDIT = /\b(photo|photograph|image|picture)( credit)?\s*:\s*[^.]{2,80}$|\bcredit:\s*[^.]{2,80}$/iu;
/** A bare label before a caption: "Photo", "Image", "Video". */
const CAPTION_LABEL = /^(photo|image|picture|video|caption|gallery)s?:?$/iu;
const LEADING_LABEL = /^(photo|image|picture)s?\s*:\s*/iu;
/** Captions are short; a paragraph longer than this is prose whatever it says. */
const CAPTION_MAX_WORDS = 80;
/** A credit alone names a photographer or agency: a few words, no sentence. */
const CREDIT_MAX_WORDS = 8;

export function isCaptionLabel(line: string): boolean {
  return CAPTION_LABEL.test(line);
}

/**
 * A label followed by names only ("Credit Ashraf Shazly/AFP — Getty Images"), so "Credit card
 * debt rose" is not one; after the unambiguous "Courtesy of" any few words are.
 */
export function isCreditLine(line: string): boolean {
  const names = CREDIT_LINE.exec(line)?.groups?.names;
  if (names === undefined || wordCount(line) > CREDIT_MAX_WORDS) return false;
  return /^courtesy of\b/iu.test(line) || names.split(/[\s/|—–-]+/u).every((word) => word === "" || /^[\p{Lu}\p{N}©(]/u.test(word) || CREDIT_CONNECTORS.has(word));
}

/** A line that by itself reads as a photo caption. */
export function isCaptionLine(line: string): boolean {
  const words = wordCount(line);
  if (words > CAPTION_MAX_WORDS) return false;
  const credit = BRACKETED_CREDIT.exec(line)?.[1];
  if (credit !== undefined && CREDIT_WORDS.test(credit)) return true;
  return CAPTION_OPENER.test(line) || TRAILING_CREDIT.test(line) || isCreditLine(line);
}

/**
 * A description with no full stop, longer than any heading: a caption (Guardian style; the
 * caller keeps the items of a list out). A line opening with a quotation mark is someone
 * speaking, not a caption.
 */
export function isUnpunctuatedCaption(line: string): boolean {
  const words = wordCount(line);
  if (words <= HEADING_MAX_WORDS || words > CAPTION_MAX_WORDS || /^["“‘']/u.test(line)) return false;
  return !endsSentence(line) && !/[:;,]$/u.test(line);
}

/** The caption a line gives, without a leading "Photo:" label. */
export function captionText(line: string): string {
  return line.replace(LEADING_LABEL, "");
}

/**
 * The captions once each. The seed's gallery shows one video still captioned twice over
 * ("a Russian soldier patrols an area in Sudzha" / "Russian soldiers patrol an area in
 * Sudzha,"), each twice: same source, date, place and credit, differing in a plural and a
 * comma. That is one caption re-edited, not two photos worth two captions, so near-identical
 * captions collapse into the first one seen.
 */
export function distinctCaptions(captions: readonly string[]): string[] {
  return withoutRepeats(captions, (caption) => caption);
}
