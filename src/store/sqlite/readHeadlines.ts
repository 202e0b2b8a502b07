// The headlines /related answers from: listed (related headlines first, then, with several
// articles, every article's own title, each title once, newest articles first) or searched by stems
// (ranked among the newest that hold any).
import type { Database } from "better-sqlite3";
import type { Headline } from "../coverageStore.ts";
import { HEADLINE_COLUMNS, toHeadlines, type HeadlineRow } from "../rows/headlineRow.ts";
import { anyOf, windowStart } from "./ftsMatch.ts";
import { placeholders, statement } from "./statement.ts";

export function listHeadlines(db: Database, limit: number): Headline[] {
  const several = (statement(db, "SELECT count(*) > 1 AS several FROM (SELECT 1 FROM article LIMIT 2)").get() as { several: number }).several === 1;
  const rows = statement(
    db,
    `SELECT ${HEADLINE_COLUMNS} FROM headline h JOIN article a ON a.seq = h.article_seq WHERE h.own = 0 OR ? ORDER BY h.own, h.article_seq DESC, h.id LIMIT ?`,
  ).all(several ? 1 : 0, limit * 2) as HeadlineRow[];
  return toHeadlines(rows, limit);
}

const TITLE_WEIGHT = 2;
const SNIPPET_WEIGHT = 1;

export function searchHeadlines(db: Database, stems: readonly string[], limit: number): Headline[] {
  if (stems.length === 0) return [];
  const several = (statement(db, "SELECT count(*) > 1 AS several FROM (SELECT 1 FROM article LIMIT 2)").get() as { several: number }).several === 1;
  const match = anyOf(stems);
  const rows = statement(
    db,
    `SELECT ${HEADLINE_COLUMNS} FROM (SELECT rowid AS id, bm25(headline_fts, ${TITLE_WEIGHT}, ${SNIPPET_WEIGHT}) AS score FROM headline_fts WHERE headline_fts MATCH ? AND rowid >= ? ORDER BY score LIMIT ?) hit
     JOIN headline h ON h.id = hit.id JOIN article a ON a.seq = h.article_seq WHERE h.own = 0 OR ? ORDER BY hit.score, h.id`,
  ).all(match, windowStart(db, "headline_fts", match), limit * 2, several ? 1 : 0) as HeadlineRow[];
  return toHeadlines(rows, limit);
}

export function headlineStems(db: Database, stems: readonly string[]): Set<string> {
  if (stems.length === 0) return new Set();
  const rows = statement(db, `SELECT DISTINCT stem FROM headline_word WHERE stem IN (${placeholders(stems.length)})`).all(...stems) as { stem: string }[];
  return new Set(rows.map((r) => r.stem));
}

export function headlineWords(db: Database, first: string, minLength: number, maxLength: number): { word: string; stem: string }[] {
  return statement(db, "SELECT word, stem FROM headline_word WHERE word >= ? AND word < ? AND length(word) BETWEEN ? AND ? ORDER BY word").all(
    first,
    `${first}\u{10FFFF}`,
    minLength,
    maxLength,
  ) as { word: string; stem: string }[];
}
