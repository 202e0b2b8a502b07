// /sources: the stored articles with their outlet, date and counts, grouped by story: the story with
// the newest article first, and within a story its articles newest first.
import type { CoverageStore } from "../../store/coverageStore.ts";
import type { SourcesResult } from "../contract.ts";

/** Most articles listed (50 pages of five in Discord): the total says how many more the store holds. */
const MAX_LISTED = 250;

export async function answerSources(store: CoverageStore): Promise<SourcesResult> {
  const [total, articles] = await Promise.all([store.articleCount(), store.latestArticles(MAX_LISTED)]);
  const storyOf = await store.storyHeadingsOf(articles.map((a) => a.id));
  const byStory = new Map<string, typeof articles>();
  for (const a of articles) {
    const key = storyOf.get(a.id)?.id ?? a.id;
    byStory.set(key, [...(byStory.get(key) ?? []), a]);
  }
  return {
    total,
    articles: [...byStory.values()].flat().map((a) => {
      const story = storyOf.get(a.id);
      return {
        id: a.id,
        title: a.title,
        ...(a.outlet ? { outlet: a.outlet } : {}),
        ...(a.url ? { url: a.url } : {}),
        ...(a.published ? { published: a.published } : {}),
        paragraphs: a.paragraphs,
        quotes: a.quotes,
        ...(story ? { story: { id: story.id, title: story.title } } : {}),
      };
    }),
  };
}
