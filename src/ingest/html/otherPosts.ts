// Other posts Readability took in with the story: the site's other <article>s beside the story's
// own, and rows of teaser cards (a thumbnail, a headline link, a line of blurb), three or more
// alike. Taken out of the content, their headlines kept as related headlines.
import type { RelatedHeadline } from "../../model/article.ts";
import { wordCount } from "../words.ts";
import { tagOf } from "./dom.ts";
import { cleanText } from "./text.ts";

/** Beside other posts, the story's own <article> holds more than this share of their text. */
const STORY_MIN_SHARE = 0.5;
/** A row of teasers has at least this many cards, each no longer than a blurb. */
const MIN_CARDS = 3;
const CARD_MAX_WORDS = 60;
const HEADLINE_MIN_WORDS = 3;
/** What is left of a row once its cards are gone is its label ("Most popular diets"), at most this long. */
const LABEL_MAX_WORDS = 8;

const textOf = (element: Element): string => cleanText(element.textContent ?? "");

/** The card's headline: its heading, else its longest link text. */
function headlineOf(card: Element): RelatedHeadline[] {
  const heading = card.querySelector("h1, h2, h3, h4, h5, h6");
  const links = [...card.querySelectorAll("a")].map(textOf).sort((a, b) => b.length - a.length);
  const title = (heading ? textOf(heading) : "") || links[0] || "";
  return wordCount(title) >= HEADLINE_MIN_WORDS ? [{ title }] : [];
}

/** An article's own text, without the articles nested in it (unclosed <article> tags nest the posts after them). */
function ownTextLength(article: Element): number {
  const nested = [...article.querySelectorAll("article")].filter((inner) => inner.parentElement?.closest("article") === article);
  return nested.reduce((size, inner) => size - textOf(inner).length, textOf(article).length);
}

/**
 * The outermost <article>s of the content but the story's: when there are several, the story is
 * the one holding most of their own text. Posts of like length (a blog's index) give no story to keep.
 */
function otherArticles(root: Element): Element[] {
  const outermost = [...root.querySelectorAll("article")].filter((article) => !article.parentElement?.closest("article"));
  if (outermost.length < 2) return [];
  const sized = outermost.map((article) => ({ article, size: ownTextLength(article) }));
  const story = sized.reduce((longest, next) => (next.size > longest.size ? next : longest));
  const total = sized.reduce((sum, { size }) => sum + size, 0);
  return story.size > total * STORY_MIN_SHARE ? outermost.filter((article) => article !== story.article) : [];
}

/** A link to another page: not to a picture file (as a gallery's are), a fragment or a script. */
function linksToPage(link: Element): boolean {
  const href = link.getAttribute("href") ?? "";
  return href !== "" && !/^(#|javascript:|mailto:)/iu.test(href) && !/\.(jpe?g|png|gif|webp|avif)(\?|#|$)/iu.test(href);
}

/** A teaser: a thumbnail, a link to another page, a few words. */
function isTeaserCard(element: Element): boolean {
  return element.querySelector("img, picture") !== null && [...element.querySelectorAll("a")].some(linksToPage) && wordCount(textOf(element)) <= CARD_MAX_WORDS;
}

/** Children of one kind (tag and class), three or more, every one a teaser card. */
function teaserCards(row: Element): Element[] {
  const groups = new Map<string, Element[]>();
  for (const child of row.children) {
    const kind = `${tagOf(child)}.${child.getAttribute("class") ?? ""}`;
    groups.set(kind, [...(groups.get(kind) ?? []), child]);
  }
  return [...groups.values()].find((cards) => cards.length >= MIN_CARDS && cards.every(isTeaserCard)) ?? [];
}

/** Removes other posts from `root`; returns their headlines in page order. */
export function takeOtherPosts(root: Element): RelatedHeadline[] {
  const related: RelatedHeadline[] = [];
  for (const article of otherArticles(root)) {
    related.push(...headlineOf(article));
    article.remove();
  }
  for (const row of [...root.querySelectorAll("*")]) {
    if (!root.contains(row)) continue;
    const cards = teaserCards(row);
    if (cards.length === 0) continue;
    related.push(...cards.flatMap(headlineOf));
    for (const card of cards) card.remove();
    if (wordCount(textOf(row)) <= LABEL_MAX_WORDS) row.remove();
  }
  return related;
}
