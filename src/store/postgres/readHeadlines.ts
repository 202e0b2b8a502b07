// The headlines /related answers from: listed (related headlines first, then, with several
// articles, every article's own title, each title once, newest articles first) or searched by
// stems, found through the GIN index and ranked as SQLite's FTS5 ranks them (title counted twice), among the newest that hold any.
import { CANDIDATE_WINDOW, type Headline } from "../coverageStore.ts";
import { HEADLINE_COLUMNS, toHeadlines, type HeadlineRow } from "../rows/headlineRow.ts";
import { bm25Scores, termFrequencies } from "./bm25.ts";
import { first, rows, type Db } from "./connection.ts";

async function severalArticles(db: Db): Promise<boolean> {
  return (await first<{ several: boolean }>(db, "SELECT count(*) > 1 AS several FROM (SELECT 1 FROM article LIMIT 2) a"))?.several ?? false;
}

export async function listHeadlines(db: Db, limit: number): Promise<Headline[]> {
  const found = await rows<HeadlineRow>(
    db,
    `SELECT ${HEADLINE_COLUMNS} FROM headline h JOIN article a ON a.seq = h.article_seq WHERE h.own = 0 OR $1::boolean ORDER BY h.own, h.article_seq DESC, h.id LIMIT $2`,
    [await severalArticles(db), limit * 2],
  );
  return toHeadlines(found, limit);
}

const TITLE_WEIGHT = 2;
const SNIPPET_WEIGHT = 1;

export async function searchHeadlines(db: Db, stems: readonly string[], limit: number): Promise<Headline[]> {
  if (stems.length === 0) return [];
  const found = await rows<{ id: number; title: string[]; snippet: string[] }>(
    db,
    `SELECT id, title_stems AS title, snippet_stems AS snippet FROM headline WHERE stems && $1::text[] ORDER BY id DESC LIMIT ${CANDIDATE_WINDOW}`,
    [stems],
  );
  const totals = await first<{ rows: number; tokens: number }>(db, "SELECT headlines AS rows, headline_length AS tokens FROM totals");
  /** Each stem weighed by how many headlines of the whole store hold it, as FTS5 does: beyond the window, counted. */
  const hits =
    found.length < CANDIDATE_WINDOW
      ? stems.map((s) => found.filter((r) => r.title.includes(s) || r.snippet.includes(s)).length)
      : ((await first<{ hits: number[] }>(db, "SELECT ARRAY(SELECT (SELECT count(*) FROM headline WHERE stems @> ARRAY[q])::integer FROM unnest($1::text[]) AS q) AS hits", [stems]))?.hits ?? []);
  const scores = bm25Scores(
    found.map((r) => {
      const title = termFrequencies(stems, r.title);
      const snippet = termFrequencies(stems, r.snippet);
      return { key: r.id, frequencies: title.map((t, i) => TITLE_WEIGHT * t + SNIPPET_WEIGHT * (snippet[i] ?? 0)), length: r.title.length + r.snippet.length };
    }),
    totals ?? { rows: 0, tokens: 0 },
    hits,
  );
  const best = [...scores]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, limit * 2)
    .map(([id]) => id);
  const listed = await rows<HeadlineRow & { id: number }>(
    db,
    `SELECT h.id AS id, ${HEADLINE_COLUMNS} FROM headline h JOIN article a ON a.seq = h.article_seq WHERE h.id = ANY($1::integer[]) AND (h.own = 0 OR $2::boolean)`,
    [best, await severalArticles(db)],
  );
  const order = new Map(best.map((id, i) => [id, i]));
  return toHeadlines(listed.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0)), limit);
}

export async function headlineStems(db: Db, stems: readonly string[]): Promise<Set<string>> {
  if (stems.length === 0) return new Set();
  const found = await rows<{ stem: string }>(db, "SELECT DISTINCT stem FROM headline_word WHERE stem = ANY($1::text[])", [stems]);
  return new Set(found.map((r) => r.stem));
}

export async function headlineWords(db: Db, firstLetters: string, minLength: number, maxLength: number): Promise<{ word: string; stem: string }[]> {
  return rows<{ word: string; stem: string }>(db, "SELECT word, stem FROM headline_word WHERE word >= $1 AND word < $2 AND length(word) BETWEEN $3 AND $4 ORDER BY word", [
    firstLetters,
    `${firstLetters}\u{10FFFF}`,
    minLength,
    maxLength,
  ]);
}
