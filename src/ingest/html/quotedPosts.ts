// Embedded posts (tweets, Instagram and Facebook posts: a <blockquote> named by the embed
// script, when scripts are off) lifted out of the boxes sites wrap them in ("social-embed",
// "video-container"), which Readability and the furniture rule drop by their class.
import { classAndId } from "./dom.ts";
import { cleanText } from "./text.ts";

/** How embed scripts name the blockquote they turn into a post. */
const POST_CLASS = /tweet|instagram|tiktok|facebook|fb-|reddit|bluesky|threads|mastodon/u;

/** The outermost ancestor of `quote` that holds nothing but it (and scripts or spacing). */
function wrapperOf(quote: Element): Element | null {
  const text = cleanText(quote.textContent ?? "");
  let wrapper: Element | null = null;
  for (let parent = quote.parentElement; parent && parent.localName.toLowerCase() !== "body"; parent = parent.parentElement) {
    if (cleanText(parent.textContent ?? "") !== text) break;
    wrapper = parent;
  }
  return wrapper;
}

/** Replaces every box that only wraps an embedded post by the post itself; call before Readability. */
export function unwrapQuotedPosts(document: Document): void {
  for (const quote of [...document.querySelectorAll("blockquote")]) {
    if (!POST_CLASS.test(classAndId(quote)) || !cleanText(quote.textContent ?? "")) continue;
    wrapperOf(quote)?.replaceWith(quote);
  }
}
