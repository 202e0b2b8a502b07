// The block of other headlines after a story, under a label such as "Related Article" or
// "Read more:" (boilerplate/promoLines.ts): where it ends, and its headlines with their snippets.
import type { RelatedHeadline } from "../../model/article.ts";
import { snippetOutlet } from "./outlet.ts";
import { stripLeadingSignUp } from "./furniture.ts";
import { endsSentence, opensLikeTitle, withoutRepeats, wordCount } from "./shape.ts";

/** A headline is a line of a few words; a snippet is a run of prose under it. */
const SNIPPET_MIN_WORDS = 21;
const PUNCTUATED_SNIPPET_MIN_WORDS = 12;
/** A headline standing alone in a list (no snippet to vouch for it) has at least three words, so a "Breaking News" label is not one. */
const LONE_HEADLINE_MIN_WORDS = 3;

function isSnippet(line: string): boolean {
  const words = wordCount(line);
  return words >= SNIPPET_MIN_WORDS || (words >= PUNCTUATED_SNIPPET_MIN_WORDS && endsSentence(line));
}

function withSnippet(title: string, text: string): RelatedHeadline {
  const snippet = stripLeadingSignUp(text);
  const outlet = snippetOutlet(snippet);
  return { title, ...(snippet ? { snippet } : {}), ...(outlet ? { outlet } : {}) };
}

/**
 * Where a related block that starts at `start` ends: at the end of the page, or where the
 * story resumes after a mid-page block — two paragraphs of prose in a row, which a block of
 * headlines, each with at most a one-paragraph snippet, never has.
 */
export function relatedBlockEnd(lines: readonly string[], start: number): number {
  for (let i = start; i + 1 < lines.length; i += 1) {
    if (isSnippet(lines[i] ?? "") && isSnippet(lines[i + 1] ?? "")) return i;
  }
  return lines.length;
}

/**
 * The headlines of a related block (furniture already removed). Each snippet belongs to the
 * line right above it: that line is the headline, and the short lines before it since the
 * last snippet are its image's alt text (often the headline re-typed) or a label such as
 * "Breaking News". Lines after the last snippet form a plain list of headlines.
 */
export function readRelatedBlock(lines: readonly string[]): RelatedHeadline[] {
  const related: RelatedHeadline[] = [];
  let pending: string[] = [];
  for (const line of lines) {
    if (!isSnippet(line)) {
      pending.push(line);
      continue;
    }
    const title = pending.at(-1);
    if (title !== undefined) related.push(withSnippet(title, line));
    pending = [];
  }
  for (const title of pending) {
    if (opensLikeTitle(title) && wordCount(title) >= LONE_HEADLINE_MIN_WORDS) related.push({ title });
  }
  return distinctHeadlines(related);
}

/** The headlines with near-identical repeats dropped (the first one seen kept). */
export function distinctHeadlines(related: readonly RelatedHeadline[]): RelatedHeadline[] {
  return withoutRepeats(related, (headline) => headline.title);
}
