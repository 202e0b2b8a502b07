// Articles read back: the list, one whole article with its paragraphs, sentences and summary
// scores, the articles whose title or source words start with what someone typed (found through
// pg_trgm, kept as SQLite's FTS5 ranks them), and the article filed for a source or reached at its address.
import type { Article } from "../../../model/article.ts";
import { normalizeName } from "../../../nlp/names/nameKey.ts";
import type { ArticleSummary } from "../../coverageStore.ts";
import { toArticle, type ArticleRow, type ParagraphRow } from "../../rows/articleRow.ts";
import { toSummary, type SummaryRow } from "../../rows/articleSummary.ts";
import { bestByScore } from "../bm25.ts";
import { first, rows, type Db } from "../connection.ts";

const SUMMARY_COLUMNS = `seq, id, title, outlet, url, published, source_path AS "sourcePath", paragraphs, quotes`;

export async function articleCount(db: Db): Promise<number> {
  return (await first<{ count: number }>(db, "SELECT count(*) AS count FROM article"))?.count ?? 0;
}

export async function listArticles(db: Db, limit: number): Promise<ArticleSummary[]> {
  return (await rows<SummaryRow>(db, `SELECT ${SUMMARY_COLUMNS} FROM article ORDER BY seq LIMIT $1`, [limit])).map(toSummary);
}

export async function latestArticles(db: Db, limit: number): Promise<ArticleSummary[]> {
  const sql = `SELECT ${SUMMARY_COLUMNS} FROM article ORDER BY published IS NULL, published DESC, seq DESC LIMIT $1`;
  return (await rows<SummaryRow>(db, sql, [limit])).map(toSummary);
}

/** One statement, so the article and its paragraphs come from one snapshot without a transaction's extra round trips. */
export async function readArticle(db: Db, id: string): Promise<Article | null> {
  const row = await first<
    ArticleRow & { body: ParagraphRow[] }
  >(
    db,
    `SELECT a.seq, a.id, a.title, a.outlet, a.url, a.published, a.byline, a.source_path AS "sourcePath", a.content_hash AS hash, a.sections, a.captions, a.related,
       coalesce((SELECT json_agg(json_build_object('n', p.n, 'text', p.text,
         'spans', coalesce((SELECT json_agg(json_build_array(s.start, s."end", s.score) ORDER BY s.ordinal) FROM sentence s WHERE s.paragraph_id = p.id), '[]'))
         ORDER BY p.n) FROM paragraph p WHERE p.article_seq = a.seq), '[]') AS body
     FROM article a WHERE a.id = $1`,
    [id],
  );
  if (!row) return null;
  return toArticle(row, row.body);
}

/** The words of what was typed, as the article search reads them (as SQLite's prefix query does). */
const typedWords = (text: string): string[] => normalizeName(text).split(" ").filter(Boolean).slice(0, 12);

export async function searchArticles(db: Db, text: string, limit: number): Promise<ArticleSummary[]> {
  const words = typedWords(text);
  if (words.length === 0) return [];
  // One LIKE per word, ORed: each is a scan of the trigram index (PostgreSQL's GIN takes no LIKE ANY).
  const found = await rows<{ seq: number; title: string[]; source: string[] }>(
    db,
    `SELECT seq, title_words AS title, source_words AS source FROM article WHERE ${words.map((_, i) => `search LIKE $${i + 1}`).join(" OR ")}`,
    words.map((w) => `% ${w}%`),
  );
  const totals = await first<{ rows: number; tokens: number }>(db, "SELECT (SELECT count(*) FROM article) AS rows, article_length AS tokens FROM totals");
  const count = (tokens: readonly string[], word: string) => tokens.filter((t) => t.startsWith(word)).length;
  const candidates = found.map((r) => ({
    key: r.seq,
    frequencies: words.map((w) => count(r.title, w) + count(r.source, w)),
    length: r.title.length + r.source.length,
  }));
  const best = bestByScore(candidates, totals ?? { rows: 0, tokens: 0 }, limit).map((b) => b.key);
  return (await rows<SummaryRow>(db, `SELECT ${SUMMARY_COLUMNS} FROM article WHERE seq = ANY($1::integer[]) ORDER BY seq`, [best])).map(toSummary);
}

type StoredSource = { id: string; hash: string; checkedAt: string };
const STORED_SOURCE = `SELECT a.id, a.content_hash AS hash, coalesce(t.checked_at, a.ingested_at) AS "checkedAt"
  FROM article a LEFT JOIN article_text t ON t.article_seq = a.seq`;

/** The article filed from `sourcePath`, else the one reached at that address before (a feed's link, a tracking-free or canonical twin). */
export async function storedSource(db: Db, sourcePath: string): Promise<StoredSource | undefined> {
  return (
    (await first<StoredSource>(db, `${STORED_SOURCE} WHERE a.source_path = $1`, [sourcePath])) ??
    first<StoredSource>(db, `${STORED_SOURCE} JOIN article_alias al ON al.article_seq = a.seq WHERE al.url = $1`, [sourcePath])
  );
}

/** Notes that the source was fetched again and found unchanged, now. */
export async function markChecked(db: Db, sourcePath: string, now = new Date().toISOString()): Promise<void> {
  await rows(db, "UPDATE article_text SET checked_at = $1 WHERE article_seq = (SELECT seq FROM article WHERE source_path = $2)", [now, sourcePath]);
}

export async function sourcePaths(db: Db): Promise<string[]> {
  return (await rows<{ path: string }>(db, "SELECT source_path AS path FROM article ORDER BY seq")).map((r) => r.path);
}
