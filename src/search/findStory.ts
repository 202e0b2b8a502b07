// Finds the story a `story` option names: its id, the id of one of its articles, or words of one of its
// headlines typed loosely (the article they find, then that article's story).
import type { CoverageStore, StoredStory } from "../store/coverageStore.ts";
import { findArticle } from "./findArticle.ts";

export async function findStory(store: CoverageStore, wanted: string): Promise<StoredStory | null> {
  const exact = await store.story(wanted);
  if (exact) return exact;
  const article = (await store.storyOf(wanted)) ? wanted : (await findArticle(store, wanted))?.id;
  const id = article ? await store.storyOf(article) : null;
  return id ? store.story(id) : null;
}
