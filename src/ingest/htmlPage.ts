// A saved HTML page → ParsedPage: the page's metadata, then Readability's article content
// with related lists, captions and furniture taken out, read as sections of paragraphs.
import { Readability } from "@mozilla/readability";
import { dropClosingBoilerplate } from "./boilerplate/closingBoilerplate.ts";
import { dropCredits } from "./boilerplate/creditLines.ts";
import { takePromoLines } from "./boilerplate/promoLines.ts";
import { readBlocks } from "./html/blocks.ts";
import { takeCaptionLines, takeCaptions } from "./html/captions.ts";
import { markupSize, parseDocument } from "./html/dom.ts";
import { isFurnitureText, removeFurniture } from "./html/furniture.ts";
import { readMetadata, withReadabilityGuesses } from "./html/metadata.ts";
import { takeOtherPosts } from "./html/otherPosts.ts";
import { unwrapQuotedPosts } from "./html/quotedPosts.ts";
import { takeRelated, uniqueHeadlines } from "./html/related.ts";
import { removeStoryHead } from "./html/storyHead.ts";
import { sameText } from "./html/text.ts";
import type { ParsedPage } from "./parsedPage.ts";
import { wordCount } from "./words.ts";

/**
 * Limits far beyond any news page (the corpus peaks at 2,038 elements, 22 levels deep) that
 * keep hostile markup from stalling Readability, whose work grows with nesting depth.
 */
const MAX_ELEMENTS = 100_000;
const MAX_DEPTH = 256;

/** Fewer body words than this is a stub, an index or an error page, not an article. */
const MIN_BODY_WORDS = 30;

function readArticle(document: Document): ReturnType<Readability<Node>["parse"]> {
  try {
    return new Readability<Node>(document, { keepClasses: true, serializer: (node) => node }).parse();
  } catch (error) {
    throw new Error(`not an article: the page could not be read (${(error as Error).message})`);
  }
}

export interface HtmlPageOptions {
  /** The DOM implementation (linkedom by default; the extraction eval measures jsdom too). */
  parse?: (html: string) => Document;
}

export function parseHtmlPage(raw: string, _sourcePath: string, options: HtmlPageOptions = {}): ParsedPage {
  const document = (options.parse ?? parseDocument)(raw);
  const size = markupSize(document);
  if (size.elements > MAX_ELEMENTS) throw new Error(`not an article: ${size.elements} elements, more than any news page has`);
  if (size.depth > MAX_DEPTH) throw new Error(`not an article: markup nested ${size.depth} levels deep`);
  const stated = readMetadata(document);
  unwrapQuotedPosts(document);
  const article = readArticle(document);
  const content = article?.content;
  if (!article || !content || content.nodeType !== 1) throw new Error("not an article: Readability found no article text");
  const metadata = withReadabilityGuesses(stated, article);
  const root = content as Element;
  const related = takeRelated(root);
  const otherPosts = takeOtherPosts(root);
  const boxCaptions = takeCaptions(root);
  removeStoryHead(root);
  removeFurniture(root);
  const title = metadata.title ?? "";
  /** The page's own title or address printed in the content is not the story's text. */
  const namesPage = (text: string): boolean => [title, metadata.url].some((own) => own && sameText(text, own));
  const blocks = readBlocks(root, (text) => !isFurnitureText(text, metadata.byline) && !namesPage(text));
  const promos = takePromoLines(blocks);
  const body = takeCaptionLines(dropClosingBoilerplate(promos.sections), boxCaptions);
  const { sections, byline: bodyByline } = dropCredits(body.sections);
  const byline = metadata.byline ?? bodyByline;
  const words = wordCount(sections.flatMap((s) => s.paragraphs).join(" "));
  if (words < MIN_BODY_WORDS) throw new Error(`not an article: only ${words} words of body text`);
  return {
    title,
    ...(metadata.outlet ? { outlet: metadata.outlet } : {}),
    ...(metadata.url ? { url: metadata.url } : {}),
    ...(metadata.published ? { published: metadata.published } : {}),
    ...(byline ? { byline } : {}),
    sections,
    captions: body.captions,
    related: uniqueHeadlines([...related, ...otherPosts, ...promos.related]),
  };
}
