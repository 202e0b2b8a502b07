// Splits a document's items into pages that each fit one embed description comfortably, in order;
// the split depends only on the document, so re-running an answer yields the same pages. Each page
// names an article in full at its first excerpt from it in each group.
import type { Document, Item } from "../document.ts";
import { memoise } from "../memoise.ts";
import { itemMarkdown } from "./items.ts";

/** Room for items in one description, leaving space for the notes and group headings. */
const PAGE_CHARS = 3000;
const PAGE_ITEMS = 5;

export interface PageItem {
  readonly heading?: string;
  readonly markdown: string;
}

/** The pages of `document`; a document shown again (a cached one, page after page) is split once. */
export const paginate: (document: Document) => PageItem[][] = memoise(split);

function split(document: Document): PageItem[][] {
  const pages: PageItem[][] = [];
  let page: PageItem[] = [];
  let size = 0;
  let previous: Item | undefined;
  for (const group of document.groups) {
    previous = undefined;
    for (const item of group.items) {
      let markdown = itemMarkdown(item, previous);
      if (page.length > 0 && (page.length === PAGE_ITEMS || size + markdown.length > PAGE_CHARS)) {
        pages.push(page);
        page = [];
        size = 0;
        markdown = itemMarkdown(item);
      }
      page.push({ ...(group.heading ? { heading: group.heading } : {}), markdown });
      size += markdown.length + 2;
      previous = item;
    }
  }
  if (page.length > 0) pages.push(page);
  return pages;
}
