// Stories for a store filed before it had them (schema 1): every stored article, in the order it was
// first ingested, placed as ingest would have placed it, from its stored title, body and names.
import type { Database } from "better-sqlite3";
import { statement } from "../statement.ts";
import { placeInStory } from "./storyPlacement.ts";

export function placeStoredArticles(db: Database): void {
  const articles = statement(
    db,
    `SELECT a.seq AS seq, a.id AS id, a.title AS title, a.outlet AS outlet, a.published AS published, a.ingested_at AS ingestedAt
     FROM article a LEFT JOIN story_member m ON m.article_seq = a.seq WHERE m.article_seq IS NULL ORDER BY a.seq`,
  ).all() as { seq: number; id: string; title: string; outlet: string | null; published: string | null; ingestedAt: string }[];
  const paragraphs = statement(db, "SELECT text FROM paragraph WHERE article_seq = ? ORDER BY n");
  const names = statement(
    db,
    "SELECT m.name AS name, (SELECT count(*) FROM mention x WHERE x.member_id = m.id) AS mentions FROM member m WHERE m.article_seq = ? ORDER BY m.id",
  );
  for (const a of articles) {
    const source = {
      title: a.title,
      ...(a.outlet ? { outlet: a.outlet } : {}),
      ...(a.published ? { published: a.published } : {}),
      paragraphs: paragraphs.all(a.seq) as { text: string }[],
      names: names.all(a.seq) as { name: string; mentions: number }[],
    };
    placeInStory(db, a.seq, a.id, source, a.ingestedAt);
  }
}
