// How many of a story's articles its listing leaves out: the store lists a story's earliest articles, and a
// story of hundreds says how many more it holds rather than listing them all.
import type { StoredStory } from "../../store/coverageStore.ts";

/** `{ more: K }` when the story holds K articles beyond those listed, else nothing (a story listed whole reads as before). */
export function moreOf(story: Pick<StoredStory, "size" | "articles">): { more?: number } {
  const more = story.size - story.articles.length;
  return more > 0 ? { more } : {};
}
