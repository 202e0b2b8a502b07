// Stories read back: the latest ones (by their last publication), one by id, and the story an
// article belongs to, each with its articles in publication order.
import type { Database } from "better-sqlite3";
import type { StoredStory } from "../../coverageStore.ts";
import { toStory, type StoryArticleRow, type StoryRow } from "../../rows/storyRow.ts";
import { statement } from "../statement.ts";

function withArticles(db: Database, row: StoryRow): StoredStory {
  const articles = statement(
    db,
    `SELECT a.id AS id, a.title AS title, a.outlet AS outlet, a.url AS url, a.published AS published
     FROM story_member m JOIN article a ON a.seq = m.article_seq WHERE m.story_seq = ? ORDER BY m.time, m.article_seq`,
  ).all(row.seq) as StoryArticleRow[];
  return toStory(row, articles);
}

export function latestStories(db: Database, limit: number): StoredStory[] {
  const rows = statement(db, "SELECT seq, id, title, first, last FROM story ORDER BY last DESC, seq DESC LIMIT ?").all(limit) as StoryRow[];
  return rows.map((row) => withArticles(db, row));
}

export function storyById(db: Database, id: string): StoredStory | null {
  const row = statement(db, "SELECT seq, id, title, first, last FROM story WHERE id = ?").get(id) as StoryRow | undefined;
  return row ? withArticles(db, row) : null;
}

export function storyOfArticle(db: Database, articleId: string): string | null {
  const row = statement(db, "SELECT s.id AS id FROM article a JOIN story_member m ON m.article_seq = a.seq JOIN story s ON s.seq = m.story_seq WHERE a.id = ?").get(
    articleId,
  ) as { id: string } | undefined;
  return row?.id ?? null;
}
