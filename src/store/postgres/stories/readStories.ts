// Stories read back: the latest ones (by their last publication), one by id, and the story an
// article belongs to, each with its articles in publication order.
import { STORY_LISTED, type StoredStory, type StoryHeading } from "../../coverageStore.ts";
import { toStories, type StoryMemberRow, type StoryRow } from "../../rows/storyRow.ts";
import { first, rows, type Db } from "../connection.ts";

/** The stories of these rows, each with its first STORY_LISTED articles: one read for all their members. */
async function withArticles(db: Db, found: readonly StoryRow[]): Promise<StoredStory[]> {
  if (found.length === 0) return [];
  const members = await rows<StoryMemberRow>(
    db,
    `SELECT m.story_seq AS story, a.id AS id, a.title AS title, a.outlet AS outlet, a.url AS url, a.published AS published
     FROM (SELECT story_seq, article_seq, time, row_number() OVER (PARTITION BY story_seq ORDER BY time, article_seq) AS place
           FROM story_member WHERE story_seq = ANY($1::integer[])) m
     JOIN article a ON a.seq = m.article_seq WHERE m.place <= $2 ORDER BY m.story_seq, m.time, m.article_seq`,
    [found.map((row) => row.seq), STORY_LISTED],
  );
  return toStories(found, members);
}

export async function latestStories(db: Db, limit: number): Promise<StoredStory[]> {
  return withArticles(db, await rows<StoryRow>(db, "SELECT seq, id, title, first, last, articles FROM story ORDER BY last DESC, seq DESC LIMIT $1", [limit]));
}

export async function storyById(db: Db, id: string): Promise<StoredStory | null> {
  const row = await first<StoryRow>(db, "SELECT seq, id, title, first, last, articles FROM story WHERE id = $1", [id]);
  return row ? ((await withArticles(db, [row]))[0] ?? null) : null;
}

export async function storiesWithIds(db: Db, ids: readonly string[]): Promise<StoredStory[]> {
  if (ids.length === 0) return [];
  const found = await rows<StoryRow>(db, "SELECT seq, id, title, first, last, articles FROM story WHERE id = ANY($1::text[])", [ids]);
  const byId = new Map((await withArticles(db, found)).map((story) => [story.id, story]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export async function storiesOfArticles(db: Db, articleIds: readonly string[]): Promise<Map<string, string>> {
  if (articleIds.length === 0) return new Map();
  const found = await rows<{ article: string; story: string }>(
    db,
    "SELECT a.id AS article, s.id AS story FROM article a JOIN story_member m ON m.article_seq = a.seq JOIN story s ON s.seq = m.story_seq WHERE a.id = ANY($1::text[])",
    [articleIds],
  );
  return new Map(found.map((row) => [row.article, row.story]));
}

export async function storyHeadingsOf(db: Db, articleIds: readonly string[]): Promise<Map<string, StoryHeading>> {
  if (articleIds.length === 0) return new Map();
  const found = await rows<{ article: string } & StoryHeading>(
    db,
    "SELECT a.id AS article, s.id AS id, s.title AS title FROM article a JOIN story_member m ON m.article_seq = a.seq JOIN story s ON s.seq = m.story_seq WHERE a.id = ANY($1::text[])",
    [articleIds],
  );
  return new Map(found.map((row) => [row.article, { id: row.id, title: row.title }]));
}

export async function storyOfArticle(db: Db, articleId: string): Promise<string | null> {
  const row = await first<{ id: string }>(
    db,
    "SELECT s.id AS id FROM article a JOIN story_member m ON m.article_seq = a.seq JOIN story s ON s.seq = m.story_seq WHERE a.id = $1",
    [articleId],
  );
  return row?.id ?? null;
}
