// A story's row kept in step with its articles: the most representative of its first headlines as
// its title, its first and last publication times and its article count; a story left with no
// article is deleted.
import { representativeTitle } from "../../../nlp/stories/title.ts";
import { first, rows, type Db } from "../connection.ts";
import type { StoreIdf } from "./storyTerms.ts";

/** The title is chosen among a story's first articles (its early coverage names the event), so a story of thousands costs no more to refresh. */
const TITLE_CANDIDATES = 32;

export async function refreshStory(db: Db, storySeq: number, frequencies: StoreIdf): Promise<void> {
  const span = await first<{ articles: number; first: number | null; last: number | null }>(
    db,
    "SELECT count(*) AS articles, min(time) AS first, max(time) AS last FROM story_member WHERE story_seq = $1",
    [storySeq],
  );
  if (!span || span.articles === 0) {
    await rows(db, "DELETE FROM story WHERE seq = $1", [storySeq]);
    return;
  }
  const earliest = await rows<{ title: string; headline: string }>(
    db,
    `SELECT a.title AS title, m.headline AS headline FROM story_member m JOIN article a ON a.seq = m.article_seq
     WHERE m.story_seq = $1 ORDER BY m.time, m.article_seq LIMIT $2`,
    [storySeq, TITLE_CANDIDATES],
  );
  const headlines = earliest.map((m) => ({ title: m.title, stems: JSON.parse(m.headline) as string[] }));
  await frequencies.load(headlines.flatMap((h) => h.stems));
  const title = representativeTitle(headlines, frequencies.idf);
  await rows(db, "UPDATE story SET title = $1, first = $2, last = $3, articles = $4 WHERE seq = $5", [
    title,
    new Date(span.first ?? 0).toISOString(),
    new Date(span.last ?? 0).toISOString(),
    span.articles,
    storySeq,
  ]);
}

/** A new story named after its first article (or, when a story already has that id, the id and the article's seq). */
export async function createStory(db: Db, articleId: string, articleSeq: number): Promise<number> {
  const taken = await first(db, "SELECT 1 FROM story WHERE id = $1", [articleId]);
  const id = taken ? `${articleId}-${articleSeq}` : articleId;
  return (await first<{ seq: number }>(db, "INSERT INTO story (id, title, first, last, articles) VALUES ($1, '', '', '', 0) RETURNING seq", [id]))?.seq ?? 0;
}
