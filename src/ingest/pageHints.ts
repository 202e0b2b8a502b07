// What is known about a page from elsewhere (its address, the feed item that linked it): used only
// where the page's own metadata is silent, never in place of it.
import type { ParsedPage } from "./parsedPage.ts";

export type PageHints = Partial<Pick<ParsedPage, "title" | "outlet" | "url" | "published" | "byline">>;

export function withHints(page: ParsedPage, hints: PageHints | undefined): ParsedPage {
  if (!hints) return page;
  const title = page.title.trim() ? page.title : (hints.title ?? page.title);
  const outlet = page.outlet ?? hints.outlet;
  const url = page.url ?? hints.url;
  const published = page.published ?? hints.published;
  const byline = page.byline ?? hints.byline;
  return { ...page, title, ...(outlet ? { outlet } : {}), ...(url ? { url } : {}), ...(published ? { published } : {}), ...(byline ? { byline } : {}) };
}
