// Sorts the lines of a story (title, furniture and related block already gone) into the
// story itself, its photo captions and inline "Read more" headlines.
import type { RelatedHeadline } from "../../store/schema.ts";
import { addCaption, isCaptionLabel, isCaptionLine, isCreditLine, isUnpunctuatedCaption } from "./captions.ts";
import { inlineRelatedTitle } from "./relatedBlock.ts";
import { endsSentence, nearDuplicate, wordCount } from "./shape.ts";

export interface StoryLines {
  story: string[];
  captions: string[];
  related: RelatedHeadline[];
}

/** A line a credit can belong to: caption-sized, not a paragraph of prose. */
const CREDITED_MAX_WORDS = 40;

type Kind = "label" | "caption" | "story" | "other";

export function sortStoryLines(lines: readonly string[]): StoryLines {
  const story: string[] = [];
  const captions: string[] = [];
  const related: RelatedHeadline[] = [];
  /** What the line before was, and whether it added a caption (so its credit can join it). */
  let previous: Kind = "other";
  let previousAdded = false;
  /** Inside a list introduced by a colon: its unpunctuated items are story, not captions. */
  let inList = false;

  const take = (line: string, kind: Kind, added = false): void => {
    previous = kind;
    previousAdded = added;
    if (kind !== "story") return;
    story.push(line);
    if (line.endsWith(":")) inList = true;
    else if (endsSentence(line)) inList = false;
  };

  lines.forEach((line, i) => {
    const before = lines[i - 1];
    const after = lines[i + 1];
    if (isCaptionLabel(line)) return take(line, "label");
    if (isCreditLine(line)) {
      const credited = story.at(-1);
      if (previous === "caption" && previousAdded) captions[captions.length - 1] = `${captions.at(-1) ?? ""} ${line}`;
      else if (previous === "story" && credited !== undefined && wordCount(credited) <= CREDITED_MAX_WORDS) {
        story.pop();
        addCaption(captions, `${credited} ${line}`);
      } else addCaption(captions, line);
      return take(line, "other");
    }
    const title = inlineRelatedTitle(line);
    if (title !== undefined) {
      related.push({ title });
      return take(line, "other");
    }
    const repeated = [before, after].some((other) => other !== undefined && nearDuplicate(line, other));
    if (previous === "label" || repeated || isCaptionLine(line) || (!inList && isUnpunctuatedCaption(line))) {
      return take(line, "caption", addCaption(captions, line));
    }
    return take(line, "story");
  });
  return { story, captions, related };
}
