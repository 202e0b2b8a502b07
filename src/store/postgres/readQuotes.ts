// Quotes read back with their speaker and the article to cite: by an entity (direct and mixed
// first, then reported, newest article first), about an entity (by others), or every quote, each read in one
// statement with the entities it is about; and who a set of articles quotes.
import type { QuoteQuery, StoredQuote } from "../coverageStore.ts";
import { QUOTE_FROM, toStoredQuote, type QuoteRow } from "../rows/quoteRow.ts";
import { rows, type Db } from "./connection.ts";

const COLUMNS = `q.id AS "rowId", q.n AS n, q.start AS start, q."end" AS "end", q.text AS text, q.kind AS kind, q.cue AS cue, q.attribution AS attribution,
  s.id AS "speakerId", s.name AS "speakerName", s.description AS "speakerDescription",
  a.id AS "articleId", a.title AS title, a.outlet AS outlet, a.url AS url, t.text_group AS "textGroup",
  ARRAY(SELECT e.id FROM quote_about qa JOIN entity e ON e.seq = qa.entity_seq WHERE qa.quote_id = q.id ORDER BY qa.entity_seq) AS about`;

/** Quote rows read with the ids of the entities each is about, in the same statement. */
type QuoteWithSubjects = QuoteRow & { about: string[] };

const toQuotes = (found: readonly QuoteWithSubjects[]): StoredQuote[] => {
  const about = new Map(found.map((r) => [r.rowId, r.about]));
  return found.map((r) => toStoredQuote(r, about));
};

/** $3 is the article id to keep to, or null for every article. */
const IN_ARTICLE = "AND ($3::text IS NULL OR a.id = $3)";

export async function quotesBy(db: Db, entityId: string, query: QuoteQuery): Promise<StoredQuote[]> {
  const found = await rows<QuoteWithSubjects>(
    db,
    `SELECT ${COLUMNS} ${QUOTE_FROM} WHERE q.speaker_seq = (SELECT seq FROM entity WHERE id = $1) ${IN_ARTICLE}
     ORDER BY q.kind = 'reported', q.article_seq DESC, q.n, q.start, q.id LIMIT $2`,
    [entityId, query.limit, query.article ?? null],
  );
  return toQuotes(found);
}

export async function quotesAbout(db: Db, entityId: string, query: QuoteQuery): Promise<StoredQuote[]> {
  const found = await rows<QuoteWithSubjects>(
    db,
    `SELECT ${COLUMNS} ${QUOTE_FROM} JOIN quote_about qa ON qa.quote_id = q.id
     WHERE qa.entity_seq = (SELECT seq FROM entity WHERE id = $1) AND (q.speaker_seq IS NULL OR q.speaker_seq != qa.entity_seq) ${IN_ARTICLE}
     ORDER BY q.article_seq DESC, q.n, q.start, q.id LIMIT $2`,
    [entityId, query.limit, query.article ?? null],
  );
  return toQuotes(found);
}

export async function speakersIn(db: Db, articleIds: readonly string[]): Promise<{ name: string; quotes: number }[]> {
  if (articleIds.length === 0) return [];
  return rows<{ name: string; quotes: number }>(
    db,
    `SELECT s.name AS name, count(*) AS quotes FROM quote q JOIN entity s ON s.seq = q.speaker_seq
     WHERE q.article_seq IN (SELECT seq FROM article WHERE id = ANY($1::text[]))
     GROUP BY s.seq, s.name ORDER BY quotes DESC, min(q.article_seq), min(q.n)`,
    [articleIds],
  );
}

export async function allQuotes(db: Db): Promise<StoredQuote[]> {
  return toQuotes(await rows<QuoteWithSubjects>(db, `SELECT ${COLUMNS} ${QUOTE_FROM} ORDER BY q.article_seq, q.n, q.start, q.id`));
}
