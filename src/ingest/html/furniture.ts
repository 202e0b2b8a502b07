// Page furniture inside Readability's content: share bars, newsletter boxes, ads, bylines,
// timestamps, author blurbs. Removed by class/id, or dropped by text (the site's own lines too).
import { isSiteLine } from "../boilerplate/siteLines.ts";
import { wordCount } from "../words.ts";
import { classAndId, isInline, tagOf } from "./dom.ts";
import { cleanText, escapeRegExp } from "./text.ts";

/** Unambiguous furniture words, matched anywhere in an element's class or id. */
const FURNITURE_CLASS =
  /share|social|newsletter|subscri|signup|sign-up|promo|advert|sponsor|byline|timestamp|dateline|breadcrumb|highlight|hghlght|toolbar|pagination|paywall|popup|cookie|visually-hidden|screen-reader|sr-only|author-?bio|author-?info|about-?the-?author/u;
/** Short furniture words, matched only as whole class/id parts ("ad", not "head"). */
const FURNITURE_TOKEN = new Set(["ad", "ads", "nav", "navigation", "menu", "tags", "comments", "comment", "meta", "controls", "button", "btn", "login"]);
/** Furniture never holds more than this share of the content: not one element, not one class of them, not all of them together. */
const MAX_SHARE = 0.5;

const CONTACT_BLURB = /\b(may|can) be reached at\b|\bfollow (him|her|them) on twitter\b/iu;
const MONTH = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/iu;
const TIME = /\b\d{1,2}:\d\d\s*([ap]\.?m\.?)?/iu;
const DATE_WORDS =
  /\b(\d{1,4}|\d{1,2}:\d\d([ap]\.?m\.?)?|[ap]\.?m\.?|(mon|tue|wed|thu|fri|sat|sun)[a-z]*|(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|[ecmp][sd]t|gmt|utc|ist|bst|et|updated|published|posted|first|last)\b\.?/giu;

/** A card that pops up over a link: a person's photo, name and latest headlines, pasted into the sentence as text. */
const POP_UP_CLASS = /rollover|popover|popup|tooltip|hover-?card/u;

/**
 * Removes pop-up cards, even inside sentences: the innermost element named like one that holds
 * markup (a photo, links), so the name it decorates ("Rep. <a>Jane Doe</a><span class=card>…")
 * stays and the card's "Jane DoeHeadline of another story…" goes.
 */
function removePopUpCards(root: Element): void {
  const cards = [...root.querySelectorAll("*")].filter((element) => POP_UP_CLASS.test(classAndId(element)) && element.children.length > 0);
  const holdsCard = new Set<Element>();
  for (const card of cards) for (let parent = card.parentElement; parent && !holdsCard.has(parent); parent = parent.parentElement) holdsCard.add(parent);
  for (const card of cards.filter((card) => !holdsCard.has(card))) card.remove();
}

function isFurnitureElement(element: Element): boolean {
  const name = classAndId(element);
  if (isInline(element)) return false;
  return FURNITURE_CLASS.test(name) || name.split(/[\s_-]+/u).some((part) => FURNITURE_TOKEN.has(part));
}

/** Elements of one kind: the tag and class with numbers taken out ("section.story-part-2" is "section.story-part-"). */
function kindOf(element: Element): string {
  return `${tagOf(element)}.${(element.getAttribute("class") ?? "").replace(/\d+/gu, "")}`;
}

/**
 * Removes pop-up cards, then furniture elements (outermost ones) from `root`. A class whose elements together
 * hold more than half the content names the article's own sections (a "highlight" per part of
 * the story), and the removal stops before it would take half the content, smallest first.
 */
export function removeFurniture(root: Element): void {
  removePopUpCards(root);
  const limit = cleanText(root.textContent ?? "").length * MAX_SHARE;
  const candidates = [...root.querySelectorAll("*")]
    .filter(isFurnitureElement)
    .map((element) => ({ element, size: cleanText(element.textContent ?? "").length, kind: kindOf(element) }))
    .filter((candidate) => candidate.size <= limit);
  const inside = new Set(candidates.map((c) => c.element));
  const hasCandidateAbove = (element: Element): boolean => {
    for (let parent = element.parentElement; parent && parent !== root; parent = parent.parentElement) if (inside.has(parent)) return true;
    return false;
  };
  const outermost = candidates.filter(({ element }) => !hasCandidateAbove(element));
  const byKind = new Map<string, number>();
  for (const { kind, size } of outermost) byKind.set(kind, (byKind.get(kind) ?? 0) + size);
  let removed = 0;
  for (const { element, size, kind } of outermost.sort((a, b) => a.size - b.size)) {
    if ((byKind.get(kind) ?? 0) > limit || removed + size > limit) continue;
    removed += size;
    element.remove();
  }
}

/**
 * A line that only says when (and where) the story was filed: "JAKARTA Tue Dec 30, 2014 9:21am IST".
 * A line naming an account ("— Sam Lee (@samlee) May 3, 2024") signs a quoted post.
 */
export function isTimestampLine(text: string): boolean {
  if (text.length > 80 || /@\w/u.test(text) || !(MONTH.test(text) || TIME.test(text))) return false;
  const rest = text.replace(DATE_WORDS, " ").match(/\p{L}+/gu) ?? [];
  return rest.length <= 3;
}

/** "By Jane Doe, John Roe": a byline line in the body. */
function isBylineLine(text: string): boolean {
  return /^[Bb][Yy]\s+\p{Lu}/u.test(text) && wordCount(text) <= 16 && !/[.?!"”]$/u.test(text);
}

/** "Steven Mufson covers the White House…": the author's blurb at the end of a story. */
function isAuthorBlurb(text: string, byline: string | undefined): boolean {
  if (CONTACT_BLURB.test(text) && text.length < 300) return true;
  if (!byline) return false;
  return byline.split(/,\s*|\s+and\s+/u).some((name) => name.length > 3 && new RegExp(`^${escapeRegExp(name)} (covers|is a|is the|writes|reports)\\b`, "u").test(text));
}

/** True when a body paragraph is furniture by its text alone. */
export function isFurnitureText(text: string, byline?: string): boolean {
  return isSiteLine(text) || isTimestampLine(text) || isBylineLine(text) || isAuthorBlurb(text, byline);
}
