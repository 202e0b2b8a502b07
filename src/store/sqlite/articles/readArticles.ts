// Articles read back: the list, one whole article with its paragraphs, sentences and summary
// scores, and the articles whose title or source words start with what someone typed.
import type { Database } from "better-sqlite3";
import type { Article } from "../../../model/article.ts";
import { normalizeName } from "../../../nlp/names/nameKey.ts";
import type { ArticleSummary } from "../../coverageStore.ts";
import { toArticle, type ArticleRow } from "../../rows/articleRow.ts";
import { toSummary, type SummaryRow } from "../../rows/articleSummary.ts";
import { statement } from "../statement.ts";

const SUMMARY_COLUMNS = "seq, id, title, outlet, url, published, source_path AS sourcePath, paragraphs, quotes";

export function articleCount(db: Database): number {
  return (statement(db, "SELECT count(*) AS count FROM article").get() as { count: number }).count;
}

export function listArticles(db: Database, limit: number): ArticleSummary[] {
  return (statement(db, `SELECT ${SUMMARY_COLUMNS} FROM article ORDER BY seq LIMIT ?`).all(limit) as SummaryRow[]).map(toSummary);
}

export function latestArticles(db: Database, limit: number): ArticleSummary[] {
  const sql = `SELECT ${SUMMARY_COLUMNS} FROM article ORDER BY published IS NULL, published DESC, seq DESC LIMIT ?`;
  return (statement(db, sql).all(limit) as SummaryRow[]).map(toSummary);
}

export function readArticle(db: Database, id: string): Article | null {
  const row = statement(db, "SELECT seq, id, title, outlet, url, published, byline, source_path AS sourcePath, content_hash AS hash, sections, captions, related FROM article WHERE id = ?").get(id) as
    | ArticleRow
    | undefined;
  if (!row) return null;
  const paragraphs = statement(db, "SELECT id, n, text FROM paragraph WHERE article_seq = ? ORDER BY n").all(row.seq) as { id: number; n: number; text: string }[];
  const sentences = statement(
    db,
    "SELECT s.paragraph_id AS paragraph, s.start, s.end, s.score FROM sentence s JOIN paragraph p ON p.id = s.paragraph_id WHERE p.article_seq = ? ORDER BY s.paragraph_id, s.ordinal",
  ).all(row.seq) as { paragraph: number; start: number; end: number; score: number }[];
  const byParagraph = new Map<number, [number, number, number][]>();
  for (const s of sentences) {
    const span: [number, number, number] = [s.start, s.end, s.score];
    const list = byParagraph.get(s.paragraph);
    if (list) list.push(span);
    else byParagraph.set(s.paragraph, [span]);
  }
  return toArticle(row, paragraphs.map((p) => ({ n: p.n, text: p.text, spans: byParagraph.get(p.id) ?? [] })));
}

/** An FTS5 query matching rows with a word starting with each of `words`' words (any of them). */
export function prefixQuery(text: string): string | null {
  const words = normalizeName(text).split(" ").filter(Boolean).slice(0, 12);
  return words.length > 0 ? words.map((w) => `"${w}"*`).join(" OR ") : null;
}

export function searchArticles(db: Database, text: string, limit: number): ArticleSummary[] {
  const query = prefixQuery(text);
  if (!query) return [];
  return (
    statement(db, `SELECT ${SUMMARY_COLUMNS} FROM article WHERE seq IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ? ORDER BY rank LIMIT ?) ORDER BY seq`).all(
      query,
      limit,
    ) as SummaryRow[]
  ).map(toSummary);
}

/** The article filed from `sourcePath`, else the one reached at that address before (a feed's link, a tracking-free or canonical twin). */
export function storedSource(db: Database, sourcePath: string): { id: string; hash: string; checkedAt: string } | undefined {
  const columns = "a.id AS id, a.content_hash AS hash, coalesce(t.checked_at, a.ingested_at) AS checkedAt FROM article a LEFT JOIN article_text t ON t.article_seq = a.seq";
  return (statement(db, `SELECT ${columns} WHERE a.source_path = ?`).get(sourcePath) ??
    statement(db, `SELECT ${columns} JOIN article_alias al ON al.article_seq = a.seq WHERE al.url = ?`).get(sourcePath)) as
    | { id: string; hash: string; checkedAt: string }
    | undefined;
}

/** Notes that the source was fetched again and found unchanged, now. */
export function markChecked(db: Database, sourcePath: string, now = new Date().toISOString()): void {
  statement(db, "UPDATE article_text SET checked_at = ? WHERE article_seq = (SELECT seq FROM article WHERE source_path = ?)").run(now, sourcePath);
}

export function sourcePaths(db: Database): string[] {
  return (statement(db, "SELECT source_path AS path FROM article ORDER BY seq").all() as { path: string }[]).map((r) => r.path);
}
