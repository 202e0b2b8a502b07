// The indexes over an entity's names: letter trigrams for typos, word prefixes for autocomplete,
// and the name forms (name, aliases, a short description) as words, by which /ask finds the
// entities a question names.
import type { Database } from "better-sqlite3";
import { descriptionWords, formWords } from "../shared/nameFormWords.ts";
import { statement } from "./statement.ts";

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
  const words = descriptionWords(description);
  if (words) statement(db, "INSERT INTO name_form (entity_seq, words, by_description) VALUES (?, ?, 1)").run(seq, words);
}
