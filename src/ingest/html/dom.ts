// The DOM implementation the HTML ingest runs on (linkedom: about 6× faster than jsdom on
// the corpus with the same extraction), and small helpers that hide its quirks.
import { parseHTML } from "linkedom";

/** Parses an HTML page into a Document; a bare fragment (no <html>/<body>) is wrapped first. */
export function parseDocument(html: string): Document {
  const document = parseHTML(html).document as unknown as Document;
  if (document.documentElement?.localName.toLowerCase() === "html" && document.body) return document;
  return parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`).document as unknown as Document;
}

/** Lower-case tag name (linkedom reports some elements upper-case after Readability). */
export function tagOf(node: Node): string {
  return node.nodeType === 1 ? (node as Element).localName.toLowerCase() : "";
}

export function isElement(node: Node): node is Element {
  return node.nodeType === 1;
}

/** The element's class and id, lower-cased, for furniture and caption patterns. */
export function classAndId(element: Element): string {
  return `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`.toLowerCase();
}

const INLINE = new Set(["a", "span", "em", "strong", "b", "i", "u", "small", "abbr", "time", "sup", "sub", "mark", "font", "q", "code", "s"]);

/** Phrasing elements: part of a sentence, so never removed for their class alone. */
export function isInline(element: Element): boolean {
  return INLINE.has(tagOf(element));
}

/** How many elements the page has and how deeply they nest (walked without recursion). */
export function markupSize(document: Document): { elements: number; depth: number } {
  let elements = 0;
  let depth = 0;
  const stack: [Element, number][] = document.documentElement ? [[document.documentElement, 1]] : [];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [element, level] = next;
    elements += 1;
    depth = Math.max(depth, level);
    for (const child of element.children) stack.push([child, level + 1]);
  }
  return { elements, depth };
}
