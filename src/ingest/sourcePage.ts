// A source file's text as a parsed page: HTML to the HTML parser (Readability), anything else, or
// an .html file with no tags at all, to the plain-text parser; the file name when it has no title.
// And the path an article records for its source: relative to the working folder when inside it.
import { basename, extname, isAbsolute, relative, resolve } from "node:path";
import { parseHtmlPage } from "./htmlPage.ts";
import type { ParsedPage } from "./parsedPage.ts";
import { parseTextPage } from "./textPage.ts";

export function storedSourcePath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : resolve(path);
}

export function parseSourcePage(path: string, text: string): ParsedPage {
  const isHtml = extname(path).toLowerCase() !== ".txt" && /<[a-z!]/iu.test(text);
  const page = isHtml ? parseHtmlPage(text, path) : parseTextPage(text);
  return page.title.trim() ? page : { ...page, title: basename(path, extname(path)) };
}
