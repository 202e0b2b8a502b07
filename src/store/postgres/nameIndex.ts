// The indexes over an entity's names: its key's letter trigrams with how many names hold each (the
// same trigrams SQLite's FTS5 trigram index holds, so both backends shortlist the same names for a
// typo), the key itself under pg_trgm for word-prefix autocomplete, and the name forms as words, by
// which /ask finds the entities a question names.
import { descriptionWords, formWords } from "../shared/nameFormWords.ts";
import { rows, type Db } from "./connection.ts";

/** A key's letter trigrams in order, repeats kept, as FTS5's trigram tokenizer reads it (by code point). */
export function keyTrigrams(key: string): string[] {
  const chars = Array.from(key);
  const grams: string[] = [];
  for (let i = 0; i + 3 <= chars.length; i++) grams.push(chars.slice(i, i + 3).join(""));
  return grams;
}

/** Files a new name in the indexes: its trigrams (with the totals ranking reads) and its words as a name form. */
export async function indexForm(db: Db, seq: number, id: number, form: string, key: string): Promise<void> {
  await rows(
    db,
    `WITH named AS (UPDATE entity_name SET grams = $3 WHERE id = $2),
     counted AS (UPDATE totals SET names = names + 1, name_length = name_length + cardinality($3::text[])),
     grams AS (
       INSERT INTO name_gram (gram, docs) SELECT DISTINCT g, 1 FROM unnest($3::text[]) AS g
       ON CONFLICT (gram) DO UPDATE SET docs = name_gram.docs + 1
     ),
     words AS (INSERT INTO name_form (entity_seq, name_id, words, by_description) SELECT $1, $2, $4, 0 WHERE $4::text IS NOT NULL)
     SELECT 1`,
    [seq, id, keyTrigrams(key), formWords(form)],
  );
}

/** Takes a name's rows out of the indexes (before the name itself is deleted); a trigram no name holds any more stays, counted 0. */
export async function deleteFormIndex(db: Db, id: number): Promise<void> {
  await rows(
    db,
    `WITH name AS (SELECT grams FROM entity_name WHERE id = $1),
     counted AS (UPDATE totals SET names = names - 1, name_length = name_length - (SELECT cardinality(grams) FROM name) WHERE EXISTS (SELECT 1 FROM name)),
     grams AS (UPDATE name_gram SET docs = docs - 1 WHERE gram IN (SELECT DISTINCT unnest(grams) FROM name)),
     words AS (DELETE FROM name_form WHERE name_id = $1)
     SELECT 1`,
    [id],
  );
}

/** Replaces the description form of an entity. */
export async function indexDescription(db: Db, seq: number, description: string | null): Promise<void> {
  await rows(db, "DELETE FROM name_form WHERE entity_seq = $1 AND by_description = 1", [seq]);
  const words = descriptionWords(description);
  if (words) await rows(db, "INSERT INTO name_form (entity_seq, words, by_description) VALUES ($1, $2, 1)", [seq, words]);
}
