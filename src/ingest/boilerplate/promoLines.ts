// Lines that point to other stories, on HTML and text pages alike: labels over lists of them
// ("Read more", "DON'T MISS", "More Great WIRED Stories") and inline promos ("READ MORE: Headline",
// "[Related: Headline]", "Also on example.com Headline"). Their headlines are related headlines.
import type { RelatedHeadline } from "../../model/article.ts";
import type { ParsedSection } from "../parsedPage.ts";
import { wordCount } from "../words.ts";

const LABEL =
  /^(related( articles?| stories| news| content| posts| reading| links| coverage)?|read (more|next|also)|see (also|more)|more (from|on|in|about)\b.{0,40}|more( \S+){0,3} (stories|news|articles|headlines)|you (may|might) (also )?(like|enjoy)|recommended( for you| reading| stories)?|further reading|trending( now| stories)?|most (read|popular|viewed)|popular( now| this week)?|also read|don'?t miss|must read|editor'?s picks|recent (articles|posts|stories)|latest( news| stories)?|top stories)\s*(:|\.\.\.|…)?$/iu;
/** "READ MORE: Headline", "[Related: Headline]", "(Leggi anche su: Headline)", "Also: Headline", "Also on example.com Headline". */
const INLINE = /^[[(]?(?:read(?: more| also| next)?|related|see (?:also|more)|also|don'?t miss|must read|leggi anche(?: su)?)\s*:\s*(.+?)[\])]?$|^also on [\w-]+(?:\.[\w-]+)+\s+(.+)$/iu;
/** A headline has a few words; a line this long is a snippet or prose. */
const HEADLINE_MIN_WORDS = 3;
const HEADLINE_MAX_WORDS = 20;
/** "Headline [INSIGHT]", "Headline [VIDEO]|": a tabloid's tag on a promoted headline. */
const HEADLINE_TAG = /\s*\[[\p{Lu}\s]+\]\s*\|?$/u;

/** A label over a list of other stories. */
export function isPromoLabel(line: string): boolean {
  return LABEL.test(line);
}

/** The headline an inline promo line points to, or undefined when the line is not one. */
export function promoHeadline(line: string): string | undefined {
  const match = INLINE.exec(line);
  const title = (match?.[1] ?? match?.[2])?.trim();
  return title && wordCount(title) >= HEADLINE_MIN_WORDS && wordCount(title) <= HEADLINE_MAX_WORDS ? title : undefined;
}

/** A line listed under a label: a short line that does not end a sentence, or ends with a tag. */
function listedHeadline(line: string): string | undefined {
  const words = wordCount(line);
  if (words < HEADLINE_MIN_WORDS || words > HEADLINE_MAX_WORDS) return undefined;
  if (HEADLINE_TAG.test(line)) return line.replace(HEADLINE_TAG, "");
  return /[.!?…]["”’')]*$/u.test(line) ? undefined : line;
}

/**
 * Takes promo lines out of the sections: inline promos, labels, and the headlines listed under
 * a label until the story resumes. Returns the sections left and the headlines found.
 */
export function takePromoLines(sections: readonly ParsedSection[]): { sections: ParsedSection[]; related: RelatedHeadline[] } {
  const related: RelatedHeadline[] = [];
  const kept = sections.map((section) => {
    let listing = false;
    const paragraphs = section.paragraphs.filter((line) => {
      const inline = promoHeadline(line);
      const listed = listing ? listedHeadline(line) : undefined;
      const title = inline ?? listed;
      if (title !== undefined) related.push({ title });
      listing = isPromoLabel(line) || (listing && listed !== undefined);
      return title === undefined && !isPromoLabel(line);
    });
    return { ...section, paragraphs };
  });
  return { sections: kept.filter((s) => s.paragraphs.length > 0 || s.heading), related };
}
