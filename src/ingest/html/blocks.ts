// Article content → sections of paragraphs: every block element (and every <br>) ends a
// paragraph, headings start a new section, text inside inline elements flows on, and a table
// row is one line of its cells.
import type { ParsedSection } from "../parsedPage.ts";
import { tagOf } from "./dom.ts";
import { cleanText, hasLetters } from "./text.ts";

const SKIPPED = new Set(["script", "style", "noscript", "template", "iframe", "svg", "img", "picture", "video", "audio", "button", "form", "input", "select", "textarea", "meta", "link"]);
const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
const CELLS = new Set(["td", "th"]);
const BLOCKS = new Set([
  "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "blockquote", "pre", "ul", "ol", "li",
  "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "caption", "figure", "hr", "address", "center", "details", "summary",
]);

/**
 * A heading left open in the markup swallows the story after it (`<h2>Standfirst <div><p>…`):
 * a paragraph is never part of a heading, so the heading is its children before the first
 * one holding a paragraph, and those children and the rest are read as body.
 */
function headingChildren(heading: Element): { own: Node[]; body: Node[] } {
  const children = [...heading.childNodes];
  const first = children.findIndex((child) => child.nodeType === 1 && (tagOf(child) === "p" || (child as Element).querySelector("p") !== null));
  return first < 0 ? { own: children, body: [] } : { own: children.slice(0, first), body: children.slice(first) };
}

const BOLD = new Set(["strong", "b"]);
const SUBHEADING_MAX_WORDS = 12;

/** A paragraph that is one bold run of a few words and no sentence. */
function isBoldLine(paragraph: Element | null): boolean {
  if (!paragraph || tagOf(paragraph) !== "p") return false;
  const parts = [...paragraph.childNodes].filter((child) => child.nodeType === 1 || cleanText(child.textContent ?? "") !== "");
  const [only] = parts;
  if (parts.length !== 1 || !only || !BOLD.has(tagOf(only)) || (only as Element).children.length > 0) return false;
  const text = cleanText(only.textContent ?? "");
  return hasLetters(text) && text.split(" ").length <= SUBHEADING_MAX_WORDS && !/[.,;:?!"”'’)]$/u.test(text);
}

/**
 * A subheading set as a paragraph ("<p><strong>What comes next</strong></p>"), between
 * paragraphs: right under a heading it is a byline or a second line of that heading, and a
 * run of bold lines is a list.
 */
function isBoldSubheading(paragraph: Element): boolean {
  const next = paragraph.nextElementSibling;
  const previous = paragraph.previousElementSibling;
  if (!isBoldLine(paragraph) || isBoldLine(next) || isBoldLine(previous)) return false;
  return tagOf(next ?? paragraph) === "p" && !HEADINGS.has(tagOf(previous ?? paragraph));
}

/** Splits `root` into sections; `keep` decides which paragraph texts are body text. */
export function readBlocks(root: Element, keep: (text: string) => boolean = () => true): ParsedSection[] {
  const sections: ParsedSection[] = [{ paragraphs: [] }];
  let buffer = "";
  /** A row of a table may be figures only (standings, statistics); elsewhere text without letters is a counter or an arrow. */
  const flush = (row = false): void => {
    const text = cleanText(buffer);
    buffer = "";
    if ((hasLetters(text) || (row && /\p{N}/u.test(text))) && keep(text)) sections.at(-1)?.paragraphs.push(text);
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      buffer += node.textContent ?? "";
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = tagOf(node);
    if (SKIPPED.has(tag)) return;
    if (tag === "br") return flush();
    if (HEADINGS.has(tag) || isBoldSubheading(node as Element)) {
      flush();
      const { own, body } = headingChildren(node as Element);
      const heading = cleanText(own.map((child) => child.textContent ?? "").join(""));
      if (hasLetters(heading) && keep(heading)) {
        const last = sections.at(-1);
        if (last && last.paragraphs.length === 0) last.heading = heading;
        else sections.push({ heading, paragraphs: [] });
      }
      body.forEach(walk);
      return flush();
    }
    if (tag === "tr") {
      flush();
      node.childNodes.forEach(walk);
      return flush(true);
    }
    if (CELLS.has(tag)) buffer += " ";
    const block = BLOCKS.has(tag);
    if (block) flush();
    node.childNodes.forEach(walk);
    if (block) flush();
    if (CELLS.has(tag)) buffer += " ";
  };
  walk(root);
  flush();
  return sections.filter((s) => s.paragraphs.length > 0 || s.heading);
}
