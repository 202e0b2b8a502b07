// Sorts the lines of a story (title, furniture and related block already gone) into the
// story itself, its photo captions and inline "Read more" headlines.
import type { RelatedHeadline } from "../../model/article.ts";
import { promoHeadline } from "../boilerplate/promoLines.ts";
import { captionText, distinctCaptions, isCaptionLabel, isCaptionLine, isCreditLine, isUnpunctuatedCaption } from "./captions.ts";
import { endsSentence, nearDuplicate, wordCount } from "./shape.ts";

export interface StoryLines {
  story: string[];
  captions: string[];
  related: RelatedHeadline[];
}

/** A story line a credit under it can belong to: caption-sized, not a paragraph of prose. */
const CREDITED_MAX_WORDS = 40;

type Kind = "label" | "caption" | "story" | "other";

export function sortStoryLines(lines: readonly string[]): StoryLines {
  const story: string[] = [];
  const captions: string[] = [];
  const related: RelatedHeadline[] = [];
  /** What the line before was: a "Photo" label announces a caption, a credit joins the caption above it. */
  let previous: Kind = "other";
  /** Inside a list introduced by a colon: its unpunctuated items are story, not captions. */
  let inList = false;

  const take = (line: string, kind: Kind): void => {
    previous = kind;
    if (kind === "caption") captions.push(captionText(line));
    if (kind !== "story") return;
    story.push(line);
    if (line.endsWith(":")) inList = true;
    else if (endsSentence(line)) inList = false;
  };

  lines.forEach((line, i) => {
    if (isCaptionLabel(line)) return take(line, "label");
    if (isCreditLine(line)) {
      const credited = story.at(-1);
      if (previous === "caption") captions[captions.length - 1] = `${captions.at(-1) ?? ""} ${line}`;
      else if (previous === "story" && credited !== undefined && wordCount(credited) <= CREDITED_MAX_WORDS) {
        story.pop();
        captions.push(`${credited} ${line}`);
      } else captions.push(line);
      return take(line, "other");
    }
    const title = promoHeadline(line);
    if (title !== undefined) {
      related.push({ title });
      return take(line, "other");
    }
    // A line repeated right next to itself is an image's alt text above its caption.
    const repeated = [lines[i - 1], lines[i + 1]].some((other) => other !== undefined && nearDuplicate(line, other));
    const caption = previous === "label" || repeated || isCaptionLine(line) || (!inList && isUnpunctuatedCaption(line));
    return take(line, caption ? "caption" : "story");
  });
  return { story, captions: distinctCaptions(captions), related };
}
