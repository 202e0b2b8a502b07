// `stories`: the coverage grouped by event, latest stories first, each with its articles (outlet,
// headline, publication time, link) in the order they were published.
import type { CoverageStore } from "../../store/coverageStore.ts";
import { moreOf } from "../story/unlisted.ts";
import type { StoriesResult } from "../contract.ts";

/** Most stories listed: a store of thousands is read a page at a time, not dumped. */
const MAX_LISTED = 1000;

export async function answerStories(store: CoverageStore, limit = MAX_LISTED): Promise<StoriesResult> {
  const stories = await store.stories(limit);
  return {
    stories: stories.map((story) => ({
      id: story.id,
      title: story.title,
      first: story.first,
      last: story.last,
      ...moreOf(story),
      articles: story.articles.map((a) => ({
        id: a.id,
        title: a.title,
        ...(a.outlet ? { outlet: a.outlet } : {}),
        ...(a.published ? { published: a.published } : {}),
        ...(a.url ? { url: a.url } : {}),
      })),
    })),
  };
}
