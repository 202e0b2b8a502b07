// What /ask reads of the bodies: the BM25 statistics, the paragraphs holding a question's stems
// (from the GIN index over each paragraph's stems; when there are more than asked for, the best as
// SQLite's FTS5 ranks them, among the newest that hold any), their mentions, the articles' stems, the vocabulary, and the name forms
// a question may contain.
import { CANDIDATE_WINDOW, type CandidateParagraph, type NameForm, type ParagraphHit, type ParagraphMention, type PassageTotals, type TermCount, type WordUse } from "../coverageStore.ts";
import { bestByScore } from "./bm25.ts";
import { withinStemBudget } from "../shared/stemBudget.ts";
import { first, rows, type Db } from "./connection.ts";
import { ENTITY_COLUMNS, STANDING, type EntityRow } from "../rows/entityRow.ts";
import { FORM_KEEP, FORM_POSTINGS } from "../rows/nameShortlist.ts";
import { withAliases } from "./readEntities.ts";

export async function passageTotals(db: Db): Promise<PassageTotals> {
  const row = await first<PassageTotals>(
    db,
    `SELECT sentences, sentence_length AS "sentenceLength", paragraphs, paragraph_length AS "paragraphLength" FROM totals`,
  );
  return row ?? { sentences: 0, sentenceLength: 0, paragraphs: 0, paragraphLength: 0 };
}

export async function termCounts(db: Db, stems: readonly string[]): Promise<Map<string, TermCount>> {
  const found = await rows<{ stem: string } & TermCount>(db, "SELECT stem, sentences, paragraphs FROM term WHERE stem = ANY($1::text[])", [stems]);
  return new Map(found.map((r) => [r.stem, { sentences: r.sentences, paragraphs: r.paragraphs }]));
}

/**
 * The ids of the paragraphs holding any of `stems`: every one when they are at most `limit` and within the stem budget,
 * else the `limit` best of the newest CANDIDATE_WINDOW, each stem weighed by how many paragraphs of the whole store hold
 * it (as FTS5 does), as many as the stem budget allows.
 */
async function candidateIds(db: Db, stems: readonly string[], limit: number): Promise<number[]> {
  const found = await rows<{ id: number; length: number; frequencies: number[] }>(
    db,
    `SELECT id, length, ARRAY(SELECT cardinality(array_positions(stems, q)) FROM unnest($1::text[]) AS q) AS frequencies
     FROM paragraph WHERE stems && $1::text[] ORDER BY id DESC LIMIT ${CANDIDATE_WINDOW}`,
    [stems],
  );
  if (found.length <= limit && withinStemBudget(found).length === found.length) return found.map((r) => r.id);
  const totals = await first<{ rows: number; tokens: number }>(db, "SELECT paragraphs AS rows, paragraph_length AS tokens FROM totals");
  const counts = found.length < CANDIDATE_WINDOW ? undefined : await termCounts(db, stems);
  const lengths = new Map(found.map((r) => [r.id, r.length]));
  const best = bestByScore(
    found.map((r) => ({ key: r.id, frequencies: r.frequencies, length: r.length })),
    totals ?? { rows: 0, tokens: 0 },
    limit,
    counts && stems.map((stem) => counts.get(stem)?.paragraphs ?? 0),
  );
  return withinStemBudget(best.map((b) => ({ id: b.key, length: lengths.get(b.key) ?? 0 })));
}

export async function candidateParagraphs(db: Db, stems: readonly string[], limit: number): Promise<CandidateParagraph[]> {
  if (stems.length === 0) return [];
  const ids = await candidateIds(db, stems, limit);
  const found = await rows<{
    id: number;
    n: number;
    text: string;
    seq: number;
    articleId: string;
    title: string;
    outlet: string | null;
    url: string | null;
    sentences: { ordinal: number; start: number; end: number; stems: string }[];
  }>(
    db,
    `SELECT p.id AS id, p.n AS n, p.text AS text, a.seq AS seq, a.id AS "articleId", a.title AS title, a.outlet AS outlet, a.url AS url,
     coalesce((SELECT json_agg(json_build_object('ordinal', s.ordinal, 'start', s.start, 'end', s."end", 'stems', s.stems) ORDER BY s.ordinal)
               FROM sentence s WHERE s.paragraph_id = p.id), '[]') AS sentences
     FROM paragraph p JOIN article a ON a.seq = p.article_seq WHERE p.id = ANY($1::integer[]) ORDER BY p.id`,
    [ids],
  );
  return found.map((r) => ({
    id: r.id,
    n: r.n,
    text: r.text,
    sentences: r.sentences.map((s) => ({ ordinal: s.ordinal, start: s.start, end: s.end, stems: s.stems ? s.stems.split(" ") : [] })),
    article: { seq: r.seq, id: r.articleId, title: r.title, ...(r.outlet ? { outlet: r.outlet } : {}), ...(r.url ? { url: r.url } : {}) },
  }));
}

