// A scraped plain-text page → ParsedPage: the first line is the title; the lines up to a
// related-headlines label are the story (byline, captions and furniture taken out, headings
// opening sections); the lines after the label are the related block.
import type { ParsedPage } from "./parsedPage.ts";
import { bylineOf } from "./text/byline.ts";
import { isFurnitureLine } from "./text/furniture.ts";
import { pageLines } from "./text/lines.ts";
import { distinctHeadlines, isRelatedLabel, readRelatedBlock } from "./text/relatedBlock.ts";
import { groupSections } from "./text/sections.ts";
import { sortStoryLines } from "./text/storyLines.ts";

/** A byline sits among the first few lines under the title. */
const BYLINE_LINES = 3;

export function parseTextPage(raw: string): ParsedPage {
  const [title = "", ...lines] = pageLines(raw).filter((line) => !isFurnitureLine(line));
  const label = lines.findIndex(isRelatedLabel);
  const body = label < 0 ? lines : lines.slice(0, label);
  const block = label < 0 ? [] : lines.slice(label + 1);
  const bylineAt = body.slice(0, BYLINE_LINES).findIndex((line) => bylineOf(line) !== undefined);
  const byline = bylineAt < 0 ? undefined : bylineOf(body[bylineAt] ?? "");
  const { story, captions, related } = sortStoryLines(body.filter((_, i) => i !== bylineAt));
  return {
    title,
    ...(byline ? { byline } : {}),
    sections: groupSections(story),
    captions,
    related: distinctHeadlines([...related, ...readRelatedBlock(block)]),
  };
}
