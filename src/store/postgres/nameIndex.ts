// The indexes over an entity's names: its key's letter trigrams with how many names hold each (the
// same trigrams SQLite's FTS5 trigram index holds, so both backends shortlist the same names for a
// typo), the key itself under pg_trgm for word-prefix autocomplete, and the name forms as words, by
// which /ask finds the entities a question names.
import { formWords } from "../sqlite/nameIndex.ts";
import { first, rows, type Db } from "./connection.ts";

/** A key's letter trigrams in order, repeats kept, as FTS5's trigram tokenizer reads it (by code point). */
export function keyTrigrams(key: string): string[] {
  const chars = Array.from(key);
  const grams: string[] = [];
  for (let i = 0; i + 3 <= chars.length; i++) grams.push(chars.slice(i, i + 3).join(""));
  return grams;
}

/** Descriptions this short ("Kremlin spokesman") name someone; longer ones are sentences. */
const DESCRIPTION_MAX_WORDS = 4;

async function countGrams(db: Db, grams: readonly string[], sign: 1 | -1): Promise<void> {
  const distinct = [...new Set(grams)];
  await rows(
    db,
    "UPDATE totals SET names = names + $1, name_length = name_length + $2",
    [sign, sign * grams.length],
  );
  if (distinct.length === 0) return;
  await rows(
    db,
    `INSERT INTO name_gram (gram, docs) SELECT g, $2 FROM unnest($1::text[]) AS g
     ON CONFLICT (gram) DO UPDATE SET docs = name_gram.docs + excluded.docs`,
    [distinct, sign],
  );
  if (sign < 0) await rows(db, "DELETE FROM name_gram WHERE gram = ANY($1::text[]) AND docs <= 0", [distinct]);
}

export async function indexForm(db: Db, seq: number, id: number, form: string, key: string): Promise<void> {
  const grams = keyTrigrams(key);
  await rows(db, "UPDATE entity_name SET grams = $2 WHERE id = $1", [id, grams]);
  await countGrams(db, grams, 1);
  const words = formWords(form);
  if (words) await rows(db, "INSERT INTO name_form (entity_seq, name_id, words, by_description) VALUES ($1, $2, $3, 0)", [seq, id, words]);
}

/** Takes a name's rows out of the indexes (before the name itself is deleted). */
export async function deleteFormIndex(db: Db, id: number): Promise<void> {
  const row = await first<{ grams: string[] }>(db, "SELECT grams FROM entity_name WHERE id = $1", [id]);
  if (row) await countGrams(db, row.grams, -1);
  await rows(db, "DELETE FROM name_form WHERE name_id = $1", [id]);
}

/** Replaces the description form of an entity. */
export async function indexDescription(db: Db, seq: number, description: string | null): Promise<void> {
  await rows(db, "DELETE FROM name_form WHERE entity_seq = $1 AND by_description = 1", [seq]);
  if (!description || description.split(/\s+/u).length > DESCRIPTION_MAX_WORDS) return;
  const words = formWords(description);
  if (words) await rows(db, "INSERT INTO name_form (entity_seq, words, by_description) VALUES ($1, $2, 1)", [seq, words]);
}