/** The same paragraphs as candidateParagraphs, as their article and which of `stems` each holds (from its stems array): no text is read. */
export async function paragraphHits(db: Db, stems: readonly string[], limit: number): Promise<ParagraphHit[]> {
  if (stems.length === 0) return [];
  return rows<ParagraphHit>(
    db,
    `SELECT p.id AS paragraph, a.id AS article, ARRAY(SELECT w FROM unnest($2::text[]) WITH ORDINALITY AS u(w, i) WHERE w = ANY(p.stems) ORDER BY i) AS held
     FROM paragraph p JOIN article a ON a.seq = p.article_seq WHERE p.id = ANY($1::integer[]) ORDER BY p.id`,
    [await candidateIds(db, stems, limit), stems],
  );
}

export async function mentionsIn(db: Db, paragraphs: readonly number[]): Promise<ParagraphMention[]> {
  return rows<ParagraphMention>(
    db,
    `SELECT m.paragraph_id AS paragraph, e.id AS entity, m.start AS start, m."end" AS "end" FROM mention m JOIN entity e ON e.seq = m.entity_seq
     WHERE m.paragraph_id = ANY($1::integer[]) ORDER BY m.paragraph_id, m.id`,
    [paragraphs],
  );
}

export async function articleStems(db: Db, seqs: readonly number[]): Promise<Map<number, Set<string>>> {
  const found = await rows<{ seq: number; stems: string[] }>(db, "SELECT seq, stems FROM article WHERE seq = ANY($1::integer[])", [seqs]);
  return new Map(found.map((r) => [r.seq, new Set(r.stems)]));
}

export async function wordUses(db: Db, words: readonly string[]): Promise<Map<string, number>> {
  const found = await rows<WordUse>(db, "SELECT word, uses FROM word WHERE word = ANY($1::text[])", [words]);
  return new Map(found.map((r) => [r.word, r.uses]));
}

export async function wordsLike(db: Db, firstLetter: string, grams: readonly string[], minLength: number, maxLength: number, shared: number): Promise<WordUse[]> {
  if (grams.length === 0) return [];
  return rows<WordUse>(
    db,
    `SELECT g.word AS word, w.uses AS uses FROM word_gram g JOIN word w ON w.word = g.word
     WHERE g.first = $1 AND g.gram = ANY($2::text[]) AND g.length BETWEEN $3 AND $4
     GROUP BY g.word, w.uses HAVING count(*) >= $5 ORDER BY count(*) DESC, w.uses DESC, g.word LIMIT 200`,
    [firstLetter, grams, minLength, maxLength, shared],
  );
}

/** The entities whose name forms are among `phrases`: per form the FORM_KEEP of most standing among its first FORM_POSTINGS, in filing order. */
export async function nameForms(db: Db, phrases: readonly string[]): Promise<NameForm[]> {
  const found = await rows<EntityRow & { words: string; byDescription: number }>(
    db,
    `SELECT x.* FROM unnest($1::text[]) AS p(words) CROSS JOIN LATERAL (
       SELECT f.words AS words, f.by_description AS "byDescription", f.id AS "formId", ${ENTITY_COLUMNS}
       FROM (SELECT id, words, by_description, entity_seq FROM name_form WHERE words = p.words ORDER BY id LIMIT ${FORM_POSTINGS}) f
       JOIN entity e ON e.seq = f.entity_seq ORDER BY ${STANDING}, f.id LIMIT ${FORM_KEEP}
     ) x ORDER BY x.seq, x."formId"`,
    [phrases],
  );
  const entities = await withAliases(db, found);
  return found.map((r, i) => ({ entity: entities[i] as NameForm["entity"], words: r.words, byDescription: r.byDescription === 1 }));
}
