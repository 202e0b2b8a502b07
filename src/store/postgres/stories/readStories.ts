// Stories read back: the latest ones (by their last publication), one by id, and the story an
// article belongs to, each with its articles in publication order.
import type { StoredStory } from "../../coverageStore.ts";
import { toStory, type StoryArticleRow, type StoryRow } from "../../rows/storyRow.ts";
import { first, rows, type Db } from "../connection.ts";

async function withArticles(db: Db, row: StoryRow): Promise<StoredStory> {
  const articles = await rows<StoryArticleRow>(
    db,
    `SELECT a.id AS id, a.title AS title, a.outlet AS outlet, a.url AS url, a.published AS published
     FROM story_member m JOIN article a ON a.seq = m.article_seq WHERE m.story_seq = $1 ORDER BY m.time, m.article_seq`,
    [row.seq],
  );
  return toStory(row, articles);
}

export async function latestStories(db: Db, limit: number): Promise<StoredStory[]> {
  const found = await rows<StoryRow>(db, "SELECT seq, id, title, first, last FROM story ORDER BY last DESC, seq DESC LIMIT $1", [limit]);
  const out: StoredStory[] = [];
  for (const row of found) out.push(await withArticles(db, row));
  return out;
}

export async function storyById(db: Db, id: string): Promise<StoredStory | null> {
  const row = await first<StoryRow>(db, "SELECT seq, id, title, first, last FROM story WHERE id = $1", [id]);
  return row ? withArticles(db, row) : null;
}

export async function storyOfArticle(db: Db, articleId: string): Promise<string | null> {
  const row = await first<{ id: string }>(
    db,
    "SELECT s.id AS id FROM article a JOIN story_member m ON m.article_seq = a.seq JOIN story s ON s.seq = m.story_seq WHERE a.id = $1",
    [articleId],
  );
  return row?.id ?? null;
}
