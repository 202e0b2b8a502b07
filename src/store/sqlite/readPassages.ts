// What /ask reads of the bodies: the BM25 statistics, the paragraphs holding a question's stems
// (from the full-text index, most relevant first among the newest that hold any), their mentions, the articles' stems, the
// vocabulary, and the name forms a question may contain.
import type { Database } from "better-sqlite3";
import type { CandidateParagraph, NameForm, ParagraphHit, ParagraphMention, PassageTotals, TermCount, WordUse } from "../coverageStore.ts";
import { ENTITY_COLUMNS, STANDING, type EntityRow } from "../rows/entityRow.ts";
import { FORM_KEEP, FORM_POSTINGS } from "../rows/nameShortlist.ts";
import { withinStemBudget } from "../shared/stemBudget.ts";
import { anyOf, windowStart } from "./ftsMatch.ts";
import { withAliases } from "./readEntities.ts";
import { placeholders, statement } from "./statement.ts";

/** Runs `read` over `values` in slices small enough for SQLite's limit on bound parameters. */
function inSlices<V, R>(values: readonly V[], read: (slice: readonly V[]) => R[]): R[] {
  const out: R[] = [];
  for (let from = 0; from < values.length; from += 500) out.push(...read(values.slice(from, from + 500)));
  return out;
}

export function passageTotals(db: Database): PassageTotals {
  return statement(
    db,
    "SELECT sentences, sentence_length AS sentenceLength, paragraphs, paragraph_length AS paragraphLength FROM totals",
  ).get() as PassageTotals;
}

export function termCounts(db: Database, stems: readonly string[]): Map<string, TermCount> {
  const rows = inSlices(stems, (slice) => statement(db, `SELECT stem, sentences, paragraphs FROM term WHERE stem IN (${placeholders(slice.length)})`).all(...slice) as ({ stem: string } & TermCount)[]);
  return new Map(rows.map((r) => [r.stem, { sentences: r.sentences, paragraphs: r.paragraphs }]));
}

/**
 * The ids of the best `limit` of the paragraphs holding any of `stems`, ranked among the newest CANDIDATE_WINDOW of them,
 * as many as the stem budget allows. It sorts by bm25() itself: FTS5's own ORDER BY rank ranks every matching row first,
 * whatever the rowid range.
 */
function candidateIds(db: Database, stems: readonly string[], limit: number): number[] {
  const match = anyOf(stems);
  const ranked = statement(
    db,
    `SELECT hit.id AS id, p.length AS length
     FROM (SELECT id, score FROM (SELECT rowid AS id, bm25(paragraph_fts) AS score FROM paragraph_fts WHERE paragraph_fts MATCH ? AND rowid >= ?) ORDER BY score, id LIMIT ?) hit
     JOIN paragraph p ON p.id = hit.id ORDER BY hit.score, hit.id`,
  ).all(match, windowStart(db, "paragraph_fts", match), limit) as { id: number; length: number }[];
  return withinStemBudget(ranked);
}

/** The best `limit` of the paragraphs holding any of `stems` (see candidateIds), in filing order, with their sentences and article. */
export function candidateParagraphs(db: Database, stems: readonly string[], limit: number): CandidateParagraph[] {
  if (stems.length === 0) return [];
  const rows = inSlices(
    candidateIds(db, stems, limit),
    (slice) =>
      statement(
        db,
        `SELECT p.id AS id, p.n AS n, p.text AS text, a.seq AS seq, a.id AS articleId, a.title AS title, a.outlet AS outlet, a.url AS url
         FROM paragraph p JOIN article a ON a.seq = p.article_seq WHERE p.id IN (${placeholders(slice.length)}) ORDER BY p.id`,
      ).all(...slice) as { id: number; n: number; text: string; seq: number; articleId: string; title: string; outlet: string | null; url: string | null }[],
  );
  const sentences = inSlices(
    rows.map((r) => r.id),
    (slice) =>
      statement(db, `SELECT paragraph_id AS paragraph, ordinal, start, end, stems FROM sentence WHERE paragraph_id IN (${placeholders(slice.length)}) ORDER BY paragraph_id, ordinal`).all(
        ...slice,
      ) as { paragraph: number; ordinal: number; start: number; end: number; stems: string }[],
  );
  const byParagraph = new Map<number, CandidateParagraph["sentences"]>();
  for (const s of sentences) {
    const list = byParagraph.get(s.paragraph) ?? [];
    list.push({ ordinal: s.ordinal, start: s.start, end: s.end, stems: s.stems ? s.stems.split(" ") : [] });
    byParagraph.set(s.paragraph, list);
  }
  return rows.map((r) => ({
    id: r.id,
    n: r.n,
    text: r.text,
    sentences: byParagraph.get(r.id) ?? [],
    article: { seq: r.seq, id: r.articleId, title: r.title, ...(r.outlet ? { outlet: r.outlet } : {}), ...(r.url ? { url: r.url } : {}) },
  }));
}

