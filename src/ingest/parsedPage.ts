// What a page parser (plain text or HTML) recovers from one source file, before numbering,
// sentence splitting and analysis turn it into a stored Article.
import type { RelatedHeadline } from "../model/article.ts";

export interface ParsedSection {
  heading?: string;
  paragraphs: string[];
}

export interface ParsedPage {
  title: string;
  outlet?: string;
  url?: string;
  published?: string;
  byline?: string;
  sections: ParsedSection[];
  /** Photo captions and credits, deduplicated, kept out of the body. */
  captions: string[];
  /** Other headlines found on the page ("Related Article" blocks, read-more lists). */
  related: RelatedHeadline[];
}
