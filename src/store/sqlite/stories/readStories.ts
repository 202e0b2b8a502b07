// Stories read back: the latest ones (by their last publication), one by id, and the story an
// article belongs to, each with its articles in publication order.
import type { Database } from "better-sqlite3";
import { STORY_LISTED, type StoredStory, type StoryHeading } from "../../coverageStore.ts";
import { toStories, type StoryMemberRow, type StoryRow } from "../../rows/storyRow.ts";
import { placeholders, statement } from "../statement.ts";

/** The stories of these rows, each with its first STORY_LISTED articles: one read for all their members. */
function withArticles(db: Database, found: readonly StoryRow[]): StoredStory[] {
  if (found.length === 0) return [];
  const members = statement(
    db,
    `SELECT m.story_seq AS story, a.id AS id, a.title AS title, a.outlet AS outlet, a.url AS url, a.published AS published
     FROM (SELECT story_seq, article_seq, time, row_number() OVER (PARTITION BY story_seq ORDER BY time, article_seq) AS place
           FROM story_member WHERE story_seq IN (${placeholders(found.length)})) m
     JOIN article a ON a.seq = m.article_seq WHERE m.place <= ? ORDER BY m.story_seq, m.time, m.article_seq`,
  ).all(...found.map((row) => row.seq), STORY_LISTED) as StoryMemberRow[];
  return toStories(found, members);
}

export function latestStories(db: Database, limit: number): StoredStory[] {
  return withArticles(db, statement(db, "SELECT seq, id, title, first, last, articles FROM story ORDER BY last DESC, seq DESC LIMIT ?").all(limit) as StoryRow[]);
}

export function storyById(db: Database, id: string): StoredStory | null {
  const row = statement(db, "SELECT seq, id, title, first, last, articles FROM story WHERE id = ?").get(id) as StoryRow | undefined;
  return row ? (withArticles(db, [row])[0] ?? null) : null;
}

export function storiesWithIds(db: Database, ids: readonly string[]): StoredStory[] {
  if (ids.length === 0) return [];
  const found = statement(db, `SELECT seq, id, title, first, last, articles FROM story WHERE id IN (${placeholders(ids.length)})`).all(...ids) as StoryRow[];
  const byId = new Map(withArticles(db, found).map((story) => [story.id, story]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export function storiesOfArticles(db: Database, articleIds: readonly string[]): Map<string, string> {
  if (articleIds.length === 0) return new Map();
  const found = statement(
    db,
    `SELECT a.id AS article, s.id AS story FROM article a JOIN story_member m ON m.article_seq = a.seq JOIN story s ON s.seq = m.story_seq WHERE a.id IN (${placeholders(articleIds.length)})`,
  ).all(...articleIds) as { article: string; story: string }[];
  return new Map(found.map((row) => [row.article, row.story]));
}

export function storyHeadingsOf(db: Database, articleIds: readonly string[]): Map<string, StoryHeading> {
  if (articleIds.length === 0) return new Map();
  const found = statement(
    db,
    `SELECT a.id AS article, s.id AS id, s.title AS title FROM article a JOIN story_member m ON m.article_seq = a.seq JOIN story s ON s.seq = m.story_seq WHERE a.id IN (${placeholders(articleIds.length)})`,
  ).all(...articleIds) as ({ article: string } & StoryHeading)[];
  return new Map(found.map((row) => [row.article, { id: row.id, title: row.title }]));
}

export function storyOfArticle(db: Database, articleId: string): string | null {
  const row = statement(db, "SELECT s.id AS id FROM article a JOIN story_member m ON m.article_seq = a.seq JOIN story s ON s.seq = m.story_seq WHERE a.id = ?").get(
    articleId,
  ) as { id: string } | undefined;
  return row?.id ?? null;
}