/**
 * The same paragraphs as candidateParagraphs, as only their article and which of `stems` each holds: the words are
 * looked for in the sentences' stems inside SQLite, so no paragraph's text or sentences are read out.
 */
export function paragraphHits(db: Database, stems: readonly string[], limit: number): ParagraphHit[] {
  if (stems.length === 0) return [];
  const wanted = JSON.stringify(stems);
  const rows = inSlices(
    candidateIds(db, stems, limit),
    (slice) =>
      statement(
        db,
        `SELECT p.id AS paragraph, a.id AS article,
           (SELECT json_group_array(w.value) FROM json_each(?) w
            WHERE EXISTS (SELECT 1 FROM sentence s WHERE s.paragraph_id = p.id AND instr(' ' || s.stems || ' ', ' ' || w.value || ' ') > 0)) AS held
         FROM paragraph p JOIN article a ON a.seq = p.article_seq WHERE p.id IN (${placeholders(slice.length)}) ORDER BY p.id`,
      ).all(wanted, ...slice) as { paragraph: number; article: string; held: string }[],
  );
  return rows.map((r) => ({ paragraph: r.paragraph, article: r.article, held: JSON.parse(r.held) as string[] }));
}

export function mentionsIn(db: Database, paragraphs: readonly number[]): ParagraphMention[] {
  return inSlices(
    paragraphs,
    (slice) =>
      statement(db, `SELECT m.paragraph_id AS paragraph, e.id AS entity, m.start AS start, m.end AS end FROM mention m JOIN entity e ON e.seq = m.entity_seq WHERE m.paragraph_id IN (${placeholders(slice.length)})`)
        .all(...slice) as ParagraphMention[],
  );
}

export function articleStems(db: Database, seqs: readonly number[]): Map<number, Set<string>> {
  const rows = inSlices(seqs, (slice) => statement(db, `SELECT seq, stems FROM article WHERE seq IN (${placeholders(slice.length)})`).all(...slice) as { seq: number; stems: string }[]);
  return new Map(rows.map((r) => [r.seq, new Set(r.stems ? r.stems.split(" ") : [])]));
}

export function wordUses(db: Database, words: readonly string[]): Map<string, number> {
  const rows = inSlices(words, (slice) => statement(db, `SELECT word, uses FROM word WHERE word IN (${placeholders(slice.length)})`).all(...slice) as WordUse[]);
  return new Map(rows.map((r) => [r.word, r.uses]));
}

export function wordsLike(db: Database, first: string, grams: readonly string[], minLength: number, maxLength: number, shared: number): WordUse[] {
  if (grams.length === 0) return [];
  return statement(db, 
      `SELECT g.word AS word, w.uses AS uses FROM word_gram g JOIN word w ON w.word = g.word
       WHERE g.first = ? AND g.gram IN (${placeholders(grams.length)}) AND g.length BETWEEN ? AND ?
       GROUP BY g.word HAVING count(*) >= ? ORDER BY count(*) DESC, w.uses DESC LIMIT 200`,
    )
    .all(first, ...grams, minLength, maxLength, shared) as WordUse[];
}

/** The entities whose name forms are among `phrases`: per form the FORM_KEEP of most standing among its first FORM_POSTINGS, in filing order. */
export function nameForms(db: Database, phrases: readonly string[]): NameForm[] {
  const byPhrase = statement(
    db,
    `SELECT f.words AS words, f.by_description AS byDescription, f.id AS formId, ${ENTITY_COLUMNS}
     FROM (SELECT id, words, by_description, entity_seq FROM name_form WHERE words = ? ORDER BY id LIMIT ${FORM_POSTINGS}) f
     JOIN entity e ON e.seq = f.entity_seq ORDER BY ${STANDING}, f.id LIMIT ${FORM_KEEP}`,
  );
  const rows = phrases
    .flatMap((phrase) => byPhrase.all(phrase) as (EntityRow & { words: string; byDescription: number; formId: number })[])
    .sort((a, b) => a.seq - b.seq || a.formId - b.formId);
  const entities = withAliases(db, rows);
  return rows.map((r, i) => ({ entity: entities[i] as NameForm["entity"], words: r.words, byDescription: r.byDescription === 1 }));
}
