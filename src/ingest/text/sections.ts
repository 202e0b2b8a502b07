// The story's lines grouped into sections: a heading line opens a new section, the lines
// after it are its paragraphs.
import type { ParsedSection } from "../parsedPage.ts";
import { isHeading } from "./headings.ts";

export function groupSections(story: readonly string[]): ParsedSection[] {
  const sections: ParsedSection[] = [{ paragraphs: [] }];
  story.forEach((line, i) => {
    if (isHeading(line, story[i - 1], story[i + 1])) sections.push({ heading: line, paragraphs: [] });
    else sections.at(-1)?.paragraphs.push(line);
  });
  return sections.filter((section) => section.heading !== undefined || section.paragraphs.length > 0);
}
