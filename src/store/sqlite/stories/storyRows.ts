// A story's row kept in step with its articles: the most representative of its first headlines as
// its title, its first and last publication times and its article count; a story left with no
// article is deleted.
import type { Database } from "better-sqlite3";
import type { Idf } from "../../../nlp/stories/similarity.ts";
import { representativeTitle } from "../../../nlp/stories/title.ts";
import { statement } from "../statement.ts";

/** The title is chosen among a story's first articles (its early coverage names the event), so a story of thousands costs no more to refresh. */
const TITLE_CANDIDATES = 32;

export function refreshStory(db: Database, storySeq: number, idf: Idf): void {
  const span = statement(db, "SELECT count(*) AS articles, min(time) AS first, max(time) AS last FROM story_member WHERE story_seq = ?").get(storySeq) as {
    articles: number;
    first: number | null;
    last: number | null;
  };
  if (span.articles === 0) {
    statement(db, "DELETE FROM story WHERE seq = ?").run(storySeq);
    return;
  }
  const earliest = statement(
    db,
    `SELECT a.title AS title, m.headline AS headline FROM story_member m JOIN article a ON a.seq = m.article_seq
     WHERE m.story_seq = ? ORDER BY m.time, m.article_seq LIMIT ?`,
  ).all(storySeq, TITLE_CANDIDATES) as { title: string; headline: string }[];
  const title = representativeTitle(
    earliest.map((m) => ({ title: m.title, stems: JSON.parse(m.headline) as string[] })),
    idf,
  );
  statement(db, "UPDATE story SET title = ?, first = ?, last = ?, articles = ? WHERE seq = ?").run(
    title,
    new Date(span.first ?? 0).toISOString(),
    new Date(span.last ?? 0).toISOString(),
    span.articles,
    storySeq,
  );
}

/** A new story named after its first article (or, when a story already has that id, the id and the article's seq). */
export function createStory(db: Database, articleId: string, articleSeq: number): number {
  const taken = statement(db, "SELECT 1 FROM story WHERE id = ?").get(articleId);
  const id = taken ? `${articleId}-${articleSeq}` : articleId;
  return Number(statement(db, "INSERT INTO story (id, title, first, last, articles) VALUES (?, '', '', '', 0)").run(id).lastInsertRowid);
}
