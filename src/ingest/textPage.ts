// A scraped plain-text page → ParsedPage: the first line is the title; the few lines under it
// may hold the byline and publication stamp; a related-headlines label starts the related
// block, which runs to the end of the page or to where the story resumes; the other lines are
// the story (captions and furniture taken out, headings opening sections).
import { dropClosingBoilerplate } from "./boilerplate/closingBoilerplate.ts";
import { dropCredits } from "./boilerplate/creditLines.ts";
import { isPromoLabel } from "./boilerplate/promoLines.ts";
import type { ParsedPage } from "./parsedPage.ts";
import { bylineOf } from "./text/byline.ts";
import { publishedOf } from "./text/dateline.ts";
import { isFurnitureLine } from "./text/furniture.ts";
import { pageLines } from "./text/lines.ts";
import { distinctHeadlines, readRelatedBlock, relatedBlockEnd } from "./text/relatedBlock.ts";
import { groupSections } from "./text/sections.ts";
import { sortStoryLines } from "./text/storyLines.ts";

/** Byline and stamp sit among the first few lines under the title (with a share bar, say). */
const HEAD_LINES = 4;

function firstOf(lines: readonly string[], read: (line: string) => string | undefined): string | undefined {
  for (const line of lines) {
    const value = read(line);
    if (value !== undefined) return value;
  }
  return undefined;
}

export function parseTextPage(raw: string): ParsedPage {
  const all = pageLines(raw);
  const titleAt = all.findIndex((line) => !isFurnitureLine(line));
  const title = all[titleAt] ?? "";
  const after = titleAt < 0 ? [] : all.slice(titleAt + 1);
  const head = after.slice(0, HEAD_LINES);
  const byline = firstOf(head, bylineOf);
  const published = firstOf(head, publishedOf);
  const lines = after.filter((line, i) => !isFurnitureLine(line) && !(i < HEAD_LINES && bylineOf(line) !== undefined));
  const label = lines.findIndex(isPromoLabel);
  const end = label < 0 ? lines.length : relatedBlockEnd(lines, label + 1);
  const { story, captions, related } = sortStoryLines(label < 0 ? lines : [...lines.slice(0, label), ...lines.slice(end)]);
  const credits = dropCredits(dropClosingBoilerplate(groupSections(story)));
  const writer = byline ?? credits.byline;
  return {
    title,
    ...(writer ? { byline: writer } : {}),
    ...(published ? { published } : {}),
    sections: credits.sections,
    captions,
    related: distinctHeadlines([...related, ...readRelatedBlock(label < 0 ? [] : lines.slice(label + 1, end))]),
  };
}
