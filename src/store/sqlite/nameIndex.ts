// The indexes over an entity's names: letter trigrams for typos, word prefixes for autocomplete,
// and the name forms (name, aliases, a short description) as words, by which /ask finds the
// entities a question names.
import type { Database } from "better-sqlite3";
import { tokenize } from "../../nlp/tokens.ts";
import { statement } from "./statement.ts";

/** Descriptions this short ("Kremlin spokesman") name someone; longer ones are sentences. */
const DESCRIPTION_MAX_WORDS = 4;
/** A one-word form shorter than this ("Mr", "Al") names no one on its own. */
const SHORTEST_ONE_WORD = 3;

/** The normalised words of a name, as a question's words are read; null when the form names no one on its own. */
export function formWords(text: string): string | null {
  const words = tokenize(text).map((t) => t.word);
  const first = words[0];
  if (first === undefined || (words.length === 1 && first.length < SHORTEST_ONE_WORD)) return null;
  return words.join(" ");
}

export function indexForm(db: Database, seq: number, id: number, form: string, key: string): void {
  statement(db, "INSERT INTO entity_name_fts (rowid, key) VALUES (?, ?)").run(id, key);
  statement(db, "INSERT INTO entity_word_fts (rowid, key) VALUES (?, ?)").run(id, key);
  const words = formWords(form);
  if (words) statement(db, "INSERT INTO name_form (entity_seq, name_id, words, by_description) VALUES (?, ?, ?, 0)").run(seq, id, words);
}

export function deleteFormIndex(db: Database, id: number): void {
  statement(db, "DELETE FROM entity_name_fts WHERE rowid = ?").run(id);
  statement(db, "DELETE FROM entity_word_fts WHERE rowid = ?").run(id);
  statement(db, "DELETE FROM name_form WHERE name_id = ?").run(id);
}

/** Replaces the description form of an entity. */
export function indexDescription(db: Database, seq: number, description: string | null): void {
  statement(db, "DELETE FROM name_form WHERE entity_seq = ? AND by_description = 1").run(seq);
  if (!description || description.split(/\s+/u).length > DESCRIPTION_MAX_WORDS) return;
  const words = formWords(description);
  if (words) statement(db, "INSERT INTO name_form (entity_seq, words, by_description) VALUES (?, ?, 1)").run(seq, words);
}
