// Quotes read back with their speaker and the article to cite: by an entity (direct and mixed
// first, then reported, newest article first), about an entity (by others), or every quote; and who a set of articles quotes.
import type { Database } from "better-sqlite3";
import type { QuoteQuery, StoredQuote } from "../coverageStore.ts";
import { QUOTE_FROM, toStoredQuote, type QuoteRow } from "../rows/quoteRow.ts";
import { placeholders, statement } from "./statement.ts";

const COLUMNS = `q.id AS rowId, q.n AS n, q.start AS start, q.end AS end, q.text AS text, q.kind AS kind, q.cue AS cue, q.attribution AS attribution,
  s.id AS speakerId, s.name AS speakerName, s.description AS speakerDescription,
  a.id AS articleId, a.title AS title, a.outlet AS outlet, a.url AS url, t.text_group AS textGroup`;

function toQuotes(db: Database, rows: readonly QuoteRow[]): StoredQuote[] {
  const ids = rows.map((r) => r.rowId);
  const about = new Map<number, string[]>();
  for (let from = 0; from < ids.length; from += 500) {
    const chunk = ids.slice(from, from + 500);
    const found = statement(db, `SELECT qa.quote_id AS quote, e.id AS entity FROM quote_about qa JOIN entity e ON e.seq = qa.entity_seq WHERE qa.quote_id IN (${placeholders(chunk.length)})`)
      .all(...chunk) as { quote: number; entity: string }[];
    for (const f of found) about.set(f.quote, [...(about.get(f.quote) ?? []), f.entity]);
  }
  return rows.map((r) => toStoredQuote(r, about));
}

const inArticle = (query: QuoteQuery) => (query.article ? "AND a.id = @article" : "");

export function quotesBy(db: Database, entityId: string, query: QuoteQuery): StoredQuote[] {
  const rows = statement(
    db,
    `SELECT ${COLUMNS} ${QUOTE_FROM} WHERE q.speaker_seq = (SELECT seq FROM entity WHERE id = @entity) ${inArticle(query)}
     ORDER BY q.kind = 'reported', q.article_seq DESC, q.n, q.start LIMIT @limit`,
  ).all({ entity: entityId, limit: query.limit, ...(query.article ? { article: query.article } : {}) }) as QuoteRow[];
  return toQuotes(db, rows);
}

/**
 * Quotes about an entity: the newest are chosen on the quote rows alone (a common name is the subject of thousands),
 * and only those few are joined to their speakers and articles.
 */
export function quotesAbout(db: Database, entityId: string, query: QuoteQuery): StoredQuote[] {
  const rows = statement(
    db,
    `SELECT ${COLUMNS} FROM (
       SELECT q.id AS id FROM quote_about qa JOIN quote q ON q.id = qa.quote_id
       WHERE qa.entity_seq = (SELECT seq FROM entity WHERE id = @entity) AND (q.speaker_seq IS NULL OR q.speaker_seq != qa.entity_seq)
         ${query.article ? "AND q.article_seq = (SELECT seq FROM article WHERE id = @article)" : ""}
       ORDER BY q.article_seq DESC, q.n, q.start LIMIT @limit
     ) newest JOIN quote q ON q.id = newest.id JOIN article a ON a.seq = q.article_seq LEFT JOIN entity s ON s.seq = q.speaker_seq
     LEFT JOIN article_text t ON t.article_seq = a.seq
     ORDER BY q.article_seq DESC, q.n, q.start`,
  ).all({ entity: entityId, limit: query.limit, ...(query.article ? { article: query.article } : {}) }) as QuoteRow[];
  return toQuotes(db, rows);
}

export function speakersIn(db: Database, articleIds: readonly string[]): { name: string; quotes: number }[] {
  if (articleIds.length === 0) return [];
  return statement(
    db,
    `SELECT s.name AS name, count(*) AS quotes FROM quote q JOIN entity s ON s.seq = q.speaker_seq
     WHERE q.article_seq IN (SELECT seq FROM article WHERE id IN (${placeholders(articleIds.length)}))
     GROUP BY s.seq ORDER BY quotes DESC, min(q.article_seq), min(q.n)`,
  ).all(...articleIds) as { name: string; quotes: number }[];
}

export function allQuotes(db: Database): StoredQuote[] {
  return toQuotes(db, statement(db, `SELECT ${COLUMNS} ${QUOTE_FROM} ORDER BY q.article_seq, q.n, q.start`).all() as QuoteRow[]);
}
