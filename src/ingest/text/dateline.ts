// The publication stamp under a scraped story's title: "Published 7:42 AM GMT, 14 May 2025".
import { normalisePublished } from "../html/metadata.ts";
import { isStamp } from "./furniture.ts";

const STAMP_LABEL = /^(first )?(published|updated|posted)( on)?:?\s*/iu;

/** When the story was published (ISO when the stamp parses, else the stamp as written), or undefined when the line is not a stamp. */
export function publishedOf(line: string): string | undefined {
  return isStamp(line) ? normalisePublished(line.replace(STAMP_LABEL, "")) : undefined;
}
