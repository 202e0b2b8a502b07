// The story's head above its first paragraph: the <header> holding the kicker, the headline
// again, the standfirst and the date, or a standfirst marked by its class. The head belongs
// with the title, not the body.
import { wordCount } from "../words.ts";
import { classAndId, tagOf } from "./dom.ts";
import { cleanText } from "./text.ts";

const STANDFIRST_CLASS = /(^|[-_\s])(dek|standfirst|subtitle|sub-?headline|article-summary|strapline)([-_\s]|$)/u;
/** A paragraph this long is the story under way, and nothing after it is the head. */
const BODY_PARAGRAPH_WORDS = 20;

function isHead(element: Element): boolean {
  return tagOf(element) === "header" || STANDFIRST_CLASS.test(classAndId(element));
}

/** Removes the head elements found before the first paragraph of the story. */
export function removeStoryHead(root: Element): void {
  const heads = new Set<Element>();
  const inHead = (element: Element): boolean => {
    for (let parent = element.parentElement; parent && parent !== root; parent = parent.parentElement) if (heads.has(parent)) return true;
    return false;
  };
  for (const element of root.querySelectorAll("*")) {
    if (inHead(element)) continue;
    if (isHead(element)) heads.add(element);
    else if (tagOf(element) === "p" && wordCount(cleanText(element.textContent ?? "")) >= BODY_PARAGRAPH_WORDS) break;
  }
  for (const head of heads) head.remove();
}
