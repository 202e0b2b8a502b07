// What closes a press release or a blog post after the story: an "About <company>" or "About
// the author" section, or the company's stock description ("Acme is a leading provider of …").
import type { ParsedSection } from "../parsedPage.ts";
import { wordCount } from "../words.ts";

/** "About Acme", "About the author", "About us", "About my6sense": a heading or a line of its own ("About 200 people came." is not). */
const ABOUT_US = /^about (us|the (author|company|writer|reporter)s?)$/iu;
const ABOUT_NAME = /^(About|ABOUT) (\p{Lu}[^.!?]*|[^\s.!?]+)$/u;
const ABOUT_MAX_WORDS = 6;
/** "Acme is a global solutions provider …", "Acme Corp. is the world's leading maker of …". */
const COMPANY_DESCRIPTION =
  /^(\p{Lu}[\p{L}\p{N}&.'’-]*(?: \p{Lu}[\p{L}\p{N}&.'’-]*){0,4}),? (is|are) (a|an|the)\b[^.]{0,120}(?<![-\p{L}])(company|provider|leader|firm|organi[sz]ation|manufacturer|maker|developer|supplier|platform|group|agency|network|publisher|specialist)\b/u;
/** Closing boilerplate sits in the last few paragraphs, and only a story of some length has a close. */
const CLOSE_PARAGRAPHS = 3;
const MIN_STORY_PARAGRAPHS = 5;

interface Line {
  section: number;
  text: string;
  heading: boolean;
}

function lines(sections: readonly ParsedSection[]): Line[] {
  return sections.flatMap((s, section) => [
    ...(s.heading ? [{ section, text: s.heading, heading: true }] : []),
    ...s.paragraphs.map((text) => ({ section, text, heading: false })),
  ]);
}

/** Where the closing boilerplate starts among the lines, or -1 when there is none. */
function closeStart(all: readonly Line[]): number {
  const paragraphs = all.filter((line) => !line.heading).length;
  if (paragraphs < MIN_STORY_PARAGRAPHS) return -1;
  const half = Math.floor(all.length / 2);
  const about = all.findIndex((line, i) => i >= half && (ABOUT_US.test(line.text) || ABOUT_NAME.test(line.text)) && wordCount(line.text) <= ABOUT_MAX_WORDS);
  if (about >= 0) return about;
  const tail = Math.max(half, all.length - CLOSE_PARAGRAPHS);
  return all.findIndex((line, i) => i >= tail && !line.heading && COMPANY_DESCRIPTION.test(line.text));
}

/** The sections without the boilerplate that closes them, from its first line to the end. */
export function dropClosingBoilerplate(sections: readonly ParsedSection[]): ParsedSection[] {
  const all = lines(sections);
  const start = closeStart(all);
  if (start < 0) return [...sections];
  const kept = all.slice(0, start);
  return sections
    .map((s, i): ParsedSection => {
      const paragraphs = kept.filter((line) => line.section === i && !line.heading).map((line) => line.text);
      return s.heading && kept.some((line) => line.section === i && line.heading) ? { heading: s.heading, paragraphs } : { paragraphs };
    })
    .filter((s) => s.paragraphs.length > 0 || s.heading);
}
