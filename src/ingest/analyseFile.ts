// One source file's bytes to its analysed article (what the ingest workers run): decoded, parsed as a
// plain-text or HTML page, numbered into an Article and analysed; or the reason it is not an article.
import { basename, extname } from "node:path";
import type { ArticleAnalysis } from "../model/analysis.ts";
import { analyseArticle } from "../nlp/analyse.ts";
import { buildArticle } from "./buildArticle.ts";
import { parseHtmlPage } from "./htmlPage.ts";
import { withHints, type PageHints } from "./pageHints.ts";
import type { ParsedPage } from "./parsedPage.ts";
import { sourceText } from "./sourceText.ts";
import { parseTextPage } from "./textPage.ts";

export interface FileToAnalyse {
  /** Where the file was read from (its extension picks the parser). */
  readonly path: string;
  /** The path the article stores (see `storedSourcePath`). */
  readonly storedPath: string;
  readonly bytes: Uint8Array;
  readonly hash: string;
  /** What a fetched page's address or its feed item says of it, for what the page does not. */
  readonly hints?: PageHints;
}

export type FileAnalysis = { ok: true; analysis: ArticleAnalysis } | { ok: false; reason: string };

/** Plain text goes to the text parser, also when saved with an .html name (no tags at all). */
function parsePage(file: FileToAnalyse, text: string): ParsedPage {
  const isHtml = extname(file.path).toLowerCase() !== ".txt" && /<[a-z!]/iu.test(text);
  const page = withHints(isHtml ? parseHtmlPage(text, file.path) : parseTextPage(text), file.hints);
  return page.title.trim() ? page : { ...page, title: basename(file.path, extname(file.path)) };
}

export function analyseFile(file: FileToAnalyse): FileAnalysis {
  const read = sourceText(file.path, file.bytes);
  if (!read.ok) return read;
  let page: ParsedPage;
  try {
    page = parsePage(file, read.text);
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  }
  if (page.sections.every((s) => s.paragraphs.length === 0)) return { ok: false, reason: "not an article: no body text found" };
  return { ok: true, analysis: analyseArticle(buildArticle(page, file.storedPath, file.hash)) };
}
