// A story's row kept in step with its articles: the most representative headline as its title, its
// first and last publication times and its article count; a story left with no article is deleted.
import type { Database } from "better-sqlite3";
import type { Idf } from "../../../nlp/stories/similarity.ts";
import { representativeTitle } from "../../../nlp/stories/title.ts";
import { statement } from "../statement.ts";

export function refreshStory(db: Database, storySeq: number, idf: Idf): void {
  const members = statement(
    db,
    `SELECT a.title AS title, m.headline AS headline, m.time AS time FROM story_member m JOIN article a ON a.seq = m.article_seq
     WHERE m.story_seq = ? ORDER BY m.time, m.article_seq`,
  ).all(storySeq) as { title: string; headline: string; time: number }[];
  if (members.length === 0) {
    statement(db, "DELETE FROM story WHERE seq = ?").run(storySeq);
    return;
  }
  const title = representativeTitle(
    members.map((m) => ({ title: m.title, stems: JSON.parse(m.headline) as string[] })),
    idf,
  );
  statement(db, "UPDATE story SET title = ?, first = ?, last = ?, articles = ? WHERE seq = ?").run(
    title,
    new Date(members[0]?.time ?? 0).toISOString(),
    new Date(members.at(-1)?.time ?? 0).toISOString(),
    members.length,
    storySeq,
  );
}

/** A new story named after its first article (or, when a story already has that id, the id and the article's seq). */
export function createStory(db: Database, articleId: string, articleSeq: number): number {
  const taken = statement(db, "SELECT 1 FROM story WHERE id = ?").get(articleId);
  const id = taken ? `${articleId}-${articleSeq}` : articleId;
  return Number(statement(db, "INSERT INTO story (id, title, first, last, articles) VALUES (?, '', '', '', 0)").run(id).lastInsertRowid);
}
