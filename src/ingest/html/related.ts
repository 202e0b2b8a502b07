// "Read more", "Related", "Trending" and "More politics" lists, and other stories' headlines
// promoted in capitals: taken out of the article content, their link texts kept as related headlines.
import type { RelatedHeadline } from "../../model/article.ts";
import { isPromoLabel, promoHeadline } from "../boilerplate/promoLines.ts";
import { isSiteLine } from "../boilerplate/siteLines.ts";
import { wordCount } from "../words.ts";
import { classAndId, isElement, isInline, tagOf } from "./dom.ts";
import { cleanText } from "./text.ts";

const RELATED_CLASS = /related|trending|read-?more|more-?(stories|news|on|from)|recommend|most-?(read|popular|viewed)|popular|also-?read|further-?reading|outbrain|taboola/u;
const HEADING = new Set(["h2", "h3", "h4", "h5", "h6"]);
/** Fewer words than this is a nav label ("Home", "Politics"), not a headline. */
const MIN_HEADLINE_WORDS = 3;
/**
 * A related box is mostly links (on the benchmark and corpus pages: 0.6–0.96 of its text);
 * a wrapper named "entry-content-read-more" around the story's prose has almost none (0.01–0.08).
 */
const MIN_LINK_SHARE = 0.5;

/** The share of an element's text that is link text. */
function linkShare(element: Element): number {
  const text = cleanText(element.textContent ?? "").length;
  const links = [...element.querySelectorAll("a")].reduce((sum, a) => sum + cleanText(a.textContent ?? "").length, 0);
  return text > 0 ? links / text : 0;
}

function isRelatedBox(element: Element): boolean {
  return !isInline(element) && RELATED_CLASS.test(classAndId(element)) && linkShare(element) >= MIN_LINK_SHARE;
}

function headlinesIn(element: Element): RelatedHeadline[] {
  const links = tagOf(element) === "a" ? [element] : [...element.querySelectorAll("a")];
  return links
    .map((a) => cleanText(a.textContent ?? ""))
    .filter((title) => wordCount(title) >= MIN_HEADLINE_WORDS && !isPromoLabel(title))
    .map((title) => ({ title }));
}

/** Most letters of a promoted headline set in capitals are capitals ("SENATOR OUT OF 'THE SHOW': REPORT"). */
const MIN_CAPITALS_SHARE = 0.8;

/** A paragraph that is nothing but one link set in capitals: another story's headline promoted inside this one. */
function isCapitalisedLink(element: Element): boolean {
  const links = element.querySelectorAll("a");
  const text = cleanText(element.textContent ?? "");
  if (tagOf(element) !== "p" || links.length !== 1 || cleanText(links[0]?.textContent ?? "") !== text || wordCount(text) < MIN_HEADLINE_WORDS) return false;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  return (text.match(/\p{Lu}/gu)?.length ?? 0) >= letters * MIN_CAPITALS_SHARE;
}

/** A label element ("Read more:", a "Trending" heading, "<p><b>Related:</b> Headline</p>"). */
function isLabel(element: Element): boolean {
  const text = cleanText(element.textContent ?? "");
  return (isPromoLabel(text) || promoHeadline(text) !== undefined) && (HEADING.has(tagOf(element)) || tagOf(element) === "p" || tagOf(element) === "div");
}

/** A list, or a paragraph that is nothing but headline links, following a label. */
function isHeadlineList(element: Element): boolean {
  if (tagOf(element) === "ul" || tagOf(element) === "ol") return true;
  const headlines = headlinesIn(element);
  return tagOf(element) === "p" && headlines.length > 0 && cleanText(element.textContent ?? "") === headlines.map((h) => h.title).join(" ");
}

function nextElement(element: Element): Element | null {
  let next = element.nextSibling;
  while (next && !isElement(next)) next = next.nextSibling;
  return next;
}

/** Removes related-headline blocks from `root`; returns their headlines in page order. */
export function takeRelated(root: Element): RelatedHeadline[] {
  const related: RelatedHeadline[] = [];
  const boxes = [...root.querySelectorAll("*")].filter(isRelatedBox);
  for (const box of boxes.filter((box) => !boxes.some((other) => other !== box && other.contains(box)))) {
    related.push(...headlinesIn(box));
    box.remove();
  }
  for (const promoted of [...root.querySelectorAll("p")].filter(isCapitalisedLink)) {
    const title = cleanText(promoted.textContent ?? "");
    if (!isSiteLine(title)) related.push({ title });
    promoted.remove();
  }
  for (const label of [...root.querySelectorAll("h2, h3, h4, h5, h6, p, div")].filter(isLabel)) {
    const inline = promoHeadline(cleanText(label.textContent ?? ""));
    if (inline) related.push({ title: inline });
    let next = nextElement(label);
    while (next && isHeadlineList(next)) {
      related.push(...headlinesIn(next));
      const after = nextElement(next);
      next.remove();
      next = after;
    }
    label.remove();
  }
  return uniqueHeadlines(related);
}

/** The headlines with exact repeats dropped, the first one kept. */
export function uniqueHeadlines(related: readonly RelatedHeadline[]): RelatedHeadline[] {
  const seen = new Set<string>();
  return related.filter((h) => !seen.has(h.title) && Boolean(seen.add(h.title)));
}
