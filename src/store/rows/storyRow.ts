// A story's row and its articles' rows as both backends read them, and the stored story they make.
import type { StoredStory } from "../coverageStore.ts";

export interface StoryRow {
  seq: number;
  id: string;
  title: string;
  first: string;
  last: string;
}

export interface StoryArticleRow {
  id: string;
  title: string;
  outlet: string | null;
  url: string | null;
  published: string | null;
}

export function toStory(row: StoryRow, articles: readonly StoryArticleRow[]): StoredStory {
  return {
    id: row.id,
    title: row.title,
    first: row.first,
    last: row.last,
    articles: articles.map((a) => ({
      id: a.id,
      title: a.title,
      ...(a.outlet ? { outlet: a.outlet } : {}),
      ...(a.url ? { url: a.url } : {}),
      ...(a.published ? { published: a.published } : {}),
    })),
  };
}
