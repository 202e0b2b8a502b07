// A story's row and its articles' rows as both backends read them, and the stored stories they make.
import type { StoredStory } from "../coverageStore.ts";

export interface StoryRow {
  seq: number;
  id: string;
  title: string;
  first: string;
  last: string;
  /** The story's article count, kept in its row. */
  articles: number;
}

export interface StoryArticleRow {
  id: string;
  title: string;
  outlet: string | null;
  url: string | null;
  published: string | null;
}

function toStory(row: StoryRow, articles: readonly StoryArticleRow[]): StoredStory {
  return {
    id: row.id,
    title: row.title,
    first: row.first,
    last: row.last,
    size: row.articles,
    articles: articles.map((a) => ({
      id: a.id,
      title: a.title,
      ...(a.outlet ? { outlet: a.outlet } : {}),
      ...(a.url ? { url: a.url } : {}),
      ...(a.published ? { published: a.published } : {}),
    })),
  };
}

/** The member articles of several stories, read at once: each row names its story's seq. */
export type StoryMemberRow = StoryArticleRow & { story: number };

/** Members are in each story's order (by publication); stories keep the order of `found`. */
export function toStories(found: readonly StoryRow[], members: readonly StoryMemberRow[]): StoredStory[] {
  const byStory = new Map<number, StoryArticleRow[]>(found.map((row) => [row.seq, []]));
  for (const member of members) byStory.get(member.story)?.push(member);
  return found.map((row) => toStory(row, byStory.get(row.seq) ?? []));
}
